package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementAmended;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementRenewed;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementSigned;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTerminated;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AmendAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.RenewAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.SignAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.SignIntentAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.Signatory;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.TerminateAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agreement ladder (001, 003, 004): signing, amending, renewing and terminating agreements. */
class AgreementLadderTest {

    private static final String PLAN = "plan-van-aanpak";
    private static final LocalDate SIGNED_ON = LocalDate.of(2025, 3, 10);
    private static final LocalDate ENDS_ON = LocalDate.of(2025, 12, 31);
    private static final ValidityPeriod UNTIL_YEAR_END = new ValidityPeriod(SIGNED_ON, ENDS_ON);
    private static final Set<AgreementTopic> TOPICS =
            Set.of(AgreementTopic.ROLES_TASKS_RESPONSIBILITIES, AgreementTopic.FINANCING);
    private static final List<Signatory> BOTH_SIDES = List.of(ALDERMAN_SIGNS, CHAIR_SIGNS);
    private static final List<Signatory> MUNICIPALITY_ONLY = List.of(ALDERMAN_SIGNS);
    private static final List<Signatory> INITIATIVE_ONLY = List.of(CHAIR_SIGNS);
    private static final Signatory PROVINCE_SIGNS =
            new Signatory("gedeputeerde", Party.external("Provincie Overijssel"), "besluit GS");
    private static final Signatory ZUTPHEN_SIGNS =
            new Signatory("wethouder-zutphen", Party.municipality("GM0301"), "mandaat college");

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- sign

    @Test
    void aPlanOfApproachSignedByBothSidesIsRecorded() {
        fixture.given(requested(), granted())
                .when(sign(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .expectEvents(signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES));
    }

    @Test
    void aSubsidyDecisionIsSignedByTheMunicipalityAlone() {
        fixture.given(requested(), granted())
                .when(sign("subsidie", AgreementKind.SUBSIDY_DECISION, MUNICIPALITY_ONLY))
                .expectEvents(signed("subsidie", AgreementKind.SUBSIDY_DECISION, MUNICIPALITY_ONLY));
    }

    @Test
    void theProvinceMayCoSignAnAgreementAsAnExternalParty() {
        List<Signatory> withProvince = List.of(ALDERMAN_SIGNS, CHAIR_SIGNS, PROVINCE_SIGNS);
        fixture.given(requested(), granted())
                .when(sign("green-deal", AgreementKind.GREEN_DEAL, withProvince))
                .expectEvents(signed("green-deal", AgreementKind.GREEN_DEAL, withProvince));
    }

    @Test
    void anAgreementIdIsSignedOnlyOnce() {
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(sign(PLAN, AgreementKind.INTENT_AGREEMENT, BOTH_SIDES))
                .expectException(violatesOn("already-recorded", "agreementId"));
    }

    @Test
    void aMutualAgreementSignedByOneSideOnlyIsRefused() {
        fixture.given(requested(), granted())
                .when(sign("sok", AgreementKind.COOPERATION_AGREEMENT, MUNICIPALITY_ONLY))
                .expectException(violatesOn("mutual-agreement-needs-both-sides", "signatories"));
    }

    @Test
    void aOneSidedActOfTheMunicipalityNeedsTheMunicipalitysSignatory() {
        fixture.given(requested(), granted())
                .when(sign("beleid", AgreementKind.POLICY_INCLUSION, INITIATIVE_ONLY))
                .expectException(violatesOn("one-sided-agreement-needs-municipality", "signatories"));
    }

    @Test
    void aSignatoryForAnotherMunicipalityIsNotAPartyToTheCase() {
        fixture.given(requested(), granted())
                .when(sign(PLAN, AgreementKind.PLAN_OF_APPROACH, List.of(ALDERMAN_SIGNS, CHAIR_SIGNS, ZUTPHEN_SIGNS)))
                .expectException(violatesOn("party-not-in-case", "signatories[2].party"));
    }

    // ---------------------------------------------------------------- sign an intent agreement

    @Test
    void signingAnIntentAgreementRecordsAnAgreementOfKindIntentAgreement() {
        fixture.given(requested(), granted())
                .when(new SignIntentAgreement(
                        CASE_ID,
                        ALDERMAN,
                        SIGNED_ON,
                        "intentie",
                        "Intentieovereenkomst warmtenet Assendorp",
                        BOTH_SIDES,
                        UNTIL_YEAR_END,
                        TOPICS,
                        "zaak-2025-0042",
                        "Samen het warmtenet verkennen"))
                .expectEvents(new AgreementSigned(
                        CASE_ID,
                        ALDERMAN,
                        SIGNED_ON,
                        "intentie",
                        AgreementKind.INTENT_AGREEMENT,
                        "Intentieovereenkomst warmtenet Assendorp",
                        BOTH_SIDES,
                        UNTIL_YEAR_END,
                        TOPICS,
                        "zaak-2025-0042",
                        "Samen het warmtenet verkennen"));
    }

    @Test
    void anIntentAgreementIsSignedByBothSides() {
        fixture.given(requested(), granted())
                .when(signIntent("intentie", MUNICIPALITY_ONLY))
                .expectException(violates("mutual-agreement-needs-both-sides"));
    }

    @Test
    void anIntentAgreementDoesNotReuseTheIdOfAnotherAgreement() {
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(signIntent(PLAN, BOTH_SIDES))
                .expectException(violatesOn("already-recorded", "agreementId"));
    }

    @Test
    void anIntentAgreementSignedForAnotherMunicipalityIsRefused() {
        fixture.given(requested(), granted())
                .when(signIntent("intentie", List.of(ZUTPHEN_SIGNS, CHAIR_SIGNS)))
                .expectException(violatesOn("party-not-in-case", "signatories[0].party"));
    }

    // ---------------------------------------------------------------- amend

    @Test
    void anAgreementInForceIsAmended() {
        LocalDate on = LocalDate.of(2025, 5, 1);
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(amend(PLAN, on, BOTH_SIDES))
                .expectEvents(new AgreementAmended(
                        CASE_ID,
                        ALDERMAN,
                        on,
                        PLAN,
                        "Stuurgroep toegevoegd",
                        Set.of(AgreementTopic.WORKING_STRUCTURE),
                        "zaak-2025-0042-a1",
                        BOTH_SIDES));
    }

    @Test
    void anAgreementThatWasNeverSignedCannotBeAmended() {
        fixture.given(requested(), granted())
                .when(amend(PLAN, LocalDate.of(2025, 5, 1), BOTH_SIDES))
                .expectException(unknown("agreement", PLAN));
    }

    @Test
    void anAmendmentCannotPrecedeTheSigning() {
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(amend(PLAN, SIGNED_ON.minusDays(1), BOTH_SIDES))
                .expectException(violates("occurred-before-subject"));
    }

    @Test
    void aTerminatedAgreementCannotBeAmended() {
        fixture.given(
                        requested(),
                        granted(),
                        signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES),
                        terminated(PLAN, LocalDate.of(2025, 4, 1)))
                .when(amend(PLAN, LocalDate.of(2025, 5, 1), BOTH_SIDES))
                .expectException(violatesOn("agreement-ended", "agreementId"));
    }

