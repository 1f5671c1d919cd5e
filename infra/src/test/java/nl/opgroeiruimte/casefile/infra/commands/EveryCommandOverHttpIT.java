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
    /** The commands walked, as OpenAPI path templates. */
    private final java.util.Set<String> walked = new java.util.TreeSet<>();

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
        String decision = record("/decisions", body(CIVIL_SERVANT, "2024-04-16", """
                "body": "college", "subject": "Opgroeiruimte Assendorp", "decision": "The college supports the track and reserves EUR 60,000",
                "documentReference": "B&W 2024-0416-12\""""))
                .get("id")
                .asText();
        record(
                "/roles/responsible-alderman/assignments",
                body(CIVIL_SERVANT, "2024-04-16", "\"personId\": \"p-wethouder\""));
        record(
                "/work",
                body(
                        BOARD_MEMBER,
                        "2024-04-20",
                        "\"part\": \"get-to-know-each-other\", \"description\": \"Kitchen-table talks in the street\""));
        record(
                "/phases",
                body(CIVIL_SERVANT, "2024-04-20", "\"phase\": \"definition\", \"note\": \"Goals described together\""));
        record(
                "/government-roles",
                body(
                        CIVIL_SERVANT,
                        "2024-04-20",
                        "\"roles\": [\"networking\", \"responsive\"], \"considerations\": \"The cooperative owns the plan\""));
        record("/routes", body(CIVIL_SERVANT, "2024-04-20", """
                "route": "right-to-challenge", "decisionReference": "B&W 2024-0420-3", "explanation": "As in Zutphen\""""));
        record(
                "/neighbourhoods",
                body(
                        BOARD_MEMBER,
                        "2024-04-20",
                        "\"neighbourhoods\": [{\"code\": \"BU01930101\", \"name\": \"Assendorp\"}]"));
        record(
                "/themes/representation/clarifications",
                body(
                        BOARD_MEMBER,
                        "2024-04-25",
                        "\"status\": \"partly-clarified\", \"agreementsMade\": [\"The cooperative speaks for its members, not the whole neighbourhood\"]"));
        String milestone = record("/milestones", CaseJson.milestone("2024-05-01", "2024-09-01"))
                .get("id")
                .asText();
        // a guarantee backed by money: its budget decision, the funding linked to it, and its delivery
        String funded =
                record("/milestones", """
                {"actor": %s, "occurredOn": "2024-05-01", "title": "Design accepted", "dueDate": "2025-06-01",
                 "owners": {"municipalOwner": "p-anna", "initiativeOwner": "p-bram"},
                 "guarantee": {"whatContinues": "a grant for the heat network's preparation",
                               "meansAvailable": ["EUR 60,000 preparation grant"],
                               "criteria": ["The design is accepted by the members' meeting"],
                               "amountInEuros": 60000.00}}""".formatted(CIVIL_SERVANT)).get("id").asText();
        record(
                "/milestones/" + funded + "/guarantee/budget-decisions",
                body(CIVIL_SERVANT, "2024-05-02", "\"decisionId\": \"%s\"".formatted(decision)));
        String question = record("/questions", body(BOARD_MEMBER, "2024-05-01", """
                "askedBy": %s, "topic": "land", "question": "May we use the municipal plot?\"""".formatted(BOARD_MEMBER)))
                .get("id")
                .asText();
        record("/questions/" + question + "/answers", body(CIVIL_SERVANT, "2024-05-20", """
                "answeredBy": %s, "status": "later", "considerations": "The plot is zoned as green space",
                "mandate": "college mandate", "expectedOn": "2024-09-01\"""".formatted(CIVIL_SERVANT)));
        String withdrawn = record("/questions", body(BOARD_MEMBER, "2024-06-01", """
                "askedBy": %s, "topic": "permit", "question": "Is a permit needed for the pilot boiler?\"""".formatted(BOARD_MEMBER)))
                .get("id")
                .asText();
        record(
                "/questions/" + withdrawn + "/withdrawal",
                body(BOARD_MEMBER, "2024-06-15", "\"reason\": \"No longer needed\""));
        record("/market-approaches", body(BOARD_MEMBER, "2024-06-20", """
                "kind": "market-consultation", "description": "A market consultation for a heat company",
                "reference": "TenderNed 2024-118", "recordAsExclusivityBreach": true"""));
        // recorded as the breach it is, and resolved, or the track could not mature
        String consultation =
                api.get(base + "/events").json().findValuesAsText("breachId").get(0);
        record(
                "/exclusivity-breaches/" + consultation + "/resolution",
                body(CIVIL_SERVANT, "2024-06-25", "\"resolution\": \"The consultation was called off\""));
        record(
                "/milestones/" + milestone + "/reschedulings",
                body(
                        CIVIL_SERVANT,
                        "2024-08-15",
                        "\"newDueDate\": \"2024-10-01\", \"reason\": \"The study took the summer\""));
        record("/milestones/" + milestone + "/outcome", CaseJson.outcome("2024-10-01", "met", true));
        record(
                "/questions/" + question + "/follow-ups",
                body(BOARD_MEMBER, "2024-10-02", "\"note\": \"The answer was due on 1 September\""));
        String breach = record("/exclusivity-breaches", body(BOARD_MEMBER, "2024-11-01", """
                "committedBy": {"municipality": "GM0193"}, "what": "A market consultation on heat in Assendorp",
                "source": "Notice on the tender platform", "kind": "tender-or-market-consultation\""""))
                .get("id")
                .asText();
        record(
                "/exclusivity-breaches/" + breach + "/resolution",
                body(
                        CIVIL_SERVANT,
                        "2024-11-20",
                        "\"resolution\": \"The consultation was withdrawn and the council informed\""));
        String hold = record("/process-holds", body(CIVIL_SERVANT, "2024-11-25", """
                "process": "tender", "description": "The tender for a heat company in Assendorp is on hold",
                "reference": "B&W 2024-1125-4\""""))
                .get("id")
                .asText();
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
        record("/funding", body(CIVIL_SERVANT, "2025-01-10", """
                "source": "municipal", "instrument": "subsidy", "amountInEuros": 60000.00,
                "period": {"from": "2025-01-10", "until": "2026-01-09"}, "decisionReference": "B&W 2024-0416-12",
                "deliversGuaranteeOf": "%s\"""".formatted(funded)));
        record(
                "/exclusivity/extensions",
                body(
                        CIVIL_SERVANT,
                        "2025-01-15",
                        "\"newUntil\": \"2030-04-01\", \"reason\": \"The heat act delays the tender decision\""));
        record(
                "/process-holds/" + hold + "/release",
                body(CIVIL_SERVANT, "2025-03-15", "\"reason\": \"The cooperative chose its heat company\""));
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
        record("/milestones/" + funded + "/outcome", CaseJson.outcome("2025-06-01", "met", true));
        record("/pauses", body(CIVIL_SERVANT, "2025-06-10", "\"reason\": \"Waiting for the national heat act\""));
        record("/resumptions", body(CIVIL_SERVANT, "2025-07-01", "\"note\": \"The act passed\""));
        record("/agreements", body(CIVIL_SERVANT, "2025-08-01", """
                "kind": "cooperation-agreement", "title": "Samenwerkingsovereenkomst warmtenet Assendorp",
                "signatories": [%s, %s], "validity": {"from": "2025-08-01"},
                "topics": ["working-structure", "decision-structure"]""".formatted(ANNA_SIGNS, BRAM_SIGNS)));
        record(
                "/agreements/" + intent + "/termination",
                body(
                        CIVIL_SERVANT,
                        "2025-08-02",
                        "\"reason\": \"Superseded by the cooperation agreement\", \"terminatedBy\": \"municipality\", \"mutual\": false"));
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
                .isEqualTo(50);
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
                        "MaturityDeclared",
                        "ProcessPhaseRecorded",
                        "GovernmentRolesRecorded",
                        "RouteRecorded",
                        "NeighbourhoodsRecorded",
                        "GuaranteeBudgetDecisionRecorded",
                        "QuestionAsked",
                        "QuestionAnswered",
                        "QuestionWithdrawn",
                        "QuestionFollowedUp",
                        "MarketApproachRecorded",
                        "MunicipalProcessHeld",
                        "MunicipalProcessReleased",
                        "ExclusivityExtended");
        // what issue 22 added is visible in the case's read model and on its page, not only in its events
        JsonNode trail = api.get(base + "/audit-trail?asOf=2025-09-01").json();
        assertThat(trail.at("/exclusivity/extensions/0/newUntil").asText()).isEqualTo("2030-04-01");
        assertThat(trail.at("/exclusivity/breaches").findValuesAsText("kind"))
                .contains("tender-or-market-consultation");
        assertThat(trail.at("/municipalProcess/processHolds/0/process").asText())
                .isEqualTo("tender");
        assertThat(trail.at("/municipalProcess/processHolds/0/releasedOn").asText())
                .isEqualTo("2025-03-15");
        assertThat(trail.get("agreementsNotInForce").findValuesAsText("terminatedBy"))
                .contains("municipality");
        String page = api.get("/dossiers/" + base.substring(base.lastIndexOf('/') + 1))
                .body();
        assertThat(page).contains("Gemeentelijke processen stilgelegd (pauzeknop)", "vrijgegeven op", "Verlengd op");
        assertThat(walked)
                .as("every command on a case the API offers is walked here (documents have DocumentsIT: multipart)")
                .containsAll(caseCommandsOffered());
    }

    /** The case's commands in the OpenAPI document: every POST under a case but its documents. */
    private List<String> caseCommandsOffered() {
        JsonNode paths = api.anonymous().get("/api/v1/openapi.json").json().get("paths");
        List<String> offered = new java.util.ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> {
            // the document's paths lie under its server, /api/v1
            if (path.startsWith("/cases/{caseId}/")
                    && paths.get(path).has("post")
                    && !path.startsWith("/cases/{caseId}/documents")
                    // a track ends once: the stop is walked in aTrackCanBeStoppedWithItsReason
                    && !path.equals("/cases/{caseId}/closure")) offered.add("/api/v1" + path);
        });
        assertThat(offered).as("the OpenAPI document lists case commands").hasSizeGreaterThan(30);
        return offered;
    }

    @Test
    void aTrackCanBeStoppedWithItsReason() {
        api = api();
        base = "/api/v1/cases/"
                + api.post("/api/v1/cases", CaseJson.request("2024-03-01"))
                        .json()
                        .get("aggregateId")
                        .asText();

        record("/closure", body(BOARD_MEMBER, "2024-06-01", """
                        "reason": "Not enough members to carry a heat network", "stoppedBy": "both", "mutual": true,
                        "reasonCategory": "capacity\""""));

        assertThat(api.get(base + "/events").json().findValuesAsText("type"))
                .containsExactly("OpgroeiruimteRequested", "CaseStopped");
        JsonNode events = api.get(base + "/events").json();
        assertThat(events.findValuesAsText("stoppedBy")).containsExactly("both");
        assertThat(events.findValuesAsText("reasonCategory")).containsExactly("capacity");
        JsonNode stop = api.get(base + "/audit-trail").json().get("stop");
        assertThat(stop.get("stoppedBy").asText()).isEqualTo("both");
        assertThat(stop.get("mutual").asBoolean()).isTrue();
        assertThat(stop.get("reasonCategory").asText()).isEqualTo("capacity");
        String page = api.get("/dossiers/" + base.substring(base.lastIndexOf('/') + 1))
                .body();
        assertThat(page).contains("Gestopt", "in onderling overleg", "Soort reden: capaciteit");
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

    /** {@code /milestones/<id>/outcome} as {@code /api/v1/cases/{caseId}/milestones/{milestoneId}/outcome}. */
    private static String template(String path) {
        String[] parts = path.substring(1).split("/");
        StringBuilder template = new StringBuilder("/api/v1/cases/{caseId}");
        for (int i = 0; i < parts.length; i++) {
            boolean id = i % 2 == 1 && i + 1 < parts.length && !FIXED.contains(parts[i - 1]);
            template.append('/').append(id ? "{" + ID_NAMES.getOrDefault(parts[i - 1], "?") + "}" : parts[i]);
        }
        return template.toString();
    }

    /** Collections whose next segment is an id, with its name in the API's paths. */
    private static final java.util.Map<String, String> ID_NAMES = java.util.Map.of(
            "milestones", "milestoneId",
            "exclusivity-breaches", "breachId",
            "agreements", "agreementId",
            "funding", "fundingId",
            "facilitators", "personId",
            "questions", "questionId",
            "process-holds", "holdId",
            "roles", "role",
            "themes", "theme");

    /** Segments followed by a fixed word, not an id. */
    private static final List<String> FIXED = List.of("exclusivity", "guarantee");

    private static String body(String actor, String occurredOn, String fields) {
        return "{\"actor\": " + actor + ", \"occurredOn\": \"" + occurredOn + "\", " + fields + "}";
    }

    private JsonNode record(String path, String body) {
        Api.Response response = api.post(base + path, body);
        walked.add(template(path));
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
