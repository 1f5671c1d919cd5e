package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementSigned;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTerminated;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreachResolved;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreached;
import nl.opgroeiruimte.casefile.kernel.partnership.role.FacilitatorAppointed;
import nl.opgroeiruimte.casefile.kernel.partnership.role.FacilitatorReleased;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CasePaused;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseResumed;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseStopped;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeclareMaturity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Exclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.GrantOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.MaturityDeclared;
import nl.opgroeiruimte.casefile.kernel.partnership.track.PauseCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Preconditions;
import nl.opgroeiruimte.casefile.kernel.partnership.track.RequestOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ResumeCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopCase;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The track itself: requested → granted ⇄ paused → mature | stopped. */
class OpgroeiruimteTrackTest {

    private static final LocalDate PAUSED_ON = LocalDate.of(2025, 3, 17);
    private static final LocalDate MATURE_ON = LocalDate.of(2025, 6, 2);
    private static final LocalDate AGREED_ON = LocalDate.of(2025, 5, 12);

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- request

    @Test
    void theMunicipalityPressesTheStartButtonAndTheCaseBegins() {
        fixture.givenNoPriorActivity()
                .when(request(CIVIL_SERVANT, REQUESTED_ON))
                .expectEvents(requested());
    }

    @Test
    void theInitiativeMayAlsoRequestOpgroeiruimte() {
        fixture.givenNoPriorActivity()
                .when(request(BOARD_MEMBER, REQUESTED_ON))
                .expectEvents(requestedBy(BOARD_MEMBER));
    }

    @Test
    void aMunicipalityOutsideTheCaseCannotRequestOpgroeiruimteForIt() {
        fixture.givenNoPriorActivity()
                .when(request(CIVIL_SERVANT_OF_ZUTPHEN, REQUESTED_ON))
                .expectException(violatesOn("party-not-in-case", "actor.party"));
    }

    @Test
    void aFacilitatorCannotRequestOpgroeiruimteOnBehalfOfTheParties() {
        fixture.givenNoPriorActivity()
                .when(request(FACILITATOR, REQUESTED_ON))
                .expectException(violates("party-not-in-case"));
    }

