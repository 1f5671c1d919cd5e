package nl.opgroeiruimte.casefile.infra.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A retried command with the same Idempotency-Key gets the first answer and stores nothing twice. */
class IdempotentRetryIT extends PostgresIntegrationTest {

    @Test
    void retriedRequestForANewCaseReturnsTheFirstCaseAndStoresOneEvent() {
        long eventsBefore = jdbc.sql("select count(*) from domainevententry")
                .query(Long.class)
                .single();
        String key = UUID.randomUUID().toString();

        Api.Response first = api().header("Idempotency-Key", key).post("/api/v1/cases", CaseJson.request("2024-03-01"));
        Api.Response retry = api().header("Idempotency-Key", key).post("/api/v1/cases", CaseJson.request("2024-03-01"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(jdbc.sql("select count(*) from domainevententry")
                        .query(Long.class)
                        .single())
                .as("one case, not two")
                .isEqualTo(eventsBefore + 1);
    }

    @Test
    void retriedMilestoneIsPlannedOnce() {
        String caseId = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        api().post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2029-04-01"));
        String key = UUID.randomUUID().toString();

        Api.Response first = api().header("Idempotency-Key", key)
                .post("/api/v1/cases/" + caseId + "/milestones", CaseJson.milestone("2024-05-01", "2024-09-01"));
        Api.Response retry = api().header("Idempotency-Key", key)
                .post("/api/v1/cases/" + caseId + "/milestones", CaseJson.milestone("2024-05-01", "2024-09-01"));

        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(storedEventCount(caseId)).isEqualTo(3);
    }

    @Test
    void sameKeyWithADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key).post("/api/v1/cases", CaseJson.request("2024-03-01"));

        Api.Response other = api().header("Idempotency-Key", key).post("/api/v1/cases", CaseJson.request("2024-03-02"));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("rule").asText()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void refusedCommandDoesNotUseUpItsKey() {
        String caseId = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        String key = UUID.randomUUID().toString();
        String milestone = "/api/v1/cases/" + caseId + "/milestones";

        Api.Response refused =
                api().header("Idempotency-Key", key).post(milestone, CaseJson.milestone("2024-05-01", "2024-09-01"));
        assertThat(refused.status()).as("not granted yet").isEqualTo(409);
        api().post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2029-04-01"));
        Api.Response accepted =
                api().header("Idempotency-Key", key).post(milestone, CaseJson.milestone("2024-05-01", "2024-09-01"));

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void retryAfterARestartStillGetsTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        Api.Response first = api().header("Idempotency-Key", key).post("/api/v1/cases", CaseJson.request("2024-03-01"));

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(CaseFileApplication.class)
                .profiles("postgres")
                .run(secondInstanceArgs())) {
            int restartedPort = ((ServletWebServerApplicationContext) restarted)
                    .getWebServer()
                    .getPort();
            Api.Response retry = new Api(restartedPort)
                    .header("Idempotency-Key", key)
                    .post("/api/v1/cases", CaseJson.request("2024-03-01"));

            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.json()).isEqualTo(first.json());
        }
        assertThat(storedEventCount(first.json().get("aggregateId").asText())).isEqualTo(1);
    }
}
