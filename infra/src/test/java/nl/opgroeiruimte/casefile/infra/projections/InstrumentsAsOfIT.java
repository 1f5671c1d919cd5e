package nl.opgroeiruimte.casefile.infra.projections;

import static nl.opgroeiruimte.casefile.infra.projections.ScriptedCase.body;
import static nl.opgroeiruimte.casefile.infra.support.CaseJson.BOARD_MEMBER;
import static nl.opgroeiruimte.casefile.infra.support.CaseJson.CIVIL_SERVANT;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guides' instruments (002) in the audit trail, the case summary, the timeline and the indicators, as
 * of dates before and after each change. A case lived through the HTTP API, each fact recorded on its day
 * except one phase recorded late:
 *
 * <pre>
 * 2024-03-01 requested                                   2024-06-01 roles networking + responsive
 * 2024-04-01 granted                                     2024-06-10 phase design-and-decision; route subsidy
 * 2024-04-15 phase definition; roles lawful + performing 2024-07-01 q1 followed up
 * 2024-05-01 q1 (land) asked by the initiative           2024-08-15 q1 answered "now"
 * 2024-05-02 q2 (data) asked by the municipality, never answered
 * 2024-05-20 q1 answered "later", expected 2024-09-01    2024-08-20 q3 (permit) asked; 2024-08-25 "later", expected 2024-10-01
 * recorded on 2024-11-01: phase initiative from 2024-04-01
 * </pre>
 */
class InstrumentsAsOfIT extends PostgresIntegrationTest {
    private static final String ALDERMAN = """
            {"personId": "p-wim", "party": {"municipality": "GM0193"}, "role": "alderman"}""";

    private Api api;
    private String caseId;
    private String base;
    private String q1;
    private String q2;
    private String q3;

    @BeforeEach
    void liveTheScript() {
        api = api();
        clock.setDay("2024-03-01");
        caseId = created("/api/v1/cases", CaseJson.request("2024-03-01"))
                .get("aggregateId")
                .asText();
        base = "/api/v1/cases/" + caseId;
        on("2024-04-01", "/grant", CaseJson.grant("2024-04-01", "2026-04-01"));
        on("2024-04-15", "/phases", body(CIVIL_SERVANT, "2024-04-15", "\"phase\": \"definition\""));
        on(
                "2024-04-15",
                "/government-roles",
                body(CIVIL_SERVANT, "2024-04-15", "\"roles\": [\"lawful\", \"performing\"]"));
        q1 = on("2024-05-01", "/questions", body(BOARD_MEMBER, "2024-05-01", """
                "askedBy": %s, "topic": "land", "question": "May we use the municipal plot for the heat plant?\"""".formatted(BOARD_MEMBER)))
                .get("id")
                .asText();
        q2 = on("2024-05-02", "/questions", body(CIVIL_SERVANT, "2024-05-02", """
                "askedBy": %s, "topic": "data", "question": "How many households signed up?\"""".formatted(CIVIL_SERVANT)))
                .get("id")
                .asText();
        on("2024-05-20", "/questions/" + q1 + "/answers", later("2024-05-20", "2024-09-01"));
        on(
                "2024-06-01",
                "/government-roles",
                body(CIVIL_SERVANT, "2024-06-01", "\"roles\": [\"responsive\", \"networking\"]"));
        on("2024-06-10", "/phases", body(CIVIL_SERVANT, "2024-06-10", "\"phase\": \"design-and-decision\""));
        on(
                "2024-06-10",
                "/routes",
                body(CIVIL_SERVANT, "2024-06-10", "\"route\": \"subsidy\", \"decisionReference\": \"B&W 2024-0610\""));
        on(
                "2024-07-01",
                "/questions/" + q1 + "/follow-ups",
                body(BOARD_MEMBER, "2024-07-01", "\"note\": \"Asked the alderman again\""));
        on("2024-08-15", "/questions/" + q1 + "/answers", body(CIVIL_SERVANT, "2024-08-15", """
                "answeredBy": %s, "status": "now", "considerations": "The environment plan allows it",
                "mandate": "college decision of 13 August\"""".formatted(ALDERMAN)));
        q3 = on("2024-08-20", "/questions", body(BOARD_MEMBER, "2024-08-20", """
                "askedBy": %s, "topic": "permit", "question": "Is a permit needed for the pipes?\"""".formatted(BOARD_MEMBER)))
                .get("id")
                .asText();
        on("2024-08-25", "/questions/" + q3 + "/answers", later("2024-08-25", "2024-10-01"));
        clock.setDay("2024-11-01");
        created(base + "/phases", body(CIVIL_SERVANT, "2024-04-01", "\"phase\": \"initiative\""));
        clock.reset();
    }

