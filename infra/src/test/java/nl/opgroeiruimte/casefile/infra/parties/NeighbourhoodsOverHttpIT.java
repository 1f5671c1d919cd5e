package nl.opgroeiruimte.casefile.infra.parties;

import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.*;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A municipality records its approach per neighbourhood (004) and three of its cases name their
 * neighbourhoods; the approach and the cases per neighbourhood are read back as of dates before and after
 * each change:
 *
 * <pre>
 * 2025-02-01 case A requested     2025-03-03 approach Binnenstad (code): light       2025-04-01 A is about Binnenstad (code)
 * 2025-02-10 case B requested     2025-03-03 approach Voorstad (name only): heavy    2025-04-02 B is about "binnenstad" (name only)
 * 2025-02-15 case C requested     2025-05-01 A in phase definition                   2025-09-01 B is about Voorstad
 *                                 2025-10-06 approach Binnenstad: heavy, a new version
 * </pre>
 */
class NeighbourhoodsOverHttpIT extends PostgresIntegrationTest {
    private Api api;
    private String code;
    private String base;
    private String officer;
    private String binnenstad;
    private String caseA;
    private String caseB;
    private String caseC;
    private String lightBinnenstad;
    private String heavyBinnenstad;

    @BeforeEach
    void aMunicipalityWithThreeCases() {
        api = api();
        clock.setDay("2025-01-06");
        code = registerMunicipality(api, unregisteredMunicipality(api), "2025-01-06");
        base = "/api/v1/municipalities/" + code;
        officer = civilServantOf(code);
        binnenstad = "BU" + code.substring(2) + "0101";

        caseA = requestCase("2025-02-01", "energie-binnenstad");
        caseB = requestCase("2025-02-10", "warmte-binnenstad");
        caseC = requestCase("2025-02-15", "zon-op-dak");
        clock.setDay("2025-03-03");
        Api.Response light = created(
                base + "/neighbourhood-approaches",
                approach(
                        "2025-03-03",
                        "{\"code\": \"" + binnenstad + "\", \"name\": \"Binnenstad\"}",
                        "light",
                        "[\"networking\", \"responsive\"]"));
        lightBinnenstad = light.json().get("id").asText();
        assertThat(light.header("Location")).isEqualTo(base + "/neighbourhood-approaches/" + lightBinnenstad);
        created(
                base + "/neighbourhood-approaches",
                approach("2025-03-03", "{\"name\": \"Voorstad\"}", "heavy", "[\"networking\"]"));
        clock.setDay("2025-04-01");
        recordNeighbourhoods(caseA, "2025-04-01", "[{\"code\": \"" + binnenstad + "\", \"name\": \"Binnenstad\"}]");
        clock.setDay("2025-04-02");
        recordNeighbourhoods(caseB, "2025-04-02", "[{\"name\": \"binnenstad\"}]");
        clock.setDay("2025-05-01");
        created(
                "/api/v1/cases/" + caseA + "/phases",
                body(boardMemberOf("energie-binnenstad"), "2025-05-01", "\"phase\": \"definition\""));
        clock.setDay("2025-09-01");
        recordNeighbourhoods(caseB, "2025-09-01", "[{\"name\": \"Voorstad\"}]");
        clock.setDay("2025-10-06");
        heavyBinnenstad = created(
                        base + "/neighbourhood-approaches",
                        approach(
                                "2025-10-06",
                                "{\"code\": \"" + binnenstad + "\", \"name\": \"Binnenstad\"}",
                                "heavy",
                                "[\"networking\"]"))
                .json()
                .get("id")
                .asText();
        clock.reset();
        eventually(() -> assertThat(api.get("/api/v1/cases?municipality=" + code)
                        .json()
                        .get("items")
                        .findValuesAsText("caseId"))
                .containsExactlyInAnyOrder(caseA, caseB, caseC));
    }

    @Test
    void theApproachInForceIsTheLatestVersionOnOrBeforeTheDate() {
        assertThat(approaches("2025-03-02")).isEmpty();

        JsonNode spring = approaches("2025-06-01");
        assertThat(spring.findValuesAsText("approachId")).hasSize(2);
        JsonNode first = byName(spring, "Binnenstad");
        assertThat(first.get("intensity").asText()).isEqualTo("light");
        assertThat(textsOf(first.get("governmentRoles"))).containsExactly("networking", "responsive");
        assertThat(first.at("/goals/longTerm").asText()).isEqualTo("aardgasvrij in 2040");
        assertThat(first.get("earlierVersions")).isEmpty();
        assertThat(first.at("/recordedBy/personId").asText()).isEqualTo("p-ambtenaar-" + code.toLowerCase());

        JsonNode autumn = byName(approaches("2025-10-06"), "Binnenstad");
        assertThat(autumn.get("approachId").asText()).isEqualTo(heavyBinnenstad);
        assertThat(autumn.get("intensity").asText()).isEqualTo("heavy");
        assertThat(autumn.get("since").asText()).isEqualTo("2025-10-06");
        assertThat(autumn.get("earlierVersions").findValuesAsText("approachId")).containsExactly(lightBinnenstad);
    }

