package nl.opgroeiruimte.casefile.infra.reliability;

import static nl.opgroeiruimte.casefile.infra.support.CaseJson.CIVIL_SERVANT;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Events stored by an earlier version stay readable after their kind changed incompatibly. A case whose
 * hand-overs were stored as RoleHandedOver revision 1 (the successor in "successorId") is put into the
 * event store with plain SQL, as an older version left it; today's projections, audit trail, events API
 * and aggregate all see revision 2 (the successor in "successorPersonId"), and the stored rows are not
 * rewritten.
 */
class OldEventRevisionsIT extends PostgresIntegrationTest {
    private static final String FIXTURE = "fixtures/case-with-revision-1-handovers.sql";

    @Autowired
    DataSource dataSource;

    private String caseId;
    private String base;

    @BeforeEach
    void caseStoredByAnEarlierVersion() throws IOException, SQLException {
        caseId = "stored-by-0-1-" + UUID.randomUUID();
        base = "/api/v1/cases/" + caseId;
        String script = new ClassPathResource(FIXTURE)
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("{{caseId}}", caseId);
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(jdbc.sql(
                                "select payloadrevision from domainevententry where aggregateidentifier = ? and payloadtype like '%.RoleHandedOver'")
                        .param(caseId)
                        .query(String.class)
                        .list())
                .containsExactly("1", "1");
    }

    @Test
    void theProjectionsAndTheAuditTrailShowTheSuccessorsOfRevisionOneHandovers() {
        eventually(() -> assertThat(api().get(base + "/timeline?pageSize=100")
                        .json()
                        .get("items")
                        .findValuesAsText("kind"))
                .containsExactly(
                        "opgroeiruimte-requested",
                        "opgroeiruimte-granted",
                        "role-assigned",
                        "role-assigned",
                        "role-handed-over",
                        "role-handed-over"));
        eventually(() ->
                assertThat(api().get(base).json().get("eventCount").asInt()).isEqualTo(6));

        JsonNode auditTrail = api().get(base + "/audit-trail?asOf=2025-06-01").json();

        assertThat(holderNow(auditTrail, "municipal-contact")).isEqualTo("p-carla");
        assertThat(holderNow(auditTrail, "initiative-chair")).isEqualTo("p-dirk");
        JsonNode missing = auditTrail.get("handoversMissing");
        assertThat(missing).hasSize(1);
        assertThat(missing.get(0).at("/from/personId").asText()).isEqualTo("p-bram");
        assertThat(missing.get(0).at("/to/personId").asText())
                .as("the successor of a revision 1 event")
                .isEqualTo("p-dirk");
    }

    @Test
    void theEventsApiGivesRevisionTwoAndTheStoredRowsStayAsTheyWere() {
        List<JsonNode> handovers = api().get(base + "/events").json().findParents("type").stream()
                .filter(event -> event.get("type").asText().equals("RoleHandedOver"))
                .toList();

        assertThat(handovers).hasSize(2);
        assertThat(handovers).allSatisfy(event -> assertThat(event.toString()).doesNotContain("successorId"));
        assertThat(handovers.get(0).findValue("successorPersonId").asText()).isEqualTo("p-carla");
        assertThat(jdbc.sql(
                                "select count(*) from domainevententry where aggregateidentifier = ? and payloadrevision = '1'")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .as("nothing rewritten")
                .isEqualTo(6);
    }

    @Test
    void theCaseDecidesOnTheHoldersOfRevisionOneHandovers() {
        Api.Response again = api().post(base + "/roles/municipal-contact/handovers", body("2025-03-01", """
                "successorId": "p-carla", "handover": {"withoutHandover": true}"""));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("successor-is-holder");

        Api.Response vacated = api().post(
                        base + "/roles/municipal-contact/vacancies",
                        body("2025-04-01", "\"reason\": \"Moved to another job\""));

        assertThat(vacated.status()).as(vacated.toString()).isEqualTo(201);
        assertThat(vacated.header("ETag")).isEqualTo("\"6\"");
        String stored = jdbc.sql(
                        "select convert_from(payload, 'UTF8') from domainevententry where aggregateidentifier = ? and sequencenumber = 6")
                .param(caseId)
                .query(String.class)
                .single();
        assertThat(stored).contains("\"previousHolder\":\"p-carla\"");
    }

    private static String holderNow(JsonNode auditTrail, String role) {
        for (JsonNode view : auditTrail.get("roles")) {
            if (view.get("role").asText().equals(role))
                return view.at("/heldNow/personId").asText();
        }
        throw new AssertionError("no role " + role + " in " + auditTrail.get("roles"));
    }

    private static String body(String occurredOn, String fields) {
        return "{\"actor\": " + CIVIL_SERVANT + ", \"occurredOn\": \"" + occurredOn + "\", " + fields + "}";
    }
}
