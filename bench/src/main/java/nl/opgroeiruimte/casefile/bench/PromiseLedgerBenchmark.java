package nl.opgroeiruimte.casefile.bench;

import static nl.opgroeiruimte.casefile.bench.AsOfBenchmark.percentile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import nl.opgroeiruimte.casefile.bench.Bench.Result;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedgerService;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The promise ledger of the municipality with the most cases (issue 22: p99 under 200 ms, its PDF under
 * 2 s), as of random dates between 2019 and now: in process, as JSON over HTTP and as PDF over HTTP.
 * Baseline for the ledger: the audit trail's cost is per case, so the figure is set beside the number of
 * cases it folds.
 */
final class PromiseLedgerBenchmark {
    private static final LocalDate START = LocalDate.of(2019, 1, 7);
    private static final String ADMIN =
            "Basic " + java.util.Base64.getEncoder().encodeToString("beheerder:beheerder".getBytes());
    private final ConfigurableApplicationContext app;
    private final String url;
    private final String user;
    private final Random random = new Random(22);

    PromiseLedgerBenchmark(ConfigurableApplicationContext app, String url, String user) {
        this.app = app;
        this.url = url;
        this.user = user;
    }

    List<Result> run(java.util.function.Consumer<String> log) throws Exception {
        String cbs;
        long cases;
        try (var connection = java.sql.DriverManager.getConnection(url, user, "");
                var read = connection.createStatement();
                var rows = read.executeQuery(
                        "select municipality, count(*) from rm_case group by municipality order by 2 desc limit 1")) {
            rows.next();
            cbs = rows.getString(1);
            cases = rows.getLong(2);
        }
        log.accept("  largest municipality " + cbs + " with " + cases + " cases");
        long days = START.until(LocalDate.now()).toTotalMonths() * 30;
        PromiseLedgerService service = app.getBean(PromiseLedgerService.class);
        int promises = service.ofMunicipality(cbs, null, null).promises().size();
        for (int i = 0; i < 20; i++) service.ofMunicipality(cbs, randomDay(days), null);
        double[] inProcess = new double[200];
        for (int i = 0; i < inProcess.length; i++) {
            long t = System.nanoTime();
            service.ofMunicipality(cbs, randomDay(days), null);
            inProcess[i] = (System.nanoTime() - t) / 1e6;
        }
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newHttpClient();
        double[] json = timed(http, port, cbs, days, "application/json", 200, 20);
        double[] pdf = timed(http, port, cbs, days, "application/pdf", 30, 3);
        String name = String.format("promise ledger of %s (%,d cases, %,d promises today)", cbs, cases, promises);
        return List.of(
                new Result(
                        "promises",
                        name + ", in process p50",
                        "ms",
                        percentile(inProcess, 50),
                        null,
                        null,
                        "-",
                        null,
                        null),
                new Result(
                        "promises",
                        name + ", in process p99",
                        "ms",
                        percentile(inProcess, 99),
                        null,
                        null,
                        "< 200 ms",
                        percentile(inProcess, 99) < 200,
                        null),
                new Result(
                        "promises",
                        name + ", JSON over HTTP p99",
                        "ms",
                        percentile(json, 99),
                        null,
                        null,
                        "< 200 ms",
                        percentile(json, 99) < 200,
                        "random asOf 2019–today"),
                new Result(
                        "promises",
                        name + ", PDF over HTTP p99",
                        "ms",
                        percentile(pdf, 99),
                        null,
                        null,
                        "< 2000 ms",
                        percentile(pdf, 99) < 2000,
                        "openhtmltopdf, A4, a page per case"));
    }

    private double[] timed(HttpClient http, int port, String cbs, long days, String accept, int n, int warmup)
            throws Exception {
        double[] times = new double[n];
        for (int i = -warmup; i < n; i++) {
            URI uri = URI.create(
                    "http://localhost:" + port + "/api/v1/municipalities/" + cbs + "/promises?asOf=" + randomDay(days));
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Authorization", ADMIN)
                            .header("Accept", accept)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) throw new IllegalStateException(new String(response.body()));
            if (i >= 0) times[i] = (System.nanoTime() - t) / 1e6;
        }
        return times;
    }

    private LocalDate randomDay(long days) {
        return START.plusDays(random.nextLong(days + 30));
    }
}
