package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind.COOPERATION_AGREEMENT;
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

/** Default: an agreement in force whose last day is 60 days away or less. */
class AgreementExpiringTest {
    private static final LocalDate LAST_DAY = LocalDate.parse("2025-02-28");
    private final AgreementExpiring rule = new AgreementExpiring();
    private final CaseFileBuilder file = aCase();

    @BeforeEach
    void granted() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    private String intentAgreementForOneYear() {
        return file.agreementSigned(
                LocalDate.parse("2024-03-01"), "a1", INTENT_AGREEMENT, LocalDate.parse("2024-03-01"), LAST_DAY);
    }

    @Test
    void anAgreementWithMoreThanSixtyDaysToRunIsGo() {
        intentAgreementForOneYear();

        assertThat(on("2024-12-29")).as("61 days left").isEmpty();
    }

    @Test
    void anAgreementEndingWithinSixtyDaysNeedsAttention() {
        String signed = intentAgreementForOneYear();

        onlyReason(on("2024-12-30"), "agreement-expiring", ATTENTION, signed);
    }

    @Test
    void itIsFlaggedUpToItsLastDayAndNotAfterItExpired() {
        String signed = intentAgreementForOneYear();

        onlyReason(on("2025-02-28"), "agreement-expiring", ATTENTION, signed);
        assertThat(on("2025-03-01")).isEmpty();
    }

    @Test
    void agreementRenewedClearsTheRiskUntilTheNewEndComesNear() {
        String signed = intentAgreementForOneYear();
        String renewed =
                file.agreementRenewed(LocalDate.parse("2025-01-15"), "a1", LAST_DAY, LocalDate.parse("2026-02-28"));

        assertThat(on("2025-01-14")).hasSize(1);
        assertThat(on("2025-01-15")).isEmpty();
        onlyReason(on("2025-12-30"), "agreement-expiring", ATTENTION, signed, renewed);
    }

    @Test
    void anOpenEndedAgreementNeverExpires() {
        file.agreementSigned(
                LocalDate.parse("2024-03-01"), "a1", COOPERATION_AGREEMENT, LocalDate.parse("2024-03-01"), null);

        assertThat(on("2034-03-01")).isEmpty();
    }

    @Test
    void aTerminatedAgreementIsNoLongerExpiring() {
        intentAgreementForOneYear();
        file.agreementTerminated(LocalDate.parse("2025-01-15"), "a1");

        assertThat(on("2025-01-15")).isEmpty();
    }
}