    @Test
    void anExpiredAgreementCannotBeAmended() {
        ValidityPeriod untilApril = new ValidityPeriod(SIGNED_ON, LocalDate.of(2025, 4, 30));
        fixture.given(
                        requested(),
                        granted(),
                        agreementSigned(PLAN, AgreementKind.PLAN_OF_APPROACH, SIGNED_ON, untilApril))
                .when(amend(PLAN, LocalDate.of(2025, 5, 1), BOTH_SIDES))
                .expectException(violates("agreement-ended"));
    }

    @Test
    void anAmendmentOfAMutualAgreementIsSignedByBothSides() {
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(amend(PLAN, LocalDate.of(2025, 5, 1), INITIATIVE_ONLY))
                .expectException(violates("mutual-agreement-needs-both-sides"));
    }

    @Test
    void anAmendmentOfAOneSidedActNeedsTheMunicipalitysSignatory() {
        fixture.given(requested(), granted(), signed("subsidie", AgreementKind.SUBSIDY_DECISION, MUNICIPALITY_ONLY))
                .when(amend("subsidie", LocalDate.of(2025, 5, 1), INITIATIVE_ONLY))
                .expectException(violates("one-sided-agreement-needs-municipality"));
    }

    @Test
    void anAmendmentSignedForAnotherMunicipalityIsRefused() {
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(amend(PLAN, LocalDate.of(2025, 5, 1), List.of(ZUTPHEN_SIGNS, CHAIR_SIGNS)))
                .expectException(violatesOn("party-not-in-case", "signatories[0].party"));
    }

