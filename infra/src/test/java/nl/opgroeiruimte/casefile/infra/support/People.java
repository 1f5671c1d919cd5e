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
        Api previous = registrar;
        if (previous == null || previous.port() != admin.port()) {
            // another application may have had this port before (one a test class started and closed): what
            // was registered there is not here, so it is registered again (409 where it is)
            REGISTERED.removeIf(key -> key.startsWith(admin.port() + " "));
        }
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

    /** The parties of the cases requested through {@link Api}, by case id: for the people their roles name. */
    private static final java.util.Map<String, String[]> CASE_PARTIES = new java.util.concurrent.ConcurrentHashMap<>();

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * Registers what a command posted through {@link Api} names and the case file accepts only registered:
     * the municipality and initiative of a requested case, the role holders and successors of a case, its
     * facilitators, and the members of a college. Tests then state their history without a preamble of
     * registrations, as the people of {@link #ensureFixedPeople} need none. Actors, attendees, owners and
     * signatories are left to the tests, which register them or mean them to be unknown.
     */
    static void namedIn(int port, String path, String body) {
        Api admin = registrar;
        if (admin == null || admin.port() != port || body == null || path.startsWith("/api/v1/people")) return;
        com.fasterxml.jackson.databind.JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (java.io.IOException | RuntimeException e) {
            return;
        }
        if (json == null || !json.isObject()) return;
        String[] segments = path.split("\\?")[0].split("/");
        if (path.startsWith("/api/v1/cases") && segments.length == 4) {
            String municipality = json.path("municipality").asText(null);
            String initiative = json.path("initiative").asText(null);
            if (municipality == null || initiative == null) return;
            if (json.hasNonNull("caseId"))
                CASE_PARTIES.put(json.get("caseId").asText(), new String[] {municipality, initiative});
            // the case's own day, for a municipality whose code did not exist yet in 2015
            String day = json.path("occurredOn").asText("");
            if (!day.matches("\\d{4}-\\d{2}-\\d{2}")) day = "2015-01-01";
            if (municipality.matches("GM\\d{4}")) ensureMunicipality(municipality, day);
            if (initiative.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) ensureInitiative(initiative, municipality);
        } else if (path.startsWith("/api/v1/cases/") && segments.length >= 6) {
            String[] parties = CASE_PARTIES.get(segments[4]);
            if (segments[5].equals("facilitators") && segments.length == 6) {
                ensurePerson(json.path("personId"), "{\"external\": \"Energie Samen\"}", "facilitator");
            } else if (segments[5].equals("roles") && parties != null && segments.length == 8) {
                boolean initiativeSide = segments[6].startsWith("initiative");
                String party = initiativeSide
                        ? "{\"initiative\": \"" + parties[1] + "\"}"
                        : "{\"municipality\": \"" + parties[0] + "\"}";
                String role = initiativeSide ? "board-member" : "civil-servant";
                ensurePerson(json.path("personId"), party, role);
                ensurePerson(json.path("successorId"), party, role);
            }
        } else if (path.startsWith("/api/v1/municipalities/") && segments.length >= 6) {
            String party = "{\"municipality\": \"" + segments[4] + "\"}";
            ensurePerson(json.path("mayor").path("personId"), party, "mayor");
            for (com.fasterxml.jackson.databind.JsonNode alderman : json.path("aldermen")) {
                ensurePerson(alderman.path("personId"), party, "alderman");
            }
            ensurePerson(json.path("successor").path("personId"), party, "alderman");
        }
    }

    /** Remembers the parties of a case requested without a case id of its own, under the id it was given. */
    static void answered(int port, String path, String body, Api.Response response) {
        if (registrar == null || registrar.port() != port || !path.equals("/api/v1/cases") || response.status() != 201)
            return;
        String location = response.header("Location");
        if (location == null) return;
        try {
            com.fasterxml.jackson.databind.JsonNode json = JSON.readTree(body);
            String caseId = location.substring(location.lastIndexOf('/') + 1);
            CASE_PARTIES.putIfAbsent(caseId, new String[] {
                json.path("municipality").asText(), json.path("initiative").asText()
            });
        } catch (java.io.IOException e) {
            // not JSON: nothing to remember
        }
    }

    private static void ensurePerson(com.fasterxml.jackson.databind.JsonNode personId, String partyJson, String role) {
        if (personId.isTextual() && personId.asText().matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
            ensure(personId.asText(), partyJson, role);
        }
    }

    /** Makes sure the municipality is registered, by a civil servant of its own registered for it. */
    public static void ensureMunicipality(String cbsCode) {
        ensureMunicipality(cbsCode, "2015-01-01");
    }

    /** The same, registered on {@code day} if its code did not exist yet in 2015. */
    public static void ensureMunicipality(String cbsCode, String day) {
        Api admin = registrar;
        if (admin == null) throw new IllegalStateException("People.registrar(api) first");
        if (!REGISTERED.add(admin.port() + " municipality " + cbsCode)) return;
        String clerk = "p-clerk-" + cbsCode.toLowerCase(java.util.Locale.ROOT);
        String party = "{\"municipality\": \"" + cbsCode + "\"}";
        ensure(clerk, party, "civil-servant");
        // long before any case of the tests, unless its code did not exist then (a municipality created in a
        // reorganisation): then on the day of the case that names it
        String body = """
                {"cbsCode": "%s", "occurredOn": "%s",
                 "actor": {"personId": "%s", "party": %s, "role": "civil-servant"}}""";
        Api.Response response =
                admin.post("/api/v1/municipalities", body.formatted(cbsCode, "2015-01-01", clerk, party));
        if (response.status() == 422) {
            response = admin.post("/api/v1/municipalities", body.formatted(cbsCode, day, clerk, party));
        }
        assertThat(response.status())
                .as("registering " + cbsCode + ": " + response)
                .isIn(201, 409);
    }

    /** Makes sure the initiative is registered, by a board member of its own registered for it. */
    public static void ensureInitiative(String initiativeId, String workingIn) {
        Api admin = registrar;
        if (admin == null) throw new IllegalStateException("People.registrar(api) first");
        if (!REGISTERED.add(admin.port() + " initiative " + initiativeId)) return;
        String founder = "p-founder-" + initiativeId;
        if (founder.length() > 64) founder = founder.substring(0, 64);
        String party = "{\"initiative\": \"" + initiativeId + "\"}";
        ensure(founder, party, "board-member");
        // a working area lies in current municipalities; a case of a former one is worked on in its successor's
        if (!nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities.isCurrent(workingIn))
            workingIn = "GM0193";
        Api.Response response = admin.post("/api/v1/initiatives", """
                {"initiativeId": "%s", "occurredOn": "%s", "name": "Test %s", "legalForm": "association",
                 "workingArea": {"description": "test", "municipalities": ["%s"]}, "domains": ["heat"],
                 "actor": {"personId": "%s", "party": %s, "role": "board-member"}}""".formatted(
                        initiativeId, "2015-01-01", initiativeId, workingIn, founder, party));
        assertThat(response.status())
                .as("registering " + initiativeId + ": " + response)
                .isIn(201, 409);
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
