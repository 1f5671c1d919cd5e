package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTerminated;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.TerminateAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachExclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreached;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityExtended;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityPeriodEnded;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExtendExclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.process.HeldProcessKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.HoldMunicipalProcess;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MunicipalProcessHeld;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MunicipalProcessReleased;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ReleaseMunicipalProcess;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseStopped;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopReasonCategory;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stops and breaches that say what happened: who stopped and whether it was mutual (004), who terminated an
 * agreement, the kind of a breach, the extension of the exclusivity (000 §3.1), and the municipal
 * processes put on hold for the case and released ("pauzeknop in lopende processen", 001).
 */
class StopsAndBreachesTest {
    private static final LocalDate ON = LocalDate.of(2025, 5, 1);
    private static final String REASON = "Partijen lopen te ver uit elkaar";
    private static final Party THE_MUNICIPALITY = Party.municipality(MUNICIPALITY);
    private static final Party THE_INITIATIVE = Party.initiative(INITIATIVE);

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- stop

    @Test
    void aStopSaysWhoStoppedWhetherItWasMutualAndWhy() {
        fixture.given(requested(), granted())
                .when(new StopCase(
                        CASE_ID, BOARD_MEMBER, ON, REASON, ActingSide.INITIATIVE, false, StopReasonCategory.CAPACITY))
                .expectEvents(new CaseStopped(
                        CASE_ID, BOARD_MEMBER, ON, REASON, ActingSide.INITIATIVE, false, StopReasonCategory.CAPACITY));
    }

    @Test
    void aStopByBothIsMutual() {
        fixture.given(requested(), granted())
                .when(new StopCase(
                        CASE_ID,
                        BOARD_MEMBER,
                        ON,
                        REASON,
                        ActingSide.BOTH,
                        null,
                        StopReasonCategory.PARTIES_TOO_FAR_APART))
                .expectEvents(new CaseStopped(
                        CASE_ID,
                        BOARD_MEMBER,
                        ON,
                        REASON,
                        ActingSide.BOTH,
                        true,
                        StopReasonCategory.PARTIES_TOO_FAR_APART));
    }

    @Test
    void aStopByBothThatIsNotMutualIsRefused() {
        fixture.given(requested(), granted())
                .when(new StopCase(CASE_ID, BOARD_MEMBER, ON, REASON, ActingSide.BOTH, false, null))
                .expectException(violatesOn("both-sides-means-mutual", "mutual"));
    }

    // ---------------------------------------------------------------- one-sided termination

    @Test
    void aOneSidedTerminationIsRecordedAsSuch() {
        fixture.given(requested(), granted(), intentAgreement())
                .when(new TerminateAgreement(
                        CASE_ID,
                        ALDERMAN,
                        ON,
                        "intentie",
                        "Transitievisie kiest een andere wijk",
                        ActingSide.MUNICIPALITY,
                        false))
                .expectEvents(new AgreementTerminated(
                        CASE_ID,
                        ALDERMAN,
                        ON,
                        "intentie",
                        "Transitievisie kiest een andere wijk",
                        ActingSide.MUNICIPALITY,
                        false));
    }

    @Test
    void aTerminationByBothThatIsNotMutualIsRefused() {
        fixture.given(requested(), granted(), intentAgreement())
                .when(new TerminateAgreement(CASE_ID, ALDERMAN, ON, "intentie", "Opgevolgd", ActingSide.BOTH, false))
                .expectException(violatesOn("both-sides-means-mutual", "mutual"));
    }

    // ---------------------------------------------------------------- breach kinds

    @Test
    void aBreachSaysWhatKindOfBreachItWas() {
        fixture.given(requested(), granted())
                .when(breach(THE_INITIATIVE, BreachKind.OTHER_PARTNER))
                .expectEvents(breached(THE_INITIATIVE, BreachKind.OTHER_PARTNER));
        fixture.given(requested(), granted())
                .when(breach(THE_MUNICIPALITY, BreachKind.OWN_PROJECT))
                .expectEvents(breached(THE_MUNICIPALITY, BreachKind.OWN_PROJECT));
    }

    @Test
    void onlyTheMunicipalityTendersOrRunsItsOwnProject() {
        fixture.given(requested(), granted())
                .when(breach(THE_INITIATIVE, BreachKind.TENDER_OR_MARKET_CONSULTATION))
                .expectException(violatesOn("breach-kind-not-by-party", "kind"));
        fixture.given(requested(), granted())
                .when(breach(THE_INITIATIVE, BreachKind.OWN_PROJECT))
                .expectException(violatesOn("breach-kind-not-by-party", "kind"));
    }

    // ---------------------------------------------------------------- exclusivity extended

    @Test
    void theExclusivityIsExtendedToALaterLastDay() {
        LocalDate later = EXCLUSIVITY_UNTIL.plusMonths(6);
        fixture.given(requested(), granted())
                .when(extend(ON, later))
                .expectEvents(new ExclusivityExtended(CASE_ID, ALDERMAN, ON, EXCLUSIVITY_UNTIL, later, "Tweede fase"));
    }

    @Test
    void anExtensionSchedulesTheNewEndOfTheExclusivity() {
        LocalDate later = EXCLUSIVITY_UNTIL.plusMonths(6);
        fixture.given(requested(), granted())
                .when(extend(ON, later))
                .expectScheduledDeadlineWithName(
                        later.plusDays(1)
                                .atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam"))
                                .toInstant(),
                        TimeLimits.EXCLUSIVITY_ENDS);
    }