    @Test
    void beforeItsAnswerAQuestionIsOpenAndAfterItTheLaterIsListedWithItsMoment() {
        JsonNode before = asOf("2024-05-19");
        assertThat(question(before, q1).get("state").asText()).isEqualTo("unanswered");
        assertThat(before.get("openQuestions").findValuesAsText("questionId")).containsExactly(q1, q2);
        assertThat(before.at("/openQuestions/0/daysOpen").asInt()).isEqualTo(18);
        assertThat(before.get("laterAnswers")).isEmpty();

        JsonNode after = asOf("2024-05-20");
        assertThat(question(after, q1).get("state").asText()).isEqualTo("later");
        assertThat(after.get("openQuestions").findValuesAsText("questionId")).containsExactly(q2);
        JsonNode later = after.at("/laterAnswers/0");
        assertThat(later.get("questionId").asText()).isEqualTo(q1);
        assertThat(later.get("expectedOn").asText()).isEqualTo("2024-09-01");
        assertThat(later.get("becameOf").asText()).isEqualTo("open");
        assertThat(later.get("dueState").asText()).isEqualTo("ahead");
        assertThat(later.at("/answeredBy/personId").asText()).isEqualTo("p-wim");
        assertThat(later.at("/promisedBy/municipality").asText()).isEqualTo("GM0193");
    }

    @Test
    void whatBecameOfTheLaterIsKnownFromTheDayOfTheNewAnswer() {
        JsonNode followedUp = asOf("2024-08-14");
        assertThat(followedUp.at("/laterAnswers/0/lastFollowUpOn").asText()).isEqualTo("2024-07-01");
        assertThat(question(followedUp, q1).at("/answers/0/followUps/0/note").asText())
                .isEqualTo("Asked the alderman again");

        JsonNode answered = asOf("2024-08-15");
        JsonNode q = question(answered, q1);
        assertThat(q.get("state").asText()).isEqualTo("now");
        assertThat(q.get("answers").findValuesAsText("status")).containsExactly("later", "now");
        assertThat(q.at("/answers/1/mandate").asText()).isEqualTo("college decision of 13 August");
        JsonNode later = answered.at("/laterAnswers/0");
        assertThat(later.get("becameOf").asText()).isEqualTo("now");
        assertThat(later.get("becameOfOn").asText()).isEqualTo("2024-08-15");
        assertThat(later.get("dueState").asText()).isEqualTo("in-time");
    }

    @Test
    void aLaterPastItsMomentIsPastDueAndRaisesAttention() {
        assertThat(laterOf(asOf("2024-10-01"), q3).get("dueState").asText()).isEqualTo("ahead");
        assertThat(laterOf(asOf("2024-10-02"), q3).get("dueState").asText()).isEqualTo("past-due");

        assertThat(rules("2024-10-01")).doesNotContain("later-past-due");
        assertThat(rules("2024-10-02")).contains("later-past-due");
    }

    @Test
    void aQuestionUnansweredForEightWeeksRaisesAttention() {
        assertThat(rules("2024-06-27")).doesNotContain("question-unanswered");
        JsonNode indicators = api.get(base + "/indicators?asOf=2024-06-28").json();
        JsonNode reason = reason(indicators, "question-unanswered");
        assertThat(reason.get("severity").asText()).isEqualTo("attention");
        assertThat(reason.get("message").asText())
                .startsWith("The initiative has not answered the question of the municipality of 2024-05-02 (data)");
    }

    @Test
    void theGovernmentRolesInForceAreThoseOfTheLatestRecordOnOrBeforeTheDate() {
        JsonNode before = asOf("2024-05-31");
        assertThat(texts(before.at("/municipalProcess/governmentRoles/roles"))).containsExactly("lawful", "performing");
        assertThat(before.at("/municipalProcess/governmentRoles/since").asText())
                .isEqualTo("2024-04-15");

        JsonNode after = asOf("2024-06-01");
        assertThat(texts(after.at("/municipalProcess/governmentRoles/roles")))
                .containsExactly("networking", "responsive");
        assertThat(after.at("/municipalProcess/governmentRolesHistory")).hasSize(2);
        assertThat(after.at("/municipalProcess/governmentRoles/recordedBy/personId")
                        .asText())
                .isEqualTo("p-anna");
    }

