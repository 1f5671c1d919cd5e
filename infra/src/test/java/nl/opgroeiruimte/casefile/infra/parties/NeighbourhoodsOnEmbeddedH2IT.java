package nl.opgroeiruimte.casefile.infra.parties;

import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.*;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.EmbeddedDefaultWithoutDemoData;
import org.junit.jupiter.api.Test;

/** The phase in the case summary (V30) and the cases per neighbourhood on the embedded H2 default. */
class NeighbourhoodsOnEmbeddedH2IT extends EmbeddedDefaultWithoutDemoData {
    @Test
    void thePhaseAndTheCasesPerNeighbourhoodWorkOnTheEmbeddedDatabase() {
        Api api = new Api(port);
        nl.opgroeiruimte.casefile.infra.support.People.registrar(api);
        nl.opgroeiruimte.casefile.infra.support.People.ensureFixedPeople();
        String code = registerMunicipality(api, "GM0200", "2025-01-06");
        String officer = civilServantOf(code);
        assertThat(api.post("/api/v1/municipalities/GM0200/neighbourhood-approaches", body(officer, "2025-02-03", """
                "neighbourhood": {"code": "BU02000101", "name": "Binnenstad"}, "governmentRoles": ["responsive"],
                "goals": {"shortTerm": "het energieloket via het uitdaagrecht"}, "intensity": "heavy\""""))
                        .status())
                .isEqualTo(201);
        String caseId = api.post("/api/v1/cases", body(boardMemberOf("apeldoorn-energie"), "2025-02-01", """
                "municipality": "GM0200", "initiative": "apeldoorn-energie", "scope": {"activity": "energy desk", "area": "Apeldoorn"},
                "motivation": "The right to challenge\""""))
                .json()
                .get("aggregateId")
                .asText();
        String base = "/api/v1/cases/" + caseId;
        assertThat(api.post(base + "/phases", body(officer, "2025-03-01", "\"phase\": \"implementation\""))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(base + "/phases", body(officer, "2025-02-15", "\"phase\": \"definition\""))
                        .status())
                .as("recorded late, for an earlier day")
                .isEqualTo(201);
        assertThat(api.post(
                                base + "/neighbourhoods",
                                body(officer, "2025-03-01", "\"neighbourhoods\": [{\"code\": \"BU02000101\"}]"))
                        .status())
                .isEqualTo(201);

        eventually(() -> {
            assertThat(api.get(base).json().get("phase").asText()).isEqualTo("implementation");
            assertThat(api.get(base).json().get("phaseSince").asText()).isEqualTo("2025-03-01");
            var overview = api.get("/api/v1/municipalities/GM0200/neighbourhoods?asOf=2025-03-01")
                    .json();
            assertThat(overview.at("/neighbourhoods/0/approach/intensity").asText())
                    .isEqualTo("heavy");
            assertThat(overview.at("/neighbourhoods/0/cases").findValuesAsText("caseId"))
                    .containsExactly(caseId);
        });
    }
}
