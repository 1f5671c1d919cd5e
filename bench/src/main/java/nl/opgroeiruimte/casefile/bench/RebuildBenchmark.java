package nl.opgroeiruimte.casefile.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import nl.opgroeiruimte.casefile.bench.Bench.Result;
import nl.opgroeiruimte.casefile.query.indicators.CaseIndicatorProjection;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A full rebuild of every projection while the service runs: each replayable processor is reset and
 * replayed through the admin API, and the clock runs until every one has caught up with the head of the
 * event store. Baseline: one plain JDBC scan of the event table in order, each payload deserialized
 * into its event class (and its metadata into a map) by the service's ObjectMapper.
 */
final class RebuildBenchmark {
    /** Cases whose stored stop-go indicator does not yet reflect everything recorded. */
    static final String INDICATORS_PENDING = "select count(*) from rm_case_indicator where status is null or "
            + CaseIndicatorProjection.NOT_YET_EVALUATED;

    private static final String ADMIN =
            "Basic " + java.util.Base64.getEncoder().encodeToString("beheerder:beheerder".getBytes());
    private final ConfigurableApplicationContext app;
    private final String jdbcUrl;
    private final String user;
    private final double timeoutSeconds;
    private final String profile;

    RebuildBenchmark(
            ConfigurableApplicationContext app, String jdbcUrl, String user, double timeoutSeconds, String profile) {
        this.app = app;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.timeoutSeconds = timeoutSeconds;
        this.profile = profile;
    }

