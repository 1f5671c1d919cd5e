package nl.opgroeiruimte.casefile.infra.projections;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A researcher steps through the scripted case fact by fact, in the order the facts happened:
 * <pre>
 *  1 requested          5 intent agreement      9 agreement expired (by itself)
 *  2 granted            6 hand-over, none made  10 M2 planned
 *  3 contact assigned   7 M1 met, no follow-up  11 M2 due date passed (by itself)
 *  4 M1 planned         8 breach (recorded late) 12 exclusivity ran out (by itself)
 * </pre>
 * and reads the indicator series of its municipality as CSV.
 */
class ResearchReplayIT extends PostgresIntegrationTest {
    @Autowired
    Scheduler deadlines;
    /** Every test only reads, so the script is lived once for all of them. */
    private static ScriptedCase script;

    private String base;

    @BeforeEach
    void liveTheScriptOnce() {
        if (script == null) {
            script = new ScriptedCase(api(), clock);
            script.awaitTimePassed(api(), deadlines);
            // the series lists the municipality's cases from the case summaries: wait until they hold this one
            String listed = "/api/v1/cases/" + script.caseId;
            eventually(
                    Duration.ofSeconds(30),
                    () -> assertThat(api().get(listed).status()).isEqualTo(200));
        }
        base = "/api/v1/cases/" + script.caseId;
    }

    private JsonNode get(String path) {
        Api.Response response = api().get(path);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(200);
        return response.json();
    }

    private JsonNode step(int n) {
        return get(base + "/replay?afterEvent=" + n);
    }

    @Test
    void theFirstStepIsTheRequestAndEachStepKnowsItsNeighbours() {
        JsonNode first = get(base + "/replay");

        assertThat(first.get("eventCount").asInt()).isEqualTo(12);
        assertThat(first.get("afterEvent").asInt()).isEqualTo(1);
        assertThat(first.at("/event/kind").asText()).isEqualTo("opgroeiruimte-requested");
        assertThat(first.at("/event/actorPersonId").asText()).isEqualTo("p-bram");
        assertThat(first.at("/event/actorRole").asText()).isEqualTo("board-member");
        assertThat(first.has("previous")).isFalse();
        assertThat(first.get("next").asInt()).isEqualTo(2);
        assertThat(first.at("/auditTrail/status").asText()).isEqualTo("requested");
        assertThat(first.at("/indicators/status").asText()).isEqualTo("go");
    }

    @Test
    void theStepOfTheMissingHandOverIsWhereTheAuditTrailAndTheIndicatorSeeIt() {
        JsonNode before = step(5);
        JsonNode handover = step(6);

        assertThat(before.at("/auditTrail/handoversMissing")).isEmpty();
        assertThat(handover.at("/event/kind").asText()).isEqualTo("role-handed-over");
        assertThat(handover.at("/event/occurredOn").asText()).isEqualTo("2022-05-01");
        assertThat(handover.at("/auditTrail/handoversMissing")).hasSize(1);
        assertThat(handover.at("/indicators/reasons").findValuesAsText("rule")).contains("handover-missing");
        assertThat(before.at("/indicators/reasons").findValuesAsText("rule")).doesNotContain("handover-missing");
    }

    @Test
    void aFactRecordedLateIsShownAsSuchAtItsStep() {
        JsonNode breach = step(8);

        assertThat(breach.at("/event/kind").asText()).isEqualTo("exclusivity-breached");
        assertThat(breach.at("/event/recordedAt").asText()).startsWith("2022-11-15");
        assertThat(breach.at("/auditTrail/recordedAfterAsOf").findValuesAsText("kind"))
                .containsExactly("exclusivity-breached");
        assertThat(breach.at("/indicators/reasons").findValuesAsText("rule")).contains("unresolved-exclusivity-breach");
    }

