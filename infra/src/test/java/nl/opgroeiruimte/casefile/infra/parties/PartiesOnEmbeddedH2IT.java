package nl.opgroeiruimte.casefile.infra.parties;

import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.*;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.EmbeddedDefaultWithoutDemoData;
import org.junit.jupiter.api.Test;

/** The same tables and queries on the embedded H2 default: a municipality, an initiative and a person, erased. */
class PartiesOnEmbeddedH2IT extends EmbeddedDefaultWithoutDemoData {
    @Test
    void municipalitiesInitiativesAndPeopleWorkOnTheEmbeddedDatabase() {
        Api api = new Api(port);
        nl.opgroeiruimte.casefile.infra.support.People.registrar(api);
        nl.opgroeiruimte.casefile.infra.support.People.ensureFixedPeople();
        String code = registerMunicipality(api, "GM0301", "2026-01-05");
        String base = "/api/v1/municipalities/" + code;
        // an alderman is in the people register before she sits in a college
        assertThat(api.post("/api/v1/people", body(civilServantOf(code), "2026-01-10", """
                "personId": "p-h2", "name": "Hanna Twee", "email": "hanna@example.org",
                "party": {"municipality": "GM0301"}, "role": "alderman\""""))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(base + "/colleges", body(civilServantOf(code), "2022-06-01", """
                "mayor": {"personId": "p-mayor", "portfolios": ["public order and safety"]},
                "aldermen": [{"personId": "p-h2", "portfolios": ["energy transition"]}]"""))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                base + "/elections",
                                body(
                                        civilServantOf(code),
                                        "2022-03-18",
                                        "\"seats\": [{\"politicalParty\": \"A\", \"seats\": 13}, {\"politicalParty\": \"B\", \"seats\": 14}]"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/initiatives", body(boardMemberOf("zutphen-energie"), "2023-04-01", """
                "initiativeId": "zutphen-energie", "name": "Zutphen Energie", "legalForm": "cooperative",
                "workingArea": {"description": "Zutphen", "municipalities": ["GM0301"]}, "domains": ["solar"]"""))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/initiatives/zutphen-energie/legal-forms",
                                body(boardMemberOf("zutphen-energie"), "2024-01-01", "\"legalForm\": \"association\""))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/people/p-h2/erasure",
                                body(civilServantOf(code), "2026-02-01", "\"ground\": \"no-longer-necessary\""))
                        .status())
                .isEqualTo(201);

        eventually(() -> {
            assertThat(api.get(base)
                            .json()
                            .at("/colleges/0/members/1/displayName")
                            .asText())
                    .isEqualTo("(erased person)");
            assertThat(api.get(base).json().at("/elections/0/totalSeats").asInt())
                    .isEqualTo(27);
            assertThat(api.get("/api/v1/initiatives/zutphen-energie")
                            .json()
                            .get("legalForm")
                            .asText())
                    .isEqualTo("association");
            assertThat(api.get("/api/v1/initiatives?municipality=GM0301")
                            .json()
                            .get("totalItems")
                            .asInt())
                    .isEqualTo(1);
            assertThat(api.get("/api/v1/municipalities?registered=true").json().findValuesAsText("cbsCode"))
                    .contains("GM0301");
            assertThat(api.get("/api/v1/people/p-h2")
                            .json()
                            .get("erasureGround")
                            .asText())
                    .isEqualTo("no-longer-necessary");
        });
        assertThat(api.post("/api/v1/people", body(civilServantOf(code), "2026-01-10", """
                "personId": "p-h2", "name": "Again", "party": {"municipality": "GM0301"}, "role": "alderman\""""))
                        .status())
                .as("a duplicate id is refused on H2 too")
                .isEqualTo(409);
    }
}
