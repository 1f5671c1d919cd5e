package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.ATTENTION;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.STOP_RISK;
import static nl.opgroeiruimte.casefile.query.indicators.ReasonAssertions.onlyReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Default: attention from the day after the due date, stop risk when more than 30 days past due. */
class MilestoneOverdueTest {
    private final MilestoneOverdue rule = new MilestoneOverdue();
    private final CaseFileBuilder file = aCase();
    private String planned;

    @BeforeEach
    void milestoneDueOnTheTwentyEighthOfJune() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
        planned = file.milestonePlanned(LocalDate.parse("2024-03-04"), "m1", LocalDate.parse("2024-06-28"));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void aMilestoneOnItsDueDayIsNotOverdue() {
        assertThat(on("2024-06-28")).isEmpty();
    }

    @Test
    void theDayAfterItsDueDateAMilestoneWithoutOutcomeNeedsAttention() {
        onlyReason(on("2024-06-29"), "milestone-overdue", ATTENTION, planned);
    }

    @Test
    void thirtyDaysOverdueIsStillAttention() {
        onlyReason(on("2024-07-28"), "milestone-overdue", ATTENTION, planned);
    }

    @Test
    void thirtyOneDaysOverdueIsAStopRisk() {
        onlyReason(on("2024-07-29"), "milestone-overdue", STOP_RISK, planned);
    }

    @Test
    void milestoneDecidedClearsTheOverdueRisk() {
        file.milestoneDecided(LocalDate.parse("2024-08-05"), "m1", MilestoneResult.NOT_MET, null);

        onlyReason(on("2024-08-04"), "milestone-overdue", STOP_RISK, planned);
        assertThat(on("2024-08-05")).isEmpty();
    }

    @Test
    void aRescheduledMilestoneIsOverdueOnlyAfterItsNewDueDate() {
        String rescheduled = file.milestoneRescheduled(
                LocalDate.parse("2024-06-20"), "m1", LocalDate.parse("2024-06-28"), LocalDate.parse("2024-09-30"));

        assertThat(on("2024-07-29")).isEmpty();
        assertThat(on("2024-09-30")).isEmpty();
        onlyReason(on("2024-10-01"), "milestone-overdue", ATTENTION, planned, rescheduled);
    }
}
