package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.CIVIL_SERVANT;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.ATTENTION;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.STOP_RISK;
import static nl.opgroeiruimte.casefile.query.indicators.ReasonAssertions.onlyReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingCommitted;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.GuaranteeBudgetDecisionRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestonePlanned;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A guarantee backed by money: `guarantee-without-budget-decision` within 90 days (default) of its due date,
 * and `met-without-continuation` that only the funding linked to the guarantee clears.
 */
class GuaranteeWithoutBudgetDecisionTest {
    private static final LocalDate DUE = LocalDate.parse("2024-09-30");
    private final GuaranteeWithoutBudgetDecision budget = new GuaranteeWithoutBudgetDecision();
    private final MetWithoutContinuation stopGo = new MetWithoutContinuation();
    private final CaseFileBuilder file = aCase();
    private String planned;

    @BeforeEach
    void aMilestoneWhoseGuaranteePromisesSixtyThousandEuros() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
        planned = file.recorded(new MilestonePlanned(
                file.caseId(),
                CIVIL_SERVANT,
                LocalDate.parse("2024-03-04"),
                "m1",
                "haalbaarheidsstudie",
                DUE,
                new MilestoneOwners("p-anna", "p-cor"),
                new Guarantee(
                        "de gemeente financiert de planontwikkeling",
                        List.of("procesgeld"),
                        List.of("studie vastgesteld door de ALV"),
                        new BigDecimal("60000.00"),
                        null)));
    }

    private List<Reason> budgetOn(String day) {
        return budget.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    private List<Reason> stopGoOn(String day) {
        return stopGo.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void aGuaranteeFallingDueWithinNinetyDaysWithoutABudgetDecisionNeedsAttention() {
        assertThat(budgetOn("2024-07-01")).isEmpty();
        Reason reason = onlyReason(budgetOn("2024-07-02"), "guarantee-without-budget-decision", ATTENTION, planned);
        assertThat(reason.message()).contains("60000.00").contains("2024-09-30");
        onlyReason(budgetOn("2024-10-15"), "guarantee-without-budget-decision", ATTENTION, planned);
    }

    @Test
    void theBudgetDecisionClearsIt() {
        file.recorded(decision("2024-07-10", "begroting-2025"));
        String backed = file.recorded(new GuaranteeBudgetDecisionRecorded(
                file.caseId(), CIVIL_SERVANT, LocalDate.parse("2024-07-10"), "m1", "begroting-2025"));

        onlyReason(budgetOn("2024-07-09"), "guarantee-without-budget-decision", ATTENTION, planned);
        assertThat(budgetOn("2024-07-10")).isEmpty();
        assertThat(file.stateOn(LocalDate.parse("2024-07-10")).milestones.get("m1").eventIds)
                .contains(backed);
    }

    @Test
    void theOutcomeEndsIt() {
        file.milestoneDecided(DUE, "m1", MilestoneResult.NOT_MET, false);

        assertThat(budgetOn("2024-09-30")).isEmpty();
    }

    @Test
    void aGuaranteeWithoutMoneyNeedsNoBudgetDecision() {
        file.milestonePlanned(LocalDate.parse("2024-03-05"), "m2", DUE);

        assertThat(budgetOn("2024-09-01")).extracting(Reason::eventIds).containsExactly(List.of(planned));
    }

    @Test
    void metWhileOtherFundingCameIsStillAStopGo() {
        String outcome = file.milestoneDecided(DUE, "m1", MilestoneResult.MET, false);
        file.recorded(funding("2024-10-07", "andere-pot", null));
        file.milestonePlanned(LocalDate.parse("2024-10-08"), "m2", LocalDate.parse("2025-03-01"));

        onlyReason(stopGoOn("2024-10-10"), "met-without-continuation", STOP_RISK, planned, outcome);
    }

    @Test
    void theFundingLinkedToTheGuaranteeClearsTheStopGo() {
        String outcome = file.milestoneDecided(DUE, "m1", MilestoneResult.MET, false);
        String linked = file.recorded(funding("2024-10-14", "vervolg", "m1"));

        Reason reason = onlyReason(stopGoOn("2024-10-13"), "met-without-continuation", STOP_RISK, planned, outcome);
        assertThat(reason.message()).contains("funding that delivers its guarantee");
        assertThat(stopGoOn("2024-10-14")).isEmpty();
        assertThat(file.stateOn(LocalDate.parse("2024-10-14")).milestones.get("m1").eventIds)
                .contains(linked);
    }

    @Test
    void linkedFundingCommittedBeforeTheOutcomeDeliversTheGuaranteeToo() {
        file.recorded(funding("2024-09-01", "vervolg", "m1"));
        file.milestoneDecided(DUE, "m1", MilestoneResult.MET, true);

        assertThat(stopGoOn("2024-09-30")).isEmpty();
    }

    private DecisionRecorded decision(String on, String decisionId) {
        return new DecisionRecorded(
                file.caseId(),
                CIVIL_SERVANT,
                LocalDate.parse(on),
                decisionId,
                DecisionBody.COUNCIL,
                "Begroting",
                "€ 60.000 gereserveerd",
                "raad " + on);
    }

    private FundingCommitted funding(String on, String fundingId, String milestoneId) {
        return new FundingCommitted(
                file.caseId(),
                CIVIL_SERVANT,
                LocalDate.parse(on),
                fundingId,
                FundingSource.MUNICIPAL,
                FundingInstrument.PROCESS_FINANCING,
                new BigDecimal("60000.00"),
                new FundingPeriod(LocalDate.parse(on), LocalDate.parse(on).plusYears(1)),
                "besluit-" + fundingId,
                milestoneId);
    }
}
