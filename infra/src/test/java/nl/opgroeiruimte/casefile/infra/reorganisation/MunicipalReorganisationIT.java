package nl.opgroeiruimte.casefile.infra.reorganisation;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.People;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import nl.opgroeiruimte.casefile.infra.support.Replays;
import org.junit.jupiter.api.Test;

/**
 * Uden (GM0856) and Landerd (GM1685) merged into Maashorst (GM1991) on 1 January 2022. Each had a case
 * in the case file; the administrator records the reorganisation on Maashorst, and both cases pass to it
 * with their history kept: listed under Maashorst today, under their former municipality as of a day
 * before, readable by Maashorst's staff and no longer by Uden's, and the same after a replay. (The two
 * civil servants' accounts are among the local users every integration test has: see
 * {@code PostgresIntegrationTest.LOCAL_USERS}.)
 */
class MunicipalReorganisationIT extends PostgresIntegrationTest {
    static final String UDEN = "GM0856";
    static final String LANDERD = "GM1685";
    static final String MAASHORST = "GM1991";

    @Test
    void theCasesOfTheFormerMunicipalitiesPassToTheSuccessorWithTheirHistoryKept() {
        Api admin = api();
        for (String cbsCode : List.of(UDEN, LANDERD, MAASHORST)) {
            People.register(admin, person(cbsCode), "{\"municipality\": \"" + cbsCode + "\"}", "civil-servant");
        }
        register(admin, UDEN, "2021-03-01");
        register(admin, LANDERD, "2021-03-01");
        register(admin, MAASHORST, "2022-01-01");
        String inUden = request(admin, UDEN, "2021-04-12", "Volkel");
        String inLanderd = request(admin, LANDERD, "2021-06-01", "Zeeland");

        // the reorganisation election of 17 November 2021 elected Maashorst's first council, on a day of its own
        Api.Response election = admin.post(
                "/api/v1/municipalities/" + MAASHORST + "/elections", """
                {"actor": {"personId": "%s", "party": {"municipality": "%s"}, "role": "civil-servant"},
                 "occurredOn": "2021-11-18", "electionDate": "2021-11-17", "kind": "reorganisation"}""".formatted(person(MAASHORST), MAASHORST));
        assertThat(election.status()).as(election.toString()).isEqualTo(201);

        Api.Response recorded =
                admin.post("/api/v1/municipalities/" + MAASHORST + "/reorganisations", reorganisation(UDEN, LANDERD));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

        eventually(Duration.ofSeconds(30), () -> {
            JsonNode listed =
                    admin.get("/api/v1/cases?municipality=" + MAASHORST).json();
            assertThat(caseIds(listed)).containsExactlyInAnyOrder(inUden, inLanderd);
            assertThat(caseIds(admin.get("/api/v1/cases?municipality=" + UDEN).json()))
                    .isEmpty();
        });

        // as of a day before the reorganisation the case still stood under Uden; from it, under Maashorst
        assertThat(auditTrail(admin, inUden, "2021-12-31").get("municipality").asText())
                .isEqualTo(UDEN);
        assertThat(auditTrail(admin, inUden, "2022-01-01").get("municipality").asText())
                .isEqualTo(MAASHORST);

        // the history is kept: the request under Uden, then the move, in the case's own timeline; Uden's
        // facts before the reorganisation, Maashorst's from it
        eventually(Duration.ofSeconds(30), () -> {
            List<String> kinds =
                    admin.get("/api/v1/cases/" + inUden + "/timeline").json().findValuesAsText("kind");
            assertThat(kinds)
                    .containsSubsequence(
                            "opgroeiruimte-requested",
                            "municipal-election-recorded",
                            "municipal-reorganisation-recorded",
                            "case-moved-to-successor");
        });
        assertThat(storedEventCount(inUden)).isEqualTo(2);

        // the indicators read Uden's facts before the move and Maashorst's from it, as of any day
        assertThat(admin.get("/api/v1/cases/" + inUden + "/indicators?asOf=2021-12-31")
                        .status())
                .isEqualTo(200);
        assertThat(admin.get("/api/v1/cases/" + inUden + "/indicators/history").status())
                .isEqualTo(200);

        // Maashorst's staff read the case; Uden's staff, whose municipality ceased to exist, no longer do
        Api maashorst = new Api(port).as("ambtenaar-maashorst");
        Api uden = new Api(port).as("ambtenaar-uden");
        assertThat(maashorst.get("/api/v1/cases/" + inUden).status()).isEqualTo(200);
        assertThat(uden.get("/api/v1/cases/" + inUden).status()).isEqualTo(403);

        // recorded again: refused as already recorded (409, as every record made twice), naming the field
        Api.Response again =
                admin.post("/api/v1/municipalities/" + MAASHORST + "/reorganisations", reorganisation(UDEN));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).endsWith("reorganisation-already-recorded");
        assertThat(again.json().get("field").asText()).isEqualTo("formerMunicipalities[0]");

