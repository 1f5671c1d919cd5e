package nl.opgroeiruimte.casefile.infra.support;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registers the people that tests name as actors, attendees, owners and signatories: the case file
 * accepts only registered people in those places. Each registers themselves; one registered earlier in
 * the same run (every test class shares the database) is fine.
 */
public final class People {
    private static final java.util.Set<String> REGISTERED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static volatile Api registrar;

    private People() {}

    /** The administrator's client of the application under test, for {@link #ensure}. */
    public static void registrar(Api admin) {
        registrar = admin;
    }

    /** Makes sure the person is registered in the application under test; registers them once. */
    public static void ensure(String personId, String partyJson, String role) {
        Api admin = registrar;
        if (admin == null) throw new IllegalStateException("People.registrar(api) first");
        if (REGISTERED.add(admin.port() + " " + personId)) register(admin, personId, partyJson, role);
    }

    /** The people the fixed test data names: {@link CaseJson}'s, the facilitators and the local users' own. */
    public static void ensureFixedPeople() {
        ensure("p-anna", "{\"municipality\": \"GM0193\"}", "civil-servant");
        ensure("p-bram", "{\"initiative\": \"warm-assendorp\"}", "board-member");
        ensure("p-wim", "{\"municipality\": \"GM0193\"}", "alderman");
        ensure("p-registrar", "{\"municipality\": \"GM0193\"}", "program-director");
        ensure("p-zutphen", "{\"municipality\": \"GM0301\"}", "civil-servant");
        ensure("p-fenna", "{\"external\": \"Energie Samen\"}", "facilitator");
        ensure("p-procesbegeleider", "{\"external\": \"Energie Samen\"}", "facilitator");
    }

    /** Registers a person acting for {@code partyJson} (e.g. {@code {"municipality": "GM0193"}}) in {@code role}. */
    public static void register(Api admin, String personId, String partyJson, String role) {
        String actor = "{\"personId\": \"" + personId + "\", \"party\": " + partyJson + ", \"role\": \"" + role + "\"}";
        Api.Response response = admin.post("/api/v1/people", """
                {"personId": "%s", "actor": %s, "occurredOn": "2020-01-01", "name": "Test %s",
                 "party": %s, "role": "%s"}""".formatted(personId, actor, personId, partyJson, role));
        assertThat(response.status())
                .as("registering " + personId + ": " + response)
                .isIn(201, 409);
    }

    /** The people of {@link CaseJson}: Anna, civil servant of Zwolle, and Bram, board member of Warm Assendorp. */
    public static void registerCaseJsonPeople(Api admin) {
        register(admin, "p-anna", "{\"municipality\": \"GM0193\"}", "civil-servant");
        register(admin, "p-bram", "{\"initiative\": \"warm-assendorp\"}", "board-member");
    }
}
