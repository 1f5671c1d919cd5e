package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.CommitFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.EndFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingCommitted;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingEnded;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPaid;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingRefused;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.RecordFundingPayment;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.RefuseFunding;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Funding committed, paid, ended or refused (001: financing is a joint responsibility; stop-go). */
class FundingTest {

    private static final String PROCESS = "procesfinanciering";
    private static final LocalDate COMMITTED_ON = LocalDate.of(2025, 3, 3);
    private static final LocalDate PAID_ON = LocalDate.of(2025, 4, 1);
    private static final BigDecimal FORTY_THOUSAND = new BigDecimal("40000.00");
    private static final FundingPeriod THIS_YEAR =
            new FundingPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- commit

    @Test
    void processFinancingCommittedByTheMunicipalityIsRecorded() {
        fixture.given(requested(), granted())
                .when(new CommitFunding(
                        CASE_ID,
                        ALDERMAN,
                        COMMITTED_ON,
                        PROCESS,
                        FundingSource.MUNICIPAL,
                        FundingInstrument.PROCESS_FINANCING,
                        FORTY_THOUSAND,
                        THIS_YEAR,
                        "B&W 2025/123"))
                .expectEvents(committed(PROCESS));
    }

    @Test
    void aFundingIdIsCommittedOnlyOnce() {
        fixture.given(requested(), granted(), committed(PROCESS))
                .when(new CommitFunding(
                        CASE_ID,
                        ALDERMAN,
                        PAID_ON,
                        PROCESS,
                        FundingSource.MUNICIPAL,
                        FundingInstrument.PROCESS_FINANCING,
                        FORTY_THOUSAND,
                        THIS_YEAR,
                        null))
                .expectException(violatesOn("already-recorded", "fundingId"));
    }

    @Test
    void aRefusedRequestIsNotLaterCommittedUnderTheSameId() {
        fixture.given(requested(), granted(), refused("provincie"))
                .when(new CommitFunding(
                        CASE_ID,
                        ALDERMAN,
                        PAID_ON,
                        "provincie",
                        FundingSource.PROVINCIAL,
                        FundingInstrument.SUBSIDY,
                        FORTY_THOUSAND,
                        THIS_YEAR,
                        null))
                .expectException(violates("already-recorded"));
    }

    // ---------------------------------------------------------------- pay

    @Test
    void aPaymentUnderCommittedFundingIsRecorded() {
        fixture.given(requested(), granted(), committed(PROCESS))
                .when(pay(PROCESS, PAID_ON, "10000.00"))
                .expectEvents(new FundingPaid(CASE_ID, ALDERMAN, PAID_ON, PROCESS, new BigDecimal("10000.00")));
    }

    @Test
    void theLastPaymentMayExhaustTheCommitment() {
        fixture.given(requested(), granted(), committed(PROCESS), paid(PROCESS, "30000.00"))
                .when(pay(PROCESS, PAID_ON.plusMonths(1), "10000.00"))
                .expectEvents(
                        new FundingPaid(CASE_ID, ALDERMAN, PAID_ON.plusMonths(1), PROCESS, new BigDecimal("10000.00")));
    }

    @Test
    void aPaymentCannotExceedTheCommitment() {
        fixture.given(requested(), granted(), committed(PROCESS))
                .when(pay(PROCESS, PAID_ON, "40000.01"))
                .expectException(violatesOn("payment-exceeds-commitment", "amountInEuros"));
    }

    @Test
    void paymentsTogetherCannotExceedTheCommitment() {
        fixture.given(requested(), granted(), committed(PROCESS), paid(PROCESS, "30000.00"))
                .when(pay(PROCESS, PAID_ON.plusMonths(1), "10000.01"))
                .expectException(violates("payment-exceeds-commitment"));
    }

    @Test
    void endedFundingPaysNoMore() {
        fixture.given(requested(), granted(), committed(PROCESS), ended(PROCESS, LocalDate.of(2025, 3, 31)))
                .when(pay(PROCESS, PAID_ON, "10000.00"))
                .expectException(violatesOn("funding-not-active", "fundingId"));
    }

    @Test
    void refusedFundingIsNeverPaid() {
        fixture.given(requested(), granted(), refused("provincie"))
                .when(pay("provincie", PAID_ON, "10000.00"))
                .expectException(violates("funding-not-active"));
    }

    @Test
    void aPaymentCannotPrecedeTheCommitment() {
        fixture.given(requested(), granted(), committed(PROCESS))
                .when(pay(PROCESS, COMMITTED_ON.minusDays(1), "10000.00"))
                .expectException(violates("occurred-before-subject"));
    }