    @Test
    void aRequestDatedInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(request(CIVIL_SERVANT, TODAY.plusDays(1)))
                .expectException(violates("occurred-in-future"));
    }

    // ---------------------------------------------------------------- grant

    @Test
    void grantWithBothPreconditionsOpensTheExclusivity() {
        fixture.given(requested())
                .when(grant(bothPreconditions(), exclusivity(GRANTED_ON, EXCLUSIVITY_UNTIL)))
                .expectEvents(granted());
    }

    @Test
    void theExclusivityMayStartAfterTheGrant() {
        Exclusivity fromMarch = exclusivity(LocalDate.of(2025, 3, 1), EXCLUSIVITY_UNTIL);
        fixture.given(requested()).when(grant(bothPreconditions(), fromMarch)).expectEvents(grantedWith(fromMarch));
    }

    @Test
    void grantWithoutBothRecognisingTheAddedValueIsRefused() {
        fixture.given(requested())
                .when(grant(new Preconditions(false, true), exclusivity(GRANTED_ON, EXCLUSIVITY_UNTIL)))
                .expectException(violatesOn("preconditions-not-met", "preconditions"));
    }

    @Test
    void grantWithoutWillingnessToInvestAndPauseTheUsualWaysIsRefused() {
        fixture.given(requested())
                .when(grant(new Preconditions(true, false), exclusivity(GRANTED_ON, EXCLUSIVITY_UNTIL)))
                .expectException(violates("preconditions-not-met"));
    }

    @Test
    void theExclusivityCannotStartBeforeTheGrant() {
        fixture.given(requested())
                .when(grant(bothPreconditions(), exclusivity(GRANTED_ON.minusDays(1), EXCLUSIVITY_UNTIL)))
                .expectException(violatesOn("exclusivity-starts-before-grant", "exclusivity.from"));
    }

    @Test
    void opgroeiruimteIsGrantedOnlyOnce() {
        fixture.given(requested(), granted())
                .when(grant(bothPreconditions(), exclusivity(LocalDate.of(2025, 3, 1), EXCLUSIVITY_UNTIL)))
                .expectException(violates("already-granted"));
    }

    // ---------------------------------------------------------------- pause and resume

    @Test
    void aGrantedCaseIsPausedWithItsReason() {
        fixture.given(requested(), granted())
                .when(new PauseCase(CASE_ID, CIVIL_SERVANT, PAUSED_ON, "Gemeenteraadsverkiezingen en collegevorming"))
                .expectEvents(paused(PAUSED_ON));
    }

    @Test
    void aCaseThatWasNeverGrantedCannotBePaused() {
        fixture.given(requested())
                .when(new PauseCase(CASE_ID, CIVIL_SERVANT, PAUSED_ON, "Verkiezingen"))
                .expectException(violates("not-granted"));
    }

    @Test
    void aPauseDatedBeforeTheGrantIsRefused() {
        fixture.given(requested(), granted())
                .when(new PauseCase(CASE_ID, CIVIL_SERVANT, GRANTED_ON.minusDays(1), "Verkiezingen"))
                .expectException(violates("not-granted"));
    }

    @Test
    void aPausedCaseCannotBePausedAgain() {
        fixture.given(requested(), granted(), paused(PAUSED_ON))
                .when(new PauseCase(CASE_ID, CIVIL_SERVANT, PAUSED_ON.plusDays(7), "Nog steeds verkiezingen"))
                .expectException(violates("case-paused"));
    }

    @Test
    void aPausedCaseResumes() {
        fixture.given(requested(), granted(), paused(PAUSED_ON))
                .when(new ResumeCase(
                        CASE_ID, BOARD_MEMBER, LocalDate.of(2025, 5, 5), "Nieuw college bevestigt opgroeiruimte"))
                .expectEvents(new CaseResumed(
                        CASE_ID, BOARD_MEMBER, LocalDate.of(2025, 5, 5), "Nieuw college bevestigt opgroeiruimte"));
    }

    @Test
    void onlyAPausedCaseCanBeResumed() {
        fixture.given(requested(), granted())
                .when(new ResumeCase(CASE_ID, BOARD_MEMBER, LocalDate.of(2025, 5, 5), null))
                .expectException(violates("not-paused"));
    }

    @Test
    void aCaseIsNotResumedBeforeItWasPaused() {
        fixture.given(requested(), granted(), paused(GRANTED_ON.plusDays(30)))
                .when(new ResumeCase(CASE_ID, CIVIL_SERVANT, GRANTED_ON.plusDays(29), null))
                .expectException(violatesOn("occurred-before-subject", "occurredOn"));
    }

    @Test
    void aCaseIsNotStoppedOnADayBeforeFactsItAlreadyHolds() {
        fixture.given(requested(), granted())
                .when(new StopCase(CASE_ID, CIVIL_SERVANT, GRANTED_ON.minusDays(1), "te laat gestopt"))
                .expectException(violatesOn("occurred-before-subject", "occurredOn"));
    }

    @Test
    void aResumedCaseCanBePausedAgain() {
        LocalDate resumedOn = LocalDate.of(2025, 5, 5);
        LocalDate pausedAgainOn = LocalDate.of(2025, 6, 2);
        fixture.given(
                        requested(),
                        granted(),
                        paused(PAUSED_ON),
                        new CaseResumed(CASE_ID, BOARD_MEMBER, resumedOn, null))
                .when(new PauseCase(CASE_ID, CIVIL_SERVANT, pausedAgainOn, "Zomerreces"))
                .expectEvents(new CasePaused(CASE_ID, CIVIL_SERVANT, pausedAgainOn, "Zomerreces"));
    }

    // ---------------------------------------------------------------- maturity

    @Test
    void aPartnershipAnchoredInACooperationAgreementIsDeclaredMature() {
        fixture.given(requested(), granted(), cooperationAgreementSigned())
                .when(declareMaturity())
                .expectEvents(new MaturityDeclared(
                        CASE_ID, ALDERMAN, MATURE_ON, "Samenwerkingsovereenkomst getekend, rollen helder"));
    }

    @Test
    void inclusionInTheMunicipalBudgetAlsoAnchorsMaturity() {
        fixture.given(
                        requested(),
                        granted(),
                        agreementSigned(
                                "begroting-2025",
                                AgreementKind.BUDGET_INCLUSION,
                                AGREED_ON,
                                new ValidityPeriod(AGREED_ON, null)))
                .when(declareMaturity())
                .expectEvents(new MaturityDeclared(
                        CASE_ID, ALDERMAN, MATURE_ON, "Samenwerkingsovereenkomst getekend, rollen helder"));
    }

    @Test
    void anIntentAgreementAloneIsNotEnoughForMaturity() {
        fixture.given(
                        requested(),
                        granted(),
                        agreementSigned(
                                "intentie",
                                AgreementKind.INTENT_AGREEMENT,
                                AGREED_ON,
                                new ValidityPeriod(AGREED_ON, null)))
                .when(declareMaturity())
                .expectException(violates("no-structural-agreement"));
    }

    @Test
    void anExpiredCooperationAgreementDoesNotAnchorMaturity() {
        LocalDate march = LocalDate.of(2025, 3, 1);
        fixture.given(
                        requested(),
                        granted(),
                        agreementSigned(
                                "sok",
                                AgreementKind.COOPERATION_AGREEMENT,
                                march,
                                new ValidityPeriod(march, LocalDate.of(2025, 5, 31))))
                .when(declareMaturity())
                .expectException(violates("no-structural-agreement"));
    }

    @Test
    void aTerminatedCooperationAgreementDoesNotAnchorMaturity() {
        fixture.given(
                        requested(),
                        granted(),
                        cooperationAgreementSigned(),
                        new AgreementTerminated(
                                CASE_ID, ALDERMAN, LocalDate.of(2025, 5, 26), "sok", "Opgezegd door de gemeente"))
                .when(declareMaturity())
                .expectException(violates("no-structural-agreement"));
    }

    @Test
    void maturityWaitsUntilTheFacilitatorIsReleased() {
        fixture.given(requested(), granted(), cooperationAgreementSigned(), facilitatorAppointed())
                .when(declareMaturity())
                .expectException(violates("facilitator-still-appointed"));
    }

    @Test
    void aReleasedFacilitatorNoLongerStandsInTheWayOfMaturity() {
        fixture.given(
                        requested(),
                        granted(),
                        cooperationAgreementSigned(),
                        facilitatorAppointed(),
                        new FacilitatorReleased(
                                CASE_ID, CIVIL_SERVANT, AGREED_ON, "procesbegeleider", "Heldere afspraken gemaakt"))
                .when(declareMaturity())
                .expectEvents(new MaturityDeclared(
                        CASE_ID, ALDERMAN, MATURE_ON, "Samenwerkingsovereenkomst getekend, rollen helder"));
    }

    @Test
    void maturityWaitsUntilEveryExclusivityBreachIsResolved() {
        fixture.given(requested(), granted(), cooperationAgreementSigned(), tenderBreach())
                .when(declareMaturity())
                .expectException(violates("unresolved-exclusivity-breach"));
    }

    @Test
    void aResolvedBreachNoLongerStandsInTheWayOfMaturity() {
        fixture.given(
                        requested(),
                        granted(),
                        cooperationAgreementSigned(),
                        tenderBreach(),
                        new ExclusivityBreachResolved(
                                CASE_ID,
                                ALDERMAN,
                                LocalDate.of(2025, 4, 14),
                                "aanbesteding",
                                "Aanbesteding ingetrokken"))
                .when(declareMaturity())
                .expectEvents(new MaturityDeclared(
                        CASE_ID, ALDERMAN, MATURE_ON, "Samenwerkingsovereenkomst getekend, rollen helder"));
    }

    @Test
    void aCaseThatWasNeverGrantedCannotBeDeclaredMature() {
        fixture.given(requested()).when(declareMaturity()).expectException(violates("not-granted"));
    }

    @Test
    void aPausedCaseCannotBeDeclaredMature() {
        fixture.given(requested(), granted(), cooperationAgreementSigned(), paused(LocalDate.of(2025, 5, 20)))
                .when(declareMaturity())
                .expectException(violates("case-paused"));
    }

    // ---------------------------------------------------------------- stop

    @Test
    void thePartiesStopTheSearchTogetherWithAReason() {
        LocalDate stoppedOn = LocalDate.of(2025, 5, 1);
        fixture.given(requested(), granted())
                .when(new StopCase(CASE_ID, BOARD_MEMBER, stoppedOn, "Partijen lopen te ver uit elkaar"))
                .expectEvents(stopped(stoppedOn));
    }

    @Test
    void aRequestThatIsNeverGrantedCanBeStopped() {
        LocalDate stoppedOn = LocalDate.of(2025, 2, 3);
        fixture.given(requested())
                .when(new StopCase(CASE_ID, BOARD_MEMBER, stoppedOn, "Partijen lopen te ver uit elkaar"))
                .expectEvents(new CaseStopped(CASE_ID, BOARD_MEMBER, stoppedOn, "Partijen lopen te ver uit elkaar"));
    }

    // ---------------------------------------------------------------- test data

    private static RequestOpgroeiruimte request(Actor actor, LocalDate on) {
        return new RequestOpgroeiruimte(CASE_ID, actor, on, MUNICIPALITY, INITIATIVE, SCOPE, MOTIVATION);
    }

    private static GrantOpgroeiruimte grant(Preconditions preconditions, Exclusivity exclusivity) {
        return new GrantOpgroeiruimte(CASE_ID, ALDERMAN, GRANTED_ON, preconditions, exclusivity);
    }

    private static DeclareMaturity declareMaturity() {
        return new DeclareMaturity(CASE_ID, ALDERMAN, MATURE_ON, "Samenwerkingsovereenkomst getekend, rollen helder");
    }

    private static AgreementSigned cooperationAgreementSigned() {
        return agreementSigned(
                "sok",
                AgreementKind.COOPERATION_AGREEMENT,
                AGREED_ON,
                new ValidityPeriod(AGREED_ON, LocalDate.of(2030, 5, 11)));
    }

    private static FacilitatorAppointed facilitatorAppointed() {
        return new FacilitatorAppointed(CASE_ID, CIVIL_SERVANT, GRANTED_ON, "procesbegeleider", "Duneworks");
    }

    private static ExclusivityBreached tenderBreach() {
        return new ExclusivityBreached(
                CASE_ID,
                BOARD_MEMBER,
                LocalDate.of(2025, 4, 1),
                "aanbesteding",
                Party.municipality(MUNICIPALITY),
                "Marktconsultatie warmtenet Assendorp gestart",
                "TenderNed");
    }
}
