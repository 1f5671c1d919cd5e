package nl.opgroeiruimte.casefile.infra.commands;

import static nl.opgroeiruimte.casefile.infra.support.CaseJson.BOARD_MEMBER;
import static nl.opgroeiruimte.casefile.infra.support.CaseJson.CIVIL_SERVANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The safeguards of issue 22 over HTTP: a guarantee backed by money with its budget decision and the
 * funding that delivers it, the exclusivity extended, a municipal process put on hold and released, a
 * breach with its kind, a one-sided termination that the indicators flag, and a stop that says who
 * stopped and why. Each new command answers 201 with Location and a higher ETag; a broken rule answers
 * problem+json naming the field and the rule, and changes nothing.
 */
class SafeguardsOverHttpIT extends PostgresIntegrationTest {
    private Api api;
    private String caseId;
    private String base;
    private long version;

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
    void everySafeguardIsRecordedThroughItsEndpoint() {
        record("/decisions", body(CIVIL_SERVANT, "2024-04-16", """
                "decisionId": "budget-2025", "body": "council", "subject": "Budget 2025",
                "decision": "EUR 60,000 reserved for heat in Assendorp", "documentReference": "Council 2024/17\""""));
        record("/milestones", body(CIVIL_SERVANT, "2024-05-01", """
                "milestoneId": "study", "title": "Feasibility study accepted", "dueDate": "2024-10-01",
                "owners": {"municipalOwner": "p-anna", "initiativeOwner": "p-bram"},
                "guarantee": {"whatContinues": "process financing for the design phase", "meansAvailable": ["process money"],
                              "criteria": ["study accepted by the members' meeting", "150 letters of intent"],
                              "amountInEuros": 60000.00}"""));
        record(
                "/milestones/study/guarantee/budget-decisions",
                body(CIVIL_SERVANT, "2024-05-02", "\"decisionId\": \"budget-2025\""));
        record("/funding", body(CIVIL_SERVANT, "2024-09-15", """
                "fundingId": "design-phase", "source": "municipal", "instrument": "process-financing", "amountInEuros": 60000.00,
                "period": {"from": "2024-10-01", "until": "2025-09-30"}, "decisionReference": "B&W 2024/140",
                "deliversGuaranteeOf": "study\""""));
        record("/milestones/study/outcome", CaseJson.outcome("2024-10-01", "met", true));
        record(
                "/exclusivity/extensions",
                body(CIVIL_SERVANT, "2024-11-01", "\"newUntil\": \"2030-04-01\", \"reason\": \"Second phase\""));
        record("/process-holds", body(CIVIL_SERVANT, "2024-11-05", """
                "holdId": "tender-heat", "process": "tender", "description": "Tender for a heat company in Assendorp",
                "reference": "TenderNed 2024-201\""""));
        record(
                "/process-holds/tender-heat/release",
                body(CIVIL_SERVANT, "2025-02-01", "\"reason\": \"The cooperative takes the heat network on\""));
        record("/exclusivity-breaches", body(BOARD_MEMBER, "2025-03-01", """
                "breachId": "other-partner", "committedBy": {"initiative": "warm-assendorp"}, "kind": "other-partner",
                "what": "Talks with a heat company without telling the municipality", "source": "Board minutes\""""));
        record("/agreements", body(CIVIL_SERVANT, "2025-04-01", """
                "agreementId": "intent", "kind": "intent-agreement", "title": "Intentieovereenkomst",
                "signatories": [%s, %s], "validity": {"from": "2025-04-01", "until": "2026-04-01"},
                "topics": ["roles-tasks-responsibilities"], "documentReference": "ZW-2025-1\"""".formatted(ANNA_SIGNS, BRAM_SIGNS)));
        record("/agreements/intent/termination", body(CIVIL_SERVANT, "2025-06-02", """
                "reason": "The heat vision chose another district", "terminatedBy": "municipality", "mutual": false"""));

        JsonNode indicators = api.get(base + "/indicators?asOf=2025-06-02").json();
        assertThat(indicators.get("reasons").findValuesAsText("rule")).contains("one-sided-termination");

        record("/closure", body(BOARD_MEMBER, "2025-07-01", """
                "reason": "The municipality builds its own heat company", "stoppedBy": "municipality", "mutual": false,
                "reasonCategory": "other-route\""""));

        List<String> types = api.get(base + "/events").json().findValuesAsText("type");
        assertThat(types)
                .contains(
                        "GuaranteeBudgetDecisionRecorded",
                        "FundingCommitted",
                        "MilestoneOutcomeRecorded",
                        "ExclusivityExtended",
                        "MunicipalProcessHeld",
                        "MunicipalProcessReleased",
                        "ExclusivityBreached",
                        "AgreementTerminated",
                        "CaseStopped");
    }

    @Test
    void brokenRulesNameTheFieldAndChangeNothing() {
        record("/milestones", body(CIVIL_SERVANT, "2024-05-01", """
                "milestoneId": "study", "title": "Feasibility study accepted", "dueDate": "2024-10-01",
                "owners": {"municipalOwner": "p-anna", "initiativeOwner": "p-bram"},
                "guarantee": {"whatContinues": "process financing", "meansAvailable": ["process money"], "amountInEuros": 60000}"""));

        refused(
                "/milestones/study/outcome",
                CaseJson.outcome("2024-10-01", "met", true),
                "guarantee-delivery-not-recorded",
                "continuationDelivered");
        refused("/exclusivity-breaches", body(BOARD_MEMBER, "2024-11-01", """
                        "committedBy": {"initiative": "warm-assendorp"}, "kind": "tender-or-market-consultation",
                        "what": "A tender", "source": "TenderNed\""""), "breach-kind-not-by-party", "kind");
        refused(
                "/exclusivity/extensions",
                body(CIVIL_SERVANT, "2024-11-01", "\"newUntil\": \"2029-04-01\", \"reason\": \"Same day\""),
                "extension-not-later",
                "newUntil");
        refused(
                "/closure",
                body(BOARD_MEMBER, "2024-11-01", "\"reason\": \"Apart\", \"stoppedBy\": \"both\", \"mutual\": false"),
                "both-sides-means-mutual",
                "mutual");
        Api.Response unknown = api.post(
                base + "/process-holds/never-held/release",
                body(CIVIL_SERVANT, "2024-11-01", "\"reason\": \"Nothing to release\""));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(api.get(base + "/events").json().findValuesAsText("type"))
                .doesNotContain(
                        "CaseStopped", "ExclusivityExtended", "ExclusivityBreached", "MunicipalProcessReleased");
    }

    private static final String ANNA_SIGNS = """
            {"personId": "p-anna", "party": {"municipality": "GM0193"}, "mandate": "alderman's mandate"}""";
    private static final String BRAM_SIGNS = """
            {"personId": "p-bram", "party": {"initiative": "warm-assendorp"}, "mandate": "members' meeting"}""";

    private static String body(String actor, String occurredOn, String fields) {
        return "{\"actor\": " + actor + ", \"occurredOn\": \"" + occurredOn + "\", " + fields + "}";
    }

    private void refused(String path, String body, String rule, String field) {
        Api.Response response = api.post(base + path, body);
        assertThat(response.status()).as(path + " -> " + response).isIn(400, 409, 422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().toString()).contains(rule).contains(field);
    }

    private JsonNode record(String path, String body) {
        Api.Response response = api.post(base + path, body);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(201);
        assertThat(response.header("Location")).as(path).startsWith(base);
        long now = Long.parseLong(response.header("ETag").replace("\"", ""));
        assertThat(now).as(path + ": the version goes up").isGreaterThan(version);
        version = now;
        return response.json();
    }
}
