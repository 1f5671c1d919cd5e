package nl.opgroeiruimte.casefile.infra.reliability;

import static nl.opgroeiruimte.casefile.infra.support.CaseJson.CIVIL_SERVANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
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
 * A snapshot an earlier version took of a case stays harmless after the case changed shape. Before the
 * case had members, the aggregate class was {@code Partnership} and its snapshots had no revision; such a
 * snapshot, put into the store with plain SQL next to the six events it covers, is passed over, the case
 * is sourced from its events and decides as it always did, and the stored rows stay as they were.
 */
class OldSnapshotsIT extends PostgresIntegrationTest {
    private static final String EVENTS = "fixtures/case-with-revision-1-handovers.sql";
    private static final String OLD_SNAPSHOT = "fixtures/snapshot-of-the-case-before-members.sql";

    @Autowired
    DataSource dataSource;

    private String caseId;

    @BeforeEach
    void caseWithASnapshotOfTheEarlierShape() throws IOException, SQLException {
        caseId = "snapshotted-by-0-1-" + UUID.randomUUID();
        load(EVENTS);
        load(OLD_SNAPSHOT);
        assertThat(jdbc.sql(
                                "select type || ' ' || payloadtype || ' ' || coalesce(payloadrevision, 'no revision') from snapshotevententry where aggregateidentifier = ?")
                        .param(caseId)
                        .query(String.class)
                        .single())
                .isEqualTo("Partnership nl.opgroeiruimte.casefile.command.partnership.Partnership no revision");
    }

    @Test
    void theCaseIsSourcedFromItsEventsAndDecidesOnTheHolderTheyName() {
        Api.Response vacated = api().post(
                        "/api/v1/cases/" + caseId + "/roles/municipal-contact/vacancies",
                        "{\"actor\": " + CIVIL_SERVANT
                                + ", \"occurredOn\": \"2025-04-01\", \"reason\": \"Moved to another job\"}");

        assertThat(vacated.status()).as(vacated.toString()).isEqualTo(201);
        assertThat(vacated.header("ETag")).isEqualTo("\"6\"");
        String stored = jdbc.sql(
                        "select type || ' ' || convert_from(payload, 'UTF8') from domainevententry where aggregateidentifier = ? and sequencenumber = 6")
                .param(caseId)
                .query(String.class)
                .single();
        assertThat(stored)
                .as("stored under the case's first name")
                .startsWith("Partnership ")
                .contains("\"previousHolder\":\"p-carla\"");
        assertThat(jdbc.sql(
                                "select count(*) from snapshotevententry where aggregateidentifier = ? and payloadrevision is null")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .as("the old snapshot is left as it was")
                .isEqualTo(1);
    }

    @Test
    void theRulesStillSeeTheWholeHistory() {
        Api.Response again = api().post(
                        "/api/v1/cases/" + caseId + "/roles/initiative-chair/handovers",
                        "{\"actor\": " + CIVIL_SERVANT
                                + ", \"occurredOn\": \"2025-03-01\", \"successorId\": \"p-dirk\", \"handover\": {\"withoutHandover\": true}}");

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("successor-is-holder");
    }

    private void load(String fixture) throws IOException, SQLException {
        String script = new ClassPathResource(fixture)
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("{{caseId}}", caseId);
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
