package nl.opgroeiruimte.casefile.infra.record;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.Scheduler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.opgroeiruimte.casefile.infra.cli.CaseFileCli;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.People;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import nl.opgroeiruimte.casefile.infra.support.PostgresTestDatabase;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The record as evidence: every event names who recorded it, from their credentials; the hash chain
 * shows any change to a stored event; events stored before the chain are sealed once.
 */
class RecordAsEvidenceIT extends PostgresIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Scheduler deadlines;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void people() {
        People.registerCaseJsonPeople(api());
    }

    private String newCase(Api api, String requestedOn) {
        Api.Response created = api.post(
                "/api/v1/cases", CaseJson.request(requestedOn).replace(CaseJson.BOARD_MEMBER, CaseJson.CIVIL_SERVANT));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("aggregateId").asText();
    }

    private JsonNode storedMetadata(String stream, long sequence) {
        byte[] bytes = jdbc.sql(
                        "select metadata from domainevententry where aggregateidentifier = ? and sequencenumber = ?")
                .param(stream)
                .param(sequence)
                .query(byte[].class)
                .single();
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void whatAStaffMemberRecordsOverTheApiNamesThemAsRecorderInTheStoredMetadata() {
        Api zwolle = api().as("ambtenaar-zwolle").header("X-Correlation-Id", "req-42");
        String caseId = newCase(zwolle, "2024-03-01");
        Api.Response meeting = zwolle.post("/api/v1/cases/" + caseId + "/meetings", CaseJson.meeting("kick-off"));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);

        JsonNode stored = storedMetadata(caseId, 1);
        assertThat(stored.get("recorder.kind").asText()).isEqualTo("person");
        assertThat(stored.get("recorder.personId").asText()).isEqualTo("p-ambtenaar-zwolle");
        assertThat(stored.get("recorder.role").asText()).isEqualTo("MUNICIPAL_STAFF");
        assertThat(stored.get("recorder.municipality").asText()).isEqualTo("GM0193");
        assertThat(stored.get("recorder.userName").asText()).isEqualTo("ambtenaar-zwolle");
        assertThat(stored.get("correlationId").asText()).isEqualTo("req-42");
        assertThat(stored.get("resource").asText()).isEqualTo(meeting.header("Location"));
        assertThat(stored.get(EventChain.HASH).asText()).hasSize(64);

        JsonNode recordings = api().get("/api/v1/cases/" + caseId + "/recordings?pageSize=1&page=2")
                .json();
        assertThat(recordings.get("count").asLong()).isEqualTo(2);
        JsonNode second = recordings.get("results").get(0);
        assertThat(second.get("what").asText()).isEqualTo("MeetingRecorded");
        assertThat(second.at("/recorder/personId").asText()).isEqualTo("p-ambtenaar-zwolle");
        assertThat(second.at("/actor/personId").asText()).isEqualTo("p-anna");
        assertThat(second.get("correlationId").asText()).isEqualTo("req-42");
        assertThat(second.get("resource").asText()).isEqualTo(meeting.header("Location"));

        eventually(() -> {
            JsonNode entry = zwolle.get("/api/v1/cases/" + caseId + "/timeline")
                    .json()
                    .get("items")
                    .get(1);
            assertThat(entry.get("actorPersonId").asText()).isEqualTo("p-anna");
            assertThat(entry.get("recorderKind").asText()).isEqualTo("person");
            assertThat(entry.get("recorderName").asText())
                    .as("a local user not in the register, by user name")
                    .isEqualTo("ambtenaar-zwolle");
        });
    }

    @Test
    void aDeadlineIsRecordedByTheCaseFileItselfNotByWhoeverSetIt() {
        clock.setDay("2025-01-10");
        Api zwolle = api().as("ambtenaar-zwolle");
        String caseId = newCase(zwolle, "2025-01-10");
        assertThat(zwolle.post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2025-01-10", "2025-02-01"))
                        .status())
                .isEqualTo(201);

        clock.setDay("2025-02-02");
        deadlines.triggerCheckForDueExecutions();
        eventually(
                Duration.ofSeconds(20),
                () -> assertThat(storedEventCount(caseId)).isEqualTo(3));

        JsonNode ended = storedMetadata(caseId, 2);
        assertThat(ended.path("recorder.kind").asText()).as(ended.toString()).isEqualTo("system");
        assertThat(ended.path("recorder.personId").asText()).isEqualTo("system");
        assertThat(ended.path("recorder.source").asText()).isEqualTo("deadline exclusivity-ends");
        assertThat(api().get("/api/v1/cases/" + caseId + "/verification")
                        .json()
                        .get("intact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void oneChangedByteInAStoredPayloadBreaksTheChainAtThatEvent() {
        Api zwolle = api().as("ambtenaar-zwolle");
        String caseId = newCase(zwolle, "2024-03-01");
        for (String topic : new String[] {"kick-off", "budget", "planning"}) {
            assertThat(zwolle.post("/api/v1/cases/" + caseId + "/meetings", CaseJson.meeting(topic))
                            .status())
                    .isEqualTo(201);
        }
        JsonNode before =
                zwolle.get("/api/v1/cases/" + caseId + "/verification").json();
        assertThat(before.get("intact").asBoolean()).as(before.toString()).isTrue();
        assertThat(before.get("events").asLong()).isEqualTo(4);

        byte[] payload = jdbc.sql(
                        "select payload from domainevententry where aggregateidentifier = ? and sequencenumber = 2")
                .param(caseId)
                .query(byte[].class)
                .single();
        String text = new String(payload, StandardCharsets.UTF_8);
        int at = text.indexOf("budget");
        payload[at] = (byte) 'B';
        jdbc.sql("update domainevententry set payload = ? where aggregateidentifier = ? and sequencenumber = 2")
                .param(payload)
                .param(caseId)
                .update();

        JsonNode after = zwolle.get("/api/v1/cases/" + caseId + "/verification").json();
        assertThat(after.get("intact").asBoolean()).isFalse();
        assertThat(after.get("brokenAt").asLong()).isEqualTo(2);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = CaseFileCli.run(
                new String[] {
                    "verify",
                    "--case=" + caseId,
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + PostgresTestDatabase.url(),
                    "--spring.datasource.username=" + PostgresTestDatabase.USER,
                    "--spring.datasource.password="
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(exit).isEqualTo(CaseFileCli.BROKEN);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN " + caseId + " at sequence number 2");
    }

    @Test
    void eventsStoredBeforeTheChainAreSealedOnceAndSaySo() throws Exception {
        Api zwolle = api().as("ambtenaar-zwolle");
        String caseId = newCase(zwolle, "2024-03-01");
        assertThat(zwolle.post("/api/v1/cases/" + caseId + "/meetings", CaseJson.meeting("kick-off"))
                        .status())
                .isEqualTo(201);
        // as the events of an installation from before the chain: metadata without a hash
        for (long sequence = 0; sequence < 2; sequence++) {
            var metadata = (com.fasterxml.jackson.databind.node.ObjectNode) storedMetadata(caseId, sequence);
            metadata.remove(EventChain.HASH);
            jdbc.sql("update domainevententry set metadata = ? where aggregateidentifier = ? and sequencenumber = ?")
                    .param(JSON.writeValueAsBytes(metadata))
                    .param(caseId)
                    .param(sequence)
                    .update();
        }
        assertThat(zwolle.get("/api/v1/cases/" + caseId + "/verification")
                        .json()
                        .get("problem")
                        .asText())
                .contains("no hash");

        try (Connection connection = dataSource.getConnection()) {
            new V55__Seal_event_chains().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        JsonNode sealed =
                zwolle.get("/api/v1/cases/" + caseId + "/verification").json();
        assertThat(sealed.get("intact").asBoolean()).as(sealed.toString()).isTrue();
        assertThat(sealed.get("sealedEvents").asLong()).isEqualTo(2);
        assertThat(storedMetadata(caseId, 0).get(EventChain.SEALED_AT).asText()).isNotBlank();
        // the chain goes on from the seal
        assertThat(zwolle.post("/api/v1/cases/" + caseId + "/meetings", CaseJson.meeting("follow-up"))
                        .status())
                .isEqualTo(201);
        assertThat(zwolle.get("/api/v1/cases/" + caseId + "/verification")
                        .json()
                        .get("intact")
                        .asBoolean())
                .isTrue();
    }

    /** Signs in on the login page as a local user, as a person in a browser does: the session cookie of the pages. */
    private static HttpClient signedInBrowser(int port, String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        String base = "http://localhost:" + port;
        String login = browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
        String form = "username=" + user + "&password=" + user + (csrf.find() ? "&_csrf=" + csrf.group(1) : "");
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }

    @Test
    void aMeetingRecordedThroughThePageFormNamesTheSignedInUserAsRecorder() throws Exception {
        String caseId = newCase(api().as("ambtenaar-zwolle"), "2024-03-01");
        HttpClient browser = signedInBrowser(port, "ambtenaar-zwolle");
        String base = "http://localhost:" + port;

        // the form on the case page says where it posts; the page's script sends it there with the session only
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/dossiers/" + caseId))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher action = Pattern.compile("id=\"form-meeting\"[^>]*data-api=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(page);
        assertThat(action.find()).as("the meeting form on the case page").isTrue();
        HttpResponse<String> recorded = browser.send(
                HttpRequest.newBuilder(URI.create(base + action.group(1)))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json, application/problem+json")
                        .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(CaseJson.meeting("from the page")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

        JsonNode stored = storedMetadata(caseId, 1);
        assertThat(stored.get("recorder.kind").asText()).isEqualTo("person");
        assertThat(stored.get("recorder.personId").asText()).isEqualTo("p-ambtenaar-zwolle");
        assertThat(stored.get("recorder.userName").asText()).isEqualTo("ambtenaar-zwolle");
        assertThat(stored.get("recorder.municipality").asText()).isEqualTo("GM0193");
        assertThat(stored.get(EventChain.HASH).asText()).hasSize(64);
    }

    @Test
    void theAuditTrailNamesWhoRecordedEachOfItsFactsAndThePageShowsIt() {
        Api zwolle = api().as("ambtenaar-zwolle");
        String caseId = newCase(zwolle, "2024-03-01");
        assertThat(zwolle.post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-03-05", "2025-03-05"))
                        .status())
                .isEqualTo(201);
        assertThat(zwolle.post(
                                "/api/v1/cases/" + caseId + "/milestones",
                                CaseJson.milestone("2024-03-06", "2024-09-30"))
                        .status())
                .isEqualTo(201);

        JsonNode trail = zwolle.get("/api/v1/cases/" + caseId + "/audit-trail?asOf=2024-04-01")
                .json();
        JsonNode milestone = trail.at("/milestones/0");
        String plannedBy = milestone.get("eventIds").get(0).asText();
        JsonNode recorder = trail.get("recordedBy").get(plannedBy);
        assertThat(recorder).as(trail.get("recordedBy").toString()).isNotNull();
        assertThat(recorder.get("kind").asText()).isEqualTo("person");
        assertThat(recorder.get("personId").asText()).isEqualTo("p-ambtenaar-zwolle");
        assertThat(recorder.get("name").asText())
                .as("a local user not in the register, by user name")
                .isEqualTo("ambtenaar-zwolle");
        assertThat(recorder.get("role").asText()).isEqualTo("municipal-staff");
        assertThat(milestone.at("/municipalOwner/personId").asText())
                .as("the actor's side stays who did it")
                .isEqualTo("p-anna");
        // as recorded then, on a day before the milestone was recorded: neither the fact nor its recorder
        JsonNode before = zwolle.get("/api/v1/cases/" + caseId + "/audit-trail?asOf=2024-03-05&view=as-recorded-then")
                .json();
        assertThat(before.get("milestones")).isEmpty();
        assertThat(before.get("recordedBy").has(plannedBy)).isFalse();

        String fragment = zwolle.get("/dossiers/" + caseId + "/fragmenten/borgingsdossier?peildatum=2024-04-01")
                .body();
        assertThat(fragment).contains("data-audit-recorder").contains("vastgelegd door ambtenaar-zwolle");
    }
}
