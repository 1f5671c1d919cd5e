package nl.opgroeiruimte.casefile.infra.research;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.Scheduler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.cli.CaseFileCli;
import nl.opgroeiruimte.casefile.infra.record.ExportSigner;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import nl.opgroeiruimte.casefile.infra.support.PostgresTestDatabase;
import nl.opgroeiruimte.casefile.kernel.common.Counts;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Research export and import between two installations: this test's application (the source) and a
 * fresh one on a PostgreSQL database of its own (the target), started once for the class.
 * <ul>
 *   <li>A municipality's history, exported in full and imported, reads the same everywhere at the target:
 *       case list and summaries, timelines, audit trails as of several dates in both views, indicators and
 *       their history, every replay step, the indicator series, and the stored events themselves.</li>
 *   <li>A pseudonymised export names nobody from the people register, and a research installation can
 *       import it.</li>
 *   <li>Each kind of bad input is refused with its line and rule, and nothing of it is imported; the CLI
 *       imports what is sound.</li>
 * </ul>
 */
class ResearchExportIT extends PostgresIntegrationTest {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DATES =
            List.of("2021-09-15", "2022-01-15", "2022-06-01", "2022-10-01", "2023-12-01");
    private static ConfigurableApplicationContext target;
    private static String targetUrl;

    @Autowired
    Scheduler deadlines;

    private static String sourceKey;

    @Autowired
    ExportSigner signer;

    @org.junit.jupiter.api.BeforeEach
    void theSourceKeyIsKnown() {
        sourceKey = signer.publicKey();
    }