    @Test
    void theLastStepAndAnyDateAgreeWithTheAuditTrailAndTheIndicatorsAsOfThatDay() {
        JsonNode last = step(12);
        assertThat(last.has("next")).isFalse();
        assertThat(last.at("/event/kind").asText()).isEqualTo("exclusivity-period-ended");
        assertThat(withoutExplanation(last.get("auditTrail")))
                .isEqualTo(withoutExplanation(get(base + "/audit-trail?asOf=2023-10-02")));
        assertThat(last.get("indicators")).isEqualTo(get(base + "/indicators?asOf=2023-10-02"));

        JsonNode june = get(base + "/replay?asOf=2022-06-01");
        assertThat(june.get("afterEvent").asInt()).isEqualTo(7);
        assertThat(june.at("/event/kind").asText()).isEqualTo("milestone-outcome-recorded");
        assertThat(june.get("auditTrail")).isEqualTo(get(base + "/audit-trail?asOf=2022-06-01"));
        assertThat(june.get("indicators")).isEqualTo(get(base + "/indicators?asOf=2022-06-01"));

        JsonNode beforeRequest = get(base + "/replay?asOf=2021-08-01");
        assertThat(beforeRequest.get("afterEvent").asInt()).isZero();
        assertThat(beforeRequest.has("event")).isFalse();
        assertThat(beforeRequest.get("next").asInt()).isEqualTo(1);
    }

    @Test
    void aStepThatDoesNotExistOrTwoPositionsAtOnceAreRefused() {
        Api.Response beyond = api().get(base + "/replay?afterEvent=13");
        assertThat(beyond.status()).isEqualTo(404);
        assertThat(beyond.json().get("rule").asText()).isEqualTo("unknown-replay-step");
        assertThat(api().get(base + "/replay?afterEvent=0").status()).isEqualTo(400);
        Api.Response both = api().get(base + "/replay?afterEvent=2&asOf=2022-01-01");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.contentType()).startsWith("application/problem+json");
        assertThat(both.json().get("rule").asText()).isEqualTo("one-position");
    }

    @Test
    void theIndicatorSeriesHoldsEachPeriodOfTheHistoryCutToTheWindow() {
        Api.Response csv = api().get("/api/v1/indicator-series?municipality=GM0193&from=2022-01-01&to=2023-12-31");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("caseId,municipality,from,until,status,closed,rules");

        List<String> expected = new ArrayList<>();
        JsonNode history = get(base + "/indicators/history?until=2023-12-31");
        LocalDate from = LocalDate.parse("2022-01-01");
        LocalDate to = LocalDate.parse("2023-12-31");
        for (int i = 0; i < history.size(); i++) {
            JsonNode change = history.get(i);
            LocalDate start = LocalDate.parse(change.get("from").asText());
            LocalDate end = i + 1 < history.size()
                    ? LocalDate.parse(history.get(i + 1).get("from").asText()).minusDays(1)
                    : to;
            if (start.isBefore(from)) start = from;
            if (start.isAfter(end)) continue;
            List<String> rules = new ArrayList<>();
            change.get("rules").forEach(rule -> rules.add(rule.asText()));
            expected.add(String.join(
                    ",",
                    script.caseId,
                    "GM0193",
                    start.toString(),
                    end.toString(),
                    change.get("status").asText(),
                    change.get("closed").asText(),
                    String.join(";", rules)));
        }
        assertThat(lines.stream().filter(line -> line.startsWith(script.caseId + ",")))
                .containsExactlyElementsOf(expected);
        assertThat(expected.get(0)).contains(",2022-01-01,");

        List<String> days = api().get(
                        "/api/v1/indicator-series?municipality=GM0193&from=2022-01-01&to=2023-12-31&per=day")
                .body()
                .lines()
                .filter(line -> line.startsWith(script.caseId + ","))
                .toList();
        assertThat(days).hasSize(730);
        assertThat(days.get(0)).startsWith(script.caseId + ",GM0193,2022-01-01,");

        Api.Response backwards = api().get("/api/v1/indicator-series?from=2024-01-01&to=2023-12-31");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("rule").asText()).isEqualTo("valid-period");
    }

    private static JsonNode withoutExplanation(JsonNode trail) {
        ObjectNode copy = trail.deepCopy();
        copy.remove("viewExplanation");
        return copy;
    }
}
