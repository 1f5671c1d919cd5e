package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOutcomeRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestonePlanned;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneRescheduled;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RescheduleMilestone;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Milestones with guarantees (piketpaaltjes, 001): planned, decided, rescheduled. */
class MilestoneTest {

    private static final String FEASIBILITY = "haalbaarheidsstudie";
    private static final LocalDate PLANNED_ON = LocalDate.of(2025, 3, 3);
    private static final LocalDate DUE = LocalDate.of(2025, 6, 1);
    private static final MilestoneOwners OWNERS = new MilestoneOwners("ambtenaar-energie", "bestuurder-warm");
    private static final Guarantee GUARANTEE = new Guarantee(
            "De gemeente financiert de verdere planontwikkeling",
            List.of("procesfinanciering 2025-2026", "inzet regisseur"));

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- planning

    @Test
    void aMilestoneIsPlannedWithItsDueDateOwnersAndGuarantee() {
        fixture.given(requested(), granted())
                .when(plan(FEASIBILITY, PLANNED_ON, DUE))
                .expectEvents(planned(FEASIBILITY, PLANNED_ON, DUE));
    }

    @Test
    void aMilestoneMayBeDueOnTheDayItIsPlanned() {
        fixture.given(requested(), granted())
                .when(plan(FEASIBILITY, PLANNED_ON, PLANNED_ON))
                .expectEvents(planned(FEASIBILITY, PLANNED_ON, PLANNED_ON));
    }

    @Test
    void noMilestoneIsPlannedBeforeOpgroeiruimteIsGranted() {
        fixture.given(requested()).when(plan(FEASIBILITY, PLANNED_ON, DUE)).expectException(violates("not-granted"));
    }

    @Test
    void aMilestoneDatedBeforeTheGrantIsRefused() {
        fixture.given(requested(), granted())
                .when(plan(FEASIBILITY, GRANTED_ON.minusDays(1), DUE))
                .expectException(violates("not-granted"));
    }

    @Test
    void noMilestoneIsPlannedWhileTheCaseIsPaused() {
        fixture.given(requested(), granted(), paused(LocalDate.of(2025, 3, 1)))
                .when(plan(FEASIBILITY, PLANNED_ON, DUE))
                .expectException(violates("case-paused"));
    }

    @Test
    void aMilestoneIdIsPlannedOnlyOnce() {
        fixture.given(requested(), granted(), planned(FEASIBILITY, PLANNED_ON, DUE))
                .when(plan(FEASIBILITY, PLANNED_ON.plusDays(1), DUE))
                .expectException(violatesOn("already-recorded", "milestoneId"));
    }

    @Test
    void aMilestoneCannotBeDueBeforeTheDayItIsPlanned() {
        fixture.given(requested(), granted())
                .when(plan(FEASIBILITY, PLANNED_ON, PLANNED_ON.minusDays(1)))
                .expectException(violates("due-date-before-occurrence"));
    }

    // ---------------------------------------------------------------- outcome

    @Test
    void milestoneMetWithTheGuaranteedContinuationIsRecorded() {
        fixture.given(requested(), granted(), planned(FEASIBILITY, PLANNED_ON, DUE))
                .when(outcome(FEASIBILITY, DUE, MilestoneResult.MET, true))
                .expectEvents(outcomeRecorded(FEASIBILITY, DUE, MilestoneResult.MET, true));
    }

    @Test
    void milestoneMetWithoutContinuationIsRecordedAsSuch() {
        fixture.given(requested(), granted(), planned(FEASIBILITY, PLANNED_ON, DUE))
                .when(outcome(FEASIBILITY, DUE, MilestoneResult.MET, false))
                .expectEvents(outcomeRecorded(FEASIBILITY, DUE, MilestoneResult.MET, false));
    }

    @Test
    void aMilestoneNotMetIsRecordedWithItsEvaluation() {
        fixture.given(requested(), granted(), planned(FEASIBILITY, PLANNED_ON, DUE))
                .when(outcome(FEASIBILITY, DUE, MilestoneResult.NOT_MET, false))
                .expectEvents(outcomeRecorded(FEASIBILITY, DUE, MilestoneResult.NOT_MET, false));
    }

    @Test
    void theOutcomeOfAMilestoneThatWasNeverPlannedIsRefused() {
        fixture.given(requested(), granted())
                .when(outcome("onbekend", DUE, MilestoneResult.MET, true))
                .expectException(unknown("milestone", "onbekend"));
    }

    @Test
    void aMilestoneHasOnlyOneOutcome() {
        fixture.given(
                        requested(),
                        granted(),
                        planned(FEASIBILITY, PLANNED_ON, DUE),
                        outcomeRecorded(FEASIBILITY, DUE, MilestoneResult.MET, true))
                .when(outcome(FEASIBILITY, DUE.plusDays(1), MilestoneResult.NOT_MET, false))
                .expectException(violates("milestone-already-decided"));
    }

