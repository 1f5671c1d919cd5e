package nl.opgroeiruimte.casefile.infra.reliability;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A projection that fails on one fact parks that fact, with the later facts of the same case, in the
 * dead-letter queue in the database and goes on with every other case; the admin API lists what is
 * parked and, once the cause is fixed, hands it to the projection again.
 */
@Import(PoisonedProjection.class)
@TestPropertySource(
        properties = {
            "axon.eventhandling.processors." + PoisonedProjection.GROUP + ".mode=pooled",
            "axon.eventhandling.processors." + PoisonedProjection.GROUP + ".dlq.enabled=true"
        })
@DirtiesContext
class DeadLetterQueueIT extends PostgresIntegrationTest {
    @Autowired
    PoisonedProjection projection;

    @Test
    void aFactTheProjectionFailsOnIsParkedListedAndRetriedOnceFixedWhileOtherCasesGoOn() {
        String poisonedCase = grantedCase();
        String poisoned = meeting(poisonedCase, PoisonedProjection.POISON);
        String laterInThatCase = meeting(poisonedCase, "after the poison");
        String otherCase = grantedCase();
        String elsewhere = meeting(otherCase, "in another case");

        eventually(() -> assertThat(projection.handledMeetings())
                .as("the processor went on with the other case")
                .contains(elsewhere));
        eventually(() -> assertThat(parked())
                .extracting(letter -> letter.get("eventId").asText())
                .as("the failed fact and the later one of its case wait in order")
                .hasSize(2));
        List<JsonNode> letters = parked();
        assertThat(letters.get(0).get("aggregateId").asText()).isEqualTo(poisonedCase);
        assertThat(letters.get(0).get("kind").asText()).isEqualTo("meeting-recorded");
        assertThat(letters.get(0).get("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(letters.get(0).get("causeMessage").asText()).contains("cannot project meeting " + poisoned);
        assertThat(letters.get(1).get("sequenceNumber").asLong()).isEqualTo(3);
        assertThat(projection.handledMeetings()).doesNotContain(poisoned, laterInThatCase);
        assertThat(jdbc.sql("select count(*) from deadletterentry where processinggroup = ?")
                        .param(PoisonedProjection.GROUP)
                        .query(Long.class)
                        .single())
                .as("parked in the database, so a restart does not lose them")
                .isEqualTo(2);
        assertThat(api().get("/api/v1/admin/dead-letters").json().findValuesAsText("processor"))
                .as("without a processor named, every processor's letters")
                .contains(PoisonedProjection.GROUP);

        Api.Response stillPoisoned =
                api().post("/api/v1/admin/dead-letters/" + PoisonedProjection.GROUP + "/retries", "");
        assertThat(stillPoisoned.json().get("sequencesProcessed").asLong()).isZero();
        assertThat(parked()).as("what fails again stays parked").hasSize(2);

        projection.cure();
        Api.Response retried = api().post("/api/v1/admin/dead-letters/" + PoisonedProjection.GROUP + "/retries", "");

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("sequencesProcessed").asLong()).isEqualTo(1);
        assertThat(retried.json().get("lettersRemaining").asLong()).isZero();
        assertThat(projection.handledMeetings()).containsSubsequence(poisoned, laterInThatCase);
        assertThat(parked()).isEmpty();
    }

    @Test
    void anUnknownProcessorIsNotFound() {
        Api.Response unknown = api().get("/api/v1/admin/dead-letters?processor=no-such-processor");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("rule").asText()).isEqualTo("unknown-processor");
    }

    private List<JsonNode> parked() {
        JsonNode letters = api().get("/api/v1/admin/dead-letters?processor=" + PoisonedProjection.GROUP)
                .json();
        return StreamSupport.stream(letters.spliterator(), false).toList();
    }

    private String grantedCase() {
        String caseId = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        api().post(
                        "/api/v1/cases/" + caseId + "/grant",
                        CaseJson.grant(
                                "2024-04-01", LocalDate.now().plusYears(2).toString()));
        return caseId;
    }

    private String meeting(String caseId, String topic) {
        Api.Response response =
                api().post("/api/v1/cases/" + caseId + "/meetings", """
                {"actor": %s, "occurredOn": "2024-05-01", "kind": "meeting", "topics": ["%s"],
                 "attendees": [{"personId": "p-anna", "party": {"municipality": "GM0193"}, "role": "civil-servant"}]}""".formatted(CaseJson.CIVIL_SERVANT, topic));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }
}
