package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementExpired;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementRenewed;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementSigned;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTerminated;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.RenewAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.TerminateAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityPeriodEnded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneDueDatePassed;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOutcomeRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestonePlanned;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneRescheduled;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RescheduleMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseStopped;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineFactSuperseded;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineKind;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.SupersedingFact;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * History entered after the fact: a date already past when it is recorded passes only at the end of that
 * day, and a fact the case file recorded when a date passed is superseded as soon as a fact recorded later,
 * that happened on or before that date, makes it untrue. The earlier fact is never removed.
 */
class TimeNeverContradictsTheFactsTest {
    private static final LocalDate PLANNED_ON = LocalDate.of(2025, 3, 1);
    private static final LocalDate DUE = LocalDate.of(2025, 5, 1);
    private static final LocalDate AGREEMENT_UNTIL = LocalDate.of(2025, 5, 31);
    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static MilestonePlanned planned() {
        return new MilestonePlanned(
                CASE_ID,
                CIVIL_SERVANT,
                PLANNED_ON,
                "m1",
                "Haalbaarheidsstudie",
                DUE,
                new MilestoneOwners("ambtenaar-energie", "bestuurder-warm"),
                new Guarantee("procesgeld", List.of("EUR 40.000")));
    }

    private static MilestoneDueDatePassed overdue() {
        return new MilestoneDueDatePassed(CASE_ID, SystemActor.CASE_FILE, DUE.plusDays(1), "m1", DUE);
    }

    private static AgreementSigned signed() {
        return new AgreementSigned(
                CASE_ID,
                ALDERMAN,
                PLANNED_ON,
                "intent",
                AgreementKind.INTENT_AGREEMENT,
                "Intentieovereenkomst",
                List.of(ALDERMAN_SIGNS, CHAIR_SIGNS),
                new ValidityPeriod(PLANNED_ON, AGREEMENT_UNTIL),
                Set.of(AgreementTopic.ROLES_TASKS_RESPONSIBILITIES),
                null,
                null);
    }

    private static AgreementExpired expired() {
        return new AgreementExpired(
                CASE_ID, SystemActor.CASE_FILE, AGREEMENT_UNTIL.plusDays(1), "intent", AGREEMENT_UNTIL);
    }

    @Test
    void aDueDateAlreadyPastWhenTheMilestoneIsEnteredPassesOnlyAtTheEndOfThatDay() {
        fixture.given(requested(), granted())
                .when(new RecordMilestone(
                        CASE_ID,
                        CIVIL_SERVANT,
                        PLANNED_ON,
                        "m1",
                        "Haalbaarheidsstudie",
                        DUE,
                        new MilestoneOwners("ambtenaar-energie", "bestuurder-warm"),
                        new Guarantee("procesgeld", List.of("EUR 40.000"))))
                .expectScheduledDeadlineWithName(
                        TODAY.plusDays(1).atStartOfDay(CLOCK.getZone()).toInstant(), TimeLimits.MILESTONE_DUE);
    }

    @Test
    void anOutcomeMetBeforeTheDueDateSupersedesTheOverdueRecordedBeforeIt() {
        LocalDate metOn = DUE.minusDays(5);
        fixture.given(requested(), granted(), planned(), overdue())
                .when(new RecordMilestoneOutcome(CASE_ID, CIVIL_SERVANT, metOn, "m1", MilestoneResult.MET, true, null))
                .expectEvents(
                        new MilestoneOutcomeRecorded(
                                CASE_ID, CIVIL_SERVANT, metOn, "m1", MilestoneResult.MET, true, null),
                        new DeadlineFactSuperseded(
                                CASE_ID,
                                SystemActor.CASE_FILE,
                                metOn,
                                DeadlineKind.MILESTONE_DUE,
                                "m1",
                                DUE,
                                SupersedingFact.MILESTONE_OUTCOME_RECORDED));
    }

    @Test
    void anOutcomeAfterTheDueDateLeavesTheMilestoneOverdueUntilThen() {
        LocalDate metOn = DUE.plusDays(10);
        fixture.given(requested(), granted(), planned(), overdue())
                .when(new RecordMilestoneOutcome(CASE_ID, CIVIL_SERVANT, metOn, "m1", MilestoneResult.MET, true, null))
                .expectEvents(new MilestoneOutcomeRecorded(
                        CASE_ID, CIVIL_SERVANT, metOn, "m1", MilestoneResult.MET, true, null));
    }

