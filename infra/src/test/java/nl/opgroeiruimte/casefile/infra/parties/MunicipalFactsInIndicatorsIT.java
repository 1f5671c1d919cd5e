package nl.opgroeiruimte.casefile.infra.parties;

import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.boardMemberOf;
import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.body;
import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.civilServantOf;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A municipal fact changes the stored stop-go indicators of every case of the municipality (the
 * dashboards and counts), although nothing is recorded in the cases themselves.
 */
class MunicipalFactsInIndicatorsIT extends PostgresIntegrationTest {
    private static final String ELECTION_NOT_ANCHORED = "election-not-anchored";
    private Api api;
    private String cbs;
    private final List<String> cases = new ArrayList<>();

    private void created(String path, String body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " " + response).isEqualTo(201);
    }

    /** The rule ids of the case's stored indicator, once the refresher has evaluated it. */
    private String storedRules(String caseId) {
        return jdbc.sql("select rules from rm_case_indicator where case_id = :id and not stale and status is not null")
                .param("id", caseId)
                .query(String.class)
                .optional()
                .orElse("(not evaluated)");
    }

    @BeforeEach
    void twoGrantedCasesTwoMonthsBeforeTheMunicipalElections() {
        // 2026-01-12: the national municipal election day 2026-03-18 lies ahead, nothing anchors the cases
        clock.setDay("2026-01-12");
        api = api();
        cbs = PartiesJson.registerMunicipality(api, PartiesJson.unregisteredMunicipality(api), "2026-01-05");
        for (String activity : List.of("heat network", "solar roofs")) {
            String initiative = PartiesJson.uniqueId("energie");
            String caseId = api.post("/api/v1/cases", body(boardMemberOf(initiative), "2026-01-06", """
                    "municipality": "%s", "initiative": "%s", "scope": {"activity": "%s", "area": "centre"}""".formatted(
                                    cbs, initiative, activity)))
                    .json()
                    .get("aggregateId")
                    .asText();
            created("/api/v1/cases/" + caseId + "/grant", body(civilServantOf(cbs), "2026-01-08", """
                    "preconditions": {"addedValueRecognisedByBoth": true, "willingToInvestAndPauseUsualWays": true},
                    "exclusivity": {"activity": "%s", "area": "centre", "from": "2026-01-08", "until": "2027-01-08"}""".formatted(
                            activity)));
            cases.add(caseId);
        }
        eventually(
                Duration.ofSeconds(30),
                () -> cases.forEach(
                        caseId -> assertThat(storedRules(caseId)).as(caseId).contains(ELECTION_NOT_ANCHORED)));
    }

    @Test
    void aPolicyThatAnchorsOpgroeiruimteClearsTheElectionWarningOfEveryCaseOfTheMunicipality() {
        long eventsInCases = cases.stream().mapToLong(this::storedEventCount).sum();

        created("/api/v1/municipalities/" + cbs + "/policies", body(civilServantOf(cbs), "2026-01-12", """
                "kind": "budget", "title": "Programme budget 2026", "adoptedBy": "council", "opgroeiruimteIncluded": true,
                "reservedBudgetInEuros": 120000, "documentReference": "Council decision 2026-01-12 no. 4\""""));

        eventually(
                Duration.ofSeconds(30),
                () -> cases.forEach(caseId -> assertThat(storedRules(caseId))
                        .as(caseId)
                        .doesNotContain(ELECTION_NOT_ANCHORED)
                        .isNotEqualTo("(not evaluated)")));
        assertThat(cases.stream().mapToLong(this::storedEventCount).sum())
                .as("nothing recorded in the cases")
                .isEqualTo(eventsInCases);
    }

    @Test
    void aPolicyWithoutOpgroeiruimteLeavesTheWarningStanding() {
        created("/api/v1/municipalities/" + cbs + "/policies", body(civilServantOf(cbs), "2026-01-12", """
                "kind": "coalition-agreement", "title": "Coalition agreement", "adoptedBy": "council", "opgroeiruimteIncluded": false,
                "documentReference": "Council 2026-01-12 no. 5\""""));

        // the municipality's mark has been carried to its cases and they were evaluated again
        eventually(
                Duration.ofSeconds(30),
                () -> assertThat(jdbc.sql(
                                        "select count(*) from rm_indicator_municipality_mark where municipality = :m and carried = marked and marked >= 2")
                                .param("m", cbs)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
        eventually(
                Duration.ofSeconds(30),
                () -> cases.forEach(
                        caseId -> assertThat(storedRules(caseId)).as(caseId).contains(ELECTION_NOT_ANCHORED)));
    }
}