    @Test
    void eachVersionCanBeReadWhereItsLocationSays() {
        JsonNode light =
                api.get(base + "/neighbourhood-approaches/" + lightBinnenstad).json();

        assertThat(light.get("intensity").asText()).isEqualTo("light");
        assertThat(light.at("/neighbourhood/code").asText()).isEqualTo(binnenstad);
        Api.Response unknown = api.get(base + "/neighbourhood-approaches/no-such-approach");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("rule").asText()).isEqualTo("unknown-neighbourhood-approach");
    }

    @Test
    void casesAreGroupedByTheNeighbourhoodsTheyWereAboutOnTheDate() {
        JsonNode beforeAnyNeighbourhood = overview("2025-03-15");
        assertThat(beforeAnyNeighbourhood.get("casesWithoutNeighbourhood").findValuesAsText("caseId"))
                .containsExactly(caseA, caseB, caseC);
        assertThat(beforeAnyNeighbourhood.get("neighbourhoods").findValuesAsText("caseId"))
                .isEmpty();

        JsonNode june = overview("2025-06-01");
        JsonNode binnenstadGroup = group(june, "Binnenstad");
        assertThat(binnenstadGroup.at("/neighbourhood/code").asText()).isEqualTo(binnenstad);
        assertThat(binnenstadGroup.at("/approach/intensity").asText()).isEqualTo("light");
        assertThat(binnenstadGroup.get("cases").findValuesAsText("caseId"))
                .as("B names it without its code")
                .containsExactly(caseA, caseB);
        JsonNode a = binnenstadGroup.get("cases").get(0);
        assertThat(a.get("phase").asText()).isEqualTo("definition");
        assertThat(a.get("status").asText()).isEqualTo("requested");
        assertThat(a.get("neighbourhoodsSince").asText()).isEqualTo("2025-04-01");
        JsonNode voorstad = group(june, "Voorstad");
        assertThat(voorstad.at("/approach/intensity").asText()).isEqualTo("heavy");
        assertThat(voorstad.get("cases")).isEmpty();
        assertThat(june.get("casesWithoutNeighbourhood").findValuesAsText("caseId"))
                .containsExactly(caseC);

        JsonNode september = overview("2025-09-01");
        assertThat(group(september, "Binnenstad").get("cases").findValuesAsText("caseId"))
                .containsExactly(caseA);
        assertThat(group(september, "Voorstad").get("cases").findValuesAsText("caseId"))
                .containsExactly(caseB);
        assertThat(group(overview("2025-10-06"), "Binnenstad")
                        .at("/approach/intensity")
                        .asText())
                .isEqualTo("heavy");
    }

    @Test
    void theApproachIsTheMunicipalitysToRecord() {
        Api.Response response = api.post(
                base + "/neighbourhood-approaches", body(boardMemberOf("energie-binnenstad"), "2025-06-01", """
                "neighbourhood": {"name": "Binnenstad"}, "governmentRoles": ["responsive"], "goals": {"shortTerm": "meer zon"},
                "intensity": "light\""""));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.json().get("rule").asText()).isEqualTo("neighbourhood-approach-needs-municipality");
        assertThat(response.json().get("field").asText()).isEqualTo("actor.party");
    }

    @Test
    void aMunicipalityNeverRegisteredHasNoNeighbourhoods() {
        String never = unregisteredMunicipality(api);

        Api.Response response = api.get("/api/v1/municipalities/" + never + "/neighbourhoods");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("rule").asText()).isEqualTo("unknown-municipality");
        assertThat(api.get("/api/v1/municipalities/Zwolle/neighbourhood-approaches")
                        .status())
                .isEqualTo(400);
    }

    // ---------------------------------------------------------------- helpers

    private String requestCase(String day, String initiative) {
        clock.setDay(day);
        return created("/api/v1/cases", body(boardMemberOf(initiative), day, """
                "municipality": "%s", "initiative": "%s", "scope": {"activity": "energy", "area": "Binnenstad"},
                "motivation": "Together\"""".formatted(code, initiative)))
                .json()
                .get("aggregateId")
                .asText();
    }

    private String approach(String day, String neighbourhood, String intensity, String roles) {
        return body(officer, day, """
                "neighbourhood": %s, "governmentRoles": %s, "intensity": "%s",
                "goals": {"shortTerm": "kennismaken met de initiatieven", "middleTerm": "een wijkuitvoeringsplan", "longTerm": "aardgasvrij in 2040"},
                "wijkkompas": [{"party": {"municipality": "%s"}, "track": "organisatie", "phase": "verkennen"}]""".formatted(neighbourhood, roles, intensity, code));
    }

    private void recordNeighbourhoods(String caseId, String day, String neighbourhoods) {
        created(
                "/api/v1/cases/" + caseId + "/neighbourhoods",
                body(officer, day, "\"neighbourhoods\": " + neighbourhoods));
    }

    private Api.Response created(String path, String body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(201);
        return response;
    }

    private JsonNode approaches(String asOf) {
        return api.get(base + "/neighbourhood-approaches?asOf=" + asOf).json().get("approaches");
    }

    private JsonNode overview(String asOf) {
        Api.Response response = api.get(base + "/neighbourhoods?asOf=" + asOf);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode byName(JsonNode approaches, String name) {
        for (JsonNode a : approaches) if (a.at("/neighbourhood/name").asText().equals(name)) return a;
        throw new AssertionError("no approach for " + name + " in " + approaches);
    }

    private static JsonNode group(JsonNode overview, String name) {
        for (JsonNode g : overview.get("neighbourhoods"))
            if (g.at("/neighbourhood/name").asText().equals(name)) return g;
        throw new AssertionError("no neighbourhood " + name + " in " + overview);
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
