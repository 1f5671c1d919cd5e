package nl.opgroeiruimte.casefile.infra.spine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What a newcomer gets without any database: the embedded H2 file database, healthy, taking commands. */
@SpringBootTest(classes = CaseFileApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultSmokeIT {
    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("casefile-smoke");
        registry.add("casefile.data-dir", dir::toString);
    }

    @Test
    void embeddedDefaultStartsAndReportsHealthyWithItsDatabase() {
        Api.Response health = new Api(port).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.json().at("/components/db/details/database").asText()).isEqualTo("H2");
    }

    @Test
    void embeddedDefaultStoresAndReadsBackACase() {
        Api api = new Api(port);
        nl.opgroeiruimte.casefile.infra.support.People.registrar(api);
        nl.opgroeiruimte.casefile.infra.support.People.ensureFixedPeople();
        String caseId = api.post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();

        Api.Response granted =
                api.post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2029-04-01"));

        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/cases/" + caseId + "/events").json().findValuesAsText("type"))
                .containsExactly("OpgroeiruimteRequested", "OpgroeiruimteGranted");
    }

    @Test
    void axonMetricsArePublishedThroughMicrometer() {
        Api api = new Api(port);
        nl.opgroeiruimte.casefile.infra.support.People.registrar(api);
        nl.opgroeiruimte.casefile.infra.support.People.ensureFixedPeople();
        api.post("/api/v1/cases", CaseJson.request("2024-03-01"));

        Api.Response metrics = api.get("/actuator/metrics");

        assertThat(metrics.json().get("names").toString()).contains("commandBus");
    }

    @Test
    void nothingOfRabbitMqStartsUnlessNotificationsToItAreSwitchedOn() {
        assertThat(context.getBeanNamesForType(ConnectionFactory.class)).isEmpty();
        assertThat(new Api(port)
                        .get("/actuator/health")
                        .json()
                        .path("components")
                        .has("rabbit"))
                .isFalse();
    }

    @Test
    void aDocumentIsStoredInTheEmbeddedDatabaseAndReadBack() throws Exception {
        Api api = new Api(port);
        // commands name registered people only
        nl.opgroeiruimte.casefile.infra.support.People.registrar(api);
        nl.opgroeiruimte.casefile.infra.support.People.ensureFixedPeople();
        String caseId = api.post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        byte[] content = "%PDF-1.4\n% plan van aanpak\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        String boundary = "grens";
        byte[] body = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\n\r\n"
                        + new String(content, StandardCharsets.UTF_8) + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"document\"\r\n\r\n{\"actor\": "
                        + CaseJson.CIVIL_SERVANT
                        + ", \"occurredOn\": \"2024-03-02\"}\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        String auth =
                "Basic " + Base64.getEncoder().encodeToString("beheerder:beheerder".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId + "/documents"))
                        .header("Authorization", auth)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<byte[]> download = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + created.headers().firstValue("Location").orElseThrow()))
                        .header("Authorization", auth)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(content);
    }
}
