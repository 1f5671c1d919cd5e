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

/** Default: the last 90 days of the exclusivity, while no structural agreement is in force. */
class ExclusivityEndingTest {
    private final ExclusivityEnding rule = new ExclusivityEnding();
    private final CaseFileBuilder file = aCase();
    private String grant;

    @BeforeEach
    void exclusivityForOneYear() {
        file.requested(LocalDate.parse("2024-01-08"));
        grant = file.granted(LocalDate.parse("2024-02-01"), LocalDate.parse("2025-01-31"));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void aRequestWithoutExclusivityHasNothingToEnd() {
        CaseFileBuilder requestedOnly = aCase("case-requested");
        requestedOnly.requested(LocalDate.parse("2024-01-08"));

        assertThat(new ExclusivityEnding().evaluate(requestedOnly.contextOn(LocalDate.parse("2024-12-31"))))
                .isEmpty();
    }

    @Test
    void moreThanNinetyDaysOfExclusivityLeftIsGo() {
        assertThat(on("2024-11-01")).as("91 days left").isEmpty();
    }

    @Test
    void exclusivityEndingWithinNinetyDaysWithoutStructuralAgreementNeedsAttention() {
        onlyReason(on("2024-11-02"), "exclusivity-ending", ATTENTION, grant);
        onlyReason(on("2025-01-31"), "exclusivity-ending", ATTENTION, grant);
    }

    @Test
    void onceTheExclusivityHasEndedThisRuleIsSilent() {
        assertThat(on("2025-02-01")).isEmpty();
    }

    @Test
    void anIntentAgreementDoesNotAnchorThePartnershipStructurally() {
        file.agreementSigned(
                LocalDate.parse("2024-06-03"), "a1", INTENT_AGREEMENT, LocalDate.parse("2024-06-03"), null);

        onlyReason(on("2024-11-02"), "exclusivity-ending", ATTENTION, grant);
    }

    @Test
    void cooperationAgreementSignedClearsTheRisk() {
        file.agreementSigned(
                LocalDate.parse("2024-12-02"), "a2", COOPERATION_AGREEMENT, LocalDate.parse("2024-12-02"), null);

        assertThat(on("2024-12-01")).hasSize(1);
        assertThat(on("2024-12-02")).isEmpty();
    }
}
