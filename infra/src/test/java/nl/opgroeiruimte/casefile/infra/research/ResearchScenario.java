package nl.opgroeiruimte.casefile.infra.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.MutableClock;
import nl.opgroeiruimte.casefile.infra.support.People;

/**
 * Two cases of one municipality, lived through the HTTP API from 2021 to 2023, with what makes a history
 * hard to carry over: a fact recorded late, an election and a new college in the municipality's own
 * stream, money with cents, dates that pass by themselves (an agreement and the exclusivity ran out), a
 * milestone still due in 2027 (a deadline in the future), and a case that was stopped.
 * The municipality is one that no other test of the run uses, so an export of it holds exactly this.
 */
final class ResearchScenario {
    final String municipality;
    final String initiative;
    final String caseA;
    final String caseB;
    final String futureMilestone;
    final List<String> streams = new ArrayList<>();
    private final Api api;
    private final String officer;
    private final String board;
    private final String anna;
    private final String bram;
    /** The people the scenario names (id, party, role): registered, as every command's people must be. */
    private final String[][] people;

    /** The people register is not exported: an installation that imports the scenario registers its people itself. */
    void registerPeopleIn(Api installation) {
        for (String[] person : people) People.register(installation, person[0], person[1], person[2]);
    }

    ResearchScenario(Api api, MutableClock clock) {
        this.api = api;
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
        municipality = unregisteredMunicipality(api);
        initiative = "energie-" + tag;
        anna = "p-anna-" + tag;
        bram = "p-bram-" + tag;
        officer = actor("p-officer-" + tag, "{\"municipality\": \"" + municipality + "\"}", "civil-servant");
        board = actor("p-board-" + tag, "{\"initiative\": \"" + initiative + "\"}", "board-member");
        String town = "/api/v1/municipalities/" + municipality;
        people = new String[][] {
            {"p-officer-" + tag, "{\"municipality\": \"" + municipality + "\"}", "civil-servant"},
            {"p-board-" + tag, "{\"initiative\": \"" + initiative + "\"}", "board-member"},
            {anna, "{\"municipality\": \"" + municipality + "\"}", "civil-servant"},
            {bram, "{\"initiative\": \"" + initiative + "\"}", "board-member"},
            // the college's members are in the people register like everyone a fact names
            {"p-mayor-" + tag, "{\"municipality\": \"" + municipality + "\"}", "mayor"},
            {"p-alderman-" + tag, "{\"municipality\": \"" + municipality + "\"}", "alderman"},
            {"p-carla-" + tag, "{\"municipality\": \"" + municipality + "\"}", "civil-servant"}
        };
        for (String[] person : people) People.ensure(person[0], person[1], person[2]);

        clock.setDay("2021-01-04");
        created("/api/v1/municipalities", body(officer, "2021-01-04", "\"cbsCode\": \"" + municipality + "\""));
        clock.setDay("2021-09-01");
        caseA = created("/api/v1/cases", body(board, "2021-09-01", """
                "municipality": "%s", "initiative": "%s", "scope": {"activity": "heat network", "area": "centre"},
                "motivation": "We want to heat the centre with the river\"""".formatted(municipality, initiative)))
                .get("aggregateId")
                .asText();
        String a = "/api/v1/cases/" + caseA;
        clock.setDay("2021-10-01");
        created(a + "/grant", body(officer, "2021-10-01", """
                "preconditions": {"addedValueRecognisedByBoth": true, "willingToInvestAndPauseUsualWays": true},
                "exclusivity": {"activity": "heat network", "area": "centre", "from": "2021-10-01", "until": "2023-10-01"}"""));
        clock.setDay("2021-10-05");
        created(
                a + "/roles/municipal-contact/assignments",
                body(officer, "2021-10-05", "\"personId\": \"" + anna + "\", \"department\": \"energy\""));
        clock.setDay("2021-11-01");
        String first = created(a + "/milestones", milestone("2021-11-01", "2022-06-01"))
                .get("id")
                .asText();
        clock.setDay("2022-01-10");
        created(a + "/agreements", body(officer, "2022-01-10", """
                "kind": "intent-agreement", "title": "Intent to build the heat network",
                "signatories": [{"personId": "%s", "party": {"municipality": "%s"}, "mandate": "college decision"},
                                {"personId": "%s", "party": {"initiative": "%s"}, "mandate": "members' meeting"}],
                "validity": {"from": "2022-01-10", "until": "2023-01-10"}, "topics": ["roles-tasks-responsibilities"]""".formatted(anna, municipality, bram, initiative)));
        clock.setDay("2022-02-01");
        created(a + "/funding", body(officer, "2022-02-01", """
                "source": "municipal", "instrument": "process-financing", "amountInEuros": 40000.50,
                "period": {"from": "2022-02-01", "until": "2022-12-31"}, "decisionReference": "SUB-2022-7\""""));
        caseB = created("/api/v1/cases", body(board, "2022-02-01", """
                "municipality": "%s", "initiative": "%s", "scope": {"activity": "solar roofs", "area": "north"}""".formatted(municipality, initiative)))
                .get("aggregateId")
                .asText();
        clock.setDay("2022-03-17");
        created(town + "/elections", body(officer, "2022-03-17", "\"electionDate\": \"2022-03-16\""));
        clock.setDay("2022-04-12");
        created(a + "/meetings", body(officer, "2022-04-12", """
                "kind": "guided-session", "sessionNumber": 1, "topics": ["getting to know each other"],
                "attendees": [{"personId": "%s", "party": {"municipality": "%s"}, "role": "civil-servant"},
                              {"personId": "%s", "party": {"initiative": "%s"}, "role": "board-member"}],
                "summary": "A first session at the community centre\"""".formatted(anna, municipality, bram, initiative)));
        clock.setDay("2022-05-01");
        created(
                a + "/roles/municipal-contact/handovers",
                body(
                        officer,
                        "2022-05-01",
                        "\"successorId\": \"p-carla-" + tag
                                + "\", \"department\": \"energy\", \"handover\": {\"withoutHandover\": true}"));
        clock.setDay("2022-06-01");
        created(
                a + "/milestones/" + first + "/outcome",
                body(
                        officer,
                        "2022-06-01",
                        "\"result\": \"met\", \"continuationDelivered\": false, \"evaluation\": \"Study accepted\""));
        created(town + "/colleges", body(officer, "2022-06-01", """
                "mayor": {"personId": "p-mayor-%s", "portfolios": ["public order"]},
                "aldermen": [{"personId": "p-alderman-%s", "portfolios": ["energy transition"], "politicalParty": "Local Green"}]""".formatted(tag, tag)));
        clock.setDay("2022-08-01");
        created(
                "/api/v1/cases/" + caseB + "/closure",
                body(board, "2022-08-01", "\"reason\": \"Too few roofs were suitable\""));
        clock.setDay("2022-11-15");
        created(a + "/exclusivity-breaches", body(board, "2022-09-01", """
                "committedBy": {"municipality": "%s"}, "what": "A market consultation on heat in the centre",
                "source": "tender platform\"""".formatted(municipality)));
        clock.setDay("2023-02-01");
        futureMilestone = created(a + "/milestones", milestone("2023-02-01", "2027-06-01"))
                .get("id")
                .asText();
        clock.setDay("2023-03-01");
        String question = created(a + "/questions", body(board, "2023-03-01", """
                "askedBy": %s, "topic": "land", "question": "May we use the plot by the river?\"""".formatted(board)))
                .get("id")
                .asText();
        clock.setDay("2023-03-20");
        created(a + "/questions/" + question + "/answers", body(officer, "2023-03-20", """
                "answeredBy": %s, "status": "later", "considerations": "The zoning plan is being revised",
                "mandate": "energy portfolio", "expectedOn": "2023-09-01\"""".formatted(officer)));
        clock.setDay("2023-05-01");
        created(town + "/policies", body(officer, "2023-05-01", """
                "kind": "budget", "title": "Budget 2024", "adoptedBy": "council", "opgroeiruimteIncluded": true,
                "reservedBudgetInEuros": 125000.00, "documentReference": "Council 2023-05-01 no. 4\""""));
        clock.setDay("2023-06-01");
        created(a + "/decisions", body(officer, "2023-06-01", """
                "body": "college", "subject": "Heat network centre", "decision": "The college keeps supporting the track\""""));
        clock.reset();
        streams.addAll(List.of("municipality:" + municipality, caseA, caseB));
    }

