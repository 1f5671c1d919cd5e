package nl.opgroeiruimte.casefile.infra.support;

/**
 * Request bodies of a standard case: the heat cooperative of Assendorp and the municipality of Zwolle
 * (seed 001's own example), acted on by a civil servant and a board member.
 */
public final class CaseJson {
    public static final String MUNICIPALITY = "GM0193";
    public static final String INITIATIVE = "warm-assendorp";
    public static final String CIVIL_SERVANT = """
            {"personId": "p-anna", "party": {"municipality": "GM0193"}, "role": "civil-servant"}""";
    public static final String BOARD_MEMBER = """
            {"personId": "p-bram", "party": {"initiative": "warm-assendorp"}, "role": "board-member"}""";

    private CaseJson() {}

    public static String request(String occurredOn) {
        return """
                {"actor": %s, "occurredOn": "%s", "municipality": "GM0193", "initiative": "warm-assendorp",
                 "scope": {"activity": "collective heat network", "area": "Assendorp"},
                 "motivation": "We want to build the heat network together"}""".formatted(BOARD_MEMBER, occurredOn);
    }

    /** A meeting on 1 May 2024 with one civil servant, about {@code topic}. */
    public static String meeting(String topic) {
        return """
                {"actor": %s, "occurredOn": "2024-05-01", "kind": "meeting", "topics": ["%s"],
                 "attendees": [{"personId": "p-anna", "party": {"municipality": "GM0193"}, "role": "civil-servant"}]}""".formatted(CIVIL_SERVANT, topic);
    }

    public static String grant(String occurredOn, String until) {
        return """
                {"actor": %s, "occurredOn": "%s",
                 "preconditions": {"addedValueRecognisedByBoth": true, "willingToInvestAndPauseUsualWays": true},
                 "exclusivity": {"activity": "collective heat network", "area": "Assendorp", "from": "%s", "until": "%s"}}""".formatted(CIVIL_SERVANT, occurredOn, occurredOn, until);
    }

    public static String milestone(String occurredOn, String dueDate) {
        return """
                {"actor": %s, "occurredOn": "%s", "title": "Feasibility study accepted", "dueDate": "%s",
                 "owners": {"municipalOwner": "p-anna", "initiativeOwner": "p-bram"},
                 "guarantee": {"whatContinues": "process financing for the design phase",
                               "meansAvailable": ["EUR 40,000 process money", "a project leader one day a week"]}}""".formatted(CIVIL_SERVANT, occurredOn, dueDate);
    }

    public static String outcome(String occurredOn, String result, boolean continuationDelivered) {
        return """
                {"actor": %s, "occurredOn": "%s", "result": "%s", "continuationDelivered": %s,
                 "evaluation": "Study accepted by both"}""".formatted(CIVIL_SERVANT, occurredOn, result, continuationDelivered);
    }

    /** A case requested on 1 March 2024 and granted on 1 April 2024, for two years from today, through {@code api}. */
    public static String grantedCase(Api api) {
        String caseId = api.post("/api/v1/cases", request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        Api.Response granted = api.post(
                "/api/v1/cases/" + caseId + "/grant",
                grant("2024-04-01", java.time.LocalDate.now().plusYears(2).toString()));
        org.assertj.core.api.Assertions.assertThat(granted.status())
                .as(granted.toString())
                .isEqualTo(201);
        return caseId;
    }
}
