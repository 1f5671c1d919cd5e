package nl.opgroeiruimte.casefile.infra.projections;

import static nl.opgroeiruimte.casefile.infra.support.CaseJson.BOARD_MEMBER;
import static nl.opgroeiruimte.casefile.infra.support.CaseJson.CIVIL_SERVANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.Eventually;
import nl.opgroeiruimte.casefile.infra.support.MutableClock;

/**
 * A case lived through the HTTP API over two years, each fact recorded on the day it happened except
 * one breach that was recorded two and a half months late. The audit-trail tests check it against
 * expectations worked out by hand from this script:
 *
 * <pre>
 * 2021-09-01 requested                               2022-05-01 municipal contact anna → carla, NO hand-over
 * 2021-10-01 granted, exclusivity until 2023-10-01   2022-06-01 M1 met, promised continuation NOT delivered
 * 2021-10-05 anna becomes municipal contact          2022-09-01 breach by the municipality (recorded 2022-11-15)
 * 2021-11-01 M1 planned, due 2022-06-01              2023-02-01 M2 planned, due 2023-06-01 (never decided)
 * 2022-01-10 intent agreement, valid until 2023-01-10
 * </pre>
 * Then time passes by itself: the case file records that the agreement expired (2023-01-11), that M2
 * passed its due date (2023-06-02) and that the exclusivity ran out (2023-10-02).
 */
public final class ScriptedCase {
    public final String caseId;
    final String milestone1;
    final String milestone2;
    final String intentAgreement;
    final String breach;

    public ScriptedCase(Api api, MutableClock clock) {
        clock.setDay("2021-09-01");
        caseId = created(api.post("/api/v1/cases", CaseJson.request("2021-09-01")))
                .get("aggregateId")
                .asText();
        String base = "/api/v1/cases/" + caseId;
        clock.setDay("2021-10-01");
        created(api.post(base + "/grant", CaseJson.grant("2021-10-01", "2023-10-01")));
        clock.setDay("2021-10-05");
        created(api.post(
                base + "/roles/municipal-contact/assignments",
                body(CIVIL_SERVANT, "2021-10-05", "\"personId\": \"p-anna\", \"department\": \"energy\"")));
        clock.setDay("2021-11-01");
        milestone1 = created(api.post(base + "/milestones", CaseJson.milestone("2021-11-01", "2022-06-01")))
                .get("id")
                .asText();
        clock.setDay("2022-01-10");
        intentAgreement = created(api.post(base + "/agreements", body(CIVIL_SERVANT, "2022-01-10", """
                "kind": "intent-agreement", "title": "Intentieovereenkomst Assendorp",
                "signatories": [{"personId": "p-anna", "party": {"municipality": "GM0193"}, "mandate": "college decision"},
                                {"personId": "p-bram", "party": {"initiative": "warm-assendorp"}, "mandate": "ALV"}],
                "validity": {"from": "2022-01-10", "until": "2023-01-10"}, "topics": ["roles-tasks-responsibilities"]""")))
                .get("id")
                .asText();
        clock.setDay("2022-05-01");
        created(
                api.post(
                        base + "/roles/municipal-contact/handovers",
                        body(
                                CIVIL_SERVANT,
                                "2022-05-01",
                                "\"successorId\": \"p-carla\", \"department\": \"energy\", \"handover\": {\"withoutHandover\": true}")));
        clock.setDay("2022-06-01");
        created(api.post(
                base + "/milestones/" + milestone1 + "/outcome", CaseJson.outcome("2022-06-01", "met", false)));
        clock.setDay("2022-11-15");
        breach = created(api.post(base + "/exclusivity-breaches", body(BOARD_MEMBER, "2022-09-01", """
                "committedBy": {"municipality": "GM0193"}, "what": "Market consultation on heat in Assendorp",
                "source": "tender platform\"""")))
                .get("id")
                .asText();
        clock.setDay("2023-02-01");
        milestone2 = created(api.post(base + "/milestones", CaseJson.milestone("2023-02-01", "2023-06-01")))
                .get("id")
                .asText();
        clock.reset();
    }

    /** The facts the case file records by itself once the script's dates have passed. */
    static final List<String> TIME_PASSED =
            List.of("agreement-expired", "milestone-due-date-passed", "exclusivity-period-ended");

    /** Waits until the deadlines of the script have fired (the test moved the clock back and forth). */
    void awaitTimePassed(Api api, Scheduler deadlines) {
        deadlines.triggerCheckForDueExecutions();
        Eventually.eventually(
                Duration.ofSeconds(30),
                () -> assertThat(api.get("/api/v1/cases/" + caseId + "/events")
                                .json()
                                .findValuesAsText("type"))
                        .contains("AgreementExpired", "MilestoneDueDatePassed", "ExclusivityPeriodEnded"));
    }

    private static com.fasterxml.jackson.databind.JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    static String body(String actor, String occurredOn, String fields) {
        return "{\"actor\": " + actor + ", \"occurredOn\": \"" + occurredOn + "\", " + fields + "}";
    }
}
