package nl.opgroeiruimte.casefile.infra.parties;

import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.boardMemberOf;
import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.body;
import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.civilServantOf;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.People;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An election or a new college touches every case of its municipality on the read side: the case's
 * timeline shows it, and the audit trail knows which college was in office when a promise was made,
 * without a copy of the municipal event in any case.
 */
class MunicipalFactsInCasesIT extends PostgresIntegrationTest {
    private Api api;
    private String cbs;
    private String caseId;

    private JsonNode created(String path, String body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " " + response).isEqualTo(201);
        return response.json();
    }

    @BeforeEach
    void aCaseInAMunicipalityThatHoldsAnElection() {
        api = api();
        cbs = PartiesJson.registerMunicipality(api, PartiesJson.unregisteredMunicipality(api), "2021-01-04");
        String initiative = PartiesJson.uniqueId("warmte");
        String officer = civilServantOf(cbs);
        caseId = created("/api/v1/cases", body(boardMemberOf(initiative), "2021-06-01", """
                "municipality": "%s", "initiative": "%s", "scope": {"activity": "heat network", "area": "centre"}""".formatted(cbs, initiative)))
                .get("aggregateId")
                .asText();
        String base = "/api/v1/cases/" + caseId;
        created(base + "/grant", body(officer, "2021-07-01", """
                "preconditions": {"addedValueRecognisedByBoth": true, "willingToInvestAndPauseUsualWays": true},
                "exclusivity": {"activity": "heat network", "area": "centre", "from": "2021-07-01", "until": "2027-07-01"}"""));
        People.ensure("p-alderman-old-" + cbs, "{\"municipality\": \"" + cbs + "\"}", "alderman");
        People.ensure("p-chair-" + initiative, "{\"initiative\": \"" + initiative + "\"}", "board-member");
        created(base + "/agreements", body(officer, "2021-09-01", """
                "kind": "intent-agreement", "title": "Intent to build the heat network",
                "signatories": [{"personId": "p-alderman-old-%s", "party": {"municipality": "%s"}, "mandate": "college"},
                                {"personId": "p-chair-%s", "party": {"initiative": "%s"}, "mandate": "ALV"}],
                "validity": {"from": "2021-09-01"}, "topics": ["roles-tasks-responsibilities"]""".formatted(cbs, cbs, initiative, initiative)));
        String municipality = "/api/v1/municipalities/" + cbs;
        created(municipality + "/elections", body(officer, "2022-03-17", "\"electionDate\": \"2022-03-16\""));
        created(municipality + "/colleges", body(officer, "2022-06-01", """
                "mayor": {"personId": "p-mayor", "portfolios": ["public order"]},
                "aldermen": [{"personId": "p-alderman-new", "portfolios": ["energy transition"]}]"""));
    }

    @Test
    void theCasesTimelineShowsTheElectionOfItsMunicipality() {
        eventually(() -> {
            JsonNode items =
                    api.get("/api/v1/cases/" + caseId + "/timeline").json().get("items");
            assertThat(items.findValuesAsText("kind"))
                    .containsSubsequence("agreement-signed", "municipal-election-recorded", "college-installed");
            for (JsonNode item : items) {
                if (item.get("kind").asText().equals("municipal-election-recorded")) {
                    assertThat(item.get("source").asText()).isEqualTo("municipality");
                    assertThat(item.get("summaryNl").asText()).contains("Gemeenteraadsverkiezingen");
                }
            }
        });
        Long copies = jdbc.sql(
                        "select count(*) from domainevententry where aggregateidentifier = ? and payloadtype like '%Election%'")
                .param(caseId)
                .query(Long.class)
                .single();
        assertThat(copies)
                .as("no copy of the election in the case's own stream")
                .isZero();
    }

    @Test
    void theAuditTrailKnowsWhichCollegeWasInOfficeAndWhatWasPromisedUnderAnEarlierOne() {
        JsonNode before = api.get("/api/v1/cases/" + caseId + "/audit-trail?asOf=2022-05-31")
                .json();
        JsonNode after = api.get("/api/v1/cases/" + caseId + "/audit-trail?asOf=2022-06-02")
                .json();

        assertThat(before.hasNonNull("collegeInOffice"))
                .as("no college recorded before June 2022")
                .isFalse();
        assertThat(after.at("/collegeInOffice/installedOn").asText()).isEqualTo("2022-06-01");
        assertThat(after.at("/collegeInOffice/lastElectionOn").asText()).isEqualTo("2022-03-16");
        JsonNode grant = after.at("/promisesUnderEarlierColleges/0");
        assertThat(grant.get("kind").asText())
                .as("the grant is the municipality's first promise")
                .isEqualTo("grant");
        assertThat(grant.get("becameOf").asText()).startsWith("in force; exclusivity");
        JsonNode promise = after.at("/promisesUnderEarlierColleges/1");
        assertThat(promise.get("kind").asText()).isEqualTo("agreement");
        assertThat(promise.get("madeOn").asText()).isEqualTo("2021-09-01");
        assertThat(promise.get("becameOf").asText()).isEqualTo("in-force");
    }
}