    @Test
    void anOutcomeCannotPrecedeThePlanningOfItsMilestone() {
        fixture.given(requested(), granted(), planned(FEASIBILITY, PLANNED_ON, DUE))
                .when(outcome(FEASIBILITY, PLANNED_ON.minusDays(1), MilestoneResult.MET, true))
                .expectException(violates("occurred-before-subject"));
    }

    // ---------------------------------------------------------------- rescheduling

    @Test
    void aMilestoneIsRescheduledWithItsPreviousAndNewDueDate() {
        LocalDate later = LocalDate.of(2025, 9, 1);
        fixture.given(requested(), granted(), planned(FEASIBILITY, PLANNED_ON, DUE))
                .when(reschedule(FEASIBILITY, LocalDate.of(2025, 5, 20), later))
                .expectEvents(rescheduled(FEASIBILITY, LocalDate.of(2025, 5, 20), DUE, later));
    }

    @Test
    void aSecondReschedulingStartsFromTheFirstNewDueDate() {
        LocalDate september = LocalDate.of(2025, 9, 1);
        LocalDate december = LocalDate.of(2025, 12, 1);
        fixture.given(
                        requested(),
                        granted(),
                        planned(FEASIBILITY, PLANNED_ON, DUE),
                        rescheduled(FEASIBILITY, LocalDate.of(2025, 5, 20), DUE, september))
                .when(reschedule(FEASIBILITY, TODAY, december))
                .expectEvents(rescheduled(FEASIBILITY, TODAY, september, december));
    }

    @Test
    void reschedulingToTheSameDueDateIsRefused() {
        fixture.given(requested(), granted(), planned(FEASIBILITY, PLANNED_ON, DUE))
                .when(reschedule(FEASIBILITY, LocalDate.of(2025, 5, 20), DUE))
                .expectException(violates("due-date-unchanged"));
    }

    @Test
    void aMilestoneThatWasNeverPlannedCannotBeRescheduled() {
        fixture.given(requested(), granted())
                .when(reschedule("onbekend", LocalDate.of(2025, 5, 20), LocalDate.of(2025, 9, 1)))
                .expectException(unknown("milestone", "onbekend"));
    }

    @Test
    void aDecidedMilestoneCannotBeRescheduled() {
        fixture.given(
                        requested(),
                        granted(),
                        planned(FEASIBILITY, PLANNED_ON, DUE),
                        outcomeRecorded(FEASIBILITY, DUE, MilestoneResult.NOT_MET, false))
                .when(reschedule(FEASIBILITY, DUE.plusDays(1), LocalDate.of(2025, 9, 1)))
                .expectException(violates("milestone-already-decided"));
    }

    @Test
    void aReschedulingCannotPrecedeThePlanningOfItsMilestone() {
        fixture.given(requested(), granted(), planned(FEASIBILITY, PLANNED_ON, DUE))
                .when(reschedule(FEASIBILITY, PLANNED_ON.minusDays(1), LocalDate.of(2025, 9, 1)))
                .expectException(violates("occurred-before-subject"));
    }

    @Test
    void theNewDueDateCannotLieBeforeTheDayOfRescheduling() {
        fixture.given(requested(), granted(), planned(FEASIBILITY, PLANNED_ON, DUE))
                .when(reschedule(FEASIBILITY, LocalDate.of(2025, 5, 20), LocalDate.of(2025, 5, 19)))
                .expectException(violates("due-date-before-occurrence"));
    }

    // ---------------------------------------------------------------- test data

    private static RecordMilestone plan(String milestoneId, LocalDate on, LocalDate due) {
        return new RecordMilestone(
                CASE_ID, CIVIL_SERVANT, on, milestoneId, "Haalbaarheidsstudie afgerond", due, OWNERS, GUARANTEE);
    }

    private static MilestonePlanned planned(String milestoneId, LocalDate on, LocalDate due) {
        return new MilestonePlanned(
                CASE_ID, CIVIL_SERVANT, on, milestoneId, "Haalbaarheidsstudie afgerond", due, OWNERS, GUARANTEE);
    }

    private static RecordMilestoneOutcome outcome(
            String milestoneId, LocalDate on, MilestoneResult result, boolean continuation) {
        return new RecordMilestoneOutcome(
                CASE_ID, BOARD_MEMBER, on, milestoneId, result, continuation, "Evaluatie in de stuurgroep");
    }

    private static MilestoneOutcomeRecorded outcomeRecorded(
            String milestoneId, LocalDate on, MilestoneResult result, boolean continuation) {
        return new MilestoneOutcomeRecorded(
                CASE_ID, BOARD_MEMBER, on, milestoneId, result, continuation, "Evaluatie in de stuurgroep");
    }

    private static RescheduleMilestone reschedule(String milestoneId, LocalDate on, LocalDate newDue) {
        return new RescheduleMilestone(CASE_ID, CIVIL_SERVANT, on, milestoneId, newDue, "Netbeheerder levert later");
    }

    private static MilestoneRescheduled rescheduled(
            String milestoneId, LocalDate on, LocalDate previousDue, LocalDate newDue) {
        return new MilestoneRescheduled(
                CASE_ID, CIVIL_SERVANT, on, milestoneId, previousDue, newDue, "Netbeheerder levert later");
    }
}
