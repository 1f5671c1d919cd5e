package nl.opgroeiruimte.casefile.infra.security;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.People;
import nl.opgroeiruimte.casefile.infra.support.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Hostile input against the embedded default, one test per probe of the attack that found the holes
 * (issue 18): each gets problem+json with the rule broken, and nothing is stored. The JWT claims are
 * probed on the postgres profile ({@link JwtClaimMatrixIT}), overload and the database outage in
 * the reliability tests.
 */
@SpringBootTest(classes = CaseFileApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("casefile-hostile");
        registry.add("casefile.data-dir", dir::toString);
    }

    /** The probes are hostile, the people they name are not: a refusal must be about the probe. */
    @BeforeEach
    void registerThePeopleTheBodiesName() {
        People.registrar(new Api(port));
        People.ensureFixedPeople();
    }

    // ------------------------------------------------------------------------------------ referential integrity

    @Test
    void aCaseForAnInitiativeOrMunicipalityThatIsNotRegisteredIsRefusedAndNothingRecorded() {
        Api admin = new Api(port).withoutRegisteringFirst();
        People.ensureMunicipality("GM0193");
        String caseId = newCaseId();
        Api.Response unknownInitiative = admin.post(
                "/api/v1/cases",
                caseRequest(caseId, "GM0193", "2024-03-01")
                        .replace(CaseJson.BOARD_MEMBER, CaseJson.CIVIL_SERVANT)
                        .replace(
                                "\"GM0193\", \"initiative\": \"warm-assendorp\"",
                                "\"GM0193\", \"initiative\": \"nooit-geregistreerd\""));
        isProblem(unknownInitiative, 422, "unknown-initiative");
        assertThat(unknownInitiative.json().get("field").asText()).isEqualTo("initiative");

        Api.Response unknownMunicipality = admin.post("/api/v1/cases", caseRequest(caseId, "GM0150", "2024-03-01"));
        isProblem(unknownMunicipality, 422, "unknown-municipality");
        assertThat(unknownMunicipality.json().get("field").asText()).isEqualTo("municipality");
        assertThat(admin.get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
    }

    @Test
    void aRoleHolderOrSuccessorWhoIsNotInThePeopleRegisterIsRefused() {
        Api admin = new Api(port);
        String caseId = newCaseId();
        assertThat(admin.post("/api/v1/cases", caseRequest(caseId, "GM0193", "2024-03-01"))
                        .status())
                .isEqualTo(201);
        Api unregistered = new Api(port).withoutRegisteringFirst();

        Api.Response holder =
                unregistered.post("/api/v1/cases/" + caseId + "/roles/municipal-contact/assignments", """
                {"actor": %s, "occurredOn": "2024-04-02", "personId": "p-nooit-geregistreerd"}""".formatted(
                                CaseJson.CIVIL_SERVANT));
        isProblem(holder, 422, "unknown-person");
        assertThat(holder.json().get("field").asText()).isEqualTo("personId");

        Api.Response facilitator =
                unregistered.post("/api/v1/cases/" + caseId + "/facilitators", """
                {"actor": %s, "occurredOn": "2024-04-02", "personId": "p-nooit-geregistreerd",
                 "organisation": "Energie Samen"}""".formatted(CaseJson.CIVIL_SERVANT));
        isProblem(facilitator, 422, "unknown-person");
        assertThat(facilitator.json().get("field").asText()).isEqualTo("personId");
    }

    // ------------------------------------------------------------------------------------ personal data

    @Test
    void personalDataOnlyToThoseWhoShareACaseWithThePersonAndToAdministrators() {
        Api admin = new Api(port);
        String personId = "p-hostile-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response registered = admin.post("/api/v1/people", """
                {"actor": %s, "occurredOn": "2026-02-03", "personId": "%s", "name": "Wilma Wachtwoord",
                 "email": "w.wachtwoord@zwolle.example", "organisation": "Gemeente Zwolle",
                 "party": {"municipality": "GM0193"}, "role": "civil-servant"}""".formatted(CaseJson.CIVIL_SERVANT, personId));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(admin.post("/api/v1/cases", CaseJson.request("2024-03-01")).status())
                .isEqualTo(201);
        String path = "/api/v1/people/" + personId;

        eventually(() -> {
            Api.Response colleague = new Api(port).as("ambtenaar-zwolle").get(path);
            assertThat(colleague.status())
                    .as("staff of Zwolle share Zwolle's cases with her: " + colleague)
                    .isEqualTo(200);
            assertThat(colleague.json().get("name").asText()).isEqualTo("Wilma Wachtwoord");
        });
        assertThat(admin.get(path).json().get("email").asText()).isEqualTo("w.wachtwoord@zwolle.example");
        for (String stranger : List.of("ambtenaar-zutphen", "onderzoeker")) {
            Api.Response refused = new Api(port).as(stranger).get(path);
            isProblem(refused, 403, "not-permitted");
            assertThat(refused.body()).as(stranger).doesNotContain("Wilma", "wachtwoord@");
        }
    }

    @Test
    void aMeetingAttendeeOfNeitherPartyIsKnownToThoseWhoShareTheCaseOnly() {
        Api admin = new Api(port);
        String personId = "p-advisor-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response registered = admin.post("/api/v1/people", """
                {"actor": {"personId": "%1$s", "party": {"external": "Adviesbureau Warmte"}, "role": "facilitator"},
                 "occurredOn": "2026-02-03", "personId": "%1$s", "name": "Aart Adviseur",
                 "email": "a.adviseur@warmte.example", "organisation": "Adviesbureau Warmte",
                 "party": {"external": "Adviesbureau Warmte"}, "role": "facilitator"}""".formatted(personId));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String caseId = newCaseId();
        assertThat(admin.post("/api/v1/cases", caseRequest(caseId, "GM0193", "2024-03-01"))
                        .status())
                .isEqualTo(201);
        Api.Response grant =
                admin.post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2026-03-31"));
        assertThat(grant.status()).as(grant.toString()).isEqualTo(201);
        Api.Response meeting =
                admin.post("/api/v1/cases/" + caseId + "/meetings", """
                {"actor": %s, "occurredOn": "2024-05-01", "kind": "meeting", "topics": ["warmtebron"],
                 "attendees": [{"personId": "%s", "party": {"external": "Adviesbureau Warmte"}, "role": "facilitator"}]}""".formatted(CaseJson.CIVIL_SERVANT, personId));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        String path = "/api/v1/people/" + personId;

        eventually(() -> {
            Api.Response colleague = new Api(port).as("ambtenaar-zwolle").get(path);
            assertThat(colleague.status())
                    .as("staff of Zwolle met him in a case of Zwolle: " + colleague)
                    .isEqualTo(200);
            assertThat(colleague.json().get("name").asText()).isEqualTo("Aart Adviseur");
        });
        for (String stranger : List.of("ambtenaar-zutphen", "onderzoeker")) {
            Api.Response refused = new Api(port).as(stranger).get(path);
            isProblem(refused, 403, "not-permitted");
            assertThat(refused.body()).as(stranger).doesNotContain("Aart", "adviseur@");
        }
    }

    @Test
    void researchersNeverSeeNamesAlsoNotInColleges() {
        Api admin = new Api(port);
        // the demo data installs Zwolle's college; it is recorded on the first start, a moment after it
        List<String> names = new ArrayList<>();
        eventually(() -> {
            names.clear();
            admin.get("/api/v1/municipalities/GM0193/colleges")
                    .json()
                    .findValuesAsText("displayName")
                    .forEach(names::add);
            assertThat(names).isNotEmpty();
        });
        Api.Response asResearcher = new Api(port).as("onderzoeker").get("/api/v1/municipalities/GM0193/colleges");

        assertThat(asResearcher.status()).isEqualTo(200);
        assertThat(asResearcher.json().findValuesAsText("displayName")).containsOnly("(name withheld)");
        assertThat(asResearcher.body()).doesNotContain(names.toArray(String[]::new));
        assertThat(asResearcher.json().findValuesAsText("personId"))
                .as("the pseudonymous ids stay")
                .hasSameSizeAs(names);
    }

    // ----------------------------------------------------------------------------------------- headers

    @Test
    void aHeaderValueWithNonAsciiTextIsABadRequestAlsoOnPublicHealth() throws IOException {
        String caseId = newCaseId();
        String note = new String("X-Note: ключ".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        for (RawHttp.Response response : List.of(
                RawHttp.send(
                        port,
                        "GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n" + note
                                + "\r\nConnection: close\r\n\r\n"),
                RawHttp.post(
                        port,
                        "/api/v1/cases",
                        "application/json",
                        caseRequest(caseId, "GM0193", "2024-03-01"),
                        note,
                        basic("beheerder")))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("rule").asText()).isEqualTo("invalid-header");
            assertThat(response.json().get("field").asText()).isEqualToIgnoringCase("X-Note");
        }
        nothingStoredFor(caseId);
    }

    // -------------------------------------------------------------------------------------------- bodies

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWhileItIsReadNeverWholeInMemory() throws IOException {
        // an endless chunked body: only a refusal during reading can answer it at all
        RawHttp.Response response = RawHttp.endlessChunkedPost(port, "/api/v1/cases", basic("beheerder"));

        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.json().get("rule").asText()).isEqualTo("request-too-large");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() throws IOException {
        String caseId = newCaseId();
        RawHttp.Response response = RawHttp.chunkedPost(
                port, "/api/v1/cases", caseRequest(caseId, "GM0193", "2024-03-01"), basic("beheerder"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(events(caseId)).isEqualTo(1);
    }

    @Test
    void aDateBeforeTheEarliestDateIsRefused() {
        for (String day : List.of("0001-01-01", "1989-12-31", "2200-01-01", "9999-12-31")) {
            String caseId = newCaseId();
            Api.Response response = new Api(port).post("/api/v1/cases", caseRequest(caseId, "GM0193", day));
            isProblem(response, 400, "invalid-format");
            assertThat(response.json().get("field").asText()).isEqualTo("occurredOn");
            assertThat(response.json().get("detail").asText()).contains("1990-01-01");
            nothingStoredFor(caseId);
        }
    }

    @Test
    void aDuplicateKeyIsMalformedJsonNamingTheKey() {
        String caseId = newCaseId();
        String body =
                caseRequest(caseId, "GM0193", "2024-03-01").replaceFirst("\\{", "{\"occurredOn\": \"2025-01-01\", ");

        Api.Response response = new Api(port).post("/api/v1/cases", body);

        isProblem(response, 400, "malformed-json");
        assertThat(response.json().get("field").asText()).isEqualTo("occurredOn");
        nothingStoredFor(caseId);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        for (String type :
                List.of("application/yaml", "application/x-yaml", "text/yaml", "application/xml", "application/cbor")) {
            String caseId = newCaseId();
            Api.Response response =
                    new Api(port).post("/api/v1/cases", "caseId: " + caseId + "\noccurredOn: 2024-03-01\n", type);
            isProblem(response, 415, "unsupported-media-type");
            nothingStoredFor(caseId);
        }
    }

    @Test
    void overlongUtf8IsInvalidCharactersNotASlash() throws IOException {
        String caseId = newCaseId();
        byte[] body = caseRequest(caseId, "GM0193", "2024-03-01")
                .replace("Assendorp\"}", "Assen@dorp\"}")
                .getBytes(StandardCharsets.UTF_8);
        int at = new String(body, StandardCharsets.ISO_8859_1).indexOf('@');
        byte[] overlong = new byte[body.length + 1];
        System.arraycopy(body, 0, overlong, 0, at);
        overlong[at] = (byte) 0xC0;
        overlong[at + 1] = (byte) 0xAF;
        System.arraycopy(body, at + 1, overlong, at + 2, body.length - at - 1);

        RawHttp.Response response =
                RawHttp.post(port, "/api/v1/cases", "application/json", overlong, basic("beheerder"));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("rule").asText()).isEqualTo("invalid-characters");
        nothingStoredFor(caseId);
    }

    @Test
    void aStringIsNoNumber() {
        Api admin = new Api(port);
        String caseId = newCaseId();
        assertThat(admin.post("/api/v1/cases", caseRequest(caseId, "GM0193", "2024-03-01"))
                        .status())
                .isEqualTo(201);
        assertThat(admin.post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2099-12-31"))
                        .status())
                .isEqualTo(201);

        Api.Response response =
                admin.post("/api/v1/cases/" + caseId + "/funding", """
                {"actor": %s, "occurredOn": "2025-01-01", "source": "municipal", "instrument": "process-financing",
                 "amountInEuros": "5", "period": {"from": "2025-01-01", "until": "2099-12-31"}, "decisionReference": "ZW-1"}""".formatted(CaseJson.CIVIL_SERVANT));

        isProblem(response, 400, "wrong-type");
        assertThat(response.json().get("field").asText()).isEqualTo("amountInEuros");
        assertThat(events(caseId)).as("request and grant only").isEqualTo(2);
    }

    @Test
    void aCaseForAMunicipalityNotOnTheCbsListIsUnprocessableNamingMunicipality() {
        String caseId = newCaseId();

        Api.Response response = new Api(port).post("/api/v1/cases", caseRequest(caseId, "GM9999", "2024-03-01"));

        isProblem(response, 422, "unlisted-municipality");
        assertThat(response.json().get("field").asText()).isEqualTo("municipality");
        nothingStoredFor(caseId);
    }

    // ------------------------------------------------------------------------------ health and headers

    @Test
    void healthShowsDetailsToAdministratorsOnly() {
        Api.Response anonymous = new Api(port).anonymous().get("/actuator/health");
        assertThat(anonymous.json().has("status")).isTrue();
        assertThat(anonymous.body()).doesNotContain("H2", "diskSpace", "components", "path");

        Api.Response staff = new Api(port).as("ambtenaar-zwolle").get("/actuator/health");
        assertThat(staff.body()).doesNotContain("H2", "diskSpace");

        assertThat(new Api(port)
                        .get("/actuator/health")
                        .json()
                        .at("/components/db/details/database")
                        .asText())
                .isEqualTo("H2");
    }

    @Test
    void theContentSecurityPolicyForbidsEval() {
        String policy = new Api(port).anonymous().get("/login").header("Content-Security-Policy");

        assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-eval");
        assertThat(new Api(port).anonymous().get("/login").body())
                .as("htmx is told not to eval either")
                .contains("\"allowEval\": false");
    }

    @Test
    void overHttpsBehindAProxyTheCookieIsSecureAndHstsIsSent() throws IOException {
        RawHttp.Response secure = RawHttp.send(
                port,
                "GET / HTTP/1.1\r\nHost: dossier.example\r\nX-Forwarded-Proto: https\r\n"
                        + "X-Forwarded-For: 192.0.2.7\r\nConnection: close\r\n\r\n");
        assertThat(secure.header("Strict-Transport-Security")).contains("max-age=");
        assertThat(secure.header("Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Strict");

        RawHttp.Response plain = RawHttp.send(port, "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(plain.header("Strict-Transport-Security"))
                .as("HSTS only over HTTPS")
                .isNull();
    }

    @Test
    void theLoginRedirectIsNeverBuiltFromTheHostHeader() throws IOException {
        RawHttp.Response response =
                RawHttp.send(port, "GET /dossiers/x HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/login");
    }

    @Test
    void theErrorPathAnswersProblemJsonAndTheChallengeIsBasicOnly() {
        Api.Response error = new Api(port).anonymous().get("/error");
        isProblem(error, 404, "not-found");

        Api.Response unauthenticated = new Api(port).anonymous().get("/api/v1/cases");
        isProblem(unauthenticated, 401, "unauthenticated");
        assertThat(unauthenticated.header("WWW-Authenticate")).isEqualTo("Basic realm=\"opgroeiruimte\"");
    }

    // ----------------------------------------------------------------------------------------- helpers

    private static void isProblem(Api.Response response, int status, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).as(response.toString()).isEqualTo(rule);
        assertThat(response.body()).doesNotContain("Exception", "org.springframework", "nl.opgroeiruimte");
    }

    private static String newCaseId() {
        return "hostile-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static String caseRequest(String caseId, String municipality, String occurredOn) {
        return CaseJson.request(occurredOn)
                .replaceFirst("\\{", "{\"caseId\": \"" + caseId + "\", ")
                .replace("\"municipality\": \"GM0193\"", "\"municipality\": \"" + municipality + "\"");
    }

    private static String basic(String user) {
        return "Authorization: Basic "
                + java.util.Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private long events(String aggregateId) {
        return jdbc.sql("select count(*) from domainevententry where aggregateidentifier = ?")
                .param(aggregateId)
                .query(Long.class)
                .single();
    }

    private void nothingStoredFor(String caseId) {
        assertThat(events(caseId)).as("facts stored for " + caseId).isZero();
    }
}
