package nl.opgroeiruimte.casefile.infra.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fifty people record something on the same case at the same moment. Whatever the service accepts is
 * stored exactly once with a version of its own; a command that cannot be applied answers 409 or 412
 * and leaves no trace; nothing is silently overwritten.
 */
class ConcurrentCommandsIT extends PostgresIntegrationTest {
    private static final int CLIENTS = 50;
    private static final int WITH_IF_MATCH = 10;
    private ExecutorService clients;
    private String caseId;
    private String base;

    @BeforeEach
    void grantedCase() {
        clients = Executors.newFixedThreadPool(CLIENTS);
        caseId = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        base = "/api/v1/cases/" + caseId;
        // the exclusivity runs on past the test: no deadline records anything on the case meanwhile
        String until = LocalDate.now().plusYears(2).toString();
        assertThat(api().post(base + "/grant", CaseJson.grant("2024-04-01", until))
                        .status())
                .isEqualTo(201);
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    record Sent(String topic, boolean ifMatch, Api.Response response) {}

    @Test
    void fiftyClientsAtOnceEachCommandIsStoredOnceOrRefusedWithoutTrace() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Sent>> futures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String topic = "topic of client " + i;
            // some clients read version 1 (after the grant) and insist on it: at most one of them can win
            boolean ifMatch = i % (CLIENTS / WITH_IF_MATCH) == 0;
            futures.add(clients.submit(() -> {
                Api api = ifMatch ? api().header("If-Match", "\"1\"") : api();
                start.await();
                return new Sent(topic, ifMatch, api.post(base + "/meetings", meeting(topic)));
            }));
        }
        start.countDown();
        List<Sent> sent = new ArrayList<>();
        for (Future<Sent> future : futures) sent.add(future.get());

        List<Sent> accepted =
                sent.stream().filter(s -> s.response().status() == 201).toList();
        List<Sent> refused =
                sent.stream().filter(s -> s.response().status() != 201).toList();
        for (Sent s : refused) {
            assertThat(s.response().status()).as(s.response().toString()).isIn(409, 412);
            assertThat(s.response().contentType()).startsWith("application/problem+json");
            assertThat(s.response().json().get("rule").asText()).isIn("concurrent-modification", "stale-version");
        }
        assertThat(accepted)
                .as("a client without If-Match is never turned away because others wrote at the same time")
                .containsAll(sent.stream().filter(s -> !s.ifMatch()).toList());
        assertThat(accepted.stream().filter(Sent::ifMatch).count())
                .as("only one command can be applied to version 1")
                .isLessThanOrEqualTo(1);

        assertThat(accepted.stream().map(s -> s.response().header("ETag")).collect(Collectors.toSet()))
                .as("every accepted command got a version of its own")
                .isEqualTo(LongStream.rangeClosed(2, 1 + accepted.size())
                        .mapToObj(v -> "\"" + v + "\"")
                        .collect(Collectors.toSet()));
        assertThat(storedEventCount(caseId)).isEqualTo(2 + accepted.size());
        List<String> storedTopics = storedMeetingTopics();
        assertThat(storedTopics)
                .as("each accepted command is stored exactly once")
                .containsExactlyInAnyOrderElementsOf(
                        accepted.stream().map(Sent::topic).toList());
    }

    @Test
    void theSameRequestSentTenTimesAtOnceWithOneIdempotencyKeyIsStoredOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Api.Response>> retries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            retries.add(() -> {
                start.await();
                return api().header("Idempotency-Key", key).post(base + "/meetings", meeting("the one meeting"));
            });
        }
        List<Future<Api.Response>> futures =
                retries.stream().map(clients::submit).toList();
        start.countDown();
        List<Api.Response> answers = new ArrayList<>();
        for (Future<Api.Response> future : futures) answers.add(future.get());

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
        assertThat(answers.stream().map(a -> a.json()).collect(Collectors.toSet()))
                .as("one answer for all")
                .hasSize(1);
        assertThat(storedMeetingTopics()).containsExactly("the one meeting");
    }

    private List<String> storedMeetingTopics() {
        return jdbc.sql("""
                        select t.topic from domainevententry e,
                            jsonb_array_elements_text(convert_from(e.payload, 'UTF8')::jsonb -> 'topics') as t(topic)
                        where e.aggregateidentifier = ? and e.payloadtype like '%MeetingRecorded'""").param(caseId).query(String.class).list();
    }

    private static String meeting(String topic) {
        return """
                {"actor": %s, "occurredOn": "2024-05-01", "kind": "meeting", "topics": ["%s"],
                 "attendees": [{"personId": "p-anna", "party": {"municipality": "GM0193"}, "role": "civil-servant"}]}""".formatted(CaseJson.CIVIL_SERVANT, topic);
    }
}
