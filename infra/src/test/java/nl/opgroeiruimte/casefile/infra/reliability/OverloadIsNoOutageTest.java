package nl.opgroeiruimte.casefile.infra.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.opgroeiruimte.casefile.infra.security.AdmissionFilter;
import nl.opgroeiruimte.casefile.infra.security.SecurityProperties;
import nl.opgroeiruimte.casefile.infra.web.DatabaseUnavailableProperties;
import nl.opgroeiruimte.casefile.infra.web.ProblemAdvice;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A busy service is not a broken one: commands beyond the admitted number wait their turn, one that
 * waited too long hears 503 {@code overloaded} with Retry-After, and a pool that ran out of connections
 * while the database answers is never called {@code database-unavailable}. (ConcurrentCommandsIT shows
 * fifty writers at once all served; DatabaseOutageIT the real outage.)
 */
class OverloadIsNoOutageTest {
    // as the application's: problem details with their properties at the top level
    private static final ObjectMapper JSON = org.springframework.http.converter.json.Jackson2ObjectMapperBuilder.json()
            .build();

    private static SecurityProperties admitting(int concurrent, Duration wait) {
        return new SecurityProperties(
                SecurityProperties.Mode.LOCAL,
                false,
                java.util.Map.of(),
                List.of(),
                1024,
                null,
                new SecurityProperties.Admission(concurrent, wait, Duration.ofSeconds(3)),
                null);
    }

    @Test
    void aCommandBeyondTheAdmittedNumberWaitsItsTurnAndIsCarriedOut() throws Exception {
        AdmissionFilter admission = new AdmissionFilter(admitting(1, Duration.ofSeconds(30)), JSON);
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> send(admission, () -> {
            firstInside.countDown();
            await(firstMayFinish);
        }));
        assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
        CountDownLatch secondInside = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> second =
                CompletableFuture.supplyAsync(() -> send(admission, secondInside::countDown));

        assertThat(secondInside.await(200, TimeUnit.MILLISECONDS))
                .as("the second waits while the first is carried out")
                .isFalse();
        firstMayFinish.countDown();

        assertThat(secondInside.await(30, TimeUnit.SECONDS))
                .as("then it gets its turn")
                .isTrue();
        assertThat(first.get().getStatus()).isEqualTo(200);
        assertThat(second.get().getStatus()).isEqualTo(200);
    }

    @Test
    void aCommandThatWaitedTooLongIsToldTheServiceIsOverloadedWithRetryAfter() throws Exception {
        AdmissionFilter admission = new AdmissionFilter(admitting(1, Duration.ofMillis(50)), JSON);
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> send(admission, () -> {
            firstInside.countDown();
            await(firstMayFinish);
        }));
        assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
        boolean[] carriedOut = {false};

        MockHttpServletResponse turnedAway = send(admission, () -> carriedOut[0] = true);
        firstMayFinish.countDown();

        assertThat(carriedOut[0]).as("nothing of it was carried out").isFalse();
        assertThat(turnedAway.getStatus()).isEqualTo(503);
        assertThat(turnedAway.getContentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(turnedAway.getContentAsString()).get("rule").asText())
                .isEqualTo("overloaded");
        assertThat(turnedAway.getHeader("Retry-After")).isEqualTo("3");
        assertThat(first.get().getStatus()).isEqualTo(200);
    }

    @Test
    void readsAreNotHeldUp() throws Exception {
        AdmissionFilter admission = new AdmissionFilter(admitting(1, Duration.ofMillis(1)), JSON);
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        CompletableFuture.supplyAsync(() -> send(admission, () -> {
            firstInside.countDown();
            await(firstMayFinish);
        }));
        assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();

        MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/v1/cases");
        MockHttpServletResponse answer = new MockHttpServletResponse();
        admission.doFilter(read, answer, (request, response) -> {});
        firstMayFinish.countDown();

        assertThat(answer.getStatus()).isEqualTo(200);
    }

    @Test
    void aPoolThatRanOutOfConnectionsIsOverloadNotADatabaseOutage() {
        ProblemAdvice advice = new ProblemAdvice(new DatabaseUnavailableProperties(Duration.ofSeconds(5)));
        var exhausted = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms (total=20, active=20, idle=0, waiting=31)"));

        ResponseEntity<ProblemDetail> answer = advice.unexpected(exhausted);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getProperties()).containsEntry("rule", "overloaded");
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    }

    @Test
    void aPoolThatCannotConnectIsADatabaseOutage() {
        ProblemAdvice advice = new ProblemAdvice(new DatabaseUnavailableProperties(Duration.ofSeconds(5)));
        var refused = new java.sql.SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        var down = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms",
                        "08001",
                        refused));

        assertThat(advice.unexpected(down).getBody().getProperties()).containsEntry("rule", "database-unavailable");
    }

    @Test
    void aPoolThatHasNoConnectionsLeftIsADatabaseOutageAlsoWithoutACause() {
        // the pool forgets its last failure to connect once one connection succeeds: while the database
        // comes back, the requests that waited in vain meanwhile carry no cause, only an empty pool
        ProblemAdvice advice = new ProblemAdvice(new DatabaseUnavailableProperties(Duration.ofSeconds(5)));
        var emptied = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms (total=0, active=0, idle=0, waiting=37)"));

        assertThat(advice.unexpected(emptied).getBody().getProperties()).containsEntry("rule", "database-unavailable");
    }

    private static MockHttpServletResponse send(AdmissionFilter admission, Runnable command) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/cases/c/meetings");
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            admission.doFilter(request, response, (req, res) -> command.run());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
