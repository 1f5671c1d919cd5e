package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind.INTENT_AGREEMENT;
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

/** Default: from 9 months after the grant, some agreement (any rung) must be in force. */
class NoSignedAgreementTest {
    private final NoSignedAgreement rule = new NoSignedAgreement();
    private final CaseFileBuilder file = aCase();
    private String grant;

    @BeforeEach
    void grantedOnTheFirstOfFebruary() {
        file.requested(LocalDate.parse("2024-01-08"));
        grant = file.granted(LocalDate.parse("2024-02-01"));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void lessThanNineMonthsAfterTheGrantNoAgreementIsExpectedYet() {
        assertThat(on("2024-10-31")).isEmpty();
    }

    @Test
    void nineMonthsAfterTheGrantWithoutAgreementNeedsAttention() {
        onlyReason(on("2024-11-01"), "no-signed-agreement", ATTENTION, grant);
    }

    @Test
    void yearsLaterTheReasonSaysHowLongItHasBeenNotTheThreshold() {
        Reason reason = on("2029-02-01").get(0);

        assertThat(reason.message()).isEqualTo("No agreement in force 60 months after the grant");
        assertThat(reason.messageNl()).contains("60 maanden");
    }

    @Test
    void aDayOverdueIsOneDayNotOneDays() {
        file.milestonePlanned(LocalDate.parse("2024-03-01"), "m1", LocalDate.parse("2024-06-01"));

        Reason overdue = new MilestoneOverdue()
                .evaluate(file.contextOn(LocalDate.parse("2024-06-02")))
                .get(0);

        assertThat(overdue.message()).contains("(one day ago)");
        assertThat(overdue.messageNl()).contains("(één dag geleden)");
    }

    @Test
    void anIntentAgreementInForceIsEnough() {
        file.agreementSigned(
                LocalDate.parse("2024-06-03"),
                "a1",
                INTENT_AGREEMENT,
                LocalDate.parse("2024-06-03"),
                LocalDate.parse("2025-06-02"));

        assertThat(on("2024-11-01")).isEmpty();
    }

    @Test
    void agreementSignedClearsTheRisk() {
        file.agreementSigned(
                LocalDate.parse("2024-12-02"), "a1", INTENT_AGREEMENT, LocalDate.parse("2024-12-02"), null);

        assertThat(on("2024-12-01")).hasSize(1);
        assertThat(on("2024-12-02")).isEmpty();
    }

    @Test
    void anExpiredAgreementNoLongerCounts() {
        file.agreementSigned(
                LocalDate.parse("2024-06-03"),
                "a1",
                INTENT_AGREEMENT,
                LocalDate.parse("2024-06-03"),
                LocalDate.parse("2025-01-31"));

        assertThat(on("2025-01-31")).isEmpty();
        onlyReason(on("2025-02-01"), "no-signed-agreement", ATTENTION, grant);
    }

    @Test
    void aTerminatedAgreementNoLongerCountsFromTheDayOfTermination() {
        file.agreementSigned(
                LocalDate.parse("2024-06-03"), "a1", INTENT_AGREEMENT, LocalDate.parse("2024-06-03"), null);
        file.agreementTerminated(LocalDate.parse("2024-12-02"), "a1");

        assertThat(on("2024-12-01")).isEmpty();
        onlyReason(on("2024-12-02"), "no-signed-agreement", ATTENTION, grant);
    }
}
