package nl.opgroeiruimte.casefile.infra.indicators;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import nl.opgroeiruimte.casefile.infra.projections.ScriptedCase;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stop-go indicators over HTTP: as of a date, their history, the rules, and counts per status. */
class IndicatorApiIT extends PostgresIntegrationTest {
    private ScriptedCase script;
    private String base;

    @BeforeEach
    void liveTheScript() {
        script = new ScriptedCase(api(), clock);
        base = "/api/v1/cases/" + script.caseId;
    }

    private static JsonNode reason(JsonNode indicators, String rule) {
        for (JsonNode r : indicators.get("reasons")) if (r.get("rule").asText().equals(rule)) return r;
        throw new AssertionError("no reason " + rule + " in " + indicators);
    }

    @Test
    void anUnresolvedBreachMakesTheCaseAStopRiskAndPointsAtTheBreach() {
        JsonNode indicators = api().get(base + "/indicators?asOf=2022-10-01").json();

        assertThat(indicators.get("status").asText()).isEqualTo("stop-risk");
        JsonNode breach = reason(indicators, "unresolved-exclusivity-breach");
        assertThat(breach.get("severity").asText()).isEqualTo("stop-risk");
        assertThat(breach.get("messageNl").asText()).startsWith("Exclusiviteit geschonden");
        String breachEvent = api().get(base + "/timeline?kind=exclusivity-breached")
                .json()
                .at("/items/0/eventId")
                .asText();
        assertThat(breach.get("eventIds").toString()).contains(breachEvent);
    }

    @Test
    void justAfterTheGrantOnlyTheComingElectionAndTheMissingMunicipalContactNeedAttention() {
        // 2021-10-02: granted the day before, nobody at the municipality recorded yet (anna joins on
        // 10-05), the 2022-03-16 election 165 days ahead and no agreement anchoring the case
        JsonNode indicators = api().get(base + "/indicators?asOf=2021-10-02").json();

        assertThat(indicators.get("status").asText()).isEqualTo("attention");
        assertThat(indicators.get("reasons").findValuesAsText("rule"))
                .containsExactlyInAnyOrder("election-not-anchored", "narrow-municipal-anchoring");
    }

    @Test
    void beforeTheGrantAndFarFromAnElectionTheRequestIsGo() {
        assertThat(api().get(base + "/indicators?asOf=2021-09-02")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("go");
    }

    @Test
    void theHistoryListsEachChangeOfStatusInOrder() {
        JsonNode history =
                api().get(base + "/indicators/history?until=2023-01-01").json();

        assertThat(history.size()).isGreaterThan(2);
        assertThat(history.findValuesAsText("from")).isSorted();
        assertThat(history.get(0).get("from").asText()).isEqualTo("2021-09-01");
        assertThat(history.findValuesAsText("status")).contains("go", "stop-risk");
    }

    @Test
    void theRulesAreListedWithTheirSource() {
        JsonNode rules = api().get("/api/v1/indicator-rules").json();

        assertThat(rules.findValuesAsText("id"))
                .contains(
                        "unresolved-exclusivity-breach",
                        "milestone-overdue",
                        "met-without-continuation",
                        "no-contact",
                        "election-not-anchored");
        assertThat(rules.findValuesAsText("source"))
                .allSatisfy(source -> assertThat(source).isNotBlank());
    }

    @Test
    void countsPerStatusFollowTheCasesOfAMunicipality() {
        eventually(Duration.ofSeconds(30), () -> {
            JsonNode counts =
                    api().get("/api/v1/indicator-counts?municipality=GM0193").json();
            assertThat(counts.at("/perMunicipality/GM0193/stop-risk").asLong()).isPositive();
            assertThat(counts.at("/total/stop-risk").asLong())
                    .isEqualTo(counts.at("/perMunicipality/GM0193/stop-risk").asLong());
        });
    }

    @Test
    void anUnknownCaseHasNoIndicators() {
        assertThat(api().get("/api/v1/cases/no-such-case/indicators").status()).isEqualTo(404);
    }
}