    /** The fresh installation, started once for this class on a database of its own. */
    static synchronized Api target() {
        if (target == null) {
            targetUrl =
                    PostgresTestDatabase.create("casefile_it_import_" + Long.toString(System.currentTimeMillis(), 36)
                            + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 16), 36));
            // the fresh installation trusts the exports of the one under test, as an operator would configure it
            target = new SpringApplicationBuilder(CaseFileApplication.class)
                    .profiles("postgres")
                    .run(
                            "--spring.datasource.url=" + targetUrl,
                            "--spring.datasource.username=" + PostgresTestDatabase.USER,
                            "--spring.datasource.password=",
                            "--server.port=0",
                            "--casefile.security.mode=local",
                            "--casefile.security.allow-local-users=true",
                            "--casefile.record.trusted-export-keys[0]=" + sourceKey);
        }
        return new Api(
                ((ServletWebServerApplicationContext) target).getWebServer().getPort());
    }

    static <T> T targetBean(Class<T> type) {
        target();
        return target.getBean(type);
    }

    static JdbcClient targetJdbc() {
        return targetBean(JdbcClient.class);
    }

    static String targetUrl() {
        target();
        return targetUrl;
    }

    @AfterAll
    static void stopTarget() {
        if (target != null) target.close();
        target = null;
    }

    @Test
    void aMunicipalityExportedAndImportedIntoAFreshInstallationReadsTheSameEverywhere() {
        ResearchScenario scenario = new ResearchScenario(api(), clock);
        deadlines.triggerCheckForDueExecutions();
        eventually(
                Duration.ofSeconds(30),
                () -> assertThat(api().get("/api/v1/cases/" + scenario.caseA + "/events")
                                .json()
                                .findValuesAsText("type"))
                        .containsAll(ResearchScenario.TIME_PASSED));
        awaitCaughtUp(api());

        Api.Response export =
                api().get("/api/v1/exports?municipality=" + scenario.municipality + "&pseudonymise=false");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith(ResearchExportController.JSON_LINES);
        assertThat(export.header("Content-Disposition"))
                .contains("municipality-" + scenario.municipality, "-full.jsonl");
        List<JsonNode> lines = lines(export.body());
        JsonNode manifest = lines.get(lines.size() - 1);
        long stored = jdbc.sql("select count(*) from domainevententry where aggregateidentifier in (:streams)")
                .param("streams", scenario.streams)
                .query(Long.class)
                .single();
        assertThat(manifest.get("type").asText()).isEqualTo(EventTypes.MANIFEST_TYPE);
        assertThat(manifest.at("/data/eventCount").asLong()).isEqualTo(stored).isEqualTo(lines.size() - 1);
        assertThat(manifest.at("/data/scope/kind").asText()).isEqualTo("municipality");
        assertThat(manifest.at("/data/pseudonymised").asBoolean()).isFalse();
        assertProfile(lines.get(0), scenario);

        Map<String, Object> before = readModels(api(), scenario);
        assertThat(((JsonNode) before.get("timeline " + scenario.caseA))
                        .get("items")
                        .size())
                .isGreaterThan(15);
        assertThat(((JsonNode) before.get("audit trail 2022-10-01 " + scenario.caseA))
                        .get("exclusivity")
                        .get("breaches"))
                .hasSize(1);
        assertThat(before.keySet().stream().filter(what -> what.matches("replay \\d+ .*")))
                .as("every step of both cases")
                .hasSize(16 + 2);
        assertThat((String) before.get("indicator series"))
                .contains(scenario.caseA + "," + scenario.municipality + ",2021-09-01,");

        GenericEventMessage.clock = clock;
        Api target = target();
        GenericEventMessage.clock = clock;
        Api.Response imported = target.post("/api/v1/imports", export.body(), ResearchExportController.JSON_LINES);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("eventsImported").asLong()).isEqualTo(stored);
        assertThat(imported.json().get("streamsImported").asLong()).isEqualTo(3);
        assertThat(imported.json().get("deadlinesScheduled").asInt())
                .as("M1 (decided) and M2 (2027); the others did their work")
                .isEqualTo(2);
        awaitCaughtUp(target);

        scenario.registerPeopleIn(target);
        awaitCaughtUp(target);
        Map<String, Object> after = readModels(target, scenario);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((what, source) -> assertThat(after.get(what)).as(what).isEqualTo(source));
        eventually(() -> assertThat(target.get("/api/v1/indicator-counts?municipality=" + scenario.municipality)
                        .json())
                .isEqualTo(api().get("/api/v1/indicator-counts?municipality=" + scenario.municipality)
                        .json()));
        assertThat(storedRows(targetJdbc(), scenario.streams))
                .hasSize((int) stored)
                .isEqualTo(storedRows(jdbc, scenario.streams));
        // the milestone still due in 2027 falls due in the new installation too; M1's deadline fell due at once
        // and was delivered to its case, which rightly did nothing (M1 was decided): it is gone, without failures
        // (a deadline for a scope no aggregate answers to would vanish silently: the case's own deadline is the
        // measure)
        String m2 = "Partnership milestone-due " + scenario.futureMilestone + " 2027-06-01";
        assertThat(deadlinesOf(jdbc, scenario.caseA)).contains(m2);
        targetBean(Scheduler.class).triggerCheckForDueExecutions();
        eventually(
                Duration.ofSeconds(30),
                () -> assertThat(deadlinesOf(targetJdbc(), scenario.caseA)).containsExactly(m2));
        assertThat(storedRows(targetJdbc(), scenario.streams)).hasSize((int) stored);
    }

    @Test
    void aPseudonymisedExportNamesNobodyAndAResearchInstallationCanImportIt() {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
        String official = "p-official-" + tag;
        String chair = "p-chair-" + tag;
        String facilitator = "p-facilitator-" + tag;
        List<String> personalData = List.of(
                "Ysolde Verbruggen",
                "ysolde." + tag + "@zwolle.example",
                "Quirijn Haverkamp",
                "q.haverkamp." + tag + "@warm.example",
                "Bureau Lindeboom " + tag);
        register(
                official,
                "Ysolde Verbruggen",
                "ysolde." + tag + "@zwolle.example",
                "{\"municipality\": \"GM0193\"}",
                "civil-servant");
        register(
                chair,
                "Quirijn Haverkamp",
                "q.haverkamp." + tag + "@warm.example",
                "{\"initiative\": \"warm-assendorp\"}",
                "board-member");
        String asOfficial = ResearchScenario.actor(official, "{\"municipality\": \"GM0193\"}", "civil-servant");
        String asChair = ResearchScenario.actor(chair, "{\"initiative\": \"warm-assendorp\"}", "board-member");
        String caseId = created("/api/v1/cases", ResearchScenario.body(asChair, "2024-03-01", """
                "municipality": "GM0193", "initiative": "warm-assendorp", "scope": {"activity": "heat network", "area": "Assendorp"},
                "motivation": "Ysolde Verbruggen (ysolde.%s@zwolle.example) asked us to start\"""".formatted(tag)))
                .get("aggregateId")
                .asText();
        String base = "/api/v1/cases/" + caseId;
        created(base + "/grant", ResearchScenario.body(asOfficial, "2024-04-01", """
                "preconditions": {"addedValueRecognisedByBoth": true, "willingToInvestAndPauseUsualWays": true},
                "exclusivity": {"activity": "heat network", "area": "Assendorp", "from": "2024-04-01", "until": "2028-04-01"}"""));
        created(
                base + "/facilitators",
                ResearchScenario.body(
                        asOfficial,
                        "2024-04-02",
                        "\"personId\": \"" + facilitator + "\", \"organisation\": \"Bureau Lindeboom " + tag + "\""));
        created(base + "/meetings", ResearchScenario.body(asOfficial, "2024-04-10", """
                "kind": "meeting", "topics": ["Quirijn Haverkamp presents the plan"],
                "attendees": [{"personId": "%s", "party": {"municipality": "GM0193"}, "role": "civil-servant"},
                              {"personId": "%s", "party": {"initiative": "warm-assendorp"}, "role": "board-member"}],
                "summary": "Ysolde Verbruggen and Quirijn Haverkamp (q.haverkamp.%s@warm.example) agreed to meet monthly\"""".formatted(
                        official, chair, tag)));
        created(base + "/decisions", ResearchScenario.body(asOfficial, "2024-04-16", """
                "body": "college", "subject": "Proposal by Ysolde Verbruggen", "decision": "Supported\""""));

        Api.Response export = api().get("/api/v1/exports?case=" + caseId);
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.body()).doesNotContain(personalData).doesNotContain(official, chair, facilitator);
        List<JsonNode> lines = lines(export.body());
        String chairPseudonym = lines.get(0).at("/data/actor/personId").asText();
        assertThat(chairPseudonym).startsWith("ps-");
        assertThat(lines.get(3).at("/data/attendees/1/personId").asText())
                .as("one person, one pseudonym")
                .isEqualTo(chairPseudonym);
        assertThat(lines.get(3).at("/data/attendees/0/personId").asText())
                .isEqualTo(lines.get(1).at("/data/actor/personId").asText())
                .isNotEqualTo(chairPseudonym);
        assertThat(lines.get(3).at("/data/summary").asText()).isEqualTo(Pseudonymiser.WITHHELD);
        assertThat(lines.get(0).has("axonmetadata"))
                .as("correlation ids come from callers")
                .isFalse();
        JsonNode manifest = lines.get(lines.size() - 1).get("data");
        assertThat(manifest.get("pseudonymised").asBoolean()).isTrue();
        assertThat(manifest.at("/freeText/withheld").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/exports?case=" + caseId).body())
                .as("a fresh key for every export")
                .doesNotContain(chairPseudonym);

        Api.Response everything = api().get("/api/v1/exports");
        assertThat(everything.status()).isEqualTo(200);
        assertThat(everything.body())
                .doesNotContain(personalData)
                .doesNotContain(official, chair)
                .contains("\"subject\":\"person:ps-");

        Api target = target();
        GenericEventMessage.clock = clock;
        Api.Response imported = target.post("/api/v1/imports", export.body(), ResearchExportController.JSON_LINES);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("pseudonymised").asBoolean()).isTrue();
        eventually(() -> {
            JsonNode timeline = target.get(base + "/timeline").json().get("items");
            assertThat(timeline).hasSize(5);
            assertThat(timeline.findValuesAsText("actorPersonId"))
                    .allSatisfy(id -> assertThat(id).startsWith("ps-"));
            assertThat(timeline.toString()).contains(Pseudonymiser.WITHHELD).doesNotContain(personalData);
        });
        JsonNode step = target.get(base + "/replay?afterEvent=4").json();
        assertThat(step.at("/event/kind").asText()).isEqualTo("meeting-recorded");
        assertThat(step.at("/auditTrail/lastContactOn").asText()).isEqualTo("2024-04-10");
        assertThat(step.at("/auditTrail/decisions"))
                .as("the decision is the next step")
                .isEmpty();
    }

    @Test
    void badInputIsRefusedLineByLineAndImportsNothing() throws Exception {
        String caseId = created("/api/v1/cases", CaseJson.request("2024-03-01"))
                .get("aggregateId")
                .asText();
        // dates still ahead: no deadline falls due at the source after the export was taken
        created("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2028-04-01"));
        created("/api/v1/cases/" + caseId + "/milestones", CaseJson.milestone("2024-05-01", "2027-09-01"));
        String good = api().get("/api/v1/exports?case=" + caseId + "&pseudonymise=false")
                .body();
        List<String> lines = good.lines().toList();
        assertThat(lines).hasSize(4);
        Api target = target();

        refused(
                target,
                caseId,
                join(lines.get(0), "{\"specversion\": \"1.0\", \"id\": ", lines.get(1), lines.get(2), lines.get(3)),
                2,
                "malformed-line");
        refused(
                target,
                caseId,
                join(
                        lines.get(0).replace("opgroeiruimte-requested.v1", "opgroeiruimte-demanded.v1"),
                        lines.get(1),
                        lines.get(2),
                        lines.get(3)),
                1,
                "unknown-type");
        refused(
                target,
                caseId,
                join(lines.get(0), lines.get(1), lines.get(1), lines.get(2), lines.get(3)),
                3,
                "duplicate-event");
        String cut = good.substring(0, good.length() / 2);
        refused(target, caseId, cut, cut.lines().count() + 1, "manifest-missing");
        refused(target, caseId, join(lines.get(0), lines.get(1), lines.get(2)), 4, "manifest-missing");
        refused(
                target,
                caseId,
                join(
                        lines.get(0),
                        lines.get(1).replace("\"until\":\"2028-04-01\"", "\"until\":\"2028-05-01\""),
                        lines.get(2),
                        lines.get(3)),
                4,
                "hash-mismatch");

        Path file = Files.createTempFile("casefile-export-", ".jsonl");
        Files.writeString(file, good);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CaseFileCli.run(
                new String[] {
                    "import",
                    file.toString(),
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + targetUrl(),
                    "--spring.datasource.username=" + PostgresTestDatabase.USER,
                    "--spring.datasource.password=",
                    "--casefile.security.mode=local",
                    "--casefile.security.allow-local-users=true",
                    "--casefile.record.trusted-export-keys[0]=" + sourceKey
                },
                new PrintStream(out, true),
                new PrintStream(err, true));
        GenericEventMessage.clock = clock;
        assertThat(exit).as(err.toString()).isZero();
        assertThat(JSON.readTree(out.toString()).get("eventsImported").asLong()).isEqualTo(3);
        assertThat(storedRows(targetJdbc(), List.of(caseId))).isEqualTo(storedRows(jdbc, List.of(caseId)));

        Api.Response again = target.post("/api/v1/imports", good, ResearchExportController.JSON_LINES);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("problems").findValuesAsText("rule")).contains("stream-exists", "event-exists");
        assertThat(storedRows(targetJdbc(), List.of(caseId))).hasSize(3);
    }

    @Test
    void anExportWhoseRecordingTimesWereEditedIsRefusedEvenWithItsHashRecomputed() throws Exception {
        String caseId = created("/api/v1/cases", CaseJson.request("2024-03-01"))
                .get("aggregateId")
                .asText();
        created("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2028-04-01"));
        created("/api/v1/cases/" + caseId + "/milestones", CaseJson.milestone("2024-05-01", "2027-09-01"));
        List<String> lines = api().get("/api/v1/exports?case=" + caseId + "&pseudonymise=false")
                .body()
                .lines()
                .toList();
        String recorded =
                JSON.readTree(lines.get(1)).get(EventExporter.RECORDED_TIME).asText();
        String edited = lines.get(1).replace(recorded, "2024-03-02T09:00:00Z");
        assertThat(edited).isNotEqualTo(lines.get(1));
        java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
        for (String line : List.of(lines.get(0), edited, lines.get(2)))
            sha256.update((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String oldHash = JSON.readTree(lines.get(3)).at("/data/contentSha256").asText();
        String manifest = lines.get(3).replace(oldHash, java.util.HexFormat.of().formatHex(sha256.digest()));
        Api target = target();

        refused(target, caseId, join(lines.get(0), edited, lines.get(2), manifest), 2, "chain-broken");
        refused(target, caseId, join(lines.get(0), edited, lines.get(2), manifest), 4, "signature-invalid");
    }

    @Test
    void historyFromOutsideTheCaseFileImportsOnlyAsMarkedImports() throws Exception {
        String caseId = created("/api/v1/cases", CaseJson.request("2024-03-01"))
                .get("aggregateId")
                .asText();
        created("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2028-04-01"));
        List<String> lines = api().get("/api/v1/exports?case=" + caseId + "&pseudonymise=false")
                .body()
                .lines()
                .toList();
        var manifest = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(lines.get(2));
        ((com.fasterxml.jackson.databind.node.ObjectNode) manifest.get("data")).remove("signature");
        String unsigned = join(lines.get(0), lines.get(1), JSON.writeValueAsString(manifest));
        Api target = target();

        refused(target, caseId, unsigned, 3, "unsigned-export");
        Api.Response imported = target.post(
                "/api/v1/imports?source=paper%20archive%20Zwolle", unsigned, ResearchExportController.JSON_LINES);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        JsonNode first = JSON.readTree(targetJdbc()
                .sql("select metadata from domainevententry where aggregateidentifier = ? and sequencenumber = 0")
                .param(caseId)
                .query(byte[].class)
                .single());
        assertThat(first.get("recorder.kind").asText()).isEqualTo("import");
        assertThat(first.get("recorder.source").asText()).isEqualTo("paper archive Zwolle");
        assertThat(first.get("recorder.personId").asText()).isEqualTo("p-beheerder");
        assertThat(first.get(EventImporter.IMPORTED_RECORDED_AT).asText()).isNotBlank();
        JsonNode verification =
                target.get("/api/v1/cases/" + caseId + "/verification").json();
        assertThat(verification.get("intact").asBoolean())
                .as(verification.toString())
                .isTrue();
    }

    private void refused(Api target, String caseId, String body, long line, String rule) {
        Api.Response response = target.post("/api/v1/imports", body, ResearchExportController.JSON_LINES);
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).isEqualTo("import-rejected");
        boolean named = false;
        for (JsonNode problem : response.json().get("problems")) {
            named |= problem.get("line").asLong() == line
                    && problem.get("rule").asText().equals(rule);
        }
        assertThat(named)
                .as("line " + line + " " + rule + " in " + response.json().get("problems"))
                .isTrue();
        assertThat(storedRows(targetJdbc(), List.of(caseId)))
                .as("nothing imported")
                .isEmpty();
    }

    private static String join(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private void register(String personId, String name, String email, String party, String role) {
        created(
                "/api/v1/people",
                ResearchScenario.body(
                        ResearchScenario.actor("p-registrar", "{\"municipality\": \"GM0193\"}", "program-director"),
                        "2024-01-02",
                        """
                "personId": "%s", "name": "%s", "email": "%s", "organisation": "Bureau Lindeboom %s",
                "party": %s, "role": "%s\"""".formatted(personId, name, email, personId, party, role)));
    }

    private JsonNode created(String path, String body) {
        Api.Response response = api().post(path, body);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(201);
        return response.json();
    }

    private static void assertProfile(JsonNode first, ResearchScenario scenario) {
        assertThat(first.get("specversion").asText()).isEqualTo("1.0");
        assertThat(first.get("type").asText()).isEqualTo("nl.opgroeiruimte.casefile.municipality-registered.v1");
        assertThat(first.get("source").asText())
                .isEqualTo("urn:nld:opgroeiruimte:municipality:" + scenario.municipality);
        assertThat(first.get("subject").asText()).isEqualTo("municipality:" + scenario.municipality);
        assertThat(first.get("time").asText()).isEqualTo("2021-01-04T00:00:00+01:00");
        assertThat(first.get("recordedtime").asText()).startsWith("2021-01-04T");
        assertThat(first.get("sequence").asText()).isEqualTo("1");
        assertThat(first.get("sequencetype").asText()).isEqualTo("Integer");
        assertThat(first.get("actorrole").asText()).isEqualTo("civil-servant");
        assertThat(first.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(first.at("/data/cbsCode").asText()).isEqualTo(scenario.municipality);
        assertThat(first.get("axonmetadata").asText()).contains("correlationId");
    }

    /** Every read model the API offers for the scenario, as JSON (or text), by what it is. */
    private static Map<String, Object> readModels(Api api, ResearchScenario scenario) {
        Map<String, Object> models = new LinkedHashMap<>();
        String m = scenario.municipality;
        models.put("case list", ok(api, "/api/v1/cases?municipality=" + m + "&pageSize=500"));
        models.put("case overview", ok(api, "/api/v1/municipalities/" + m + "/case-overview"));
        models.put("municipality", ok(api, "/api/v1/municipalities/" + m));
        for (String caseId : List.of(scenario.caseA, scenario.caseB)) {
            String base = "/api/v1/cases/" + caseId;
            models.put("summary " + caseId, ok(api, base));
            models.put("events " + caseId, ok(api, base + "/events"));
            models.put("timeline " + caseId, ok(api, base + "/timeline?pageSize=1000"));
            models.put("audit trail today " + caseId, ok(api, base + "/audit-trail"));
            models.put("indicators today " + caseId, ok(api, base + "/indicators"));
            models.put("indicator history " + caseId, ok(api, base + "/indicators/history?until=2026-11-01"));
            for (String day : DATES) {
                models.put("audit trail " + day + " " + caseId, ok(api, base + "/audit-trail?asOf=" + day));
                models.put("indicators " + day + " " + caseId, ok(api, base + "/indicators?asOf=" + day));
            }
            models.put(
                    "audit trail as recorded then " + caseId,
                    ok(api, base + "/audit-trail?asOf=2022-10-01&view=as-recorded-then"));
            JsonNode step = ok(api, base + "/replay?afterEvent=1");
            int count = step.get("eventCount").asInt();
            for (int n = 1; n <= count; n++)
                models.put("replay " + n + " " + caseId, ok(api, base + "/replay?afterEvent=" + n));
            models.put("replay as of " + caseId, ok(api, base + "/replay?asOf=2022-10-01"));
        }
        Api.Response series = api.get("/api/v1/indicator-series?municipality=" + m + "&to=2026-11-01");
        assertThat(series.status()).as(series.toString()).isEqualTo(200);
        models.put("indicator series", series.body());
        return models;
    }

    private static JsonNode ok(Api api, String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(200);
        return response.json();
    }

    /** The stored events, column by column as the event store keeps them (the global index aside). */
    static List<Map<String, Object>> storedRows(JdbcClient jdbc, List<String> streams) {
        return jdbc.sql("""
                        select aggregateidentifier, sequencenumber, type, eventidentifier, payloadtype, payloadrevision, timestamp,
                               convert_from(payload, 'UTF8') as payload, convert_from(metadata, 'UTF8') as metadata
                        from domainevententry where aggregateidentifier in (:streams) order by aggregateidentifier, sequencenumber""").param("streams", streams).query().listOfRows();
    }

    /** The deadlines waiting for a case (Axon's task data: scope and payload in base64 JSON), and whether they failed. */
    private static List<String> deadlinesOf(JdbcClient jdbc, String caseId) {
        List<String> deadlines = new ArrayList<>();
        for (Map<String, Object> row : jdbc.sql(
                        "select convert_from(task_data, 'UTF8') as data, consecutive_failures from scheduled_tasks")
                .query()
                .listOfRows()) {
            String data = (String) row.get("data");
            Object failures = row.get("consecutive_failures");
            try {
                JsonNode task = data == null ? null : JSON.readTree(data);
                // the table holds other tasks too (the notification deliveries'), which are no deadlines
                if (task == null || !task.has("s")) continue;
                JsonNode scope =
                        JSON.readTree(Base64.getDecoder().decode(task.get("s").asText()));
                JsonNode limit =
                        JSON.readTree(Base64.getDecoder().decode(task.get("p").asText()));
                if (scope.path("identifier").asText().equals(caseId)) {
                    deadlines.add(scope.get("type").asText() + " "
                            + task.get("d").asText() + " "
                            + limit.get("subjectId").asText()
                            + " " + limit.get("lastDay").asText()
                            + (failures == null || ((Number) failures).intValue() == 0
                                    ? ""
                                    : " failed " + Counts.of(((Number) failures).longValue(), "time", "times")));
                }
            } catch (IOException e) {
                throw new AssertionError(data, e);
            }
        }
        return deadlines;
    }

    static List<JsonNode> lines(String jsonLines) {
        List<JsonNode> lines = new ArrayList<>();
        jsonLines.lines().forEach(line -> {
            try {
                lines.add(JSON.readTree(line));
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        });
        return lines;
    }

    static void awaitCaughtUp(Api api) {
        eventually(Duration.ofSeconds(60), () -> {
            for (JsonNode processor : api.get("/api/v1/admin/processors").json()) {
                assertThat(processor.get("caughtUp").asBoolean())
                        .as(processor.toString())
                        .isTrue();
                assertThat(processor.get("replaying").asBoolean())
                        .as(processor.toString())
                        .isFalse();
            }
        });
    }
}
