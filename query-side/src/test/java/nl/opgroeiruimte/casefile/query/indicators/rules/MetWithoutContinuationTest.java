package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
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

/** The stop-go pattern: met, but the promised continuation did not come; counted for at most 365 days (default). */
class MetWithoutContinuationTest {
    private static final LocalDate DECIDED = LocalDate.parse("2024-06-28");
    private final MetWithoutContinuation rule = new MetWithoutContinuation();
    private final CaseFileBuilder file = aCase();
    private String planned;

    @BeforeEach
    void feasibilityStudyWithAGuarantee() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
        file.fundingCommitted(
                LocalDate.parse("2024-02-01"), "f1", LocalDate.parse("2024-02-01"), LocalDate.parse("2024-06-30"));
        planned = file.milestonePlanned(LocalDate.parse("2024-03-04"), "m1", DECIDED);
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void milestoneMetWithoutThePromisedContinuationIsAStopRisk() {
        String outcome = file.milestoneDecided(DECIDED, "m1", MilestoneResult.MET, false);

        assertThat(on("2024-06-27")).isEmpty();
        onlyReason(on("2024-06-28"), "met-without-continuation", STOP_RISK, planned, outcome);
    }

    /**
     * Entered after the fact: the case file recorded the due date as passed before the outcome, met days before
     * it, was entered. The outcome supersedes that record, and the reason cites the outcome, not the overdue.
     */
    @Test
    void anOverdueSupersededByAnOutcomeEnteredLaterIsNotCitedAsEvidence() {
        file.dueDatePassed("m1", DECIDED);
        LocalDate metOn = DECIDED.minusDays(5);
        String outcome = file.milestoneDecided(metOn, "m1", MilestoneResult.MET, false);
        file.overdueSuperseded(metOn, "m1", DECIDED);

        onlyReason(on("2024-07-15"), "met-without-continuation", STOP_RISK, planned, outcome);
    }

    @Test
    void partlyMetWithoutWordOnTheContinuationCountsAsWell() {
        String outcome = file.milestoneDecided(DECIDED, "m1", MilestoneResult.PARTLY_MET, null);

        onlyReason(on("2024-06-28"), "met-without-continuation", STOP_RISK, planned, outcome);
    }

    @Test
    void milestoneMetWithItsContinuationDeliveredIsGo() {
        file.milestoneDecided(DECIDED, "m1", MilestoneResult.MET, true);

        assertThat(on("2024-06-28")).isEmpty();
    }

    @Test
    void aMilestoneNotMetIsAMomentToEvaluateNotAStopGo() {
        file.milestoneDecided(DECIDED, "m1", MilestoneResult.NOT_MET, false);

        assertThat(on("2024-06-28")).isEmpty();
    }

    @Test
    void theStopGoRiskFadesAfterTheWindowOf365Days() {
        file.milestoneDecided(DECIDED, "m1", MilestoneResult.MET, false);

        assertThat(on("2025-06-28")).hasSize(1);
        assertThat(on("2025-06-29")).isEmpty();
    }

    @Test
    void aNextMilestonePlannedAfterTheDecisionClearsTheStopRisk() {
        file.milestoneDecided(DECIDED, "m1", MilestoneResult.MET, false);
        file.milestonePlanned(LocalDate.parse("2024-07-15"), "m2", LocalDate.parse("2025-03-31"));

        assertThat(on("2024-07-14")).hasSize(1);
        assertThat(on("2024-07-15")).isEmpty();
    }

    @Test
    void aNextMilestonePlannedOnTheDecisionDayItselfIsNotYetANewStep() {
        file.milestoneDecided(DECIDED, "m1", MilestoneResult.MET, false);
        file.milestonePlanned(DECIDED, "m2", LocalDate.parse("2025-03-31"));

        assertThat(on("2024-06-28")).hasSize(1);
    }

    @Test
    void fundingCommittedAfterTheDecisionClearsTheStopRisk() {
        file.milestoneDecided(DECIDED, "m1", MilestoneResult.MET, false);
        file.fundingCommitted(
                LocalDate.parse("2024-08-01"), "f2", LocalDate.parse("2024-08-01"), LocalDate.parse("2025-07-31"));

        assertThat(on("2024-07-31")).hasSize(1);
        assertThat(on("2024-08-01")).isEmpty();
    }

    @Test
    void refusedFundingIsNoContinuation() {
        String outcome = file.milestoneDecided(DECIDED, "m1", MilestoneResult.MET, false);
        file.fundingRefused(LocalDate.parse("2024-08-01"), "f2");

        onlyReason(on("2024-08-01"), "met-without-continuation", STOP_RISK, planned, outcome);
    }
}