    // ---------------------------------------------------------------- renew

    @Test
    void anAgreementIsRenewedBeyondItsEnd() {
        LocalDate on = LocalDate.of(2025, 6, 2);
        LocalDate newEnd = LocalDate.of(2026, 12, 31);
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(renew(PLAN, on, newEnd, BOTH_SIDES))
                .expectEvents(new AgreementRenewed(
                        CASE_ID, ALDERMAN, on, PLAN, ENDS_ON, newEnd, "zaak-2025-0042-v2", BOTH_SIDES));
    }

    @Test
    void aRenewedAgreementStaysInForceBeyondItsFormerEnd() {
        ValidityPeriod untilApril = new ValidityPeriod(SIGNED_ON, LocalDate.of(2025, 4, 30));
        LocalDate may = LocalDate.of(2025, 5, 1);
        fixture.given(
                        requested(),
                        granted(),
                        agreementSigned(PLAN, AgreementKind.PLAN_OF_APPROACH, SIGNED_ON, untilApril),
                        new AgreementRenewed(
                                CASE_ID,
                                ALDERMAN,
                                LocalDate.of(2025, 4, 28),
                                PLAN,
                                LocalDate.of(2025, 4, 30),
                                ENDS_ON,
                                null,
                                BOTH_SIDES))
                .when(terminate(PLAN, may))
                .expectEvents(terminated(PLAN, may));
    }

    @Test
    void anOpenEndedAgreementHasNothingToRenew() {
        fixture.given(
                        requested(),
                        granted(),
                        agreementSigned(
                                PLAN, AgreementKind.PLAN_OF_APPROACH, SIGNED_ON, new ValidityPeriod(SIGNED_ON, null)))
                .when(renew(PLAN, LocalDate.of(2025, 6, 2), LocalDate.of(2026, 12, 31), BOTH_SIDES))
                .expectException(violatesOn("renewal-not-later", "newUntil"));
    }

    @Test
    void aRenewalExtendsTheAgreementBeyondItsCurrentEnd() {
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(renew(PLAN, LocalDate.of(2025, 6, 2), ENDS_ON, BOTH_SIDES))
                .expectException(violates("renewal-not-later"));
    }

    @Test
    void anAgreementThatWasNeverSignedCannotBeRenewed() {
        fixture.given(requested(), granted())
                .when(renew(PLAN, LocalDate.of(2025, 6, 2), LocalDate.of(2026, 12, 31), BOTH_SIDES))
                .expectException(unknown("agreement", PLAN));
    }

    @Test
    void anExpiredAgreementIsNotRenewedAfterwards() {
        ValidityPeriod untilApril = new ValidityPeriod(SIGNED_ON, LocalDate.of(2025, 4, 30));
        fixture.given(
                        requested(),
                        granted(),
                        agreementSigned(PLAN, AgreementKind.PLAN_OF_APPROACH, SIGNED_ON, untilApril))
                .when(renew(PLAN, LocalDate.of(2025, 5, 1), LocalDate.of(2026, 4, 30), BOTH_SIDES))
                .expectException(violates("agreement-ended"));
    }

    @Test
    void aRenewalCannotPrecedeTheSigning() {
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(renew(PLAN, SIGNED_ON.minusDays(1), LocalDate.of(2026, 12, 31), BOTH_SIDES))
                .expectException(violates("occurred-before-subject"));
    }

    @Test
    void aRenewalOfAMutualAgreementIsSignedByBothSides() {
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(renew(PLAN, LocalDate.of(2025, 6, 2), LocalDate.of(2026, 12, 31), MUNICIPALITY_ONLY))
                .expectException(violates("mutual-agreement-needs-both-sides"));
    }

    @Test
    void aRenewalOfAOneSidedActNeedsTheMunicipalitysSignatory() {
        fixture.given(requested(), granted(), signed("subsidie", AgreementKind.SUBSIDY_DECISION, MUNICIPALITY_ONLY))
                .when(renew("subsidie", LocalDate.of(2025, 6, 2), LocalDate.of(2026, 12, 31), INITIATIVE_ONLY))
                .expectException(violates("one-sided-agreement-needs-municipality"));
    }

    @Test
    void aRenewalSignedForAnotherMunicipalityIsRefused() {
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(renew(
                        PLAN,
                        LocalDate.of(2025, 6, 2),
                        LocalDate.of(2026, 12, 31),
                        List.of(ALDERMAN_SIGNS, CHAIR_SIGNS, ZUTPHEN_SIGNS)))
                .expectException(violates("party-not-in-case"));
    }

