package nl.opgroeiruimte.casefile.infra.reliability;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.ThrowawayPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database goes down under load and comes back. Meanwhile the service says so (health DOWN, 503
 * problem+json with Retry-After, never a 500), it recovers by itself, every command it accepted is
 * stored, every command it turned away can be sent again with its Idempotency-Key and is then stored
 * exactly once, and the projections catch up with all of it.
 */
class DatabaseOutageIT {
    private static final int WRITERS = 4;

    record Sent(String caseId, String topic, String key, Api.Response response) {}

    @Test
    void theServiceSaysTheDatabaseIsDownRecoversByItselfAndLosesNothingItAccepted() throws Exception {
        assumeTrue(ThrowawayPostgres.available(), "PostgreSQL binaries in " + ThrowawayPostgres.BINARIES);
        try (ThrowawayPostgres database = ThrowawayPostgres.start();
                ConfigurableApplicationContext service = new SpringApplicationBuilder(CaseFileApplication.class)
                        .profiles("postgres")
                        .run(
                                "--spring.datasource.url=" + database.url("casefile"),
                                "--spring.datasource.username=" + database.user(),
                                "--spring.datasource.password=",
                                "--server.port=0",
                                "--casefile.security.mode=local",
                                "--casefile.security.allow-local-users=true")) {
            int port = ((ServletWebServerApplicationContext) service)
                    .getWebServer()
                    .getPort();
            Api api = new Api(port);
            nl.opgroeiruimte.casefile.infra.support.People.registrar(api);
            nl.opgroeiruimte.casefile.infra.support.People.ensureFixedPeople();
            JdbcClient store = service.getBean(JdbcClient.class);
            List<String> cases = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) cases.add(CaseJson.grantedCase(api));
            // the reader reads the case summary, which is projected a moment after the case is created
            eventually(() -> assertThat(api.get("/api/v1/cases/" + cases.get(0)).status())
                    .isEqualTo(200));

            ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Api.Response> reads = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(WRITERS + 1);
            List<Future<?>> load = new ArrayList<>();
            for (String caseId : cases) {
                load.add(clients.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        String topic = "meeting " + n + " of " + caseId;
                        String key = UUID.randomUUID().toString();
                        sent.add(new Sent(
                                caseId,
                                topic,
                                key,
                                new Api(port)
                                        .header("Idempotency-Key", key)
                                        .post("/api/v1/cases/" + caseId + "/meetings", CaseJson.meeting(topic))));
                        pause(20);
                    }
                }));
            }
            load.add(clients.submit(() -> {
                while (running.get()) {
                    reads.add(api.get("/api/v1/cases/" + cases.get(0)));
                    pause(50);
                }
            }));
            pause(1_500);

            database.stopServer();
            eventually(Duration.ofSeconds(30), () -> {
                Api.Response health = api.get("/actuator/health");
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.json().get("status").asText()).isEqualTo("DOWN");
            });
            int sentBeforeOutageEnds = sent.size();
            // a person opening a page meanwhile is told in Dutch that it is passing, and when to try again
            for (String page : List.of("/dossiers/" + cases.get(0), "/gemeenten/GM0193")) {
                Api.Response shown = new Api(port).header("Accept", "text/html").get(page);
                assertThat(shown.status()).as(page + " " + shown).isEqualTo(503);
                assertThat(shown.contentType()).startsWith("text/html");
                assertThat(shown.body()).contains("Probeer het over een paar seconden opnieuw");
                assertThat(Integer.parseInt(shown.header("Retry-After"))).isPositive();
            }
            pause(4_000);
            database.startServer();
            eventually(
                    Duration.ofSeconds(60),
                    () -> assertThat(api.get("/actuator/health")
                                    .json()
                                    .get("status")
                                    .asText())
                            .isEqualTo("UP"));
            eventually(
                    Duration.ofSeconds(60),
                    () -> assertThat(sent.stream()
                                    .skip(sentBeforeOutageEnds)
                                    .filter(s -> s.response().status() == 201)
                                    .count())
                            .as("accepted again after the outage")
                            .isGreaterThan(10));
            running.set(false);
            for (Future<?> client : load) client.get();
            clients.shutdown();

            List<Api.Response> answers = new ArrayList<>(reads);
            sent.forEach(s -> answers.add(s.response()));
            List<Api.Response> unavailable = answers.stream()
                    .filter(a -> a.status() != 200 && a.status() != 201)
                    .toList();
            assertThat(unavailable)
                    .as("requests during the outage were told so")
                    .isNotEmpty();
            for (Api.Response answer : unavailable) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.json().get("rule").asText()).isEqualTo("database-unavailable");
                assertThat(Integer.parseInt(answer.header("Retry-After"))).isPositive();
            }
            assertThat(reads.stream().filter(r -> r.status() == 503))
                    .as("reads too")
                    .isNotEmpty();

            List<Sent> accepted =
                    sent.stream().filter(s -> s.response().status() == 201).toList();
            assertThat(storedTopics(store))
                    .as("every accepted command is stored")
                    .containsAll(topics(accepted));

            // the clients that were turned away send the same request again, with the same key
            for (Sent refused :
                    sent.stream().filter(s -> s.response().status() != 201).toList()) {
                Api.Response retry = new Api(port)
                        .header("Idempotency-Key", refused.key())
                        .post("/api/v1/cases/" + refused.caseId() + "/meetings", CaseJson.meeting(refused.topic()));
                assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
            }
            assertThat(storedTopics(store))
                    .as("in the end every command is stored exactly once")
                    .containsExactlyInAnyOrderElementsOf(topics(List.copyOf(sent)));

            for (String caseId : cases) {
                long events =
                        count(store, "select count(*) from domainevententry where aggregateidentifier = ?", caseId);
                eventually(Duration.ofSeconds(90), () -> {
                    assertThat(count(store, "select count(*) from rm_timeline_entry where case_id = ?", caseId))
                            .as("the timeline caught up")
                            .isEqualTo(events);
                    assertThat(count(store, "select event_count from rm_case where case_id = ?", caseId))
                            .as("the case summary caught up")
                            .isEqualTo(events);
                });
            }
            assertThat(api.get("/api/v1/admin/dead-letters").json())
                    .as("no fact parked because of the outage")
                    .isEmpty();
        }
    }

    private static List<String> storedTopics(JdbcClient store) {
        return store.sql("""
                        select t.topic from domainevententry e,
                            jsonb_array_elements_text(convert_from(e.payload, 'UTF8')::jsonb -> 'topics') as t(topic)
                        where e.payloadtype like '%MeetingRecorded'""").query(String.class).list();
    }

    private static long count(JdbcClient store, String sql, String caseId) {
        return store.sql(sql).param(caseId).query(Long.class).single();
    }

    private static List<String> topics(List<Sent> sent) {
        return sent.stream().map(Sent::topic).toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
