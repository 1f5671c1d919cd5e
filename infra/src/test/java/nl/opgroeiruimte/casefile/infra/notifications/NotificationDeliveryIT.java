package nl.opgroeiruimte.casefile.infra.notifications;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.People;
import nl.opgroeiruimte.casefile.infra.support.PostgresTestDatabase;
import nl.opgroeiruimte.casefile.infra.support.ThrowawayPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notifications reach other systems through outages (docs/notifications.md). While cases are being recorded,
 * the RabbitMQ broker is stopped and started again and a webhook subscriber is down for a while; afterwards
 * every event of those cases has reached the broker's queue and the subscriber — deduplicated by event id, as
 * the at-least-once contract says consumers do — with no event missing and each case's events in their order.
 * A subscriber that keeps failing ends with deliveries failed for good, which administrators see.
 * Needs RabbitMQ at 127.0.0.1:5672 (guest/guest) and {@code rabbitmqctl} (bash .ci/run starts it).
 */
class NotificationDeliveryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CASES = 3;
    /** About 40 s of attempts: longer than the subscriber's outage, shorter than the test's patience. */
    private static final int MAX_ATTEMPTS = 40;

    private static final String EXCHANGE = "casefile.events";
    private static ConfigurableApplicationContext service;
    private static Api api;
    private static JdbcClient store;
    private static CachingConnectionFactory rabbit;
    private static String queue;

    /** What a subscriber received, with whether its signature was right. */
    record Received(String path, String eventId, JsonNode event, boolean signed) {}

    @BeforeAll
    static void start() {
        String url = PostgresTestDatabase.create("casefile_it_notify_" + Long.toString(System.currentTimeMillis(), 36));
        service = new SpringApplicationBuilder(CaseFileApplication.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--casefile.security.mode=local",
                        "--casefile.security.allow-local-users=true",
                        "--casefile.notifications.rabbitmq.enabled=true",
                        "--spring.rabbitmq.host=127.0.0.1",
                        "--casefile.notifications.rabbitmq.confirm-timeout=PT5S",
                        "--casefile.notifications.webhooks.require-https=false",
                        "--casefile.notifications.webhooks.poll-interval=PT0.2S",
                        "--casefile.notifications.webhooks.first-retry=PT0.2S",
                        "--casefile.notifications.webhooks.backoff-multiplier=1.5",
                        "--casefile.notifications.webhooks.max-retry-wait=PT1S",
                        "--casefile.notifications.webhooks.max-attempts=" + MAX_ATTEMPTS,
                        "--casefile.notifications.webhooks.request-timeout=PT2S",
                        "--db-scheduler.polling-interval=PT0.5S");
        api = new Api(
                ((ServletWebServerApplicationContext) service).getWebServer().getPort());
        store = service.getBean(JdbcClient.class);
        // commands name registered people only
        People.registrar(api);
        People.ensureFixedPeople();
        // and the parties of its cases, before anyone subscribes: what arrives is the cases' own events
        People.ensureMunicipality(CaseJson.MUNICIPALITY);
        People.ensureInitiative(CaseJson.INITIATIVE, CaseJson.MUNICIPALITY);

        rabbit = new CachingConnectionFactory("127.0.0.1", 5672);
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        TopicExchange exchange = new TopicExchange(EXCHANGE, true, false);
        queue = "casefile-test-" + UUID.randomUUID();
        admin.declareExchange(exchange);
        admin.declareQueue(new Queue(queue, true, false, false));
        admin.declareBinding(BindingBuilder.bind(new Queue(queue)).to(exchange).with(CaseJson.MUNICIPALITY + ".#"));
    }

    @AfterAll
    static void stop() throws Exception {
        rabbitmqctl("start_app");
        try {
            new RabbitAdmin(rabbit).deleteQueue(queue);
        } finally {
            rabbit.destroy();
            if (service != null) service.close();
        }
    }

    @Test
    void everyEventArrivesOncePerIdInTheOrderOfItsCaseThroughABrokerRestartAndASubscriberOutage() throws Exception {
        ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
        int subscriberPort = ThrowawayPostgres.freePort();
        HttpServer subscriber = subscriber(subscriberPort, received);
        HttpServer broken = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        broken.createContext("/", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        broken.start();
        try {
            String callback = "http://127.0.0.1:" + subscriberPort;
            JsonNode full = subscribe(api, callback + "/full", "\"filters\": {\"municipality\": \"GM0193\"}");
            JsonNode research = subscribe(new Api(port()).as("onderzoeker"), callback + "/research", "\"filters\": {}");
            JsonNode failing = subscribe(
                    api,
                    "http://127.0.0.1:" + broken.getAddress().getPort() + "/",
                    "\"filters\": {\"eventTypes\": [\"opgroeiruimte-granted\"]}");
            assertThat(full.get("pseudonymised").asBoolean()).isFalse();
            assertThat(research.get("pseudonymised").asBoolean()).isTrue();
            signingSecrets.put("/full", full.get("signingSecret").asText());
            signingSecrets.put("/research", research.get("signingSecret").asText());

            List<String> cases = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                String caseId = api.post("/api/v1/cases", CaseJson.request("2024-01-10"))
                        .json()
                        .get("aggregateId")
                        .asText();
                assertThat(api.post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-02-01", "2027-02-01"))
                                .status())
                        .isEqualTo(201);
                cases.add(caseId);
            }
            meetings(cases, 0, 4);

            subscriber.stop(0);
            rabbitmqctl("stop_app");
            meetings(cases, 4, 8);
            subscriber = subscriber(subscriberPort, received);
            rabbitmqctl("start_app");
            rabbitmqctl("await_startup");
            meetings(cases, 8, 12);

            Set<String> expectedIds = new LinkedHashSet<>();
            store.sql("select eventidentifier from domainevententry where aggregateidentifier in (:cases)")
                    .param("cases", cases)
                    .query(String.class)
                    .list()
                    .forEach(expectedIds::add);
            assertThat(expectedIds).hasSize(CASES * (2 + 12));

            // the broker: everything, deduplicated by id, in each case's order
            List<JsonNode> fromBroker = new ArrayList<>();
            RabbitTemplate consumer = new RabbitTemplate(rabbit);
            eventually(Duration.ofSeconds(120), () -> {
                for (Message m; (m = consumer.receive(queue, 200)) != null; ) fromBroker.add(read(m.getBody()));
                assertThat(firstOccurrences(fromBroker).keySet()).containsAll(expectedIds);
            });
            assertInCaseOrder(fromBroker, cases);
            assertThat(fromBroker)
                    .allSatisfy(e -> assertThat(
                                    e.get("data").get("actor").get("personId").asText())
                            .doesNotStartWith("ps-"));

            // the webhook subscriber: the same, and every delivery signed
            eventually(
                    Duration.ofSeconds(120),
                    () -> assertThat(firstOccurrences(of(received, "/full")).keySet())
                            .containsAll(expectedIds));
            assertInCaseOrder(of(received, "/full"), cases);
            eventually(
                    Duration.ofSeconds(120),
                    () -> assertThat(firstOccurrences(of(received, "/research")).keySet())
                            .containsAll(expectedIds));
            assertInCaseOrder(of(received, "/research"), cases);
            assertThat(received).allMatch(Received::signed);
            assertThat(of(received, "/research")).allSatisfy(e -> {
                assertThat(e.get("data").get("actor").get("personId").asText()).startsWith("ps-");
                if (e.get("data").has("motivation"))
                    assertThat(e.get("data").get("motivation").asText()).isEqualTo("[withheld]");
            });
            assertThat(of(received, "/full").stream().filter(e -> e.get("data").has("motivation")))
                    .allSatisfy(e ->
                            assertThat(e.get("data").get("motivation").asText()).isNotEqualTo("[withheld]"));

            // the subscriber that keeps failing: its deliveries failed for good, for the administrators to see
            String failingId = failing.get("subscriptionId").asText();
            eventually(
                    Duration.ofSeconds(120),
                    () -> assertThat(api.get("/api/v1/admin/notification-deliveries?status=failed")
                                    .json())
                            .filteredOn(d -> d.get("subscriptionId").asText().equals(failingId))
                            .hasSize(CASES));
            JsonNode shown = api.get("/api/v1/subscriptions/" + failingId).json();
            assertThat(shown.get("deliveries")).allSatisfy(d -> {
                assertThat(d.get("status").asText()).isEqualTo("failed");
                assertThat(d.get("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
                assertThat(d.get("lastStatus").asInt()).isEqualTo(500);
            });
            assertThat(shown.has("signingSecret"))
                    .as("the secret is shown once")
                    .isFalse();
            assertThat(new Api(port())
                            .as("ambtenaar-zwolle")
                            .get("/api/v1/subscriptions/" + failingId)
                            .status())
                    .as("somebody else's subscription")
                    .isEqualTo(404);
        } finally {
            subscriber.stop(0);
            broken.stop(0);
        }
    }

    @Test
    void aCivilServantSubscribesToTheirOwnMunicipalityOnlyAndOtherRolesNotAtAll() {
        Api zwolle = new Api(port()).as("ambtenaar-zwolle");
        assertThat(zwolle.post("/api/v1/subscriptions", """
                {"callbackUrl": "http://127.0.0.1:9/x", "filters": {"municipality": "GM0301"}}""").status()).isEqualTo(403);
        assertThat(zwolle.post("/api/v1/subscriptions", """
                {"callbackUrl": "http://127.0.0.1:9/x"}""").status()).isEqualTo(201);
        assertThat(new Api(port())
                        .as("raadslid-zwolle")
                        .post("/api/v1/subscriptions", """
                {"callbackUrl": "http://127.0.0.1:9/x"}""")
                        .status())
                .isEqualTo(403);
        Api.Response unknownType = api.post("/api/v1/subscriptions", """
                {"callbackUrl": "http://127.0.0.1:9/x", "filters": {"eventTypes": ["milestone-planed"]}}""");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().get("field").asText()).isEqualTo("filters.eventTypes[0]");
        Api.Response noUrl = api.post("/api/v1/subscriptions", "{\"callbackUrl\": \"ftp://example.nl/x\"}");
        assertThat(noUrl.status()).isEqualTo(400);
        assertThat(noUrl.json().get("rule").asText()).isEqualTo("invalid-callback-url");
    }

    // ---------------------------------------------------------------- helpers

    private static final Map<String, String> signingSecrets = new ConcurrentHashMap<>();

    private static int port() {
        return ((ServletWebServerApplicationContext) service).getWebServer().getPort();
    }

    private static JsonNode subscribe(Api as, String callbackUrl, String filters) {
        Api.Response created = as.post("/api/v1/subscriptions", """
                {"callbackUrl": "%s", "auth": "Bearer test-token", %s}""".formatted(callbackUrl, filters));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location"))
                .isEqualTo("/api/v1/subscriptions/"
                        + created.json().get("subscriptionId").asText());
        return created.json();
    }

    private static void meetings(List<String> cases, int from, int to) {
        for (int n = from; n < to; n++) {
            for (String caseId : cases) {
                assertThat(api.post("/api/v1/cases/" + caseId + "/meetings", CaseJson.meeting("topic " + n))
                                .status())
                        .isEqualTo(201);
            }
        }
    }

    /** Per case, the first arrival of each event comes in the order of the case: sequence 1, 2, 3, … */
    private static void assertInCaseOrder(List<JsonNode> arrivals, List<String> cases) {
        Map<String, JsonNode> first = firstOccurrences(arrivals);
        for (String caseId : cases) {
            List<Long> sequences = first.values().stream()
                    .filter(e -> e.get("data").path("caseId").asText("").equals(caseId))
                    .map(e -> Long.parseLong(e.get("sequence").asText()))
                    .toList();
            assertThat(sequences)
                    .as("case " + caseId)
                    .isEqualTo(LongStream.rangeClosed(1, 14).boxed().toList());
        }
    }

    private static Map<String, JsonNode> firstOccurrences(List<JsonNode> arrivals) {
        Map<String, JsonNode> first = new LinkedHashMap<>();
        for (JsonNode event : List.copyOf(arrivals))
            first.putIfAbsent(event.get("id").asText(), event);
        return first;
    }

    private static List<JsonNode> of(ConcurrentLinkedQueue<Received> received, String path) {
        return received.stream()
                .filter(r -> r.path().equals(path))
                .map(Received::event)
                .toList();
    }

    private static HttpServer subscriber(int port, ConcurrentLinkedQueue<Received> received) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String secret = signingSecrets.get(path);
            boolean signed = secret != null
                    && ("v1," + WebhookDeliveries.signature(secret, id, timestamp, body))
                            .equals(exchange.getRequestHeaders().getFirst("webhook-signature"))
                    && "Bearer test-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/cloudevents+json");
            JsonNode event = read(body.getBytes(StandardCharsets.UTF_8));
            received.add(new Received(
                    path, id, event, signed && id.equals(event.get("id").asText())));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static JsonNode read(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rabbitmqctl(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("rabbitmqctl", command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("rabbitmqctl " + command)
                .isTrue();
        assertThat(process.exitValue())
                .as("rabbitmqctl " + command + ": " + output)
                .isZero();
    }
}