    @Test
    void thePhaseAndTheRouteInForceChangeOnTheDayTheyWereRecordedFor() {
        JsonNode before = asOf("2024-06-09");
        assertThat(before.at("/municipalProcess/phase/phase").asText()).isEqualTo("definition");
        assertThat(before.at("/municipalProcess/route").isMissingNode())
                .as("no route yet")
                .isTrue();

        JsonNode after = asOf("2024-06-10");
        assertThat(after.at("/municipalProcess/phase/phase").asText()).isEqualTo("design-and-decision");
        assertThat(after.at("/municipalProcess/route/route").asText()).isEqualTo("subsidy");
        assertThat(after.at("/municipalProcess/route/decisionReference").asText())
                .isEqualTo("B&W 2024-0610");
    }

    @Test
    void aPhaseRecordedLateCountsFromItsDayButWasNotInTheFileThenAndDoesNotReplaceTheCurrentPhase() {
        assertThat(asOf("2024-04-10").at("/municipalProcess/phase/phase").asText())
                .isEqualTo("initiative");
        JsonNode recordedThen = api.get(base + "/audit-trail?asOf=2024-04-10&view=as-recorded-then")
                .json();
        assertThat(recordedThen.at("/municipalProcess/phase").isMissingNode()).isTrue();
        assertThat(asOf("2024-11-01").at("/municipalProcess/phaseHistory").findValuesAsText("phase"))
                .containsExactly("initiative", "definition", "design-and-decision");

        eventually(() -> {
            JsonNode summary = api.get(base).json();
            assertThat(summary.get("eventCount").asInt())
                    .as("the late phase is in")
                    .isGreaterThanOrEqualTo(15);
            assertThat(summary.get("phase").asText()).isEqualTo("design-and-decision");
            assertThat(summary.get("phaseSince").asText()).isEqualTo("2024-06-10");
        });
    }

    @Test
    void theTimelineSaysWhatEachInstrumentRecorded() {
        eventually(() -> {
            JsonNode answers =
                    api.get(base + "/timeline?kind=question-answered").json().get("items");
            assertThat(answers.findValuesAsText("summary"))
                    .containsExactly(
                            "Question answered: later, expected on 2024-09-01; mandate: college mandate, energy portfolio",
                            "Question answered: now (was: later); mandate: college decision of 13 August",
                            "Question answered: later, expected on 2024-10-01; mandate: college mandate, energy portfolio");
            assertThat(answers.findValuesAsText("summaryNl").get(1))
                    .isEqualTo("Vraag beantwoord: nu (was: ooit); mandaat: college decision of 13 August");
            JsonNode roles = api.get(base + "/timeline?kind=government-roles-recorded")
                    .json()
                    .get("items");
            assertThat(roles.findValuesAsText("summaryNl"))
                    .containsExactly(
                            "Overheidsrollen: rechtmatig, presterend", "Overheidsrollen: netwerkend, responsief");
        });
    }

    // ---------------------------------------------------------------- helpers

    private static String later(String day, String expectedOn) {
        return body(CIVIL_SERVANT, day, """
                "answeredBy": %s, "status": "later", "considerations": "The plot is zoned as green space",
                "mandate": "college mandate, energy portfolio", "expectedOn": "%s\"""".formatted(ALDERMAN, expectedOn));
    }

    private JsonNode on(String day, String path, String body) {
        clock.setDay(day);
        return created(base + path, body);
    }

    private JsonNode created(String path, String body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(201);
        return response.json();
    }

    private JsonNode asOf(String date) {
        Api.Response response = api.get(base + "/audit-trail?asOf=" + date);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private List<String> rules(String date) {
        return api.get(base + "/indicators?asOf=" + date).json().get("reasons").findValuesAsText("rule");
    }

    private static JsonNode question(JsonNode trail, String questionId) {
        for (JsonNode q : trail.get("questions"))
            if (q.get("questionId").asText().equals(questionId)) return q;
        throw new AssertionError("no question " + questionId + " in " + trail.get("questions"));
    }

    private static JsonNode laterOf(JsonNode trail, String questionId) {
        for (JsonNode l : trail.get("laterAnswers"))
            if (l.get("questionId").asText().equals(questionId)) return l;
        throw new AssertionError("no later for " + questionId + " in " + trail.get("laterAnswers"));
    }

    private static JsonNode reason(JsonNode indicators, String rule) {
        for (JsonNode r : indicators.get("reasons")) if (r.get("rule").asText().equals(rule)) return r;
        throw new AssertionError("no reason " + rule + " in " + indicators);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
