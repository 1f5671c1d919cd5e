package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.CommitFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingCommitted;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.GuaranteeBudgetDecisionRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOutcomeRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestonePlanned;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordGuaranteeBudgetDecision;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A guarantee backed by money (001 "Hoe organiseren we financiering?!": "alle middelen die gegarandeerd
 * vrijkomen als aan bepaalde eisen is voldaan"): its requirements, its amount and the budget decision
 * behind it; the funding that delivers it is linked to it, and only that funding delivers it.
 */
class GuaranteesBackedByMoneyTest {

    private static final String STUDY = "haalbaarheidsstudie";
    private static final String BUDGET = "raadsbesluit-begroting";
    private static final LocalDate DECIDED_ON = LocalDate.of(2025, 2, 20);
    private static final LocalDate PLANNED_ON = LocalDate.of(2025, 3, 3);
    private static final LocalDate DUE = LocalDate.of(2025, 6, 1);
    private static final BigDecimal SIXTY_THOUSAND = new BigDecimal("60000.00");
    private static final MilestoneOwners OWNERS = new MilestoneOwners("ambtenaar-energie", "bestuurder-warm");

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aGuaranteeStatesItsRequirementsItsAmountAndTheBudgetDecisionBehindIt() {
        fixture.given(requested(), granted(), budgetDecided())
                .when(plan(money(BUDGET)))
                .expectEvents(planned(money(BUDGET)));
    }

    @Test
    void theBudgetDecisionIsOneTheCaseHolds() {
        fixture.given(requested(), granted())
                .when(plan(money(BUDGET)))
                .expectException(violatesOn("linked-record-unknown", "guarantee.budgetDecisionId"));
    }

    @Test
    void theBudgetDecisionCanBeRecordedAfterTheMilestoneWasPlanned() {
        fixture.given(requested(), granted(), planned(money(null)), budgetDecided())
                .when(new RecordGuaranteeBudgetDecision(CASE_ID, CIVIL_SERVANT, PLANNED_ON.plusDays(7), STUDY, BUDGET))
                .expectEvents(new GuaranteeBudgetDecisionRecorded(
                        CASE_ID, CIVIL_SERVANT, PLANNED_ON.plusDays(7), STUDY, BUDGET));
    }

    @Test
    void theSameBudgetDecisionIsNotRecordedTwice() {
        fixture.given(requested(), granted(), budgetDecided(), planned(money(BUDGET)))
                .when(new RecordGuaranteeBudgetDecision(CASE_ID, CIVIL_SERVANT, PLANNED_ON.plusDays(7), STUDY, BUDGET))
                .expectException(violatesOn("already-recorded", "decisionId"));
    }

    @Test
    void aBudgetDecisionNeedsTheMilestoneAndTheDecision() {
        fixture.given(requested(), granted(), planned(money(null)))
                .when(new RecordGuaranteeBudgetDecision(CASE_ID, CIVIL_SERVANT, PLANNED_ON, STUDY, BUDGET))
                .expectException(violatesOn("linked-record-unknown", "decisionId"));
        fixture.given(requested(), granted(), budgetDecided())
                .when(new RecordGuaranteeBudgetDecision(CASE_ID, CIVIL_SERVANT, PLANNED_ON, "elders", BUDGET))
                .expectException(UnknownEntity.class);
    }

    @Test
    void fundingIsLinkedToTheGuaranteeItDelivers() {
        fixture.given(requested(), granted(), planned(money(null)))
                .when(commit("vervolg", STUDY))
                .expectEvents(committed("vervolg", STUDY));
    }

    @Test
    void fundingCannotDeliverTheGuaranteeOfAMilestoneTheCaseDoesNotHave() {
        fixture.given(requested(), granted())
                .when(commit("vervolg", "elders"))
                .expectException(violatesOn("linked-record-unknown", "deliversGuaranteeOf"));
    }

    @Test
    void deliveryOfMoneyIsAFactNotAClaim() {
        fixture.given(requested(), granted(), planned(money(null)), committed("andere-pot", null))
                .when(outcome(true))
                .expectException(violatesOn("guarantee-delivery-not-recorded", "continuationDelivered"));
    }

    @Test
    void onceTheLinkedFundingIsCommittedTheContinuationIsDelivered() {
        fixture.given(requested(), granted(), planned(money(null)), committed("vervolg", STUDY))
                .when(outcome(true))
                .expectEvents(outcomeRecorded(true));
    }

    @Test
    void aMetMilestoneWhoseMoneyHasNotComeIsRecordedAsSuch() {
        fixture.given(requested(), granted(), planned(money(null)))
                .when(outcome(false))
                .expectEvents(outcomeRecorded(false));
    }

    @Test
    void aGuaranteeWithoutMoneyIsDeliveredAsBefore() {
        Guarantee words = new Guarantee("De samenwerking wordt vervolgd", List.of("inzet regisseur"));
        fixture.given(requested(), granted(), planned(words))
                .when(outcome(true))
                .expectEvents(outcomeRecorded(true));
    }

    // ---------------------------------------------------------------- test data

    private static Guarantee money(String budgetDecisionId) {
        return new Guarantee(
                "De gemeente financiert de planontwikkeling",
                List.of("procesfinanciering 2025-2026"),
                List.of("haalbaarheidsstudie door de ALV vastgesteld", "minstens 150 intentieverklaringen"),
                SIXTY_THOUSAND,
                budgetDecisionId);
    }

    private static DecisionRecorded budgetDecided() {
        return new DecisionRecorded(
                CASE_ID,
                ALDERMAN,
                DECIDED_ON,
                BUDGET,
                DecisionBody.COUNCIL,
                "Begroting 2025",
                "De raad reserveert € 60.000 voor warmte Assendorp",
                "Raad 2025/17");
    }

    private static RecordMilestone plan(Guarantee guarantee) {
        return new RecordMilestone(CASE_ID, CIVIL_SERVANT, PLANNED_ON, STUDY, "Haalbaarheid", DUE, OWNERS, guarantee);
    }

    private static MilestonePlanned planned(Guarantee guarantee) {
        return new MilestonePlanned(CASE_ID, CIVIL_SERVANT, PLANNED_ON, STUDY, "Haalbaarheid", DUE, OWNERS, guarantee);
    }

    private static CommitFunding commit(String fundingId, String milestoneId) {
        return new CommitFunding(
                CASE_ID,
                ALDERMAN,
                PLANNED_ON.plusDays(30),
                fundingId,
                FundingSource.MUNICIPAL,
                FundingInstrument.PROCESS_FINANCING,
                SIXTY_THOUSAND,
                new FundingPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)),
                "B&W 2025/140",
                milestoneId);
    }

    private static FundingCommitted committed(String fundingId, String milestoneId) {
        return new FundingCommitted(
                CASE_ID,
                ALDERMAN,
                PLANNED_ON.plusDays(30),
                fundingId,
                FundingSource.MUNICIPAL,
                FundingInstrument.PROCESS_FINANCING,
                SIXTY_THOUSAND,
                new FundingPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)),
                "B&W 2025/140",
                milestoneId);
    }

    private static RecordMilestoneOutcome outcome(boolean delivered) {
        return new RecordMilestoneOutcome(
                CASE_ID, CIVIL_SERVANT, DUE, STUDY, MilestoneResult.MET, delivered, "De studie is af");
    }

    private static MilestoneOutcomeRecorded outcomeRecorded(boolean delivered) {
        return new MilestoneOutcomeRecorded(
                CASE_ID, CIVIL_SERVANT, DUE, STUDY, MilestoneResult.MET, delivered, "De studie is af");
    }
}
