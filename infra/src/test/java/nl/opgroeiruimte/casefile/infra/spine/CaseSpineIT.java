package nl.opgroeiruimte.casefile.infra.spine;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The spine end to end on PostgreSQL: HTTP command, event row readable by SQL, rebuild in a fresh context. */
class CaseSpineIT extends PostgresIntegrationTest {
    /**
     * A second application on the same database that snapshots every two events, started once for the tests
     * that need one: each application start costs a minute on a busy machine.
     */
    private static ConfigurableApplicationContext second;

    @AfterAll
    static void stopTheSecondApplication() {
        if (second != null) second.close();
    }

    @Test
    void requestedCaseIsStoredAsJsonThatPlainSqlCanRead() {
        Api.Response created = api().post("/api/v1/cases", CaseJson.request("2024-03-01"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String caseId = created.json().get("aggregateId").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/cases/" + caseId);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        Map<String, Object> row = jdbc.sql("""
                        select payloadtype,
                               convert_from(payload, 'UTF8')::jsonb ->> 'municipality' as municipality,
                               convert_from(payload, 'UTF8')::jsonb -> 'actor' ->> 'role' as role,
                               convert_from(metadata, 'UTF8')::jsonb as metadata
                        from domainevententry where aggregateidentifier = ?""").param(caseId).query().singleRow();
        assertThat(row.get("payloadtype")).asString().endsWith("OpgroeiruimteRequested");
        assertThat(row.get("municipality")).isEqualTo("GM0193");
        assertThat(row.get("role")).isEqualTo("board-member");
        assertThat(row.get("metadata").toString()).contains("recordedAt", "commandId", "correlationId", "causationId");
    }

    @Test
    void eventPayloadsAndMetadataAreByteaNeverLargeObjects() {
        List<Map<String, Object>> columns = jdbc.sql("""
                        select table_name, column_name, data_type from information_schema.columns
                        where table_schema = 'public' and column_name in ('payload', 'metadata', 'token')""").query().listOfRows();
        assertThat(columns)
                .extracting(c -> c.get("table_name") + "." + c.get("column_name"))
                .contains(
                        "domainevententry.payload",
                        "domainevententry.metadata",
                        "snapshotevententry.payload",
                        "snapshotevententry.metadata",
                        "tokenentry.token");
        assertThat(columns)
                .allSatisfy(c -> assertThat(c.get("data_type")).as(c.toString()).isEqualTo("bytea"));
        Long oidColumns = jdbc.sql(
                        "select count(*) from information_schema.columns where table_schema = 'public' and data_type = 'oid'")
                .query(Long.class)
                .single();
        assertThat(oidColumns).isZero();
    }

    @Test
    void correlationIdOfTheCallerIsKeptWithTheEvent() {
        String caseId = api().header("X-Correlation-Id", "corr-4711")
                .post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();

        String correlation = jdbc.sql(
                        "select convert_from(metadata, 'UTF8')::jsonb ->> 'correlationId' from domainevententry where aggregateidentifier = ?")
                .param(caseId)
                .query(String.class)
                .single();
        assertThat(correlation).isEqualTo("corr-4711");
    }

    @Test
    void grantedCaseShowsBothEventsInItsStoredHistory() {
        String caseId = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();

        Api.Response granted =
                api().post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2029-04-01"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        assertThat(granted.header("ETag")).isEqualTo("\"1\"");

        Api.Response history = api().get("/api/v1/cases/" + caseId + "/events");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().findValuesAsText("type"))
                .containsExactly("OpgroeiruimteRequested", "OpgroeiruimteGranted");
        assertThat(history.json()
                        .at("/items/1")
                        .at("/payload/exclusivity/until")
                        .asText())
                .isEqualTo("2029-04-01");
    }

    @Test
    void anotherApplicationOnTheSameDatabaseRebuildsTheCaseAndAcceptsTheNextCommand() {
        String caseId = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();

        Api other = second();
        Api.Response granted =
                other.post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2029-04-01"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        // the rebuilt case knows it is granted: a second grant breaks the lifecycle
        Api.Response again =
                other.post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-02", "2029-04-01"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("already-granted");
        assertThat(jdbc.sql(
                                "select count(*) from domainevententry where aggregateidentifier = ? and payloadtype like '%OpgroeiruimteGranted'")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .as("the refused second grant stored nothing")
                .isEqualTo(1);
    }

    @Test
    void aLongCaseIsSnapshottedAndRebuiltFromItsSnapshot() {
        String caseId = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        api().post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2029-04-01"));

        Api snapshotting = second();
        for (int i = 0; i < 4; i++) {
            assertThat(snapshotting
                            .post(
                                    "/api/v1/cases/" + caseId + "/milestones",
                                    CaseJson.milestone("2024-05-01", "2024-09-01"))
                            .status())
                    .isEqualTo(201);
        }
        // the snapshot may be stored just after the command's answer
        eventually(() -> assertThat(jdbc.sql(
                                "select convert_from(payload, 'UTF8') from snapshotevententry where aggregateidentifier = ? order by sequencenumber desc limit 1")
                        .param(caseId)
                        .query(String.class)
                        .optional())
                .as("a snapshot taken")
                .hasValueSatisfying(snapshot -> assertThat(snapshot).contains("GM0193", "milestones")));

        // rebuilt from the snapshot, the case still knows its milestones: a second outcome is refused
        String milestone = null;
        for (var event : api().get("/api/v1/cases/" + caseId + "/events").json().get("items")) {
            if (event.get("type").asText().equals("MilestonePlanned")) {
                milestone = event.at("/payload/milestoneId").asText();
                break;
            }
        }
        assertThat(api().post(
                                "/api/v1/cases/" + caseId + "/milestones/" + milestone + "/outcome",
                                CaseJson.outcome("2024-09-01", "met", true))
                        .status())
                .isEqualTo(201);
        Api.Response second = api().post(
                        "/api/v1/cases/" + caseId + "/milestones/" + milestone + "/outcome",
                        CaseJson.outcome("2024-09-02", "met", true));
        assertThat(second.json().get("rule").asText()).isEqualTo("milestone-already-decided");
    }

    private static Api second() {
        if (second == null) {
            second = new SpringApplicationBuilder(CaseFileApplication.class)
                    .profiles("postgres")
                    .run(secondInstanceArgs("--casefile.snapshot-threshold=2"));
        }
        return new Api(
                ((ServletWebServerApplicationContext) second).getWebServer().getPort());
    }

    @Test
    void grantForAnUnknownCaseIsNotFoundAndStoresNothing() {
        long before = jdbc.sql("select count(*) from domainevententry")
                .query(Long.class)
                .single();

        Api.Response response =
                api().post("/api/v1/cases/no-such-case/grant", CaseJson.grant("2024-04-01", "2029-04-01"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).isEqualTo("unknown-case");
        assertThat(response.json().get("id").asText()).isEqualTo("no-such-case");
        assertThat(jdbc.sql("select count(*) from domainevententry")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
