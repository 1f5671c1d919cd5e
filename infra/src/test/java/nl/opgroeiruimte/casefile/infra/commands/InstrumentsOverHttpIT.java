package nl.opgroeiruimte.casefile.infra.commands;

import static nl.opgroeiruimte.casefile.infra.support.CaseJson.BOARD_MEMBER;
import static nl.opgroeiruimte.casefile.infra.support.CaseJson.CIVIL_SERVANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The instruments of the municipal guides (002, 004) over HTTP: questions and their answers, the
 * phase, the government roles, the route, the neighbourhoods, and a market approach during the
 * exclusivity, which the user either records as the breach it is or gets refused with the reason.
 */
class InstrumentsOverHttpIT extends PostgresIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALDERMAN = """
            {"personId": "p-wim", "party": {"municipality": "GM0193"}, "role": "alderman"}""";

    private Api api;
    private String caseId;
    private String base;
    private long version;
    private String lastLocation;

    @BeforeEach
    void grantedCase() {
        api = api();
        caseId = api.post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        base = "/api/v1/cases/" + caseId;
        version = 0;
        record("/grant", CaseJson.grant("2024-04-01", "2029-04-01"));
    }

    @Test
    void everyInstrumentIsRecordedThroughItsOwnEndpoint() {
        record(
                "/phases",
                body(
                        CIVIL_SERVANT,
                        "2024-04-15",
                        "\"phase\": \"definition\", \"note\": \"Goals, budget and time described together\""));
        record("/government-roles", body(CIVIL_SERVANT, "2024-04-15", """
                "roles": ["networking", "responsive"], "considerations": "The cooperative owns the plan; the municipality joins in\""""));
        record("/routes", body(CIVIL_SERVANT, "2024-04-20", """
                "route": "right-to-challenge", "decisionReference": "B&W 2024-0420-3",
                "explanation": "The cooperative takes over the energy desk, as in Zutphen\""""));
        record("/neighbourhoods", body(BOARD_MEMBER, "2024-04-20", """
                "neighbourhoods": [{"code": "BU01930101", "name": "Assendorp"}, {"name": "Schellerpark"}]"""));

        JsonNode asked = record("/questions", body(BOARD_MEMBER, "2024-05-01", """
                "askedBy": %s, "topic": "land",
                "question": "May the cooperative use the municipal plot on the Assendorperstraat for its heat plant?\"""".formatted(BOARD_MEMBER)));
        String question = asked.get("id").asText();
        assertThat(lastLocation).isEqualTo(base + "/questions/" + question);
        record("/questions/" + question + "/answers", body(CIVIL_SERVANT, "2024-05-20", """
                "answeredBy": %s, "status": "later", "considerations": "The plot is zoned as green space",
                "mandate": "college mandate, energy portfolio", "expectedOn": "2024-09-01",
                "condition": "once the environment plan is adopted\"""".formatted(ALDERMAN)));
        record(
                "/questions/" + question + "/follow-ups",
                body(
                        BOARD_MEMBER,
                        "2024-07-01",
                        "\"note\": \"Asked the alderman again; the plan is open for comments\""));
        record("/questions/" + question + "/answers", body(CIVIL_SERVANT, "2024-08-15", """
                "answeredBy": %s, "status": "now", "considerations": "The environment plan allows a heat plant",
                "mandate": "college decision of 13 August\"""".formatted(ALDERMAN)));

        String dataQuestion = record("/questions", body(CIVIL_SERVANT, "2024-05-02", """
                "askedBy": %s, "topic": "data", "question": "How many households have signed up?\"""".formatted(CIVIL_SERVANT)))
                .get("id")
                .asText();
        record(
                "/questions/" + dataQuestion + "/withdrawal",
                body(CIVIL_SERVANT, "2024-06-01", "\"reason\": \"The members' meeting published the figures\""));

        assertThat(storedTypes())
                .containsExactly(
                        "OpgroeiruimteRequested",
                        "OpgroeiruimteGranted",
                        "ProcessPhaseRecorded",
                        "GovernmentRolesRecorded",
                        "RouteRecorded",
                        "NeighbourhoodsRecorded",
                        "QuestionAsked",
                        "QuestionAnswered",
                        "QuestionFollowedUp",
                        "QuestionAnswered",
                        "QuestionAsked",
                        "QuestionWithdrawn");
        JsonNode firstAnswer = storedPayloads().get(7);
        assertThat(firstAnswer.get("status").asText()).isEqualTo("later");
        assertThat(firstAnswer.get("expectedOn").asText()).isEqualTo("2024-09-01");
        assertThat(storedPayloads().get(9).get("previousStatus").asText()).isEqualTo("later");
        assertThat(storedPayloads().get(6).at("/addressedTo/municipality").asText())
                .isEqualTo("GM0193");
    }

    @Test
    void aMarketConsultationDuringTheExclusivityIsRefusedWithTheReasonAndNothingIsStored() {
        long before = storedEventCount(caseId);

        Api.Response response = api.post(base + "/market-approaches", marketConsultation("2024-06-01", false));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).isEqualTo("market-approach-during-exclusivity");
        assertThat(response.json().get("field").asText()).isEqualTo("recordAsExclusivityBreach");
        assertThat(response.json().get("detail").asText())
                .contains(
                        "exactly a breach",
                        "000 §3.1",
                        "002",
                        "recordAsExclusivityBreach true",
                        "2024-04-01",
                        "2029-04-01");
        assertThat(storedEventCount(caseId)).isEqualTo(before);
    }

    @Test
    void aMarketConsultationDuringTheExclusivityRecordedAsABreachStoresBothAndTheBreachIsResolvedByTheSameId() {
        JsonNode accepted = record("/market-approaches", marketConsultation("2024-06-01", true), 2);
        String approach = accepted.get("id").asText();
        assertThat(lastLocation).isEqualTo(base + "/market-approaches/" + approach);

        assertThat(storedTypes()).endsWith("MarketApproachRecorded", "ExclusivityBreached");
        List<JsonNode> payloads = storedPayloads();
        JsonNode approached = payloads.get(payloads.size() - 2);
        JsonNode breached = payloads.get(payloads.size() - 1);
        assertThat(approached.get("exclusivityBreachId").asText()).isEqualTo(approach);
        assertThat(approached.get("kind").asText()).isEqualTo("market-consultation");
        assertThat(breached.get("breachId").asText()).isEqualTo(approach);
        assertThat(breached.at("/committedBy/municipality").asText()).isEqualTo("GM0193");
        assertThat(breached.get("source").asText()).contains("market approach " + approach, "TenderNed 2024-118");
        assertThat(breached.get("occurredOn").asText()).isEqualTo("2024-06-01");

        record(
                "/exclusivity-breaches/" + approach + "/resolution",
                body(
                        CIVIL_SERVANT,
                        "2024-06-20",
                        "\"resolution\": \"The consultation was withdrawn and the council informed\""));
    }

    @Test
    void aLaterWithoutExpectedMomentOrConditionIsInvalidInput() {
        String question = record("/questions", body(BOARD_MEMBER, "2024-05-01", """
                "askedBy": %s, "topic": "permit", "question": "Is a permit needed for the pipes?\"""".formatted(BOARD_MEMBER)))
                .get("id")
                .asText();

        Api.Response response =
                api.post(base + "/questions/" + question + "/answers", body(CIVIL_SERVANT, "2024-05-20", """
                "answeredBy": %s, "status": "later", "considerations": "Depends on the route", "mandate": "team lead\"""".formatted(
                                ALDERMAN)));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("rule")).containsExactly("valid-later-terms");
        assertThat(response.json().get("field").asText())
                .as("the rule names the field it is about")
                .isEqualTo("expectedOn");
    }

    // ---------------------------------------------------------------- helpers

    private static String marketConsultation(String occurredOn, boolean recordAsExclusivityBreach) {
        return body(BOARD_MEMBER, occurredOn, """
                "kind": "market-consultation", "description": "A market consultation for a heat company in Assendorp",
                "reference": "TenderNed 2024-118", "recordAsExclusivityBreach": %s""".formatted(recordAsExclusivityBreach));
    }

    private static String body(String actor, String occurredOn, String fields) {
        return "{\"actor\": " + actor + ", \"occurredOn\": \"" + occurredOn + "\", " + fields + "}";
    }

    private JsonNode record(String path, String body) {
        return record(path, body, 1);
    }

    private JsonNode record(String path, String body, int events) {
        Api.Response response = api.post(base + path, body);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(201);
        lastLocation = response.header("Location");
        assertThat(lastLocation).as(path).startsWith(base);
        version += events;
        assertThat(response.header("ETag")).as(path).isEqualTo("\"" + version + "\"");
        return response.json();
    }

    private List<String> storedTypes() {
        return jdbc
                .sql("select payloadtype from domainevententry where aggregateidentifier = ? order by sequencenumber")
                .param(caseId)
                .query(String.class)
                .list()
                .stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }

    private List<JsonNode> storedPayloads() {
        return jdbc
                .sql(
                        "select convert_from(payload, 'UTF8') from domainevententry where aggregateidentifier = ? order by sequencenumber")
                .param(caseId)
                .query(String.class)
                .list()
                .stream()
                .map(InstrumentsOverHttpIT::parse)
                .toList();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