    List<Result> run(Consumer<String> log) throws Exception {
        ObjectMapper mapper = app.getBean(ObjectMapper.class);
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newHttpClient();
        List<String> processors = replayableProcessors(http, mapper, port);
        if (System.getProperty("bench.processors") != null)
            processors.retainAll(List.of(System.getProperty("bench.processors").split(",")));
        // a fresh dataset has no tokens yet: the service builds every projection when it starts; that
        // first build must be over before anything is timed, or it competes with what is measured
        Progress first = awaitCaughtUp(http, mapper, port, processors, timeoutSeconds, log);
        log.accept(String.format("  first build on start-up finished after %.1f s", first.seconds));

        long events;
        double scanSeconds;
        CpuTime scanCpu = CpuTime.start(jdbcUrl, user);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "")) {
            connection.setAutoCommit(false);
            Map<String, Class<?>> classes = new HashMap<>();
            long started = System.nanoTime();
            long count = 0;
            try (PreparedStatement scan = connection.prepareStatement(
                    "select globalindex, payloadtype, payload, metadata from domainevententry order by globalindex")) {
                scan.setFetchSize(1000);
                try (ResultSet rows = scan.executeQuery()) {
                    while (rows.next()) {
                        Class<?> type = classes.computeIfAbsent(rows.getString(2), RebuildBenchmark::load);
                        Object payload = mapper.readValue(rows.getBytes(3), type);
                        Map<?, ?> metadata = mapper.readValue(rows.getBytes(4), Map.class);
                        if (payload == null || metadata == null)
                            throw new IllegalStateException("empty event " + rows.getLong(1));
                        count++;
                    }
                }
            }
            connection.commit();
            scanSeconds = (System.nanoTime() - started) / 1e9;
            events = count;
        }
        double baseline = events / scanSeconds;
        double scanCpuPerThousand = 1000 * scanCpu.processSeconds() / events * 1000;
        Double scanPostgres = scanCpu.postgresSeconds();
        log.accept(String.format(
                "  raw scan: %,d events in %.1f s (%.0f events/s), %.1f CPU ms per 1,000 events in this process",
                events, scanSeconds, baseline, scanCpuPerThousand));

        Recording recording = null;
        if (profile != null) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            recording.setName("rebuild");
            recording.start();
        }
        CpuTime rebuildCpu = CpuTime.start(jdbcUrl, user);

        for (String processor : processors) {
            HttpResponse<String> replay = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://localhost:" + port + "/api/v1/admin/processors/" + processor + "/replay"))
                            .header("Authorization", ADMIN)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (replay.statusCode() != 202)
                throw new IllegalStateException(
                        "replay of " + processor + ": " + replay.statusCode() + " " + replay.body());
        }
        Progress rebuild = awaitCaughtUp(http, mapper, port, processors, timeoutSeconds, log);
        double serviceCpu = rebuildCpu.processSeconds();
        Double postgresCpu = rebuildCpu.postgresSeconds();
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(profile));
            recording.close();
            log.accept("  profile of the rebuild written to " + profile);
        }
        // cut short, the processors have come different distances: each counts for its own (its slowest
        // segment's position as a share of the head's, of the events in the store)
        long rebuilt = rebuild.timedOut ? Math.round((double) events * rebuild.meanPosition / rebuild.head) : events;
        double cpuPerThousand = 1000 * serviceCpu / rebuilt * 1000;
        List<Result> results = new ArrayList<>();
        results.add(new Result(
                "rebuild",
                "raw JDBC scan + Jackson deserialisation",
                "events/s",
                baseline,
                null,
                null,
                "-",
                null,
                String.format("%,d events in %.1f s", events, scanSeconds)));
        double rate = rebuild.timedOut ? rebuild.slowestPosition / rebuild.seconds : events / rebuild.seconds;
        results.add(new Result(
                "rebuild",
                "full rebuild of all " + processors.size() + " projections (reset + replay via admin API)",
                "events/s",
                rate,
                baseline,
                "raw scan",
                ">= 0.3x",
                !rebuild.timedOut && rate / baseline >= 0.3,
                (rebuild.timedOut
                                ? "TIMED OUT after " + Math.round(rebuild.seconds)
                                        + " s, rate of the slowest processor so far; "
                                : "")
                        + String.format(
                                "%,d events in %.1f s; caught up after (s): %s",
                                events, rebuild.seconds, round(rebuild.done))));
        results.add(new Result(
                "rebuild",
                "CPU time of the service per 1,000 events rebuilt (all projections)",
                "CPU ms",
                cpuPerThousand,
                scanCpuPerThousand,
                "raw scan's CPU per 1,000 events (this process)",
                "-",
                null,
                String.format(
                        "%.1f CPU s of the service process over %.1f s (%.2f cores busy) for %,d events%s",
                        serviceCpu,
                        rebuild.seconds,
                        serviceCpu / rebuild.seconds,
                        rebuilt,
                        rebuild.timedOut ? " (timed out: the processors' mean position)" : "")));
        if (postgresCpu != null) {
            results.add(new Result(
                    "rebuild",
                    "CPU time of PostgreSQL's backends per 1,000 events rebuilt",
                    "CPU ms",
                    1000 * postgresCpu / rebuilt * 1000,
                    scanPostgres == null ? null : 1000 * scanPostgres / events * 1000,
                    "raw scan's backend CPU per 1,000 events",
                    "-",
                    null,
                    String.format(
                            "%.1f CPU s of the database's backends (/proc/PID/stat; backends that left in between are missed)",
                            postgresCpu)));
        }
        results.add(new Result(
                "rebuild",
                "first build of all projections when the service starts on the dataset",
                "events/s",
                first.timedOut ? first.slowestPosition / first.seconds : events / first.seconds,
                baseline,
                "raw scan",
                "-",
                null,
                String.format("caught up after (s): %s", round(first.done))));
        log.accept(String.format(
                "  rebuild: %.1f s (%s), %.1f CPU ms per 1,000 events in the service, %s in PostgreSQL",
                rebuild.seconds,
                round(rebuild.done),
                cpuPerThousand,
                postgresCpu == null ? "?" : String.format("%.1f", 1000 * postgresCpu / rebuilt * 1000)));
        return results;
    }

    /** How long until every processor had caught up with the head of the event store. */
    private record Progress(
            double seconds,
            Map<String, Double> done,
            boolean timedOut,
            long slowestPosition,
            long meanPosition,
            long head) {}

    /**
     * Waits until every projection has caught up with the head of the event store, as the service builds
     * them on its first start on a fresh dataset: what the other parts read (e.g. the open cases the
     * command load picks) is only complete then. Returns the seconds it took.
     */
    static double awaitProjections(ConfigurableApplicationContext app, double timeoutSeconds, Consumer<String> log)
            throws Exception {
        ObjectMapper mapper = app.getBean(ObjectMapper.class);
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newHttpClient();
        Progress progress =
                awaitCaughtUp(http, mapper, port, replayableProcessors(http, mapper, port), timeoutSeconds, log);
        if (progress.timedOut)
            throw new IllegalStateException(String.format(
                    "The projections did not catch up within %.0f s (done: %s)",
                    timeoutSeconds, progress.done.keySet()));
        return progress.seconds;
    }

    private static List<String> replayableProcessors(HttpClient http, ObjectMapper mapper, int port) throws Exception {
        List<String> processors = new ArrayList<>();
        for (JsonNode processor : get(http, mapper, port, "/api/v1/admin/processors")) {
            if (processor.get("replayable").asBoolean())
                processors.add(processor.get("name").asText());
        }
        return processors;
    }

    private static Progress awaitCaughtUp(
            HttpClient http,
            ObjectMapper mapper,
            int port,
            List<String> processors,
            double timeoutSeconds,
            Consumer<String> log)
            throws Exception {
        long started = System.nanoTime();
        Map<String, Double> done = new LinkedHashMap<>();
        long lastLog = System.nanoTime();
        long slowestPosition = 0;
        long head = 0;
        Map<String, Long> positions = new HashMap<>();
        while (done.size() < processors.size()) {
            Thread.sleep(250);
            double elapsed = (System.nanoTime() - started) / 1e9;
            slowestPosition = Long.MAX_VALUE;
            for (String processor : processors) {
                if (done.containsKey(processor)) continue;
                JsonNode progress = get(http, mapper, port, "/api/v1/admin/processors/" + processor);
                head = progress.get("headPosition").asLong();
                if (progress.get("caughtUp").asBoolean()
                        && !progress.get("replaying").asBoolean()) {
                    done.put(processor, elapsed);
                    positions.put(processor, head);
                } else {
                    long position = Long.MAX_VALUE;
                    for (JsonNode segment : progress.get("segments")) {
                        position = Math.min(position, segment.path("position").asLong(0));
                    }
                    slowestPosition = Math.min(slowestPosition, position);
                    positions.put(processor, position == Long.MAX_VALUE ? 0 : position);
                }
            }
            if (System.nanoTime() - lastLog > 30e9) {
                lastLog = System.nanoTime();
                log.accept(String.format(
                        "  rebuilding: %.0f s, done %s, slowest at %,d of %,d",
                        elapsed, done.keySet(), slowestPosition == Long.MAX_VALUE ? head : slowestPosition, head));
            }
            if (elapsed > timeoutSeconds) {
                long mean = Math.round(positions.values().stream()
                        .mapToLong(Long::longValue)
                        .average()
                        .orElse(0));
                return new Progress(
                        elapsed, done, true, slowestPosition == Long.MAX_VALUE ? 0 : slowestPosition, mean, head);
            }
        }
        return new Progress((System.nanoTime() - started) / 1e9, done, false, head, head, head);
    }

    private static Map<String, Long> round(Map<String, Double> done) {
        Map<String, Long> rounded = new LinkedHashMap<>();
        done.forEach((k, v) -> rounded.put(k, Math.round(v)));
        return rounded;
    }

    private static JsonNode get(HttpClient http, ObjectMapper mapper, int port, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", ADMIN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200)
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        return mapper.readTree(response.body());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String jdbcUrl, String user, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
