package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.ATTENTION;
import static nl.opgroeiruimte.casefile.query.indicators.ReasonAssertions.onlyReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Default: a request without grant for more than 90 days. */
class RequestPendingTest {
    private final RequestPending rule = new RequestPending();
    private final CaseFileBuilder file = aCase();
    private String request;

    @BeforeEach
    void requestedOnTheEighthOfJanuary() {
        request = file.requested(LocalDate.parse("2024-01-08"));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void ninetyDaysOfWaitingIsStillGo() {
        assertThat(on("2024-04-07")).isEmpty();
    }

    @Test
    void aRequestWaitingMoreThanNinetyDaysNeedsAttention() {
        onlyReason(on("2024-04-08"), "request-pending", ATTENTION, request);
    }

    @Test
    void opgroeiruimteGrantedClearsTheRisk() {
        file.granted(LocalDate.parse("2024-04-15"));

        assertThat(on("2024-04-14")).hasSize(1);
        assertThat(on("2024-04-15")).isEmpty();
    }
}
