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

/** Default: a track paused for more than 90 days. */
class PausedTooLongTest {
    private final PausedTooLong rule = new PausedTooLong();
    private final CaseFileBuilder file = aCase();

    @BeforeEach
    void granted() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void aRunningTrackIsNotPaused() {
        assertThat(on("2024-12-31")).isEmpty();
    }

    @Test
    void ninetyDaysOfPauseIsStillGo() {
        file.paused(LocalDate.parse("2024-03-04"));

        assertThat(on("2024-06-02")).isEmpty();
    }

    @Test
    void aPauseOfMoreThanNinetyDaysNeedsAttention() {
        String pause = file.paused(LocalDate.parse("2024-03-04"));

        onlyReason(on("2024-06-03"), "paused-too-long", ATTENTION, pause);
    }

    @Test
    void trackResumedClearsTheRisk() {
        file.paused(LocalDate.parse("2024-03-04"));
        file.resumed(LocalDate.parse("2024-06-10"));

        assertThat(on("2024-06-09")).hasSize(1);
        assertThat(on("2024-06-10")).isEmpty();
    }

    @Test
    void aSecondPauseCountsFromItsOwnDay() {
        file.paused(LocalDate.parse("2024-03-04"));
        file.resumed(LocalDate.parse("2024-04-01"));
        String second = file.paused(LocalDate.parse("2024-07-01"));

        assertThat(on("2024-09-29")).isEmpty();
        onlyReason(on("2024-09-30"), "paused-too-long", ATTENTION, second);
    }
}
