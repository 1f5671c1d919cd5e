package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.command.partnership.RestoredTimeLimits.Deadline;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementExpired;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementRenewed;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityPeriodEnded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneDueDatePassed;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestonePlanned;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneRescheduled;
import org.junit.jupiter.api.Test;

/** A history that arrives without its commands sets again the deadlines that can still do something. */
class RestoredTimeLimitsTest {
    private static final LocalDate DUE = LocalDate.of(2025, 9, 1);
    private static final LocalDate MOVED_TO = LocalDate.of(2025, 11, 1);

    private static MilestonePlanned planned() {
        return new MilestonePlanned(
                CASE_ID,
                CIVIL_SERVANT,
                GRANTED_ON,
                "m1",
                "Haalbaarheidsstudie",
                DUE,
                new MilestoneOwners("ambtenaar-energie", "bestuurder-warm"),
                new Guarantee("procesgeld", List.of("EUR 40.000")));
    }

    private static List<Deadline> restoredFrom(Object... history) {
        RestoredTimeLimits limits = new RestoredTimeLimits();
        for (Object event : history) limits.add(event);
        return limits.toSchedule();
    }

    @Test
    void eachDateThatWillPassIsSetAgainOnItsCase() {
        assertThat(restoredFrom(
                        requested(),
                        granted(),
                        planned(),
                        agreementSigned(
                                "intent",
                                AgreementKind.INTENT_AGREEMENT,
                                GRANTED_ON,
                                new ValidityPeriod(GRANTED_ON, DUE))))
                .containsExactly(
                        new Deadline(CASE_ID, TimeLimits.EXCLUSIVITY_ENDS, CASE_ID, EXCLUSIVITY_UNTIL),
                        new Deadline(CASE_ID, TimeLimits.MILESTONE_DUE, "m1", DUE),
                        new Deadline(CASE_ID, TimeLimits.AGREEMENT_EXPIRES, "intent", DUE));
    }

    @Test
    void onlyTheLatestDateOfAMilestoneOrAgreementCounts() {
        assertThat(restoredFrom(
                        planned(),
                        new MilestoneRescheduled(CASE_ID, CIVIL_SERVANT, GRANTED_ON, "m1", DUE, MOVED_TO, "summer"),
                        agreementSigned(
                                "intent",
                                AgreementKind.INTENT_AGREEMENT,
                                GRANTED_ON,
                                new ValidityPeriod(GRANTED_ON, DUE)),
                        new AgreementRenewed(
                                CASE_ID,
                                ALDERMAN,
                                GRANTED_ON,
                                "intent",
                                DUE,
                                MOVED_TO,
                                null,
                                List.of(ALDERMAN_SIGNS, CHAIR_SIGNS))))
                .containsExactly(
                        new Deadline(CASE_ID, TimeLimits.MILESTONE_DUE, "m1", MOVED_TO),
                        new Deadline(CASE_ID, TimeLimits.AGREEMENT_EXPIRES, "intent", MOVED_TO));
    }

    @Test
    void aDateWhosePassingIsAlreadyRecordedIsNotSetAgain() {
        assertThat(restoredFrom(
                        granted(),
                        planned(),
                        agreementSigned(
                                "intent",
                                AgreementKind.INTENT_AGREEMENT,
                                GRANTED_ON,
                                new ValidityPeriod(GRANTED_ON, DUE)),
                        new MilestoneDueDatePassed(CASE_ID, SystemActor.CASE_FILE, DUE.plusDays(1), "m1", DUE),
                        new AgreementExpired(CASE_ID, SystemActor.CASE_FILE, DUE.plusDays(1), "intent", DUE),
                        new ExclusivityPeriodEnded(
                                CASE_ID, SystemActor.CASE_FILE, EXCLUSIVITY_UNTIL.plusDays(1), EXCLUSIVITY_UNTIL)))
                .isEmpty();
    }

    @Test
    void anAgreementWithoutEndSetsNoDate() {
        assertThat(restoredFrom(agreementSigned(
                        "coop", AgreementKind.COOPERATION_AGREEMENT, GRANTED_ON, new ValidityPeriod(GRANTED_ON, null))))
                .isEmpty();
    }
}