    // ---------------------------------------------------------------- terminate

    @Test
    void anAgreementIsTerminatedWithItsReason() {
        LocalDate on = LocalDate.of(2025, 5, 1);
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(terminate(PLAN, on))
                .expectEvents(terminated(PLAN, on));
    }

    @Test
    void anAgreementIsTerminatedOnlyOnce() {
        fixture.given(
                        requested(),
                        granted(),
                        signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES),
                        terminated(PLAN, LocalDate.of(2025, 4, 1)))
                .when(terminate(PLAN, LocalDate.of(2025, 5, 1)))
                .expectException(violates("agreement-ended"));
    }

    @Test
    void anExpiredAgreementIsNotTerminatedAfterwards() {
        ValidityPeriod untilApril = new ValidityPeriod(SIGNED_ON, LocalDate.of(2025, 4, 30));
        fixture.given(
                        requested(),
                        granted(),
                        agreementSigned(PLAN, AgreementKind.PLAN_OF_APPROACH, SIGNED_ON, untilApril))
                .when(terminate(PLAN, LocalDate.of(2025, 5, 1)))
                .expectException(violates("agreement-ended"));
    }

    @Test
    void anAgreementThatWasNeverSignedCannotBeTerminated() {
        fixture.given(requested(), granted())
                .when(terminate(PLAN, LocalDate.of(2025, 5, 1)))
                .expectException(unknown("agreement", PLAN));
    }

    @Test
    void aTerminationCannotPrecedeTheSigning() {
        fixture.given(requested(), granted(), signed(PLAN, AgreementKind.PLAN_OF_APPROACH, BOTH_SIDES))
                .when(terminate(PLAN, SIGNED_ON.minusDays(1)))
                .expectException(violates("occurred-before-subject"));
    }

    // ---------------------------------------------------------------- test data

    private static SignAgreement sign(String agreementId, AgreementKind kind, List<Signatory> signatories) {
        return new SignAgreement(
                CASE_ID,
                ALDERMAN,
                SIGNED_ON,
                agreementId,
                kind,
                "Afspraken warmtenet Assendorp",
                signatories,
                UNTIL_YEAR_END,
                TOPICS,
                "zaak-2025-0042",
                "Rolverdeling en financiering van de verkenning");
    }

    private static AgreementSigned signed(String agreementId, AgreementKind kind, List<Signatory> signatories) {
        return new AgreementSigned(
                CASE_ID,
                ALDERMAN,
                SIGNED_ON,
                agreementId,
                kind,
                "Afspraken warmtenet Assendorp",
                signatories,
                UNTIL_YEAR_END,
                TOPICS,
                "zaak-2025-0042",
                "Rolverdeling en financiering van de verkenning");
    }

    private static SignIntentAgreement signIntent(String agreementId, List<Signatory> signatories) {
        return new SignIntentAgreement(
                CASE_ID,
                ALDERMAN,
                SIGNED_ON,
                agreementId,
                "Intentieovereenkomst warmtenet Assendorp",
                signatories,
                UNTIL_YEAR_END,
                TOPICS,
                null,
                null);
    }

    private static AmendAgreement amend(String agreementId, LocalDate on, List<Signatory> signatories) {
        return new AmendAgreement(
                CASE_ID,
                ALDERMAN,
                on,
                agreementId,
                "Stuurgroep toegevoegd",
                Set.of(AgreementTopic.WORKING_STRUCTURE),
                "zaak-2025-0042-a1",
                signatories);
    }

    private static RenewAgreement renew(
            String agreementId, LocalDate on, LocalDate newUntil, List<Signatory> signatories) {
        return new RenewAgreement(CASE_ID, ALDERMAN, on, agreementId, newUntil, "zaak-2025-0042-v2", signatories);
    }

    private static TerminateAgreement terminate(String agreementId, LocalDate on) {
        return new TerminateAgreement(
                CASE_ID, ALDERMAN, on, agreementId, "Opgevolgd door een samenwerkingsovereenkomst");
    }

    private static AgreementTerminated terminated(String agreementId, LocalDate on) {
        return new AgreementTerminated(
                CASE_ID, ALDERMAN, on, agreementId, "Opgevolgd door een samenwerkingsovereenkomst");
    }
}
