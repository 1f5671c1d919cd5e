package nl.opgroeiruimte.casefile.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import nl.opgroeiruimte.casefile.bench.Bench.Result;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dashboard of a municipality at national scale: the first page of its cases
 * ({@code GET /api/v1/cases?municipality=…}) plus its stop-go counts ({@code GET /api/v1/indicator-counts?municipality=…}),
 * as one screen; the municipality's case overview; and the national counts. Municipalities are picked
 * in proportion to their number of cases (the big ones are looked at most). Baseline: the same SQL the
 * query side runs, on plain JDBC.
 */
final class DashboardBenchmark {
    private static final String ADMIN =
            "Basic " + java.util.Base64.getEncoder().encodeToString("beheerder:beheerder".getBytes());
    private final ConfigurableApplicationContext app;
    private final String jdbcUrl;
    private final String user;
    private final int iterations;

    DashboardBenchmark(ConfigurableApplicationContext app, String jdbcUrl, String user, int iterations) {
        this.app = app;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.iterations = iterations;
    }

    List<Result> run(Consumer<String> log) throws Exception {
        List<String> weighted = new ArrayList<>();
        String largest = null;
        long cases;
        long pending;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "select municipality, count(*) from rm_case group by municipality order by 2 desc")) {
                while (rows.next()) {
                    if (largest == null) largest = rows.getString(1);
                    for (int i = 0; i < rows.getInt(2); i++) weighted.add(rows.getString(1));
                }
            }
            cases = weighted.size();
            try (ResultSet rows = statement.executeQuery(RebuildBenchmark.INDICATORS_PENDING)) {
                rows.next();
                pending = rows.getLong(1);
            }
        }
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(7);
        double[] screen = new double[iterations];
        double[] overview = new double[iterations];
        double[] raw = new double[iterations];
        double[] national = new double[Math.max(1, iterations / 5)];
        double[] biggest = new double[Math.max(1, iterations / 5)];
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "")) {
            for (int i = -iterations / 10; i < iterations; i++) {
                String municipality = weighted.get(random.nextInt(weighted.size()));
                long t = System.nanoTime();
                get(http, port, "/api/v1/cases?municipality=" + municipality + "&pageSize=50");
                get(http, port, "/api/v1/indicator-counts?municipality=" + municipality);
                double screenMs = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                get(http, port, "/api/v1/municipalities/" + municipality + "/case-overview?pageSize=50");
                double overviewMs = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                rawScreen(connection, municipality);
                double rawMs = (System.nanoTime() - t) / 1e6;
                if (i >= 0) {
                    screen[i] = screenMs;
                    overview[i] = overviewMs;
                    raw[i] = rawMs;
                }
            }
            for (int i = 0; i < national.length; i++) {
                long t = System.nanoTime();
                get(http, port, "/api/v1/indicator-counts");
                national[i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                get(http, port, "/api/v1/cases?municipality=" + largest + "&pageSize=50");
                get(http, port, "/api/v1/indicator-counts?municipality=" + largest);
                biggest[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        String at = String.format("%,d cases, %,d indicators not yet evaluated", cases, pending);
        List<Result> results = new ArrayList<>();
        results.add(new Result(
                "dashboard",
                "municipality dashboard (case list + counts), p50",
                "ms",
                Load.percentile(screen, 50),
                Load.percentile(raw, 50),
                "same SQL on JDBC",
                "-",
                null,
                at));
        results.add(new Result(
                "dashboard",
                "municipality dashboard (case list + counts), p99",
                "ms",
                Load.percentile(screen, 99),
                Load.percentile(raw, 99),
                "same SQL on JDBC",
                "< 200 ms",
                Load.percentile(screen, 99) < 200,
                at));
        results.add(new Result(
                "dashboard",
                "municipality case overview, p99",
                "ms",
                Load.percentile(overview, 99),
                Load.percentile(raw, 99),
                "same SQL on JDBC",
                "< 200 ms",
                Load.percentile(overview, 99) < 200,
                null));
        results.add(new Result(
                "dashboard",
                "dashboard of the largest municipality (" + largest + "), p99",
                "ms",
                Load.percentile(biggest, 99),
                null,
                null,
                "< 200 ms",
                Load.percentile(biggest, 99) < 200,
                null));
        results.add(new Result(
                "dashboard",
                "national stop-go counts, p99",
                "ms",
                Load.percentile(national, 99),
                null,
                null,
                "< 200 ms",
                Load.percentile(national, 99) < 200,
                null));
        log.accept(String.format(
                "  dashboard p99 %.1f ms (raw %.1f ms), overview p99 %.1f ms, national counts p99 %.1f ms",
                Load.percentile(screen, 99),
                Load.percentile(raw, 99),
                Load.percentile(overview, 99),
                Load.percentile(national, 99)));
        return results;
    }

    /** What CaseQueries.list and IndicatorQueries.countsPerMunicipality run for one municipality. */
    private static void rawScreen(Connection connection, String municipality) throws Exception {
        try (PreparedStatement count =
                connection.prepareStatement("select count(*) from rm_case where municipality = ?")) {
            count.setString(1, municipality);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
            }
        }
        try (PreparedStatement page = connection.prepareStatement("""
                select case_id, municipality, initiative, activity, area, status, requested_on, granted_on, closed_on, last_event_on, event_count
                from rm_case where municipality = ? order by municipality, requested_on, case_id limit 50 offset 0""")) {
            page.setString(1, municipality);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) rows.getString(1);
            }
        }
        try (PreparedStatement counts = connection.prepareStatement("""
                select municipality, coalesce(status, 'pending') as status, count(*) as n from rm_case_indicator
                where municipality = ? group by municipality, coalesce(status, 'pending')""")) {
            counts.setString(1, municipality);
            try (ResultSet rows = counts.executeQuery()) {
                while (rows.next()) rows.getString(1);
            }
        }
    }

    private static void get(HttpClient http, int port, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", ADMIN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200)
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
}