        // a municipality that did not merge into Maashorst: 422, naming the field and the rule
        Api.Response wrong =
                admin.post("/api/v1/municipalities/" + MAASHORST + "/reorganisations", reorganisation("GM0398"));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
        assertThat(wrong.json().get("type").asText()).endsWith("not-a-former-municipality");
        assertThat(wrong.json().get("field").asText()).isEqualTo("formerMunicipalities[0]");

        // Uden takes no new case from the day it ceased to exist
        Api.Response late = admin.post("/api/v1/cases", requestBody(UDEN, "2022-02-01", "Odiliapeel"));
        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(late.json().get("field").asText()).isEqualTo("municipality");

        // history entered late: a case that Uden requested in 2021 moves as soon as it is entered
        String backfilled = request(admin, UDEN, "2021-09-20", "Uden-Noord");
        eventually(
                Duration.ofSeconds(30),
                () -> assertThat(admin.get("/api/v1/cases/" + backfilled)
                                .json()
                                .get("municipality")
                                .asText())
                        .isEqualTo(MAASHORST));

        replayEqualsLive(List.of(inUden, inLanderd, backfilled));
        assertThat(storedEventCount(inUden)).as("a replay sends no move again").isEqualTo(2);
    }

    private static void register(Api admin, String cbsCode, String on) {
        Api.Response response =
                admin.post("/api/v1/municipalities", """
                {"cbsCode": "%s", "occurredOn": "%s",
                 "actor": {"personId": "%s", "party": {"municipality": "%s"}, "role": "civil-servant"}}""".formatted(cbsCode, on, person(cbsCode), cbsCode));
        if (response.status() == 409) {
            // the ITs share one database: another class may have registered it already (the test support
            // registers a case's municipality on the case's day); what counts is that it was there by then
            JsonNode registered = admin.get("/api/v1/municipalities/" + cbsCode).json();
            assertThat(LocalDate.parse(registered.path("registeredOn").asText()))
                    .as("registered by another test, but later than this test needs: " + registered)
                    .isBeforeOrEqualTo(LocalDate.parse(on));
            return;
        }
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static String request(Api admin, String cbsCode, String on, String area) {
        Api.Response response = admin.post("/api/v1/cases", requestBody(cbsCode, on, area));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("aggregateId").asText();
    }

    private static String requestBody(String cbsCode, String on, String area) {
        return """
                {"actor": {"personId": "%s", "party": {"municipality": "%s"}, "role": "civil-servant"},
                 "occurredOn": "%s", "municipality": "%s", "initiative": "energie-%s",
                 "scope": {"activity": "collective heat network", "area": "%s"}}""".formatted(person(cbsCode), cbsCode, on, cbsCode, area.toLowerCase(), area);
    }

    private static String reorganisation(String... former) {
        return """
                {"actor": {"personId": "%s", "party": {"municipality": "%s"}, "role": "civil-servant"},
                 "occurredOn": "2022-01-01", "formerMunicipalities": ["%s"]}""".formatted(person(MAASHORST), MAASHORST, String.join("\", \"", former));
    }

    /** A civil servant of the municipality, registered in the people register for it. */
    private static String person(String cbsCode) {
        return "p-civil-servant-" + cbsCode.toLowerCase();
    }

    private static JsonNode auditTrail(Api api, String caseId, String asOf) {
        Api.Response response = api.get("/api/v1/cases/" + caseId + "/audit-trail?asOf=" + asOf);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> caseIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("caseId").asText()));
        return ids;
    }

    private void replayEqualsLive(List<String> caseIds) {
        Replays.assertReplayEqualsLive(api(), List.of("timeline", "case-summaries"), () -> readModels(caseIds));
    }

    private Map<String, JsonNode> readModels(List<String> caseIds) {
        Map<String, JsonNode> models = new LinkedHashMap<>();
        models.put(
                "cases of " + MAASHORST,
                api().get("/api/v1/cases?municipality=" + MAASHORST).json());
        for (String caseId : caseIds) {
            models.put("case " + caseId, api().get("/api/v1/cases/" + caseId).json());
            models.put(
                    "timeline " + caseId,
                    api().get("/api/v1/cases/" + caseId + "/timeline").json());
        }
        return models;
    }
}
