package nl.opgroeiruimte.casefile.infra.history;

import static nl.opgroeiruimte.casefile.infra.support.CaseJson.CIVIL_SERVANT;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import nl.opgroeiruimte.casefile.infra.support.Replays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A running partnership entered after the fact, from its old minutes and agreements, in any order and over
 * several days, so that the dates it names pass while it is being entered: time never contradicts the
 * facts. Whatever the order, the views as known now are the same, a fact the case file recorded when a date
 * passed is shown as superseded once a later entry makes it untrue, back-filled entries are "overgenomen"
 * (never "later vastgelegd"), and the read models rebuilt from the store equal the live ones.
 *
 * <pre>
 * 2024-01-10 requested                       2024-04-01 meeting
 * 2024-02-01 granted, exclusivity until 2024-12-31
 * 2024-03-01 m1 planned, due 2024-06-01      2024-05-20 m1 met, continuation delivered
 * 2024-03-15 intent agreement until 2024-09-30   2024-09-15 renewed until 2025-09-30
 * 2024-04-10 m2 planned, due 2024-07-01 (never decided: overdue whatever the order)
 * </pre>
 */
class BackfilledHistoryIT extends PostgresIntegrationTest {
    private static final String SOURCE = "notulen stuurgroep 2024";
    private static final List<String> AS_OF = List.of("2024-06-15", "2024-10-15", "2025-01-15");

    @Autowired
    Scheduler deadlines;

    /** One fact of the history: what it needs entered first, and how it is entered. */
    private record Entry(String name, String after, String path, String body) {}

    private static final String ANNA_SIGNS = """
            {"personId": "p-anna", "party": {"municipality": "GM0193"}, "mandate": "college decision"}""";
    private static final String BRAM_SIGNS = """
            {"personId": "p-bram", "party": {"initiative": "warm-assendorp"}, "mandate": "ALV"}""";

    private static List<Entry> history() {
        return List.of(
                new Entry("plan m1", null, "/milestones", """
                        {"actor": %s, "occurredOn": "2024-03-01", "milestoneId": "m1", "title": "Feasibility study",
                         "dueDate": "2024-06-01", "owners": {"municipalOwner": "p-anna", "initiativeOwner": "p-bram"},
                         "guarantee": {"whatContinues": "design phase", "meansAvailable": ["EUR 40,000"]}}""".formatted(CIVIL_SERVANT)),
                new Entry("m1 met", "plan m1", "/milestones/m1/outcome", CaseJson.outcome("2024-05-20", "met", true)),
                new Entry("sign", null, "/agreements", """
                        {"actor": %s, "occurredOn": "2024-03-15", "agreementId": "intent", "kind": "intent-agreement",
                         "title": "Intentieovereenkomst", "signatories": [%s, %s],
                         "validity": {"from": "2024-03-15", "until": "2024-09-30"},
                         "topics": ["roles-tasks-responsibilities"]}""".formatted(CIVIL_SERVANT, ANNA_SIGNS, BRAM_SIGNS)),
                new Entry("renew", "sign", "/agreements/intent/renewals", """
                        {"actor": %s, "occurredOn": "2024-09-15", "newUntil": "2025-09-30", "signatories": [%s, %s]}""".formatted(
                                CIVIL_SERVANT, ANNA_SIGNS, BRAM_SIGNS)),
                new Entry("meeting", null, "/meetings", """
                        {"actor": %s, "occurredOn": "2024-04-01", "kind": "meeting", "topics": ["roles"],
                         "attendees": [{"personId": "p-anna", "party": {"municipality": "GM0193"}, "role": "civil-servant"}]}""".formatted(CIVIL_SERVANT)),
                new Entry("plan m2", null, "/milestones", """
                        {"actor": %s, "occurredOn": "2024-04-10", "milestoneId": "m2", "title": "Business case",
                         "dueDate": "2024-07-01", "owners": {"municipalOwner": "p-anna", "initiativeOwner": "p-bram"},
                         "guarantee": {"whatContinues": "investment decision", "meansAvailable": ["a loan"]}}""".formatted(CIVIL_SERVANT)));
    }

    /** Orders in which a person could enter the history: each fact after what it refers to. */
    private static List<List<Entry>> orders() {
        List<List<Entry>> orders = new ArrayList<>();
        orders.add(history()); // roughly as it happened
        orders.add(List.of(
                history().get(4),
                history().get(5),
                history().get(0),
                history().get(2),
                history().get(3),
                history().get(1))); // the outcome and the renewal last, days after their dates passed
        Arbitraries.shuffle(history())
                .filter(BackfilledHistoryIT::possible)
                .sampleStream()
                .limit(3)
                .forEach(orders::add);
        return orders;
    }

    private static boolean possible(List<Entry> order) {
        Set<String> entered = new LinkedHashSet<>();
        for (Entry entry : order) {
            if (entry.after() != null && !entered.contains(entry.after())) return false;
            entered.add(entry.name());
        }
        return true;
    }

