package nl.opgroeiruimte.casefile.infra.parties;

import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.*;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resident initiatives over HTTP: registration, a change of legal form, representation, and the errors of each. */
class InitiativesOverHttpIT extends PostgresIntegrationTest {
    private Api api;

    @BeforeEach
    void setUp() {
        clock.setDay("2026-10-01");
        api = api();
    }

    private static String registration(String id, String legalForm, String extra) {
        return body(boardMemberOf(id), "2023-04-01", """
                "initiativeId": "%s", "name": "Warm %s", "legalForm": "%s",
                "workingArea": {"description": "Assendorp", "municipalities": ["GM0193"], "neighbourhoods": ["WK019302"]},
                "domains": ["heat", "saving"]%s""".formatted(id, id, legalForm, extra));
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
        return response;
    }

    @Test
    void anInitiativeGrowsFromInformalGroupToCooperativeAndRecordsItsRepresentation() {
        String id = uniqueId("warm");
        String base = "/api/v1/initiatives/" + id;

        Api.Response registered = created("/api/v1/initiatives", registration(id, "informal-group", ""));
        assertThat(registered.header("Location")).isEqualTo(base);
        assertThat(registered.json().get("aggregateId").asText()).isEqualTo(id);
        created(base + "/legal-forms", body(boardMemberOf(id), "2024-09-12", """
                "legalForm": "cooperative", "chamberOfCommerceNumber": "91234567", "deedReference": "Deed of 12 September 2024\""""));
        Api.Response representation = created(base + "/representations", body(boardMemberOf(id), "2025-06-01", """
                "members": 140, "householdsInArea": 1850,
                "boardMandate": {"grantedOn": "2025-05-20", "scope": "Negotiate an intent agreement on the heat network",
                                 "validUntil": "2027-06-01", "decisionReference": "Minutes ALV 2025-05-20"}"""));
        String representationId = representation.json().get("id").asText();
        assertThat(representation.header("Location")).isEqualTo(base + "/representations/" + representationId);
        assertThat(representation.header("ETag")).isEqualTo("\"2\"");

        eventually(() -> {
            JsonNode initiative = api.get(base).json();
            assertThat(initiative.get("legalForm").asText()).isEqualTo("cooperative");
            assertThat(initiative.get("chamberOfCommerceNumber").asText()).isEqualTo("91234567");
            assertThat(initiative.at("/workingArea/municipalities/0/name").asText())
                    .isEqualTo("Zwolle");
            assertThat(initiative.at("/workingArea/neighbourhoods/0").asText()).isEqualTo("WK019302");
            assertThat(initiative.get("domains").toString()).contains("heat", "saving");
            assertThat(initiative.get("legalForms").findValuesAsText("legalForm"))
                    .containsExactly("informal-group", "cooperative");
            assertThat(initiative.at("/legalForms/0/until").asText()).isEqualTo("2024-09-12");
            assertThat(initiative.at("/representations/0/members").asInt()).isEqualTo(140);
            assertThat(initiative
                            .at("/representations/0/membersPerHundredHouseholds")
                            .decimalValue())
                    .isEqualByComparingTo("7.6");
            assertThat(initiative
                            .at("/representations/0/boardMandate/decisionReference")
                            .asText())
                    .isEqualTo("Minutes ALV 2025-05-20");
        });
        assertThat(api.get(base + "/representations/" + representationId).status())
                .isEqualTo(200);
        JsonNode inZwolle =
                api.get("/api/v1/initiatives?municipality=GM0193&pageSize=500").json();
        assertThat(inZwolle.get("items").findValuesAsText("initiativeId")).contains(id);
        JsonNode inZutphen =
                api.get("/api/v1/initiatives?municipality=GM0301&pageSize=500").json();
        assertThat(inZutphen.get("items").findValuesAsText("initiativeId")).doesNotContain(id);
    }

    // ---------------------------------------------------------------- errors

    @Test
    void anInformalGroupHasNoChamberOfCommerceNumber() {
        Api.Response response = rejected(
                "/api/v1/initiatives",
                registration(uniqueId("warm"), "informal-group", ", \"chamberOfCommerceNumber\": \"91234567\""),
                400,
                "constraint-violated");
        assertThat(response.json().at("/errors/0/rule").asText()).isEqualTo("valid-registration");
    }

    @Test
    void aDomainOutsideTheListIsNamed() {
        Api.Response response = rejected(
                "/api/v1/initiatives",
                registration(uniqueId("warm"), "informal-group", "").replace("\"saving\"", "\"dancing\""),
                400,
                "invalid-format");
        assertThat(response.json().get("detail").asText()).contains("heat", "solar", "saving");
    }

    @Test
    void aNeighbourhoodOutsideTheWorkingAreaIsRefused() {
        Api.Response response = rejected(
                "/api/v1/initiatives",
                registration(uniqueId("warm"), "informal-group", "").replace("WK019302", "WK036301"),
                400,
                "constraint-violated");
        assertThat(response.json().at("/errors/0/rule").asText()).isEqualTo("valid-neighbourhoods");
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("workingArea.neighbourhoods");
    }

    @Test
    void aWorkingAreaInAMunicipalityThatMergedAwayIsRefused() {
        Api.Response response = rejected(
                "/api/v1/initiatives",
                registration(uniqueId("warm"), "informal-group", "")
                        .replace("[\"GM0193\"]", "[\"GM0193\", \"GM0457\"]"),
                409,
                "not-a-current-municipality");
        assertThat(response.json().get("field").asText()).isEqualTo("workingArea.municipalities[1]");
    }

    @Test
    void anInitiativeIsRegisteredOnce() {
        String id = uniqueId("warm");
        created("/api/v1/initiatives", registration(id, "association", ""));
        rejected("/api/v1/initiatives", registration(id, "association", ""), 409, "already-exists");
    }

    @Test
    void anUnknownInitiativeIsNotFound() {
        rejected(
                "/api/v1/initiatives/no-such-initiative/legal-forms",
                body(boardMemberOf("no-such-initiative"), "2024-09-12", "\"legalForm\": \"cooperative\""),
                404,
                "unknown-initiative");
        Api.Response read = api.get("/api/v1/initiatives/no-such-initiative");
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("rule").asText()).isEqualTo("unknown-initiative");
    }

    @Test
    void domainRulesOfLegalFormAndRepresentationAreConflicts() {
        String id = uniqueId("warm");
        String base = "/api/v1/initiatives/" + id;
        created("/api/v1/initiatives", registration(id, "foundation", ""));

        rejected(
                base + "/legal-forms",
                body(boardMemberOf(id), "2024-09-12", "\"legalForm\": \"foundation\""),
                409,
                "legal-form-unchanged");
        rejected(
                base + "/representations",
                body(boardMemberOf(id), "2025-06-01", """
                "members": 60, "boardMandate": {"grantedOn": "2025-05-20", "scope": "Anything"}"""),
                409,
                "foundation-has-no-members");
        rejected(
                base + "/representations",
                body(boardMemberOf("zon-op-zwolle"), "2025-06-01", "\"members\": 60"),
                409,
                "party-of-other-initiative");
        rejected(
                base + "/representations",
                body(boardMemberOf(id), "2020-06-01", "\"members\": 60"),
                409,
                "occurred-before-registration");
    }

    @Test
    void aListFilterThatIsNoCbsCodeIsInvalid() {
        Api.Response response = api.get("/api/v1/initiatives?municipality=Zwolle");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
