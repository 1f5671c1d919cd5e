package nl.opgroeiruimte.casefile.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/** Every error is RFC 9457 problem+json, with no stack trace or class name; every answer names the API version. */
class ErrorFormatIT extends PostgresIntegrationTest {

    private static void isProblem(Api.Response response, int status, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("rule").asText()).isEqualTo(rule);
        assertThat(response.body()).doesNotContain("Exception", "org.springframework", "nl.opgroeiruimte", "\tat ");
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
    }

    @Test
    void unauthenticated() {
        isProblem(api().anonymous().get("/api/v1/cases"), 401, "unauthenticated");
    }

    @Test
    void forbidden() {
        isProblem(api().as("onderzoeker").get("/api/v1/cases"), 403, "not-permitted");
    }

    @Test
    void unknownRoute() {
        isProblem(api().get("/api/v1/no-such-thing"), 404, "not-found");
    }

    @Test
    void wrongMethod() {
        Api.Response response = api().post("/api/v1/cases/x/timeline", "{}");
        isProblem(response, 405, "method-not-allowed");
    }

    @Test
    void wrongMediaType() {
        isProblem(
                api().post("/api/v1/cases", CaseJson.request("2024-03-01"), "text/plain"),
                415,
                "unsupported-media-type");
    }

    @Test
    void malformedJson() {
        isProblem(api().post("/api/v1/cases", "{\"actor\": [}"), 400, "malformed-json");
    }

    @Test
    void bodyTooLarge() {
        String huge = CaseJson.request("2024-03-01").replace("We want", "x".repeat(1_100_000));
        isProblem(api().post("/api/v1/cases", huge), 413, "request-too-large");
    }

    @Test
    void successfulAnswersNameTheApiVersionToo() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