    @Test
    void anyOrderOfEnteringTheSameHistoryGivesTheSameViewsAsKnownNow() {
        Map<String, JsonNode> first = null;
        String firstOrder = null;
        List<String> caseIds = new ArrayList<>();
        List<Integer> supersededPerOrder = new ArrayList<>();
        for (List<Entry> order : orders()) {
            String caseId = enter(order);
            caseIds.add(caseId);
            String names = order.stream().map(Entry::name).toList().toString();
            Map<String, JsonNode> views = viewsAsKnownNow(caseId);
            if (first == null) {
                first = views;
                firstOrder = names;
            } else {
                assertThat(views)
                        .as("entered as " + names + " vs " + firstOrder)
                        .isEqualTo(first);
            }
            supersededPerOrder.add(assertSupersededOnTheTimeline(caseId));
        }
        assertThat(supersededPerOrder.get(1))
                .as("outcome and renewal entered days after their dates passed: both records of time superseded")
                .isEqualTo(2);
        for (String caseId : caseIds) {
            JsonNode m1 = api().get("/api/v1/cases/" + caseId + "/audit-trail?asOf=2024-06-15")
                    .json()
                    .at("/milestones/0");
            assertThat(m1.get("eventIds"))
                    .as("m1 met before its due date: planned and met, never overdue")
                    .hasSize(2);
        }
        replayEqualsLive(caseIds);
    }

    @Test
    void backFilledHistoryIsTakenOverNotRecordedLateAndTheFileHeldNothingBeforeIt() {
        String caseId = enter(List.of(history().get(0)));
        JsonNode timeline = timeline(caseId);
        for (JsonNode item : timeline.get("items")) {
            if (item.get("actorRole").asText().equals("system")) continue;
            assertThat(item.get("recordedLate").asBoolean()).as(item.toString()).isFalse();
            assertThat(item.get("recorderKind").asText()).isEqualTo("backfill");
            assertThat(item.get("recorderSource").asText()).isEqualTo(SOURCE);
        }

        // a real late recording, without the mark, is "later vastgelegd"
        clock.setDay("2025-03-20");
        Api.Response late = api().post("/api/v1/cases/" + caseId + "/meetings", """
                        {"actor": %s, "occurredOn": "2025-02-01", "kind": "meeting", "topics": ["roles"],
                         "attendees": [{"personId": "p-anna", "party": {"municipality": "GM0193"}, "role": "civil-servant"}]}""".formatted(CIVIL_SERVANT));
        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        eventually(
                Duration.ofSeconds(20),
                () -> assertThat(timeline(caseId).findValuesAsText("kind")).contains("meeting-recorded"));
        JsonNode meeting = null;
        for (JsonNode item : timeline(caseId).get("items")) {
            if (item.get("kind").asText().equals("meeting-recorded")) meeting = item;
        }
        assertThat(meeting.get("recordedLate").asBoolean()).isTrue();
        assertThat(meeting.get("recorderKind").asText()).isEqualTo("person");

        JsonNode before = api().get("/api/v1/cases/" + caseId + "/audit-trail?asOf=2024-06-15&view=as-recorded-then")
                .json();
        assertThat(before.get("status").asText()).isEqualTo("nothing-recorded-yet");
        assertThat(before.get("viewExplanation").asText()).contains("held nothing of this case yet");
        JsonNode beforeRequest = api().get("/api/v1/cases/" + caseId + "/audit-trail?asOf=2023-12-01")
                .json();
        assertThat(beforeRequest.get("status").asText()).isEqualTo("not-yet-requested");
    }

