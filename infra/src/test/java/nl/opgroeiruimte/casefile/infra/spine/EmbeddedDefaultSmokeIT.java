package nl.opgroeiruimte.casefile.infra.spine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What a newcomer gets without any database: the embedded H2 file database, healthy, taking commands. */
@SpringBootTest(classes = CaseFileApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultSmokeIT {
    @LocalServerPort
    int port;

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
        String caseId = api.post("/api/v1/cases", CaseJson.request("2024-03-01")).json().get("aggregateId").asText();

        Api.Response granted = api.post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2029-04-01"));

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
}
