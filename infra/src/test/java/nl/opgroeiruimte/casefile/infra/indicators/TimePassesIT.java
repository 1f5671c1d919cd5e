package nl.opgroeiruimte.casefile.infra.indicators;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Time passes by itself: persistent deadlines (db-scheduler) record the end of an exclusivity when the
 * clock reaches it, and a restarted service catches up on deadlines that fell due while it was down.
 */
class TimePassesIT extends PostgresIntegrationTest {
    @Autowired
    Scheduler deadlines;

    private List<String> kinds(String caseId) {
        return api().get("/api/v1/cases/" + caseId + "/events").json().findValuesAsText("type");
    }

    private String grantedCase(String requestedOn, String until) {
        String caseId = api().post("/api/v1/cases", CaseJson.request(requestedOn))
                .json()
                .get("aggregateId")
                .asText();
        assertThat(api().post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant(requestedOn, until))
                        .status())
                .isEqualTo(201);
        return caseId;
    }

    @Test
    void theEndOfTheExclusivityIsRecordedWhenTheClockReachesTheDayAfter() throws InterruptedException {
        clock.setDay("2025-01-10");
        String caseId = grantedCase("2025-01-10", "2025-03-01");

        clock.setDay("2025-03-01");
        Thread.sleep(3000); // a few polling rounds of the scheduler: still the last day of the exclusivity
        assertThat(kinds(caseId)).doesNotContain("ExclusivityPeriodEnded");

        clock.setDay("2025-03-02");
        // the scheduler measured its current wait on the clock before the test moved it back in time
        deadlines.triggerCheckForDueExecutions();
        eventually(Duration.ofSeconds(20), () -> assertThat(kinds(caseId)).contains("ExclusivityPeriodEnded"));
        var ended = api().get("/api/v1/cases/" + caseId + "/events").json().at("/items/2");
        assertThat(ended.at("/payload/occurredOn").asText()).isEqualTo("2025-03-02");
        assertThat(ended.at("/payload/actor/role").asText()).isEqualTo("system");
    }

    @Test
    void aRestartedServiceCatchesUpOnDeadlinesThatFellDueWhileItWasDown() throws InterruptedException {
        clock.setDay("2025-01-10");
        String caseId = grantedCase("2025-01-10", "2025-02-01");
        Thread.sleep(2000);
        assertThat(kinds(caseId)).as("not due on the running service's day").doesNotContain("ExclusivityPeriodEnded");

        // a second instance started "later" (on today's real date) finds the deadline due in the database
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(CaseFileApplication.class)
                .profiles("postgres")
                .run(secondInstanceArgs())) {
            eventually(Duration.ofSeconds(30), () -> assertThat(kinds(caseId)).contains("ExclusivityPeriodEnded"));
        }
        assertThat(kinds(caseId).stream()
                        .filter("ExclusivityPeriodEnded"::equals)
                        .count())
                .as("recorded once")
                .isEqualTo(1);
    }

    @Test
    void aCommandCannotActAsTheCaseFileItself() {
        String body = CaseJson.request("2024-03-01").replace("\"board-member\"", "\"system\"");

        Api.Response response = api().post("/api/v1/cases", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText())
                .as("the rule is about the actor's role, and names it")
                .isEqualTo("actor.role");
    }
}
