package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreachResolved;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreached;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ResolveExclusivityBreach;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MarketApproachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MarketApproachRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordMarketApproach;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeclareMaturity;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tender or market consultation on the case's scope. While the exclusivity runs it is exactly a breach
 * (000 §3.1: "geen aanbesteding optuigen"; 001: "niet een marktconsultatie op een activiteit inzetten"),
 * so it is recorded as one in the same command, or refused with the reason.
 */
class MarketApproachTest {

    private static final String CONSULTATION = "marktconsultatie-warmte";
    private static final LocalDate DURING_EXCLUSIVITY = LocalDate.of(2025, 4, 1);
    private static final String DESCRIPTION = "Marktconsultatie naar een warmtebedrijf voor Assendorp";
    private static final String REFERENCE = "TenderNed 2025-412";

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void beforeOpgroeiruimteIsGrantedAMarketConsultationBreachesNothing() {
        fixture.given(requested())
                .when(approach(CONSULTATION, REQUESTED_ON, false))
                .expectEvents(approached(CONSULTATION, REQUESTED_ON, null));
    }

    @Test
    void afterTheExclusivityEndedATenderBreachesNothing() {
        LocalDate ended = LocalDate.of(2025, 4, 30);
        fixture.given(requested(), grantedWith(exclusivity(GRANTED_ON, ended)))
                .when(new RecordMarketApproach(
                        CASE_ID,
                        CIVIL_SERVANT,
                        ended.plusDays(1),
                        "aanbesteding",
                        MarketApproachKind.TENDER,
                        "Burgerinitiatiefproof aanbesteding in percelen",
                        null,
                        false))
                .expectEvents(new MarketApproachRecorded(
                        CASE_ID,
                        CIVIL_SERVANT,
                        ended.plusDays(1),
                        "aanbesteding",
                        MarketApproachKind.TENDER,
                        "Burgerinitiatiefproof aanbesteding in percelen",
                        null,
                        null));
    }

    @Test
    void duringTheExclusivityItIsRefusedWithTheReasonUnlessRecordedAsABreach() {
        fixture.given(requested(), granted())
                .when(approach(CONSULTATION, DURING_EXCLUSIVITY, false))
                .expectException(violatesOn("market-approach-during-exclusivity", "recordAsExclusivityBreach"))
                .expectExceptionMessage(allOf(
                        containsString("exactly a breach"),
                        containsString("000 §3.1"),
                        containsString("recordAsExclusivityBreach true")));
    }

    @Test
    void onTheLastDayOfTheExclusivityItIsStillABreach() {
        LocalDate lastDay = LocalDate.of(2025, 5, 31);
        fixture.given(requested(), grantedWith(exclusivity(GRANTED_ON, lastDay)))
                .when(approach(CONSULTATION, lastDay, false))
                .expectException(violates("market-approach-during-exclusivity"));
    }

    @Test
    void recordedAsABreachTheApproachAndTheBreachByTheMunicipalityAreRecordedTogether() {
        fixture.given(requested(), granted())
                .when(approach(CONSULTATION, DURING_EXCLUSIVITY, true))
                .expectEvents(
                        approached(CONSULTATION, DURING_EXCLUSIVITY, CONSULTATION),
                        new ExclusivityBreached(
                                CASE_ID,
                                BOARD_MEMBER,
                                DURING_EXCLUSIVITY,
                                CONSULTATION,
                                Party.municipality(MUNICIPALITY),
                                "Market consultation on the case's scope: " + DESCRIPTION,
                                "market approach " + CONSULTATION + " (" + REFERENCE + ")",
                                BreachKind.TENDER_OR_MARKET_CONSULTATION));
    }

    @Test
    void theBreachRecordedWithTheApproachIsResolvedLikeAnyOther() {
        LocalDate resolvedOn = LocalDate.of(2025, 4, 22);
        fixture.given(requested(), granted())
                .andGivenCommands(approach(CONSULTATION, DURING_EXCLUSIVITY, true))
                .when(new ResolveExclusivityBreach(
                        CASE_ID, ALDERMAN, resolvedOn, CONSULTATION, "Marktconsultatie ingetrokken"))
                .expectEvents(new ExclusivityBreachResolved(
                        CASE_ID, ALDERMAN, resolvedOn, CONSULTATION, "Marktconsultatie ingetrokken"));
    }

    @Test
    void untilItIsResolvedThePartnershipIsNotMature() {
        LocalDate signedOn = LocalDate.of(2025, 5, 1);
        fixture.given(
                        requested(),
                        granted(),
                        agreementSigned(
                                "sok",
                                AgreementKind.COOPERATION_AGREEMENT,
                                signedOn,
                                new ValidityPeriod(signedOn, null)))
                .andGivenCommands(approach(CONSULTATION, DURING_EXCLUSIVITY, true))
                .when(new DeclareMaturity(CASE_ID, ALDERMAN, TODAY, "Samenwerkingsovereenkomst getekend"))
                .expectException(violates("unresolved-exclusivity-breach"));
    }

    @Test
    void withoutExclusivityInForceThereIsNoBreachToRecord() {
        fixture.given(requested())
                .when(approach(CONSULTATION, REQUESTED_ON, true))
                .expectException(violatesOn("no-exclusivity-in-force", "recordAsExclusivityBreach"));
    }

    @Test
    void anApproachIdIsUsedOnce() {
        fixture.given(requested(), approached(CONSULTATION, REQUESTED_ON, null))
                .when(approach(CONSULTATION, REQUESTED_ON.plusDays(1), false))
                .expectException(violatesOn("already-recorded", "approachId"));
    }

    @Test
    void theBreachTakesTheApproachsIdWhichMustBeFreeForABreach() {
        fixture.given(
                        requested(),
                        granted(),
                        new ExclusivityBreached(
                                CASE_ID,
                                BOARD_MEMBER,
                                DURING_EXCLUSIVITY,
                                CONSULTATION,
                                Party.municipality(MUNICIPALITY),
                                "Marktconsultatie",
                                "TenderNed"))
                .when(approach(CONSULTATION, DURING_EXCLUSIVITY, true))
                .expectException(violatesOn("already-recorded", "approachId"));
    }

    // ---------------------------------------------------------------- test data

    private static RecordMarketApproach approach(String approachId, LocalDate on, boolean recordAsExclusivityBreach) {
        return new RecordMarketApproach(
                CASE_ID,
                BOARD_MEMBER,
                on,
                approachId,
                MarketApproachKind.MARKET_CONSULTATION,
                DESCRIPTION,
                REFERENCE,
                recordAsExclusivityBreach);
    }

    private static MarketApproachRecorded approached(String approachId, LocalDate on, String breachId) {
        return new MarketApproachRecorded(
                CASE_ID,
                BOARD_MEMBER,
                on,
                approachId,
                MarketApproachKind.MARKET_CONSULTATION,
                DESCRIPTION,
                REFERENCE,
                breachId);
    }
}
