package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.ATTENTION;
import static nl.opgroeiruimte.casefile.query.indicators.ReasonAssertions.onlyReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Default: from 60 days before the end of a funding until 60 days after it, unless other funding runs beyond it. */
class FundingEndingWithoutFollowUpTest {
    private final FundingEndingWithoutFollowUp rule = new FundingEndingWithoutFollowUp();
    private final CaseFileBuilder file = aCase();

    @BeforeEach
    void granted() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    private String processMoneyUntilNewYearsEve() {
        return file.fundingCommitted(
                LocalDate.parse("2024-02-01"), "f1", LocalDate.parse("2024-02-01"), LocalDate.parse("2024-12-31"));
    }

    @Test
    void fundingFarFromItsEndIsGo() {
        processMoneyUntilNewYearsEve();

        assertThat(on("2024-10-31")).as("61 days before the end").isEmpty();
    }

    @Test
    void fundingEndingWithinSixtyDaysWithNothingAfterItNeedsAttention() {
        String committed = processMoneyUntilNewYearsEve();

        onlyReason(on("2024-11-01"), "funding-ending-without-follow-up", ATTENTION, committed);
    }

    @Test
    void fundingThatEndedIsStillFlaggedForSixtyDaysThenFades() {
        String committed = processMoneyUntilNewYearsEve();

        onlyReason(on("2025-03-01"), "funding-ending-without-follow-up", ATTENTION, committed);
        assertThat(on("2025-03-02")).isEmpty();
    }

    @Test
    void followUpFundingClearsTheRisk() {
        processMoneyUntilNewYearsEve();
        file.fundingCommitted(
                LocalDate.parse("2024-11-15"), "f2", LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"));

        assertThat(on("2024-11-14")).hasSize(1);
        assertThat(on("2024-11-15")).isEmpty();
    }

    @Test
    void aRefusedFollowUpIsNothingAfterIt() {
        String committed = processMoneyUntilNewYearsEve();
        file.fundingRefused(LocalDate.parse("2024-11-15"), "f2");

        onlyReason(on("2024-11-15"), "funding-ending-without-follow-up", ATTENTION, committed);
    }

    @Test
    void fundingEndedEarlyIsFlaggedFromTheDayItEnded() {
        String committed = file.fundingCommitted(
                LocalDate.parse("2024-02-01"), "f1", LocalDate.parse("2024-02-01"), LocalDate.parse("2026-12-31"));
        String ended = file.fundingEnded(LocalDate.parse("2024-06-03"), "f1");

        assertThat(on("2024-06-02")).isEmpty();
        onlyReason(on("2024-06-03"), "funding-ending-without-follow-up", ATTENTION, committed, ended);
    }
}