    @Test
    void aPaymentOfFundingThatWasNeverCommittedIsRefused() {
        fixture.given(requested(), granted())
                .when(pay(PROCESS, PAID_ON, "10000.00"))
                .expectException(unknown("funding", PROCESS));
    }

    // ---------------------------------------------------------------- end

    @Test
    void committedFundingEndsWithItsReason() {
        LocalDate on = LocalDate.of(2025, 5, 31);
        fixture.given(requested(), granted(), committed(PROCESS))
                .when(new EndFunding(CASE_ID, ALDERMAN, on, PROCESS, "Bezuiniging"))
                .expectEvents(ended(PROCESS, on));
    }

    @Test
    void fundingEndsOnlyOnce() {
        fixture.given(requested(), granted(), committed(PROCESS), ended(PROCESS, LocalDate.of(2025, 5, 31)))
                .when(new EndFunding(CASE_ID, ALDERMAN, LocalDate.of(2025, 6, 1), PROCESS, "Bezuiniging"))
                .expectException(violates("funding-not-active"));
    }

    @Test
    void refusedFundingHasNothingToEnd() {
        fixture.given(requested(), granted(), refused("provincie"))
                .when(new EndFunding(CASE_ID, ALDERMAN, LocalDate.of(2025, 5, 31), "provincie", "Bezuiniging"))
                .expectException(violates("funding-not-active"));
    }

    @Test
    void fundingCannotEndBeforeItWasCommitted() {
        fixture.given(requested(), granted(), committed(PROCESS))
                .when(new EndFunding(CASE_ID, ALDERMAN, COMMITTED_ON.minusDays(1), PROCESS, "Bezuiniging"))
                .expectException(violates("occurred-before-subject"));
    }

    @Test
    void fundingThatWasNeverCommittedCannotEnd() {
        fixture.given(requested(), granted())
                .when(new EndFunding(CASE_ID, ALDERMAN, LocalDate.of(2025, 5, 31), PROCESS, "Bezuiniging"))
                .expectException(unknown("funding", PROCESS));
    }

    // ---------------------------------------------------------------- refuse

    @Test
    void aRefusedFundingRequestIsRecorded() {
        fixture.given(requested(), granted())
                .when(new RefuseFunding(
                        CASE_ID,
                        CIVIL_SERVANT,
                        COMMITTED_ON,
                        "provincie",
                        FundingSource.PROVINCIAL,
                        FundingInstrument.SUBSIDY,
                        FORTY_THOUSAND,
                        "Regeling overvraagd"))
                .expectEvents(refused("provincie"));
    }

    @Test
    void committedFundingIsNotRefusedUnderTheSameId() {
        fixture.given(requested(), granted(), committed(PROCESS))
                .when(new RefuseFunding(
                        CASE_ID,
                        CIVIL_SERVANT,
                        PAID_ON,
                        PROCESS,
                        FundingSource.MUNICIPAL,
                        FundingInstrument.PROCESS_FINANCING,
                        FORTY_THOUSAND,
                        "Regeling overvraagd"))
                .expectException(violatesOn("already-recorded", "fundingId"));
    }

    // ---------------------------------------------------------------- test data

    private static FundingCommitted committed(String fundingId) {
        return new FundingCommitted(
                CASE_ID,
                ALDERMAN,
                COMMITTED_ON,
                fundingId,
                FundingSource.MUNICIPAL,
                FundingInstrument.PROCESS_FINANCING,
                FORTY_THOUSAND,
                THIS_YEAR,
                "B&W 2025/123");
    }

    private static RecordFundingPayment pay(String fundingId, LocalDate on, String euros) {
        return new RecordFundingPayment(CASE_ID, ALDERMAN, on, fundingId, new BigDecimal(euros));
    }

    private static FundingPaid paid(String fundingId, String euros) {
        return new FundingPaid(CASE_ID, ALDERMAN, PAID_ON, fundingId, new BigDecimal(euros));
    }

    private static FundingEnded ended(String fundingId, LocalDate on) {
        return new FundingEnded(CASE_ID, ALDERMAN, on, fundingId, "Bezuiniging");
    }

    private static FundingRefused refused(String fundingId) {
        return new FundingRefused(
                CASE_ID,
                CIVIL_SERVANT,
                COMMITTED_ON,
                fundingId,
                FundingSource.PROVINCIAL,
                FundingInstrument.SUBSIDY,
                FORTY_THOUSAND,
                "Regeling overvraagd");
    }
}
