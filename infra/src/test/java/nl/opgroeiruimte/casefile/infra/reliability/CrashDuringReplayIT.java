package nl.opgroeiruimte.casefile.infra.reliability;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresTestDatabase;
import nl.opgroeiruimte.casefile.infra.support.Replays;
import nl.opgroeiruimte.casefile.infra.support.ThrowawayPostgres;
import nl.opgroeiruimte.casefile.query.indicators.CaseIndicatorProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The service is killed with SIGKILL in the middle of rebuilding its timeline, as a power cut or the
 * kernel's OOM killer would, and started again. It finishes the work by itself, and then every read
 * model equals, row for row, what a clean rebuild from the event store gives: the token of each
 * projection is stored in the same transaction as its rows, so nothing is applied twice or skipped.
 * The service runs as a process of its own (the test classpath, CaseFileApplication's main method) on a
 * database of its own.
 */
class CrashDuringReplayIT {
    /** The template case is copied this many times in SQL, so that the timeline's replay takes seconds. */
    private static final int COPIES = 60;
    /** How long each processor may take to catch up here: a replay after a crash starts over. */
    private static final Duration CATCHING_UP = Duration.ofSeconds(180);
    /** Tables that are not rebuilt from events; everything else in the schema is a read model. */
    private static final List<String> NOT_READ_MODELS = List.of(
            "domainevententry",
            "snapshotevententry",
            "tokenentry",
            "deadletterentry",
            "idempotency_key",
            "scheduled_tasks",
            "person_register",
            "flyway_schema_history",
            "processing_instance",
            "processing_instance_processor");

    private static final Path LOGS = Path.of("target", "crash-during-replay");
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void noServiceLeftRunning() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void killedDuringAReplayTheServiceRestartsAndItsReadModelsEqualACleanRebuild() throws Exception {
        String database = "casefile_crash_" + Long.toString(System.currentTimeMillis(), 36);
        String url = PostgresTestDatabase.create(database);
        JdbcClient store = JdbcClient.create(new DriverManagerDataSource(url, PostgresTestDatabase.USER, ""));
        Files.createDirectories(LOGS);

        int first = start(url, "first.log");
        String template = templateCase(new Api(first));
        String key = UUID.randomUUID().toString();
        Api.Response accepted = new Api(first)
                .header("Idempotency-Key", key)
                .post("/api/v1/cases/" + template + "/joint-story", jointStory());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        copyInSql(store, template, COPIES);
        long caseEvents = count(
                store,
                "select count(*) from domainevententry where payloadtype like 'nl.opgroeiruimte.casefile.kernel.partnership.%'");
        Replays.awaitCaughtUp(new Api(first), List.of("timeline"), CATCHING_UP);

        Api.Response replay = new Api(first).post("/api/v1/admin/processors/timeline/replay", "{}");
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        eventually(
                Duration.ofSeconds(120),
                () -> assertThat(count(store, "select count(*) from rm_timeline_entry"))
                        .as("the replay is under way")
                        .isGreaterThan(caseEvents / 5));
        processes.get(0).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long rowsAtTheCrash = count(store, "select count(*) from rm_timeline_entry");
        assertThat(rowsAtTheCrash)
                .as("killed in the middle of the replay (make COPIES larger if this fails)")
                .isLessThan(caseEvents);

        int restarted = start(url, "second.log");
        Api second = new Api(restarted);
        Api.Response retried = new Api(restarted)
                .header("Idempotency-Key", key)
                .post("/api/v1/cases/" + template + "/joint-story", jointStory());
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed"))
                .as("the answer given before the crash")
                .isEqualTo("true");
        assertThat(retried.json()).isEqualTo(accepted.json());
        List<String> processors = replayable(second);
        Replays.awaitCaughtUp(second, processors, CATCHING_UP);
        assertThat(count(store, "select count(*) from rm_timeline_entry"))
                .as("every fact once, none lost, none twice")
                .isEqualTo(caseEvents);
        Map<String, List<String>> afterTheCrash = readModels(store);

        for (String processor : processors) {
            Api.Response rebuild = second.post("/api/v1/admin/processors/" + processor + "/replay", "{}");
            assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        }
        Replays.awaitCaughtUp(second, processors, CATCHING_UP);

        Map<String, List<String>> cleanRebuild = readModels(store);
        assertThat(afterTheCrash.keySet())
                .contains("rm_case", "rm_timeline_entry", "rm_case_indicator", "person_summary");
        afterTheCrash.forEach(
                (table, rows) -> assertThat(rows).as(table).containsExactlyElementsOf(cleanRebuild.get(table)));
        assertThat(afterTheCrash.get("rm_case")).hasSize(COPIES + 1);
    }

    /** Starts the service in a process of its own, waits until it is healthy, and gives its port. */
    private int start(String url, String log) throws IOException {
        int port = ThrowawayPostgres.freePort();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Xmx768m",
                        CaseFileApplication.class.getName(),
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=",
                        "--server.port=" + port,
                        "--casefile.security.mode=local",
                        "--casefile.security.allow-local-users=true",
                        // the segments the killed process held are taken over once its claim times out (default 10s)
                        "--axon.eventhandling.tokenstore.claim-timeout=3s")
                .redirectErrorStream(true)
                .redirectOutput(LOGS.resolve(log).toFile())
                .start();
        processes.add(process);
        Api api = new Api(port);
        eventually(Duration.ofSeconds(180), () -> {
            assertThat(process.isAlive())
                    .as("the service is running; see " + LOGS.resolve(log))
                    .isTrue();
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        });
        return port;
    }

    /** A case with one fact of nearly every kind: the fuzz test's fixture, and every command on it once. */
    private static String templateCase(Api api) {
        nl.opgroeiruimte.casefile.infra.support.People.registrar(api);
        nl.opgroeiruimte.casefile.infra.support.People.ensureFixedPeople();
        BadInputIT.Fixture fixture = new BadInputIT.Fixture(api);
        for (BadInputIT.Endpoint endpoint : BadInputIT.Endpoint.ALL) {
            if (endpoint.createsCase() || endpoint.changesTheTrack()) continue;
            BadInputIT.Request request = endpoint.request(fixture);
            api.post(request.path(), new String(request.body(), StandardCharsets.UTF_8));
        }
        return fixture.caseId;
    }

    /** Copies of the template's events under new case ids, appended to the event store as if recorded later. */
    private static void copyInSql(JdbcClient store, String template, int copies) {
        store.sql("""
                        insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                            payload, payloadrevision, payloadtype, timestamp)
                        select :template || '-copy-' || copy, e.sequencenumber, e.type, e.eventidentifier || '-copy-' || copy, e.metadata,
                            convert_to(replace(convert_from(e.payload, 'UTF8'), :template, :template || '-copy-' || copy), 'UTF8'),
                            e.payloadrevision, e.payloadtype, e.timestamp
                        from domainevententry e, generate_series(1, :copies) copy
                        where e.aggregateidentifier = :template
                        order by copy, e.sequencenumber""").param("template", template).param("copies", copies).update();
    }

    private static List<String> replayable(Api api) {
        List<String> names = new ArrayList<>();
        for (JsonNode processor : api.get("/api/v1/admin/processors").json()) {
            if (processor.get("replayable").asBoolean())
                names.add(processor.get("name").asText());
        }
        assertThat(names).contains("timeline", "case-summaries", "case-indicators", "people");
        return names;
    }

    /** Every row of every read model, as text, in a stable order; indicators once they are evaluated. */
    private static Map<String, List<String>> readModels(JdbcClient store) {
        eventually(
                Duration.ofSeconds(120),
                () -> assertThat(count(
                                store,
                                "select count(*) from rm_case_indicator where "
                                        + CaseIndicatorProjection.NOT_YET_EVALUATED))
                        .as("indicators still to evaluate")
                        .isZero());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : store.sql(
                        "select table_name from information_schema.tables where table_schema = 'public' order by 1")
                .query(String.class)
                .list()) {
            if (NOT_READ_MODELS.contains(table)) continue;
            // bookkeeping of the indicator refresher (how often a case or municipality was marked, how far a
            // mark was carried) depends on when the refresher ran, not on the events
            rows.put(
                    table,
                    store.sql("select (to_jsonb(t) - 'marks' - 'carried')::text from " + table + " t order by 1")
                            .query(String.class)
                            .list());
        }
        return rows;
    }

    private static long count(JdbcClient store, String sql) {
        return store.sql(sql).query(Long.class).single();
    }

    private static String jointStory() {
        return "{\"actor\": " + CaseJson.BOARD_MEMBER
                + ", \"occurredOn\": \"2025-05-02\", \"story\": \"Warmth from the river\"}";
    }
}
