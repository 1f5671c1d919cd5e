package nl.opgroeiruimte.casefile.infra.commands;

import static org.assertj.core.api.Assertions.assertThat;

import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each class of error answers as RFC 9457 problem+json naming the field or rule, and changes nothing. */
class CommandErrorsIT extends PostgresIntegrationTest {
    private Api api;
    private String caseId;
    private String base;

    @BeforeEach
    void grantedCase() {
        api = api();
        caseId = api.post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        base = "/api/v1/cases/" + caseId;
        api.post(base + "/grant", CaseJson.grant("2024-04-01", "2029-04-01"));
    }

    private Api.Response rejected(String path, String body, int status) {
        long before = storedEventCount(caseId);
        Api.Response response = api.post(base + path, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception", "nl.opgroeiruimte", "org.axonframework", "at java.");
        assertThat(storedEventCount(caseId)).as("nothing stored").isEqualTo(before);
        return response;
    }

    @Test
    void bodyThatIsNotJsonIsMalformed() {
        Api.Response response = rejected("/milestones", "{\"actor\": ", 400);
        assertThat(response.json().get("rule").asText()).isEqualTo("malformed-json");
    }

    @Test
    void unknownFieldIsNamed() {
        Api.Response response = rejected(
                "/milestones",
                CaseJson.milestone("2024-05-01", "2024-09-01").replaceFirst("\\{", "{\"colour\": \"red\", "),
                400);
        assertThat(response.json().get("rule").asText()).isEqualTo("unknown-field");
        assertThat(response.json().get("field").asText()).isEqualTo("colour");
    }

    @Test
    void valueOutsideItsListNamesTheFieldAndTheAllowedValues() {
        Api.Response response = rejected("/work", """
                {"actor": %s, "occurredOn": "2024-05-01", "part": "dancing", "description": "x"}""".formatted(CaseJson.CIVIL_SERVANT), 400);
        assertThat(response.json().get("field").asText()).isEqualTo("part");
        assertThat(response.json().get("detail").asText()).contains("get-to-know-each-other", "step-by-step");
    }

    @Test
    void impossibleDateIsNamed() {
        Api.Response response = rejected("/milestones", CaseJson.milestone("2024-05-01", "2024-02-30"), 400);
        assertThat(response.json().get("field").asText()).isEqualTo("dueDate");
    }

    @Test
    void wrongTypeIsNamed() {
        Api.Response response = rejected("/milestones/m1/outcome", """
                {"actor": %s, "occurredOn": "2024-05-01", "result": "met", "continuationDelivered": {"yes": 1}}""".formatted(CaseJson.CIVIL_SERVANT), 400);
        assertThat(response.json().get("field").asText()).isEqualTo("continuationDelivered");
    }

    @Test
    void missingAndBlankFieldsAreEachListed() {
        Api.Response response = rejected("/milestones", """
                {"occurredOn": "2024-05-01", "title": " ", "dueDate": "2024-09-01",
                 "owners": {"municipalOwner": "p-anna", "initiativeOwner": "p-bram"},
                 "guarantee": {"whatContinues": "more", "meansAvailable": []}}""", 400);
        assertThat(response.json().get("rule").asText()).isEqualTo("constraint-violated");
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("actor", "title");
    }

    @Test
    void periodThatEndsBeforeItStartsIsNamedAsSuch() {
        Api.Response response = rejected("/agreements", """
                {"actor": %s, "occurredOn": "2024-05-01", "kind": "plan-of-approach", "title": "Plan",
                 "signatories": [{"personId": "p-anna", "party": {"municipality": "GM0193"}, "mandate": "m"}],
                 "validity": {"from": "2024-05-01", "until": "2024-01-01"}, "topics": []}""".formatted(CaseJson.CIVIL_SERVANT), 400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("validity");
        assertThat(response.json().get("errors").get(0).get("rule").asText()).isEqualTo("valid-period");
    }

    @Test
    void bodyThatContradictsThePathIsRefused() {
        Api.Response response = rejected(
                "/milestones",
                CaseJson.milestone("2024-05-01", "2024-09-01").replaceFirst("\\{", "{\"caseId\": \"another-case\", "),
                400);
        assertThat(response.json().get("field").asText()).isEqualTo("caseId");
    }

    @Test
    void unknownMilestoneIsNotFound() {
        Api.Response response =
                rejected("/milestones/no-such-milestone/outcome", CaseJson.outcome("2024-10-01", "met", true), 404);
        assertThat(response.json().get("rule").asText()).isEqualTo("unknown-milestone");
        assertThat(response.json().get("id").asText()).isEqualTo("no-such-milestone");
    }

    @Test
    void secondOutcomeOfAMilestoneBreaksADomainRule() {
        String milestone = api.post(base + "/milestones", CaseJson.milestone("2024-05-01", "2024-09-01"))
                .json()
                .get("id")
                .asText();
        api.post(base + "/milestones/" + milestone + "/outcome", CaseJson.outcome("2024-09-01", "met", true));

        Api.Response response = rejected(
                "/milestones/" + milestone + "/outcome", CaseJson.outcome("2024-09-02", "not-met", false), 409);

        assertThat(response.json().get("rule").asText()).isEqualTo("milestone-already-decided");
        assertThat(response.json().get("type").asText())
                .isEqualTo("urn:opgroeiruimte:problem:milestone-already-decided");
    }

    @Test
    void factDatedInTheFutureIsRefused() {
        Api.Response response = rejected("/milestones", CaseJson.milestone("2199-01-01", "2199-09-01"), 409);
        assertThat(response.json().get("rule").asText()).isEqualTo("occurred-in-future");
        assertThat(response.json().get("field").asText()).isEqualTo("occurredOn");
    }

    @Test
    void staleIfMatchIsAPreconditionFailure() {
        Api.Response response = api.header("If-Match", "\"0\"")
                .post(base + "/milestones", CaseJson.milestone("2024-05-01", "2024-09-01"));

        assertThat(response.status()).isEqualTo(412);
        assertThat(response.json().get("rule").asText()).isEqualTo("stale-version");
        assertThat(response.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(storedEventCount(caseId)).isEqualTo(2);
    }

    @Test
    void currentIfMatchLetsTheCommandThrough() {
        Api.Response response = api.header("If-Match", "\"1\"")
                .post(base + "/milestones", CaseJson.milestone("2024-05-01", "2024-09-01"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void ifMatchThatIsNotAVersionIsInvalid() {
        api.header("If-Match", "yesterday");
        Api.Response response = rejected("/milestones", CaseJson.milestone("2024-05-01", "2024-09-01"), 400);
        assertThat(response.json().get("field").asText()).isEqualTo("If-Match");
    }
}
