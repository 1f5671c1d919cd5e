package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementExpired;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.RenewAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.SignAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.TerminateAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityPeriodEnded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneDueDatePassed;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RescheduleMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.track.GrantOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopCase;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dates pass by themselves: the end of the exclusivity, of an agreement, a milestone's due date. The case
 * schedules a deadline for the day after and records it when it falls due, unless something changed.
 */
class TimePassesTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate SIGNED_ON = LocalDate.of(2025, 3, 1);
    private static final LocalDate AGREEMENT_UNTIL = LocalDate.of(2025, 12, 31);
    private static final LocalDate DUE = LocalDate.of(2025, 9, 1);
    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static GrantOpgroeiruimte grant() {
        return new GrantOpgroeiruimte(
                CASE_ID, ALDERMAN, GRANTED_ON, bothPreconditions(), exclusivity(GRANTED_ON, EXCLUSIVITY_UNTIL));
    }

    private static SignAgreement sign() {
        return new SignAgreement(
                CASE_ID,
                ALDERMAN,
                SIGNED_ON,
                "intent",
                AgreementKind.INTENT_AGREEMENT,
                "Intentieovereenkomst",
                List.of(ALDERMAN_SIGNS, CHAIR_SIGNS),
                new ValidityPeriod(SIGNED_ON, AGREEMENT_UNTIL),
                Set.of(AgreementTopic.ROLES_TASKS_RESPONSIBILITIES),
                null,
                null);
    }

    private static RecordMilestone plan() {
        return new RecordMilestone(
                CASE_ID,
                CIVIL_SERVANT,
                SIGNED_ON,
                "m1",
                "Haalbaarheidsstudie",
                DUE,
                new MilestoneOwners("ambtenaar-energie", "bestuurder-warm"),
                new Guarantee("procesgeld", List.of("EUR 40.000")));
    }

    @Test
    void grantingSchedulesTheEndOfTheExclusivityForTheDayAfterItsLastDay() {
        fixture.given(requested())
                .when(grant())
                .expectScheduledDeadlineWithName(
                        EXCLUSIVITY_UNTIL.plusDays(1).atStartOfDay(AMSTERDAM).toInstant(), TimeLimits.EXCLUSIVITY_ENDS);
    }

    @Test
    void whenTheExclusivityRunsOutTheCaseRecordsIt() {
        fixture.given(requested())
                .andGivenCommands(grant())
                .whenTimeElapses(Duration.ofDays(1))
                .expectEvents(new ExclusivityPeriodEnded(
                        CASE_ID, SystemActor.CASE_FILE, EXCLUSIVITY_UNTIL.plusDays(1), EXCLUSIVITY_UNTIL));
    }

    @Test
    void anAgreementThatRunsOutExpires() {
        fixture.given(requested(), granted())
                .andGivenCommands(sign())
                .whenTimeElapses(Duration.ofDays(1))
                .expectEvents(new AgreementExpired(
                        CASE_ID, SystemActor.CASE_FILE, AGREEMENT_UNTIL.plusDays(1), "intent", AGREEMENT_UNTIL));
    }

    @Test
    void aRenewedAgreementExpiresOnlyAtItsNewEnd() {
        LocalDate renewedUntil = LocalDate.of(2026, 6, 30);
        fixture.given(requested(), granted())
                .andGivenCommands(
                        sign(),
                        new RenewAgreement(
                                CASE_ID,
                                ALDERMAN,
                                LocalDate.of(2025, 6, 1),
                                "intent",
                                renewedUntil,
                                null,
                                List.of(ALDERMAN_SIGNS, CHAIR_SIGNS)))
                .whenTimeElapses(Duration.ofDays(1))
                .expectEvents(new AgreementExpired(
                        CASE_ID, SystemActor.CASE_FILE, renewedUntil.plusDays(1), "intent", renewedUntil));
    }

    @Test
    void aTerminatedAgreementDoesNotExpireAfterwards() {
        fixture.given(requested(), granted())
                .andGivenCommands(
                        sign(),
                        new TerminateAgreement(CASE_ID, ALDERMAN, LocalDate.of(2025, 5, 1), "intent", "Vervangen"))
                .whenTimeElapses(Duration.ofDays(1))
                .expectNoEvents();
    }

    @Test
    void aMilestoneWithoutOutcomeOnItsDueDateBecomesOverdue() {
        fixture.given(requested(), granted())
                .andGivenCommands(plan())
                .whenTimeElapses(Duration.ofDays(1))
                .expectEvents(new MilestoneDueDatePassed(CASE_ID, SystemActor.CASE_FILE, DUE.plusDays(1), "m1", DUE));
    }

    @Test
    void aMilestoneDecidedInTimeIsNeverOverdue() {
        fixture.given(requested(), granted())
                .andGivenCommands(
                        plan(),
                        new RecordMilestoneOutcome(
                                CASE_ID,
                                CIVIL_SERVANT,
                                LocalDate.of(2025, 6, 1),
                                "m1",
                                MilestoneResult.MET,
                                true,
                                null))
                .whenTimeElapses(Duration.ofDays(1))
                .expectNoEvents();
    }

    @Test
    void aRescheduledMilestoneIsOverdueOnlyAfterItsNewDate() {
        LocalDate newDue = LocalDate.of(2025, 11, 1);
        fixture.given(requested(), granted())
                .andGivenCommands(
                        plan(),
                        new RescheduleMilestone(
                                CASE_ID, CIVIL_SERVANT, LocalDate.of(2025, 6, 1), "m1", newDue, "Zomer"))
                .whenTimeElapses(Duration.ofDays(1))
                .expectEvents(
                        new MilestoneDueDatePassed(CASE_ID, SystemActor.CASE_FILE, newDue.plusDays(1), "m1", newDue));
    }

    @Test
    void nothingPassesInACaseAfterItWasStopped() {
        fixture.given(requested())
                .andGivenCommands(
                        grant(), new StopCase(CASE_ID, CIVIL_SERVANT, LocalDate.of(2025, 6, 1), "Samen gestopt"))
                .whenTimeElapses(Duration.ofDays(1))
                .expectNoEvents();
    }
}