    @Test
    void aBackfillMarkWithoutItsSourceIsRefused() {
        Api.Response refused =
                api().header("Casefile-Backfill", " ").post("/api/v1/cases", CaseJson.request("2024-01-10"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("Casefile-Backfill");
    }

    /** Requests and grants the case, then enters the history one fact a day, letting each night pass. */
    private String enter(List<Entry> order) {
        LocalDate day = LocalDate.parse("2025-03-01");
        clock.setDay(day.toString());
        Api backfill = api().header("Casefile-Backfill", SOURCE);
        Api.Response requested = backfill.post("/api/v1/cases", CaseJson.request("2024-01-10"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String caseId = requested.json().get("aggregateId").asText();
        String base = "/api/v1/cases/" + caseId;
        created(backfill.post(base + "/grant", CaseJson.grant("2024-02-01", "2024-12-31")));
        for (Entry entry : order) {
            created(backfill.post(base + entry.path(), entry.body()));
            day = day.plusDays(1);
            clock.setDay(day.toString());
            awaitDueDeadlines();
        }
        clock.setDay("2025-04-01");
        awaitDueDeadlines();
        return caseId;
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private void awaitDueDeadlines() {
        deadlines.triggerCheckForDueExecutions();
        eventually(Duration.ofSeconds(30), () -> {
            List<String> due = new ArrayList<>();
            deadlines.fetchScheduledExecutions(ScheduledExecutionsFilter.all(), execution -> {
                if (!execution.getExecutionTime().isAfter(clock.instant()))
                    due.add(execution.getTaskInstance().getId());
            });
            assertThat(due).as("deadlines due").isEmpty();
        });
    }

    /** The audit trails and indicators as of several dates, and the timeline without what was superseded. */
    private Map<String, JsonNode> viewsAsKnownNow(String caseId) {
        awaitTimelineComplete(caseId);
        Map<String, JsonNode> views = new LinkedHashMap<>();
        for (String asOf : AS_OF) {
            views.put(
                    "audit " + asOf,
                    withoutIds(api().get("/api/v1/cases/" + caseId + "/audit-trail?asOf=" + asOf)
                            .json()));
            views.put(
                    "indicators " + asOf,
                    withoutIds(api().get("/api/v1/cases/" + caseId + "/indicators?asOf=" + asOf)
                            .json()));
        }
        ArrayNode facts = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : timeline(caseId).get("items")) {
            if (item.get("kind").asText().equals("deadline-fact-superseded")) continue;
            if (!item.path("supersededBy").isMissingNode()
                    && !item.get("supersededBy").isNull()) continue;
            facts.addObject()
                    .put("kind", item.get("kind").asText())
                    .put("occurredOn", item.get("occurredOn").asText())
                    .put("summary", item.get("summary").asText());
        }
        views.put("timeline", facts);
        return views;
    }

    /** Every deadline fact whose supersession is in the stream is shown as superseded, by what and when. */
    private int assertSupersededOnTheTimeline(String caseId) {
        JsonNode items = timeline(caseId).get("items");
        Set<String> supersessions = new LinkedHashSet<>();
        for (JsonNode item : items) {
            if (item.get("kind").asText().equals("deadline-fact-superseded"))
                supersessions.add(item.get("eventId").asText());
        }
        int superseded = 0;
        for (JsonNode item : items) {
            JsonNode by = item.path("supersededBy");
            if (by.isMissingNode() || by.isNull()) continue;
            superseded++;
            assertThat(supersessions).contains(by.get("eventId").asText());
            assertThat(by.get("kind").asText()).isIn("milestone-outcome-recorded", "agreement-renewed");
            assertThat(LocalDate.parse(by.get("occurredOn").asText()))
                    .isBefore(LocalDate.parse(item.get("occurredOn").asText()));
        }
        assertThat(superseded).isEqualTo(supersessions.size());
        return superseded;
    }

    /** The case's timeline, once its summary is projected (the timeline is read through it). */
    private JsonNode timeline(String caseId) {
        List<JsonNode> answer = new ArrayList<>();
        eventually(Duration.ofSeconds(20), () -> {
            Api.Response response = api().get("/api/v1/cases/" + caseId + "/timeline?pageSize=500");
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            answer.add(response.json());
        });
        return answer.get(answer.size() - 1);
    }

    private void awaitTimelineComplete(String caseId) {
        eventually(Duration.ofSeconds(30), () -> {
            int stored = api().get("/api/v1/cases/" + caseId + "/events?pageSize=500")
                    .json()
                    .findValuesAsText("type")
                    .size();
            assertThat(timeline(caseId).get("items").size()).isGreaterThanOrEqualTo(stored);
        });
    }

    /**
     * Ids of the case and of its events differ from one entry to the next; what they name does not. Who
     * recorded what ({@code recordedBy}) is keyed by event id and names the deadline facts fired on the way,
     * which depend on the order of entry by design (superseded, never deleted): it is left out too.
     */
    private static JsonNode withoutIds(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            List<String> drop = new ArrayList<>();
            while (names.hasNext()) {
                String name = names.next();
                if (name.equals("caseId")
                        || name.equals("recordedBy")
                        || name.equals("recordedAfterAsOf")
                        || name.equals("viewExplanation")
                        || name.endsWith("At")
                        || name.toLowerCase().endsWith("eventid")
                        || name.toLowerCase().endsWith("eventids")) drop.add(name);
            }
            object.remove(drop);
            object.elements().forEachRemaining(BackfilledHistoryIT::strip);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(BackfilledHistoryIT::strip);
        }
    }

    private void replayEqualsLive(List<String> caseIds) {
        Replays.assertReplayEqualsLive(api(), List.of("timeline", "case-summaries"), () -> readModels(caseIds));
    }

    private Map<String, JsonNode> readModels(List<String> caseIds) {
        Map<String, JsonNode> models = new LinkedHashMap<>();
        for (String caseId : caseIds) {
            models.put("case " + caseId, api().get("/api/v1/cases/" + caseId).json());
            models.put("timeline " + caseId, timeline(caseId));
        }
        return models;
    }
}
