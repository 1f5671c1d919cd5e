package nl.opgroeiruimte.casefile.infra.projections;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The timeline: everything in the order it happened, who acted for whom, and what was recorded late. */
class TimelineIT extends PostgresIntegrationTest {
    private ScriptedCase script;
    private String timeline;

    @Autowired
    Scheduler deadlines;

    @BeforeEach
    void liveTheScript() {
        script = new ScriptedCase(api(), clock);
        script.awaitTimePassed(api(), deadlines);
        timeline = "/api/v1/cases/" + script.caseId + "/timeline";
        eventually(() ->
                assertThat(api().get(timeline).json().get("totalItems").asInt()).isEqualTo(12));
    }

    @Test
    void factsAreInTheOrderTheyHappenedNotTheOrderTheyWereRecorded() {
        JsonNode items = api().get(timeline).json().get("items");

        assertThat(items.findValuesAsText("kind"))
                .containsExactly(
                        "opgroeiruimte-requested",
                        "opgroeiruimte-granted",
                        "role-assigned",
                        "milestone-planned",
                        "agreement-signed",
                        "role-handed-over",
                        "milestone-outcome-recorded",
                        "exclusivity-breached",
                        "agreement-expired",
                        "milestone-planned",
                        "milestone-due-date-passed",
                        "exclusivity-period-ended");
        assertThat(items.findValuesAsText("occurredOn")).isSorted();
    }

    @Test
    void onlyTheBreachRecordedTenWeeksLateIsMarkedRecordedLate() {
        JsonNode items = api().get(timeline).json().get("items");

        for (JsonNode item : items) {
            // what time alone brought about was recorded when this test let the clock run, years later
            if (item.get("actorRole").asText().equals("system")) continue;
            assertThat(item.get("recordedLate").asBoolean())
                    .as(item.get("kind").asText())
                    .isEqualTo(item.get("kind").asText().equals("exclusivity-breached"));
        }
    }

    @Test
    void eachEntrySaysWhoActedOnWhoseBehalfAndInWhichRole() {
        JsonNode breach =
                api().get(timeline + "?kind=exclusivity-breached").json().at("/items/0");

        assertThat(breach.get("actorPersonId").asText()).isEqualTo("p-bram");
        assertThat(breach.at("/onBehalfOf/initiative").asText()).isEqualTo("warm-assendorp");
        assertThat(breach.get("actorRole").asText()).isEqualTo("board-member");
        assertThat(breach.get("summary").asText()).contains("Market consultation");
        assertThat(breach.get("summaryNl").asText()).startsWith("Exclusiviteit geschonden");
    }

    @Test
    void filtersByKindAndPeriod() {
        assertThat(api().get(timeline + "?kind=milestone-planned")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(2);
        assertThat(api().get(timeline + "?kind=milestone-planned&kind=agreement-signed")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(3);
        assertThat(api().get(timeline + "?from=2022-01-01&to=2022-12-31")
                        .json()
                        .get("items")
                        .findValuesAsText("kind"))
                .containsExactly(
                        "agreement-signed", "role-handed-over", "milestone-outcome-recorded", "exclusivity-breached");
    }

    @Test
    void pagesThroughLongTimelines() {
        JsonNode second = api().get(timeline + "?page=2&pageSize=4").json();

        assertThat(second.get("items").findValuesAsText("kind"))
                .containsExactly(
                        "agreement-signed", "role-handed-over", "milestone-outcome-recorded", "exclusivity-breached");
        assertThat(second.get("totalPages").asInt()).isEqualTo(3);
        assertThat(api().get(timeline + "?page=3&pageSize=4")
                        .json()
                        .get("items")
                        .findValuesAsText("actorRole"))
                .contains("system");
    }

    @Test
    void caseListFiltersByMunicipalityAndStatus() {
        eventually(() -> {
            JsonNode granted = api().get("/api/v1/cases?municipality=GM0193&status=granted&pageSize=500")
                    .json();
            assertThat(granted.get("items").findValuesAsText("caseId")).contains(script.caseId);
        });
        JsonNode requested = api().get("/api/v1/cases?municipality=GM0193&status=requested&pageSize=500")
                .json();
        assertThat(requested.get("items").findValuesAsText("caseId")).doesNotContain(script.caseId);
        assertThat(api().get("/api/v1/cases?municipality=GM0301&pageSize=500")
                        .json()
                        .get("items")
                        .findValuesAsText("caseId"))
                .doesNotContain(script.caseId);
        JsonNode overview =
                api().get("/api/v1/municipalities/GM0193/case-overview").json();
        assertThat(overview.at("/countsPerStatus/granted").asLong()).isPositive();
    }

    @Test
    void badFiltersAreRefusedWithTheirName() {
        var response = api().get("/api/v1/cases?status=sleeping");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("status");
    }
}
