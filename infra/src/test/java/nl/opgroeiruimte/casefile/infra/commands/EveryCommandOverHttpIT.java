package nl.opgroeiruimte.casefile.infra.commands;

import static nl.opgroeiruimte.casefile.infra.support.CaseJson.BOARD_MEMBER;
import static nl.opgroeiruimte.casefile.infra.support.CaseJson.CIVIL_SERVANT;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A whole track walked through the HTTP API, every command family once, in the order a real
 * partnership might live it: each answer is 201 with Location and a higher version, and the stored
 * history holds the event of each; what each command recorded can be read where its Location points.
 * (Dates in this track lie in the past, so the case file also records by itself that a due date or an
 * agreement's end has passed, between the commands.)
 */
class EveryCommandOverHttpIT extends PostgresIntegrationTest {
    private Api api;
    private String base;
    private long version;

    @Test
    void aWholeTrackFromRequestToMaturityIsRecordedCommandByCommand() {
        api = api();
        JsonNode created =
                api.post("/api/v1/cases", CaseJson.request("2024-03-01")).json();
        base = "/api/v1/cases/" + created.get("aggregateId").asText();

        record("/grant", CaseJson.grant("2024-04-01", "2029-04-01"));
        record(
                "/facilitators",
                body(CIVIL_SERVANT, "2024-04-02", "\"personId\": \"p-fenna\", \"organisation\": \"Energie Samen\""));
        record(
                "/roles/municipal-contact/assignments",
                body(CIVIL_SERVANT, "2024-04-02", "\"personId\": \"p-anna\", \"department\": \"energy\""));
        record("/roles/initiative-chair/assignments", body(BOARD_MEMBER, "2024-04-02", "\"personId\": \"p-bram\""));
        record("/meetings", body(CIVIL_SERVANT, "2024-04-10", """
                "kind": "guided-session", "sessionNumber": 1, "topics": ["getting to know each other"],
                "attendees": [{"personId": "p-anna", "party": {"municipality": "GM0193"}, "role": "civil-servant"},
                              {"personId": "p-bram", "party": {"initiative": "warm-assendorp"}, "role": "board-member"},
                              {"personId": "p-fenna", "party": {"external": "Energie Samen"}, "role": "facilitator"}]"""));
        record("/decisions", body(CIVIL_SERVANT, "2024-04-16", """
                "body": "college", "subject": "Opgroeiruimte Assendorp", "decision": "The college supports the track",
                "documentReference": "B&W 2024-0416-12\""""));
        record(
                "/work",
                body(
                        BOARD_MEMBER,
                        "2024-04-20",
                        "\"part\": \"get-to-know-each-other\", \"description\": \"Kitchen-table talks in the street\""));
        record(
                "/themes/representation/clarifications",
                body(
                        BOARD_MEMBER,
                        "2024-04-25",
                        "\"status\": \"partly-clarified\", \"agreementsMade\": [\"The cooperative speaks for its members, not the whole neighbourhood\"]"));
        String milestone = record("/milestones", CaseJson.milestone("2024-05-01", "2024-09-01"))
                .get("id")
                .asText();
        record(
                "/milestones/" + milestone + "/reschedulings",
                body(
                        CIVIL_SERVANT,
                        "2024-08-15",
                        "\"newDueDate\": \"2024-10-01\", \"reason\": \"The study took the summer\""));
        record("/milestones/" + milestone + "/outcome", CaseJson.outcome("2024-10-01", "met", true));
        String breach = record("/exclusivity-breaches", body(BOARD_MEMBER, "2024-11-01", """
                "committedBy": {"municipality": "GM0193"}, "what": "A market consultation on heat in Assendorp",
                "source": "Notice on the tender platform\""""))
                .get("id")
                .asText();
        record(
                "/exclusivity-breaches/" + breach + "/resolution",
                body(
                        CIVIL_SERVANT,
                        "2024-11-20",
                        "\"resolution\": \"The consultation was withdrawn and the council informed\""));
        String intent = record("/agreements", body(CIVIL_SERVANT, "2024-12-01", """
                "kind": "intent-agreement", "title": "Intentieovereenkomst warmtenet Assendorp",
                "signatories": [%s, %s],
                "validity": {"from": "2024-12-01", "until": "2025-12-01"},
                "topics": ["roles-tasks-responsibilities", "financing"], "documentReference": "ZW-2024-118\"""".formatted(ANNA_SIGNS, BRAM_SIGNS)))
                .get("id")
                .asText();
        record("/agreements/" + intent + "/amendments", body(CIVIL_SERVANT, "2025-02-01", """
                "changes": "Evaluation moments added", "topics": ["roles-tasks-responsibilities", "financing", "evaluation-moments"],
                "signatories": [%s, %s]""".formatted(
                        ANNA_SIGNS, BRAM_SIGNS)));
        record(
                "/agreements/" + intent + "/renewals",
                body(
                        CIVIL_SERVANT,
                        "2025-06-01",
                        "\"newUntil\": \"2026-12-01\", \"signatories\": [%s, %s]".formatted(ANNA_SIGNS, BRAM_SIGNS)));
        String funding = record("/funding", body(CIVIL_SERVANT, "2025-01-01", """
                "source": "municipal", "instrument": "process-financing", "amountInEuros": 40000.00,
                "period": {"from": "2025-01-01", "until": "2025-12-31"}, "decisionReference": "ZW-SUB-2025-7\""""))
                .get("id")
                .asText();
        record("/funding/" + funding + "/payments", body(CIVIL_SERVANT, "2025-03-01", "\"amountInEuros\": 20000"));
        record("/funding-refusals", body(CIVIL_SERVANT, "2025-02-01", """
                "source": "provincial", "instrument": "subsidy", "amountInEuros": 100000, "reason": "Budget exhausted\""""));
        record("/roles/municipal-contact/handovers", body(CIVIL_SERVANT, "2025-03-01", """
                "successorId": "p-carla", "department": "energy",
                "handover": {"note": "Hand-over meeting with the cooperative on 28 February", "withoutHandover": false}"""));
        record(
                "/roles/initiative-chair/vacancies",
                body(BOARD_MEMBER, "2025-04-01", "\"reason\": \"The chair moved away\""));
        record(
                "/joint-story",
                body(BOARD_MEMBER, "2025-05-01", "\"story\": \"Warmth from the river for four hundred homes\""));
        record("/pauses", body(CIVIL_SERVANT, "2025-06-10", "\"reason\": \"Waiting for the national heat act\""));
        record("/resumptions", body(CIVIL_SERVANT, "2025-07-01", "\"note\": \"The act passed\""));
        record("/agreements", body(CIVIL_SERVANT, "2025-08-01", """
                "kind": "cooperation-agreement", "title": "Samenwerkingsovereenkomst warmtenet Assendorp",
                "signatories": [%s, %s], "validity": {"from": "2025-08-01"},
                "topics": ["working-structure", "decision-structure"]""".formatted(ANNA_SIGNS, BRAM_SIGNS)));
        record(
                "/agreements/" + intent + "/termination",
                body(CIVIL_SERVANT, "2025-08-02", "\"reason\": \"Superseded by the cooperation agreement\""));
        record(
                "/funding/" + funding + "/ending",
                body(CIVIL_SERVANT, "2025-08-02", "\"reason\": \"Replaced by the cooperation budget\""));
        record(
                "/facilitators/p-fenna/release",
                body(CIVIL_SERVANT, "2025-08-03", "\"reason\": \"Clear agreements exist\""));
        record(
                "/maturity",
                body(CIVIL_SERVANT, "2025-09-01", "\"justification\": \"Structural agreement, roles clear\""));

        List<String> types = api.get(base + "/events").json().findValuesAsText("type");
        assertThat(types.stream().filter(t -> !SYSTEM_RECORDED.contains(t)).count())
                .isEqualTo(30);
        assertThat(types)
                .contains(
                        "OpgroeiruimteGranted",
                        "FacilitatorAppointed",
                        "RoleAssigned",
                        "MeetingRecorded",
                        "DecisionRecorded",
                        "DoenWorkRecorded",
                        "ThemeClarified",
                        "MilestonePlanned",
                        "MilestoneRescheduled",
                        "MilestoneOutcomeRecorded",
                        "ExclusivityBreached",
                        "ExclusivityBreachResolved",
                        "AgreementSigned",
                        "AgreementAmended",
                        "AgreementRenewed",
                        "FundingCommitted",
                        "FundingPaid",
                        "FundingRefused",
                        "RoleHandedOver",
                        "RoleVacated",
                        "JointStoryRecorded",
                        "CasePaused",
                        "CaseResumed",
                        "AgreementTerminated",
                        "FundingEnded",
                        "FacilitatorReleased",
                        "MaturityDeclared");
    }

    @Test
    void aTrackCanBeStoppedWithItsReason() {
        api = api();
        base = "/api/v1/cases/"
                + api.post("/api/v1/cases", CaseJson.request("2024-03-01"))
                        .json()
                        .get("aggregateId")
                        .asText();

        record(
                "/closure",
                body(BOARD_MEMBER, "2024-06-01", "\"reason\": \"Not enough members to carry a heat network\""));

        assertThat(api.get(base + "/events").json().findValuesAsText("type"))
                .containsExactly("OpgroeiruimteRequested", "CaseStopped");
        Api.Response after = api.post(
                base + "/meetings",
                body(
                        CIVIL_SERVANT,
                        "2024-07-01",
                        "\"kind\": \"meeting\", \"topics\": [\"restart?\"], \"attendees\": [{\"personId\": \"p-anna\", \"party\": {\"municipality\": \"GM0193\"}, \"role\": \"civil-servant\"}]"));
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.json().get("rule").asText()).isEqualTo("case-closed");
    }

    /** What time alone records, and is not one of the commands walked through here. */
    private static final List<String> SYSTEM_RECORDED =
            List.of("MilestoneDueDatePassed", "AgreementExpired", "ExclusivityPeriodEnded");

    private static final String ANNA_SIGNS = """
            {"personId": "p-anna", "party": {"municipality": "GM0193"}, "mandate": "alderman's mandate of 12 Nov"}""";
    private static final String BRAM_SIGNS = """
            {"personId": "p-bram", "party": {"initiative": "warm-assendorp"}, "mandate": "members' meeting of 3 Nov"}""";

    private static String body(String actor, String occurredOn, String fields) {
        return "{\"actor\": " + actor + ", \"occurredOn\": \"" + occurredOn + "\", " + fields + "}";
    }

    private JsonNode record(String path, String body) {
        Api.Response response = api.post(base + path, body);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(201);
        assertThat(response.header("Location")).as(path).startsWith(base);
        // a Location served by a read model (the case itself, after a closure) answers once it has caught up
        eventually(() -> {
            Api.Response recorded = api.get(response.header("Location"));
            assertThat(recorded.status())
                    .as("GET " + response.header("Location") + " -> " + recorded)
                    .isEqualTo(200);
        });
        long now = Long.parseLong(response.header("ETag").replace("\"", ""));
        assertThat(now).as(path + ": the version goes up").isGreaterThan(version);
        version = now;
        return response.json();
    }
}
