package nl.opgroeiruimte.casefile.infra.scaling;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.processing.ProcessingProperties;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.Contract;
import nl.opgroeiruimte.casefile.infra.support.LivePage;
import nl.opgroeiruimte.casefile.infra.support.People;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import nl.opgroeiruimte.casefile.infra.support.PostgresTestDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deployment split by role (casefile.instance.role, docs/scaling.md): a projector instance and an api
 * instance on one PostgreSQL database of their own, nothing else on it. The api instance takes the
 * commands, the projector keeps every read model, and neither does the other's part.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstanceRolesIT {
    /** The processors whose position is kept in tokenentry: the projector's, all of them. */
    private static final List<String> TRACKED = List.of(
            "timeline",
            "case-summaries",
            "case-indicators",
            "municipalities",
            "initiatives",
            "people",
            "notification-outbox",
            "municipal-reorganisations");

    private ConfigurableApplicationContext projector;
    private ConfigurableApplicationContext api;
    private JdbcClient jdbc;

    @BeforeAll
    void startAProjectorAndAnApiInstance() {
        String url = PostgresTestDatabase.create("casefile_it_roles_" + Long.toString(System.currentTimeMillis(), 36)
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 16), 36));
        projector = start(url, "projector");
        api = start(url, "api");
        jdbc = api.getBean(JdbcClient.class);
        // the projector does not serve the OpenAPI document: its answers are checked against the api instance's
        Contract.documentedBy(client(projector).port(), client(api).port());
        People.registrar(client(api));
        People.ensureFixedPeople();
    }

    @AfterAll
    void stop() {
        if (api != null) api.close();
        if (projector != null) projector.close();
    }

    @Test
    void aCaseRequestedThroughTheApiInstanceIsShownThereOnceTheProjectorHasProjectedIt() {
        Api.Response requested = client(api).post("/api/v1/cases", CaseJson.request("2024-03-01"));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String caseId = requested.json().get("aggregateId").asText();

        eventually(Duration.ofSeconds(30), () -> {
            Api.Response summary = client(api).get("/api/v1/cases/" + caseId);
            assertThat(summary.status()).as(summary.body()).isEqualTo(200);
            assertThat(summary.json().get("caseId").asText()).isEqualTo(caseId);
            assertThat(jdbc.sql("select count(*) from rm_timeline_entry where case_id = ?")
                            .param(caseId)
                            .query(Long.class)
                            .single())
                    .as("the request on the case's timeline")
                    .isEqualTo(1L);
        });
    }

    @Test
    void aPageOpenOnTheApiInstanceHearsOfAMeetingOnceTheProjectorHasItInTheTimeline() throws Exception {
        Api api = client(this.api);
        String caseId = CaseJson.grantedCase(api);
        eventually(
                Duration.ofSeconds(30),
                () -> assertThat(api.get("/api/v1/cases/" + caseId).status()).isEqualTo(200));
        try (LivePage page = LivePage.ofCase(api.port(), caseId, "beheerder")) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.awaitLine("event:ready"))
                    .as("the page is connected")
                    .isNotNull();
            Api.Response meeting = api.post("/api/v1/cases/" + caseId + "/meetings", CaseJson.meeting("kick-off"));
            assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);

            assertThat(page.awaitLine("data:meeting-recorded " + caseId))
                    .as("the page on the api instance is told of the meeting")
                    .isNotNull();
            assertThat(count("select count(*) from rm_timeline_entry where case_id = ?", caseId))
                    .as("told only once the projector has the meeting in the timeline the page reloads")
                    .isEqualTo(count("select count(*) from domainevententry where aggregateidentifier = ?", caseId));
        }
    }

    @Test
    void theProjectorHoldsEverySegmentOfEveryTrackedProcessorAndTheApiInstanceNone() {
        String projectorNode = projector.getBean(ProcessingProperties.class).nodeId();
        String apiNode = api.getBean(ProcessingProperties.class).nodeId();
        eventually(Duration.ofSeconds(30), () -> {
            for (String processor : TRACKED) {
                assertThat(jdbc.sql("select owner from tokenentry where processorname = ?")
                                .param(processor)
                                .query(String.class)
                                .list())
                        .as(processor)
                        .isNotEmpty()
                        .containsOnly(projectorNode);
            }
        });
        assertThat(jdbc.sql("select count(*) from tokenentry where owner = ?")
                        .param(apiNode)
                        .query(Long.class)
                        .single())
                .as("the api instance claims no segment")
                .isZero();
        assertThat(streamingProcessors(api))
                .as("the api instance streams only the live updates of its own pages")
                .containsExactly("live-updates");
        assertThat(streamingProcessors(projector))
                .as("the projector streams every tracked processor, no live updates (it serves no pages)")
                .containsAll(TRACKED)
                .doesNotContain("live-updates");
    }

    @Test
    void theProjectorServesHealthAndItsProcessorsAdministrationButNotTheApiNorThePages() {
        Api toProjector = client(projector);
        for (String path : List.of("/api/v1/cases", "/", "/api/v1/openapi.json")) {
            Api.Response refused = toProjector.get(path);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.contentType()).as(path).startsWith("application/problem+json");
            assertThat(refused.json().get("rule").asText()).as(path).isEqualTo("not-served-by-projector");
        }
        Api.Response health = client(projector).anonymous().get("/actuator/health");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        Api.Response timeline = toProjector.get("/api/v1/admin/processors/timeline");
        assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
        assertThat(timeline.json().get("running").asBoolean()).isTrue();

        Api.Response processorsOfTheApi = client(api).get("/api/v1/admin/processors");
        assertThat(processorsOfTheApi.status()).as(processorsOfTheApi.body()).isEqualTo(200);
        assertThat(processorsOfTheApi.json().findValuesAsText("name")).containsExactly("live-updates");
        assertThat(client(api).anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void dueDeadlinesArePickedByTheApiInstanceOnly() {
        eventually(
                Duration.ofSeconds(30),
                () -> assertThat(
                                api.getBean(Scheduler.class).getSchedulerState().isStarted())
                        .as("the api instance's scheduler picks due deadlines")
                        .isTrue());
        assertThat(projector.getBean(Scheduler.class).getSchedulerState().isStarted())
                .as("the projector's scheduler is never started")
                .isFalse();
    }

    private static ConfigurableApplicationContext start(String url, String role) {
        return new SpringApplicationBuilder(CaseFileApplication.class)
                .profiles("postgres")
                .run(PostgresIntegrationTest.instanceArgs(
                        url,
                        "--casefile.instance.role=" + role,
                        // beside the other tests' application in this JVM: PostgreSQL's 100 connections are shared
                        "--spring.datasource.hikari.maximum-pool-size=8"));
    }

    private long count(String sql, String caseId) {
        return jdbc.sql(sql).param(caseId).query(Long.class).single();
    }

    private static Api client(ConfigurableApplicationContext instance) {
        return new Api(
                ((ServletWebServerApplicationContext) instance).getWebServer().getPort());
    }

    private static List<String> streamingProcessors(ConfigurableApplicationContext instance) {
        return instance.getBean(EventProcessingConfiguration.class).eventProcessors().entrySet().stream()
                .filter(processor -> processor.getValue() instanceof StreamingEventProcessor)
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