    @Test
    void aReschedulingBeforeTheDueDateSupersedesTheOverdue() {
        LocalDate on = DUE.minusDays(1);
        LocalDate newDue = LocalDate.of(2025, 9, 1);
        fixture.given(requested(), granted(), planned(), overdue())
                .when(new RescheduleMilestone(CASE_ID, CIVIL_SERVANT, on, "m1", newDue, "Zomer"))
                .expectEvents(
                        new MilestoneRescheduled(CASE_ID, CIVIL_SERVANT, on, "m1", DUE, newDue, "Zomer"),
                        new DeadlineFactSuperseded(
                                CASE_ID,
                                SystemActor.CASE_FILE,
                                on,
                                DeadlineKind.MILESTONE_DUE,
                                "m1",
                                DUE,
                                SupersedingFact.MILESTONE_RESCHEDULED));
    }

    @Test
    void aRenewalEnteredAfterTheExpirySupersedesIt() {
        LocalDate on = AGREEMENT_UNTIL.minusDays(3);
        LocalDate newUntil = LocalDate.of(2026, 5, 31);
        fixture.given(requested(), granted(), signed(), expired())
                .when(new RenewAgreement(
                        CASE_ID, ALDERMAN, on, "intent", newUntil, null, List.of(ALDERMAN_SIGNS, CHAIR_SIGNS)))
                .expectEvents(
                        new AgreementRenewed(
                                CASE_ID,
                                ALDERMAN,
                                on,
                                "intent",
                                AGREEMENT_UNTIL,
                                newUntil,
                                null,
                                List.of(ALDERMAN_SIGNS, CHAIR_SIGNS)),
                        new DeadlineFactSuperseded(
                                CASE_ID,
                                SystemActor.CASE_FILE,
                                on,
                                DeadlineKind.AGREEMENT_EXPIRES,
                                "intent",
                                AGREEMENT_UNTIL,
                                SupersedingFact.AGREEMENT_RENEWED));
    }

    @Test
    void aTerminationEnteredAfterTheExpirySupersedesIt() {
        LocalDate on = AGREEMENT_UNTIL.minusDays(3);
        fixture.given(requested(), granted(), signed(), expired())
                .when(new TerminateAgreement(CASE_ID, ALDERMAN, on, "intent", "Vervangen"))
                .expectEvents(
                        new AgreementTerminated(CASE_ID, ALDERMAN, on, "intent", "Vervangen"),
                        new DeadlineFactSuperseded(
                                CASE_ID,
                                SystemActor.CASE_FILE,
                                on,
                                DeadlineKind.AGREEMENT_EXPIRES,
                                "intent",
                                AGREEMENT_UNTIL,
                                SupersedingFact.AGREEMENT_TERMINATED));
    }

    @Test
    void aStopEnteredLateSupersedesWhatTimeRecordedAfterIt() {
        LocalDate stoppedOn = LocalDate.of(2025, 4, 20);
        fixture.given(
                        requested(),
                        granted(),
                        planned(),
                        signed(),
                        overdue(),
                        expired(),
                        new ExclusivityPeriodEnded(
                                CASE_ID, SystemActor.CASE_FILE, EXCLUSIVITY_UNTIL.plusDays(1), EXCLUSIVITY_UNTIL))
                .when(new StopCase(CASE_ID, CIVIL_SERVANT, stoppedOn, "Samen gestopt"))
                .expectEvents(
                        new CaseStopped(CASE_ID, CIVIL_SERVANT, stoppedOn, "Samen gestopt"),
                        new DeadlineFactSuperseded(
                                CASE_ID,
                                SystemActor.CASE_FILE,
                                stoppedOn,
                                DeadlineKind.EXCLUSIVITY_ENDS,
                                CASE_ID,
                                EXCLUSIVITY_UNTIL,
                                SupersedingFact.CASE_STOPPED),
                        new DeadlineFactSuperseded(
                                CASE_ID,
                                SystemActor.CASE_FILE,
                                stoppedOn,
                                DeadlineKind.AGREEMENT_EXPIRES,
                                "intent",
                                AGREEMENT_UNTIL,
                                SupersedingFact.CASE_STOPPED),
                        new DeadlineFactSuperseded(
                                CASE_ID,
                                SystemActor.CASE_FILE,
                                stoppedOn,
                                DeadlineKind.MILESTONE_DUE,
                                "m1",
                                DUE,
                                SupersedingFact.CASE_STOPPED));
    }

    @Test
    void aStopAfterTheDatesPassedSupersedesNothing() {
        LocalDate stoppedOn = LocalDate.of(2025, 6, 10);
        fixture.given(requested(), granted(), planned(), signed(), overdue(), expired())
                .when(new StopCase(CASE_ID, CIVIL_SERVANT, stoppedOn, "Samen gestopt"))
                .expectEvents(new CaseStopped(CASE_ID, CIVIL_SERVANT, stoppedOn, "Samen gestopt"));
    }
}
