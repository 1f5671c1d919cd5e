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
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.ElectionDay;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.PolicyAnchor;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Default: from 180 days before until 120 days after a municipal election, a granted case that is anchored
 * neither in a structural agreement nor in municipal policy with opgroeiruimte. Election of 2026-03-18.
 */
class ElectionNotAnchoredTest {
    private static final LocalDate ELECTION = LocalDate.parse("2026-03-18");
    private final ElectionNotAnchored rule = new ElectionNotAnchored();
    private final CaseFileBuilder file = aCase();
    private List<ElectionDay> elections = List.of(new ElectionDay(ELECTION, null));
    private PolicyAnchor policy;
    private String grant;

    @BeforeEach
    void grantedLongBeforeTheElection() {
        file.requested(LocalDate.parse("2025-01-06"));
        grant = file.granted(LocalDate.parse("2025-02-03"));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day), elections, policy));
    }

    @Test
    void moreThanHalfAYearBeforeTheElectionIsGo() {
        assertThat(on("2025-09-18")).as("181 days ahead").isEmpty();
    }

    @Test
    void anElectionWithinOneHundredAndEightyDaysWhileNotAnchoredNeedsAttention() {
        Reason reason = onlyReason(on("2025-09-19"), "election-not-anchored", ATTENTION, grant);
        assertThat(reason.message()).startsWith("Municipal election ahead on 2026-03-18");
    }

    @Test
    void theElectionDayItselfAndOneHundredAndTwentyDaysAfterAreFlagged() {
        onlyReason(on("2026-03-18"), "election-not-anchored", ATTENTION, grant);
        Reason after = onlyReason(on("2026-07-16"), "election-not-anchored", ATTENTION, grant);
        assertThat(after.message()).startsWith("Municipal election held on 2026-03-18");
    }

    @Test
    void oneHundredAndTwentyOneDaysAfterTheElectionIsGoAgain() {
        assertThat(on("2026-07-17")).isEmpty();
    }

    @Test
    void aRecordedElectionIsPointedAtAlongsideTheGrant() {
        elections = List.of(new ElectionDay(ELECTION, "m1-municipal-election-recorded"));

        onlyReason(on("2026-03-18"), "election-not-anchored", ATTENTION, "m1-municipal-election-recorded", grant);
    }

    @Test
    void aCaseNotYetGrantedIsNotJudgedOnTheElection() {
        CaseFileBuilder requestedOnly = aCase("case-requested");
        requestedOnly.requested(LocalDate.parse("2025-01-06"));

        assertThat(rule.evaluate(requestedOnly.contextOn(ELECTION, elections, null)))
                .isEmpty();
    }

    @Test
    void anIntentAgreementDoesNotAnchorTheCaseAgainstANewCollege() {
        file.agreementSigned(
                LocalDate.parse("2025-05-05"), "a1", INTENT_AGREEMENT, LocalDate.parse("2025-05-05"), null);

        assertThat(on("2026-03-18")).hasSize(1);
    }

    @Test
    void cooperationAgreementSignedClearsTheRisk() {
        file.agreementSigned(
                LocalDate.parse("2026-01-12"), "a2", COOPERATION_AGREEMENT, LocalDate.parse("2026-01-12"), null);

        assertThat(on("2026-01-11")).hasSize(1);
        assertThat(on("2026-01-12")).isEmpty();
    }

    @Test
    void opgroeiruimteInMunicipalPolicyAnchorsTheCase() {
        policy = new PolicyAnchor(LocalDate.parse("2025-11-06"), "m2-policy-adopted");

        assertThat(on("2026-03-18")).isEmpty();
    }
}
