package nl.opgroeiruimte.casefile.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail of the scripted case as of dates before and after each turning point, worked out by hand. */
class AuditTrailAsOfIT extends PostgresIntegrationTest {
    private ScriptedCase script;

    @BeforeEach
    void liveTheScript() {
        script = new ScriptedCase(api(), clock);
    }

    private JsonNode asOf(String date) {
        return api().get("/api/v1/cases/" + script.caseId + "/audit-trail?asOf=" + date)
                .json();
    }

    private static JsonNode role(JsonNode trail, String role) {
        for (JsonNode r : trail.get("roles")) if (r.get("role").asText().equals(role)) return r;
        throw new AssertionError("no role " + role + " in " + trail.get("roles"));
    }

    private static JsonNode milestone(JsonNode trail, String id) {
        for (JsonNode m : trail.get("milestones"))
            if (m.get("milestoneId").asText().equals(id)) return m;
        throw new AssertionError("no milestone " + id);
    }

    @Test
    void beforeTheRequestTheCaseDidNotExistYet() {
        assertThat(asOf("2021-08-01").get("status").asText()).isEqualTo("not-yet-requested");
    }

    @Test
    void beforeTheHandOverTheFirstContactHeldTheRoleAndNothingWasMissing() {
        JsonNode trail = asOf("2022-04-30");

        JsonNode contact = role(trail, "municipal-contact");
        assertThat(contact.at("/heldThen/personId").asText()).isEqualTo("p-anna");
        assertThat(contact.at("/heldNow/personId").asText()).isEqualTo("p-carla");
        assertThat(trail.get("handoversMissing")).isEmpty();
        assertThat(milestone(trail, script.milestone1).get("state").asText()).isEqualTo("open");
        assertThat(trail.get("agreementsInForce").findValuesAsText("agreementId"))
                .containsExactly(script.intentAgreement);
        assertThat(trail.at("/exclusivity/inForce").asBoolean()).isTrue();
    }

    @Test
    void afterTheHandOverTheSuccessorHoldsTheRoleAndTheMissingHandOverIsListed() {
        JsonNode trail = asOf("2022-05-02");

        assertThat(role(trail, "municipal-contact").at("/heldThen/personId").asText())
                .isEqualTo("p-carla");
        assertThat(trail.get("handoversMissing")).hasSize(1);
        assertThat(trail.at("/handoversMissing/0/from/personId").asText()).isEqualTo("p-anna");
        assertThat(trail.at("/handoversMissing/0/to/personId").asText()).isEqualTo("p-carla");
    }

    @Test
    void milestoneMetWithoutThePromisedContinuationShowsTheStopGoPattern() {
        assertThat(milestone(asOf("2022-05-31"), script.milestone1).get("state").asText())
                .isEqualTo("open");
        assertThat(milestone(asOf("2022-06-02"), script.milestone1).get("state").asText())
                .isEqualTo("met-without-continuation");
    }

    @Test
    void lateRecordedBreachIsKnownNowButWasNotInTheFileOnTheDay() {
        JsonNode knownNow = asOf("2022-10-01");
        JsonNode recordedThen = api().get(
                        "/api/v1/cases/" + script.caseId + "/audit-trail?asOf=2022-10-01&view=as-recorded-then")
                .json();

        assertThat(knownNow.get("view").asText()).isEqualTo("as-known-now");
        assertThat(knownNow.at("/exclusivity/breaches").findValuesAsText("breachId"))
                .containsExactly(script.breach);
        assertThat(knownNow.at("/exclusivity/breaches/0/resolved").asBoolean()).isFalse();
        assertThat(knownNow.get("recordedAfterAsOf").findValuesAsText("kind")).containsExactly("exclusivity-breached");
        assertThat(recordedThen.get("view").asText()).isEqualTo("as-recorded-then");
        assertThat(recordedThen.at("/exclusivity/breaches")).isEmpty();
        assertThat(recordedThen.get("viewExplanation").asText())
                .contains("one fact that happened by then was recorded later");
    }

    @Test
    void intentAgreementExpiresAtTheEndOfItsValidity() {
        assertThat(asOf("2023-01-10").get("agreementsInForce").findValuesAsText("agreementId"))
                .containsExactly(script.intentAgreement);
        JsonNode after = asOf("2023-01-11");
        assertThat(after.get("agreementsInForce")).isEmpty();
        assertThat(after.at("/agreementsNotInForce/0/state").asText()).isEqualTo("expired");
    }

    @Test
    void milestonePastItsDueDateWithoutOutcomeIsOverdue() {
        assertThat(milestone(asOf("2023-06-01"), script.milestone2).get("state").asText())
                .isEqualTo("open");
        assertThat(milestone(asOf("2023-06-02"), script.milestone2).get("state").asText())
                .isEqualTo("overdue");
    }

    @Test
    void exclusivityHoldsUntilTheLastDayOfItsPeriod() {
        assertThat(asOf("2023-10-01").at("/exclusivity/inForce").asBoolean()).isTrue();
        assertThat(asOf("2023-10-02").at("/exclusivity/inForce").asBoolean()).isFalse();
    }

    @Test
    void withoutADateTheAuditTrailIsAsOfToday() {
        JsonNode today =
                api().get("/api/v1/cases/" + script.caseId + "/audit-trail").json();

        assertThat(today.get("asOf").asText())
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
        assertThat(today.get("recordedAfterAsOf")).isEmpty();
    }

    @Test
    void impossibleAsOfDateIsABadRequest() {
        var response = api().get("/api/v1/cases/" + script.caseId + "/audit-trail?asOf=2022-13-01");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("asOf");
    }

    @Test
    void unknownCaseHasNoAuditTrail() {
        var response = api().get("/api/v1/cases/no-such-case/audit-trail");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("rule").asText()).isEqualTo("unknown-case");
    }
}