    @Test
    void anExtensionEndsLater() {
        fixture.given(requested(), granted())
                .when(extend(ON, EXCLUSIVITY_UNTIL))
                .expectException(violatesOn("extension-not-later", "newUntil"));
    }

    @Test
    void anExclusivityThatEndedIsNotExtended() {
        LocalDate until = LocalDate.of(2025, 4, 30);
        fixture.given(requested(), grantedWith(exclusivity(GRANTED_ON, until)))
                .when(extend(ON, until.plusMonths(6)))
                .expectException(violatesOn("exclusivity-already-ended", "occurredOn"));
    }

    @Test
    void anExtendedExclusivityCanBeBreachedAfterItsFormerEnd() {
        LocalDate until = LocalDate.of(2025, 4, 30);
        LocalDate later = LocalDate.of(2025, 12, 31);
        fixture.given(
                        requested(),
                        grantedWith(exclusivity(GRANTED_ON, until)),
                        new ExclusivityPeriodEnded(
                                CASE_ID,
                                nl.opgroeiruimte.casefile.kernel.common.SystemActor.CASE_FILE,
                                until.plusDays(1),
                                until),
                        new ExclusivityExtended(CASE_ID, ALDERMAN, until, until, later, "Tweede fase"))
                .when(breach(THE_MUNICIPALITY, BreachKind.OWN_PROJECT))
                .expectEvents(breached(THE_MUNICIPALITY, BreachKind.OWN_PROJECT));
    }

    @Test
    void withoutAGrantThereIsNoExclusivityToExtend() {
        fixture.given(requested()).when(extend(ON, EXCLUSIVITY_UNTIL)).expectException(violates("not-granted"));
    }

    // ---------------------------------------------------------------- pauzeknop: processes on hold

    @Test
    void aMunicipalProcessIsPutOnHoldForTheCaseAndReleased() {
        fixture.given(requested()).when(hold("aanbesteding-warmte")).expectEvents(held("aanbesteding-warmte"));
        fixture.given(requested(), held("aanbesteding-warmte"))
                .when(new ReleaseMunicipalProcess(
                        CASE_ID, CIVIL_SERVANT, ON, "aanbesteding-warmte", "Initiatief neemt het over"))
                .expectEvents(new MunicipalProcessReleased(
                        CASE_ID, CIVIL_SERVANT, ON, "aanbesteding-warmte", "Initiatief neemt het over"));
    }

    @Test
    void aHoldIsRecordedOnceAndReleasedOnce() {
        fixture.given(requested(), held("aanbesteding-warmte"))
                .when(hold("aanbesteding-warmte"))
                .expectException(violatesOn("already-recorded", "holdId"));
        fixture.given(
                        requested(),
                        held("aanbesteding-warmte"),
                        new MunicipalProcessReleased(CASE_ID, CIVIL_SERVANT, ON, "aanbesteding-warmte", "klaar"))
                .when(new ReleaseMunicipalProcess(CASE_ID, CIVIL_SERVANT, ON, "aanbesteding-warmte", "nogmaals"))
                .expectException(violatesOn("process-hold-released", "holdId"));
    }

    @Test
    void aReleaseNeedsItsHoldAndComesAfterIt() {
        fixture.given(requested())
                .when(new ReleaseMunicipalProcess(CASE_ID, CIVIL_SERVANT, ON, "onbekend", "klaar"))
                .expectException(UnknownEntity.class);
        fixture.given(requested(), held("aanbesteding-warmte"))
                .when(new ReleaseMunicipalProcess(
                        CASE_ID, CIVIL_SERVANT, REQUESTED_ON.plusDays(1), "aanbesteding-warmte", "klaar"))
                .expectException(violates("occurred-before-subject"));
    }

    // ---------------------------------------------------------------- test data

    private static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementSigned intentAgreement() {
        return agreementSigned(
                "intentie",
                AgreementKind.INTENT_AGREEMENT,
                GRANTED_ON,
                new ValidityPeriod(GRANTED_ON, EXCLUSIVITY_UNTIL));
    }

    private static BreachExclusivity breach(Party by, BreachKind kind) {
        return new BreachExclusivity(
                CASE_ID, BOARD_MEMBER, ON, "schending", by, "Wat er gebeurde", "Krantenbericht", kind);
    }

    private static ExclusivityBreached breached(Party by, BreachKind kind) {
        return new ExclusivityBreached(
                CASE_ID, BOARD_MEMBER, ON, "schending", by, "Wat er gebeurde", "Krantenbericht", kind);
    }

    private static ExtendExclusivity extend(LocalDate on, LocalDate newUntil) {
        return new ExtendExclusivity(CASE_ID, ALDERMAN, on, newUntil, "Tweede fase");
    }

    private static HoldMunicipalProcess hold(String holdId) {
        return new HoldMunicipalProcess(
                CASE_ID,
                CIVIL_SERVANT,
                REQUESTED_ON.plusDays(3),
                holdId,
                HeldProcessKind.TENDER,
                "Aanbesteding warmtenet",
                "TN-2025-1");
    }

    private static MunicipalProcessHeld held(String holdId) {
        return new MunicipalProcessHeld(
                CASE_ID,
                CIVIL_SERVANT,
                REQUESTED_ON.plusDays(3),
                holdId,
                HeldProcessKind.TENDER,
                "Aanbesteding warmtenet",
                "TN-2025-1");
    }
}
