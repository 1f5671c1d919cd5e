package nl.opgroeiruimte.casefile.infra.security;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role × every kind of endpoint × own and other tenant: who gets 401, 403 or an answer, and that
 * no list ever holds a case its reader may not see. Case A is Zwolle's Assendorp case with the facilitator
 * appointed; case B is in Zutphen with another initiative.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends PostgresIntegrationTest {
    private static final String FACILITATOR_ACTOR = """
            {"personId": "p-procesbegeleider", "party": {"external": "Energie Samen"}, "role": "facilitator"}""";
    private String caseA;
    private String caseB;

    @BeforeAll
    void twoCasesInTwoMunicipalities() {
        Api admin = api();
        caseA = admin.post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        admin.post("/api/v1/cases/" + caseA + "/grant", CaseJson.grant("2024-04-01", "2027-04-01"));
        admin.post("/api/v1/cases/" + caseA + "/facilitators", """
                {"actor": %s, "occurredOn": "2024-04-02", "personId": "p-procesbegeleider", "organisation": "Energie Samen"}""".formatted(CaseJson.CIVIL_SERVANT));
        caseB = admin.post("/api/v1/cases", """
                {"actor": {"personId": "p-zutphen", "party": {"municipality": "GM0301"}, "role": "civil-servant"},
                 "occurredOn": "2024-03-01", "municipality": "GM0301", "initiative": "energieloket-zutphen",
                 "scope": {"activity": "energy desk", "area": "Zutphen"}}""").json().get("aggregateId").asText();
        eventually(() -> assertThat(admin.get("/api/v1/cases?pageSize=500")
                        .json()
                        .get("items")
                        .findValuesAsText("caseId"))
                .contains(caseA, caseB));
        eventually(() -> assertThat(jdbc.sql("select count(*) from rm_case_facilitator where case_id = ?")
                        .param(caseA)
                        .query(Long.class)
                        .single())
                .isEqualTo(1));
    }

    /** Each user records in the name of a registered person of their own party (docs/security.md). */
    private static String ownPerson(String user) {
        return switch (user) {
            case "ambtenaar-zwolle", "raadslid-zwolle" -> CaseJson.CIVIL_SERVANT;
            case "bestuur-assendorp" -> CaseJson.BOARD_MEMBER;
            default -> FACILITATOR_ACTOR;
        };
    }

    /** Which users may read and record in case A (own) and case B (other). */
    private static final Map<String, boolean[]> CASE_RIGHTS = Map.of(
            // user: {read A, record A, read B, record B}
            "beheerder", new boolean[] {true, true, true, true},
            "ambtenaar-zwolle", new boolean[] {true, true, false, false},
            "raadslid-zwolle", new boolean[] {true, false, false, false},
            "bestuur-assendorp", new boolean[] {true, true, false, false},
            "procesbegeleider", new boolean[] {true, true, false, false},
            "onderzoeker", new boolean[] {false, false, false, false});

    static Stream<Arguments> caseEndpoints() {
        List<Arguments> cases = new ArrayList<>();
        for (String user : List.of(
                "beheerder",
                "ambtenaar-zwolle",
                "raadslid-zwolle",
                "bestuur-assendorp",
                "procesbegeleider",
                "onderzoeker")) {
            for (String which : List.of("A", "B")) {
                for (String read :
                        List.of("", "/timeline", "/audit-trail", "/indicators", "/indicators/history", "/events")) {
                    cases.add(Arguments.of(user, which, "GET", read));
                }
                cases.add(Arguments.of(user, which, "POST", "/meetings"));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2} case {1}{3}")
    @MethodSource("caseEndpoints")
    void eachRoleReachesExactlyTheCasesItMay(String user, String which, String method, String path) {
        String caseId = which.equals("A") ? caseA : caseB;
        boolean[] rights = CASE_RIGHTS.get(user);
        boolean allowed = method.equals("GET") ? rights[which.equals("A") ? 0 : 2] : rights[which.equals("A") ? 1 : 3];
        Api api = api().as(user);

        Api.Response response = method.equals("GET")
                ? api.get("/api/v1/cases/" + caseId + path)
                : api.post("/api/v1/cases/" + caseId + path, """
                        {"actor": %s, "occurredOn": "2024-05-01", "kind": "meeting", "topics": ["progress"],
                         "attendees": [%s]}""".formatted(ownPerson(user), FACILITATOR_ACTOR));

        if (allowed) {
            assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("warm-assendorp", "energieloket-zutphen");
        }
    }

    @ParameterizedTest(name = "anonymous {0}")
    @MethodSource("anonymousEndpoints")
    void withoutCredentialsEverythingButHealthAndDocsIsUnauthorized(String method, String path) {
        Api anonymous = api().anonymous();
        Api.Response response = method.equals("GET") ? anonymous.get(path) : anonymous.post(path, "{}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).isEqualTo("unauthenticated");
    }

    static Stream<Arguments> anonymousEndpoints() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/cases"),
                Arguments.of("GET", "/api/v1/cases/x/audit-trail"),
                Arguments.of("POST", "/api/v1/cases"),
                Arguments.of("POST", "/api/v1/cases/x/milestones"),
                Arguments.of("GET", "/api/v1/municipalities"),
                Arguments.of("GET", "/api/v1/indicator-counts"),
                Arguments.of("POST", "/api/v1/admin/processors/timeline/replay"),
                Arguments.of("GET", "/actuator/metrics"));
    }

    @Test
    void healthAndTheApiDescriptionArePublic() {
        assertThat(api().anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(api().anonymous().get("/api/v1/openapi.json").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} lists")
    @MethodSource("users")
    void aListNeverHoldsACaseItsReaderMayNotSee(String user) {
        Api.Response response = api().as(user).get("/api/v1/cases?pageSize=500");
        if (user.equals("onderzoeker")) {
            assertThat(response.status()).isEqualTo(403);
            return;
        }
        JsonNode items = response.json().get("items");
        List<String> ids = items.findValuesAsText("caseId");
        switch (user) {
            case "beheerder" -> assertThat(ids).contains(caseA, caseB);
            case "ambtenaar-zwolle", "raadslid-zwolle" -> {
                assertThat(ids).contains(caseA).doesNotContain(caseB);
                assertThat(items.findValuesAsText("municipality")).containsOnly("GM0193");
            }
            case "bestuur-assendorp" -> {
                assertThat(ids).contains(caseA).doesNotContain(caseB);
                assertThat(items.findValuesAsText("initiative")).containsOnly("warm-assendorp");
            }
            case "procesbegeleider" -> assertThat(ids).containsExactly(caseA);
            default -> throw new AssertionError(user);
        }
    }

    static Stream<String> users() {
        return Stream.of(
                "beheerder",
                "ambtenaar-zwolle",
                "raadslid-zwolle",
                "bestuur-assendorp",
                "procesbegeleider",
                "onderzoeker");
    }

    @ParameterizedTest(name = "{0} overview of {1}")
    @MethodSource("overviews")
    void aMunicipalityOverviewIsForItsOwnStaffAuditorsAndAdministrators(String user, String cbs, int status) {
        assertThat(api().as(user)
                        .get("/api/v1/municipalities/" + cbs + "/case-overview")
                        .status())
                .isEqualTo(status);
        assertThat(api().as(user)
                        .get("/api/v1/indicator-counts?municipality=" + cbs)
                        .status())
                .isEqualTo(status);
    }

    static Stream<Arguments> overviews() {
        return Stream.of(
                Arguments.of("beheerder", "GM0301", 200),
                Arguments.of("ambtenaar-zwolle", "GM0193", 200),
                Arguments.of("ambtenaar-zwolle", "GM0301", 403),
                Arguments.of("raadslid-zwolle", "GM0193", 200),
                Arguments.of("bestuur-assendorp", "GM0193", 403),
                Arguments.of("procesbegeleider", "GM0193", 403),
                Arguments.of("onderzoeker", "GM0193", 403));
    }

    @ParameterizedTest(name = "{0} administration")
    @MethodSource("users")
    void onlyTheAdministratorReplaysProjectionsAndErasesPeople(String user) {
        int expected = user.equals("beheerder") ? 200 : 403;
        assertThat(api().as(user).get("/api/v1/admin/processors").status()).isEqualTo(expected);
        Api.Response erasure =
                api().as(user).post("/api/v1/people/p-nobody/erasure", """
                {"actor": %s, "occurredOn": "2024-05-01", "ground": "consent-withdrawn"}""".formatted(CaseJson.CIVIL_SERVANT));
        assertThat(erasure.status()).as(erasure.toString()).isEqualTo(user.equals("beheerder") ? 404 : 403);
    }

    @ParameterizedTest(name = "{0} requests a case in {1}")
    @MethodSource("requests")
    void aCaseIsRequestedOnlyByItsOwnParties(String user, String cbs, String initiative, int status) {
        Api.Response response = api().as(user).post("/api/v1/cases", """
                {"actor": %s,
                 "occurredOn": "2024-03-01", "municipality": "%s", "initiative": "%s",
                 "scope": {"activity": "solar roofs", "area": "centre"}}""".formatted(ownPerson(user), cbs, initiative));
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("ambtenaar-zwolle", "GM0193", "zon-zwolle", 201),
                Arguments.of("ambtenaar-zwolle", "GM0301", "zon-zutphen", 403),
                Arguments.of("raadslid-zwolle", "GM0193", "zon-zwolle", 403),
                Arguments.of("bestuur-assendorp", "GM0193", "warm-assendorp", 201),
                Arguments.of("bestuur-assendorp", "GM0193", "zon-zwolle", 403),
                Arguments.of("onderzoeker", "GM0193", "zon-zwolle", 403));
    }
}
