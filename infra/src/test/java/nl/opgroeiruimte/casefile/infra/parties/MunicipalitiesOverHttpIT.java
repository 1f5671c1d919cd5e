package nl.opgroeiruimte.casefile.infra.parties;

import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.*;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Municipalities over HTTP: registration against the reference list, elections, colleges, departures, policy. */
class MunicipalitiesOverHttpIT extends PostgresIntegrationTest {
    private Api api;

    @BeforeEach
    void setUp() {
        clock.setDay("2026-10-01");
        api = api();
    }

    private Api.Response created(String path, String body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(201);
        return response;
    }

    private Api.Response rejected(String path, String body, int status, String rule) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).as(response.toString()).isEqualTo(rule);
        assertThat(response.body()).doesNotContain("Exception", "nl.opgroeiruimte", "org.axonframework");
        return response;
    }

    @Test
    void theListHoldsEveryCurrentMunicipalityWithWhetherItIsRegistered() {
        String code = registerMunicipality(api, unregisteredMunicipality(api), "2026-01-05");

        JsonNode all = api.get("/api/v1/municipalities?pageSize=500").json();
        assertThat(all.get("totalItems").asInt()).isEqualTo(342);
        eventually(() -> {
            JsonNode registered = api.get("/api/v1/municipalities?registered=true&pageSize=500")
                    .json();
            assertThat(registered.get("items").findValuesAsText("cbsCode")).contains(code);
        });
        JsonNode zwolleOnTheList =
                api.get("/api/v1/municipalities?pageSize=500").json().get("items").findParents("cbsCode").stream()
                        .filter(m -> m.get("cbsCode").asText().equals("GM0193"))
                        .findFirst()
                        .orElseThrow();
        assertThat(zwolleOnTheList.get("name").asText()).isEqualTo("Zwolle");
    }

    @Test
    void aRegisteredMunicipalityLivesThroughElectionsCollegesADepartureAndPolicy() {
        String code = unregisteredMunicipality(api);
        String base = "/api/v1/municipalities/" + code;
        String officer = civilServantOf(code);

        Api.Response registered =
                created("/api/v1/municipalities", body(officer, "2026-01-05", "\"cbsCode\": \"" + code + "\""));
        assertThat(registered.header("Location")).isEqualTo(base);
        assertThat(registered.header("ETag")).isEqualTo("\"0\"");
        assertThat(registered.json().get("aggregateId").asText()).isEqualTo(code);

        Api.Response election2022 = created(base + "/elections", body(officer, "2022-03-18", """
                "electionDate": "2022-03-16",
                "seats": [{"politicalParty": "GroenLinks", "seats": 9}, {"politicalParty": "VVD", "seats": 8},
                          {"politicalParty": "Lokaal Belang", "seats": 22}]"""));
        assertThat(election2022.header("ETag")).isEqualTo("\"1\"");
        created(base + "/elections", body(officer, "2026-03-20", ""));
        Api.Response college = created(base + "/colleges", body(officer, "2022-06-01", """
                "mayor": {"personId": "p-mayor", "portfolios": ["public order and safety"]},
                "aldermen": [{"personId": "p-energy", "portfolios": ["energy transition"], "politicalParty": "GroenLinks"},
                             {"personId": "p-finance", "portfolios": ["finance"], "politicalParty": "VVD"}]"""));
        String collegeId = college.json().get("id").asText();
        assertThat(college.header("Location")).isEqualTo(base + "/colleges/" + collegeId);
        created(base + "/colleges/" + collegeId + "/departures", body(officer, "2024-02-01", """
                "personId": "p-energy", "reason": "appointed-elsewhere",
                "successor": {"personId": "p-energy-2", "portfolios": ["energy transition"], "politicalParty": "GroenLinks"}"""));
        Api.Response policy = created(base + "/policies", body(officer, "2025-11-06", """
                "kind": "budget", "title": "Programme budget 2026", "adoptedBy": "council", "opgroeiruimteIncluded": true,
                "reservedBudgetInEuros": 250000, "documentReference": "Council decision 2025-11-06 no. 17\""""));
        assertThat(policy.header("ETag")).isEqualTo("\"5\"");
        String policyId = policy.json().get("id").asText();

        eventually(() -> {
            JsonNode municipality = api.get(base).json();
            assertThat(municipality.get("registered").asBoolean()).isTrue();
            assertThat(municipality.get("registeredOn").asText()).isEqualTo("2026-01-05");
            assertThat(municipality.get("elections").findValuesAsText("electionDate"))
                    .containsExactly("2022-03-16", "2026-03-18");
            assertThat(municipality.at("/elections/0/totalSeats").asInt()).isEqualTo(39);
            assertThat(municipality.at("/elections/1/nationalElectionDay").asBoolean())
                    .isTrue();
            assertThat(municipality.get("colleges")).hasSize(1);
            assertThat(municipality.get("policies").findValuesAsText("policyId"))
                    .containsExactly(policyId);
        });
        JsonNode members = api.get(base + "/colleges/" + collegeId).json().get("members");
        assertThat(members.findValuesAsText("personId"))
                .containsExactly("p-mayor", "p-energy", "p-finance", "p-energy-2");
        assertThat(members.get(0).get("office").asText()).isEqualTo("mayor");
        assertThat(members.get(0).get("displayName").asText())
                .as("registered by the test support, as every college member must be")
                .isEqualTo("Test p-mayor");
        assertThat(members.get(1).get("until").asText()).isEqualTo("2024-02-01");
        assertThat(members.get(1).get("departureReason").asText()).isEqualTo("appointed-elsewhere");
        assertThat(members.get(3).get("from").asText()).isEqualTo("2024-02-01");
        assertThat(members.get(3).has("until")).isFalse();
        assertThat(api.get(base + "/elections").json()).hasSize(2);
        assertThat(api.get(base + "/policies/" + policyId)
                        .json()
                        .get("reservedBudgetInEuros")
                        .decimalValue())
                .isEqualByComparingTo("250000");
    }

    @Test
    void aLaterCollegeEndsTheTermOfTheOneBefore() {
        String code = registerMunicipality(api, unregisteredMunicipality(api), "2026-01-05");
        String base = "/api/v1/municipalities/" + code;
        String college = """
                "mayor": {"personId": "p-mayor", "portfolios": ["public order and safety"]},
                "aldermen": [{"personId": "p-alderman", "portfolios": ["energy transition"]}]""";
        created(
                base + "/colleges",
                body(civilServantOf(code), "2026-05-20", "\"collegeId\": \"college-2026\", " + college));
        created(
                base + "/colleges",
                body(civilServantOf(code), "2022-06-01", "\"collegeId\": \"college-2022\", " + college));

        eventually(() -> {
            JsonNode colleges = api.get(base + "/colleges").json();
            assertThat(colleges.findValuesAsText("collegeId")).containsExactly("college-2022", "college-2026");
            assertThat(colleges.at("/0/until").asText()).isEqualTo("2026-05-20");
            assertThat(colleges.at("/0/inOffice").asBoolean()).isFalse();
            assertThat(colleges.at("/1/inOffice").asBoolean()).isTrue();
            assertThat(colleges.at("/0/members/1/until").asText()).isEqualTo("2026-05-20");
        });
    }

    // ---------------------------------------------------------------- errors

    @Test
    void aCodeThatIsNotACbsCodeIsInvalid() {
        Api.Response response = rejected(
                "/api/v1/municipalities",
                body(civilServantOf("GM0363"), "2026-01-05", "\"cbsCode\": \"GM12\""),
                400,
                "constraint-violated");
        assertThat(response.json().get("field").asText()).isEqualTo("cbsCode");
    }

    @Test
    void aMunicipalityThatMergedAwayIsRefusedForADayAfterItsReorganisation() {
        Api.Response response = rejected(
                "/api/v1/municipalities",
                body(civilServantOf("GM0457"), "2026-01-05", "\"cbsCode\": \"GM0457\""),
                422,
                "municipality-did-not-exist-then");
        assertThat(response.json().get("field").asText()).isEqualTo("occurredOn");
    }

    @Test
    void aCodeOnNoReferenceListIsRefused() {
        Api.Response response = rejected(
                "/api/v1/municipalities",
                body(civilServantOf("GM9999"), "2026-01-05", "\"cbsCode\": \"GM9999\""),
                409,
                "not-a-current-municipality");
        assertThat(response.json().get("field").asText()).isEqualTo("cbsCode");
    }

    @Test
    void aMunicipalityIsRegisteredOnce() {
        String code = registerMunicipality(api, unregisteredMunicipality(api), "2026-01-05");
        rejected(
                "/api/v1/municipalities",
                body(civilServantOf(code), "2026-02-05", "\"cbsCode\": \"" + code + "\""),
                409,
                "already-exists");
    }

    @Test
    void nothingIsRecordedForAnUnregisteredMunicipality() {
        String code = unregisteredMunicipality(api);
        Api.Response response = rejected(
                "/api/v1/municipalities/" + code + "/elections",
                body(civilServantOf(code), "2026-03-20", ""),
                404,
                "unknown-municipality");
        assertThat(response.json().get("id").asText()).isEqualTo(code);
    }

    @Test
    void aMunicipalityNotOnTheReferenceListIsNotFound() {
        Api.Response response = api.get("/api/v1/municipalities/GM9999");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("rule").asText()).isEqualTo("unknown-municipality");
    }

    @Test
    void domainRulesAndUnknownRecordsAreAnsweredAsSuch() {
        String code = registerMunicipality(api, unregisteredMunicipality(api), "2026-01-05");
        String base = "/api/v1/municipalities/" + code;
        created(base + "/elections", body(civilServantOf(code), "2026-03-20", ""));

        rejected(
                base + "/elections",
                body(civilServantOf(code), "2026-03-25", "\"electionDate\": \"2026-03-18\""),
                409,
                "election-already-recorded");
        rejected(
                base + "/elections",
                body(civilServantOf("GM0301"), "2022-03-20", ""),
                409,
                "party-of-other-municipality");
        rejected(base + "/elections", body(civilServantOf(code), "2199-03-20", ""), 409, "occurred-in-future");
        rejected(
                base + "/colleges/no-such-college/departures",
                body(civilServantOf(code), "2026-05-01", "\"personId\": \"p-x\", \"reason\": \"resigned\""),
                404,
                "unknown-college");
        rejected(base + "/policies", body(civilServantOf(code), "2025-11-06", """
                "kind": "budget", "title": "Budget", "adoptedBy": "college", "opgroeiruimteIncluded": false, "documentReference": "B&W 12\""""), 409, "budget-set-by-council");
    }

    @Test
    void malformedInputIsNamed() {
        String code = registerMunicipality(api, unregisteredMunicipality(api), "2026-01-05");
        String base = "/api/v1/municipalities/" + code;

        Api.Response seats = rejected(
                base + "/elections", body(civilServantOf(code), "2022-03-18", """
                "electionDate": "2022-03-16", "seats": [{"politicalParty": "A", "seats": 5}, {"politicalParty": "B", "seats": 5}]"""), 400, "constraint-violated");
        assertThat(seats.json().get("errors").get(0).get("rule").asText()).isEqualTo("valid-seats");
        Api.Response reason = rejected(
                base + "/colleges/c/departures",
                body(civilServantOf(code), "2026-05-01", "\"personId\": \"p-x\", \"reason\": \"bored\""),
                400,
                "invalid-format");
        assertThat(reason.json().get("field").asText()).isEqualTo("reason");
        rejected(
                base + "/colleges",
                body(civilServantOf(code), "2026-05-01", "\"colour\": \"red\""),
                400,
                "unknown-field");
        rejected(base + "/colleges", body(civilServantOf(code), "2026-05-01", """
                "mayor": {"personId": "p-m", "portfolios": ["safety"]}, "aldermen": []"""), 400, "constraint-violated");
        rejected(
                "/api/v1/municipalities/" + code.toLowerCase() + "/elections",
                body(civilServantOf(code), "2026-03-20", ""),
                400,
                "constraint-violated");
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailure() {
        String code = registerMunicipality(api, unregisteredMunicipality(api), "2026-01-05");
        Api.Response response = api.header("If-Match", "\"7\"")
                .post("/api/v1/municipalities/" + code + "/elections", body(civilServantOf(code), "2026-03-20", ""));
        assertThat(response.status()).isEqualTo(412);
        assertThat(response.json().get("rule").asText()).isEqualTo("stale-version");
    }
}