    /** The facts the case file records by itself once the scenario's dates have passed. */
    static final List<String> TIME_PASSED = List.of("AgreementExpired", "ExclusivityPeriodEnded");

    private String milestone(String occurredOn, String dueDate) {
        return body(officer, occurredOn, """
                "title": "Feasibility study accepted", "dueDate": "%s",
                "owners": {"municipalOwner": "%s", "initiativeOwner": "%s"},
                "guarantee": {"whatContinues": "process money for the design", "meansAvailable": ["EUR 40,000.00"]}""".formatted(dueDate, anna, bram));
    }

    private JsonNode created(String path, String body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(201);
        return response.json();
    }

    static String body(String actor, String occurredOn, String fields) {
        return "{\"actor\": " + actor + ", \"occurredOn\": \"" + occurredOn + "\", " + fields + "}";
    }

    static String actor(String personId, String party, String role) {
        return "{\"personId\": \"" + personId + "\", \"party\": " + party + ", \"role\": \"" + role + "\"}";
    }

    private static String unregisteredMunicipality(Api api) {
        List<String> free = new ArrayList<>();
        api.get("/api/v1/municipalities?registered=false&pageSize=500")
                .json()
                .get("items")
                .forEach(item -> free.add(item.get("cbsCode").asText()));
        // unregistered is not enough: other tests record cases in municipalities they never register
        while (!free.isEmpty()) {
            String code = free.remove(ThreadLocalRandom.current().nextInt(free.size()));
            if (api.get("/api/v1/cases?municipality=" + code)
                            .json()
                            .get("totalItems")
                            .asLong()
                    == 0) return code;
        }
        throw new AssertionError("no municipality without cases left");
    }
}
