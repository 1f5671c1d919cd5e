package nl.opgroeiruimte.casefile.infra.parties;

import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.*;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The people register over HTTP: register, read, erase, and the errors of each. */
class PeopleOverHttpIT extends PostgresIntegrationTest {
    private static final String REGISTRAR = actor("p-registrar", "{\"municipality\": \"GM0193\"}", "program-director");
    private Api api;

    @BeforeEach
    void setUp() {
        clock.setDay("2026-10-01");
        api = api();
    }

    private static String registration(String personId, String name, String email) {
        return body(REGISTRAR, "2026-02-03", """
                "personId": "%s", "name": "%s", "email": "%s", "organisation": "Gemeente Zwolle",
                "party": {"municipality": "GM0193"}, "role": "civil-servant\"""".formatted(personId, name, email));
    }

    private static String erasure(String occurredOn) {
        return body(REGISTRAR, occurredOn, "\"ground\": \"consent-withdrawn\"");
    }

    private Api.Response rejected(String path, String body, int status, String rule) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).as(response.toString()).isEqualTo(rule);
        return response;
    }

    @Test
    void aRegisteredPersonIsShownWithTheirDataAndAfterErasureAsThePlaceholder() {
        String id = uniqueId("p-anna");
        Api.Response registered =
                api.post("/api/v1/people", registration(id, "Anna de Vries", "a.devries@zwolle.example"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.header("Location")).isEqualTo("/api/v1/people/" + id);
        assertThat(registered.json().get("aggregateId").asText()).isEqualTo(id);

        JsonNode person = api.get("/api/v1/people/" + id).json();
        assertThat(person.get("displayName").asText()).isEqualTo("Anna de Vries");
        assertThat(person.get("email").asText()).isEqualTo("a.devries@zwolle.example");
        assertThat(person.get("organisation").asText()).isEqualTo("Gemeente Zwolle");
        assertThat(person.get("erased").asBoolean()).isFalse();
        eventually(() -> {
            JsonNode known = api.get("/api/v1/people/" + id).json();
            assertThat(known.at("/party/municipality").asText()).isEqualTo("GM0193");
            assertThat(known.get("role").asText()).isEqualTo("civil-servant");
        });

        Api.Response erased = api.post("/api/v1/people/" + id + "/erasure", erasure("2026-09-30"));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(201);
        assertThat(erased.header("ETag")).isEqualTo("\"1\"");

        JsonNode placeholder = api.get("/api/v1/people/" + id).json();
        assertThat(placeholder.get("displayName").asText()).isEqualTo("(erased person)");
        assertThat(placeholder.get("erased").asBoolean()).isTrue();
        assertThat(placeholder.has("name")).isFalse();
        assertThat(placeholder.has("email")).isFalse();
        assertThat(placeholder.has("organisation")).isFalse();
        eventually(() -> {
            JsonNode history = api.get("/api/v1/people/" + id).json();
            assertThat(history.get("erasedOn").asText()).isEqualTo("2026-09-30");
            assertThat(history.get("erasureGround").asText()).isEqualTo("consent-withdrawn");
            assertThat(history.get("role").asText()).isEqualTo("civil-servant");
        });
    }

    @Test
    void anEmailThatIsNoEmailAddressAndAMissingNameAreNamed() {
        Api.Response response = rejected(
                "/api/v1/people", registration(uniqueId("p"), " ", "not an address"), 400, "constraint-violated");
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("email", "name");
        assertThat(response.body()).doesNotContain("not an address");
    }

    @Test
    void anUnknownPersonIsNotFound() {
        Api.Response read = api.get("/api/v1/people/p-nobody");
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("rule").asText()).isEqualTo("unknown-person");
        rejected("/api/v1/people/p-nobody/erasure", erasure("2026-09-30"), 404, "unknown-person");
    }

    @Test
    void aPersonIdIsRegisteredOnceAndTheFirstPersonsDataStays() {
        String id = uniqueId("p-bram");
        assertThat(api.post("/api/v1/people", registration(id, "Bram Bakker", "bram@example.org"))
                        .status())
                .isEqualTo(201);

        rejected("/api/v1/people", registration(id, "Someone Else", "else@example.org"), 409, "already-exists");

        assertThat(api.get("/api/v1/people/" + id).json().get("name").asText()).isEqualTo("Bram Bakker");
    }

    @Test
    void aPersonIsErasedOnceAndNotBeforeTheyWereRegistered() {
        String id = uniqueId("p-carla");
        assertThat(api.post("/api/v1/people", registration(id, "Carla Smit", "carla@example.org"))
                        .status())
                .isEqualTo(201);

        rejected("/api/v1/people/" + id + "/erasure", erasure("2026-01-01"), 409, "occurred-before-registration");
        assertThat(api.post("/api/v1/people/" + id + "/erasure", erasure("2026-09-30"))
                        .status())
                .isEqualTo(201);
        rejected("/api/v1/people/" + id + "/erasure", erasure("2026-09-30"), 409, "already-erased");
        rejected(
                "/api/v1/people/" + id + "/erasure",
                body(REGISTRAR, "2026-09-30", "\"ground\": \"because\""),
                400,
                "invalid-format");
    }
}
