package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.CIVIL_SERVANT;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.STOP_RISK;
import static nl.opgroeiruimte.casefile.query.indicators.ReasonAssertions.onlyReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTerminated;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An agreement terminated by one side alone is a stop risk until an agreement is signed again (003 §2.4.2). */
class OneSidedTerminationTest {
    private static final LocalDate TERMINATED = LocalDate.parse("2024-09-02");
    private final OneSidedTermination rule = new OneSidedTermination();
    private final CaseFileBuilder file = aCase();
    private String signed;

    @BeforeEach
    void anIntentAgreement() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
        signed = file.agreementSigned(
                LocalDate.parse("2024-03-01"),
                "intentie",
                AgreementKind.INTENT_AGREEMENT,
                LocalDate.parse("2024-03-01"),
                LocalDate.parse("2025-03-01"));
    }

    private String terminated(ActingSide by, Boolean mutual) {
        return file.recorded(new AgreementTerminated(
                file.caseId(), CIVIL_SERVANT, TERMINATED, "intentie", "visie kiest andere wijk", by, mutual));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void aTerminationByTheMunicipalityAloneIsAStopRisk() {
        String termination = terminated(ActingSide.MUNICIPALITY, false);

        assertThat(on("2024-09-01")).isEmpty();
        Reason reason = onlyReason(on("2024-09-02"), "one-sided-termination", STOP_RISK, signed, termination);
        assertThat(reason.message()).contains("one-sidedly by the municipality");
        assertThat(reason.messageNl()).contains("eenzijdig opgezegd door de gemeente");
        onlyReason(on("2026-09-02"), "one-sided-termination", STOP_RISK, signed, termination);
    }

    @Test
    void aNewAgreementClearsIt() {
        terminated(ActingSide.INITIATIVE, false);
        file.agreementSigned(
                LocalDate.parse("2024-10-01"),
                "plan",
                AgreementKind.PLAN_OF_APPROACH,
                LocalDate.parse("2024-10-01"),
                LocalDate.parse("2025-10-01"));

        assertThat(on("2024-09-30")).hasSize(1);
        assertThat(on("2024-10-01")).isEmpty();
    }

    @Test
    void aMutualTerminationOrOneThatDoesNotSayIsNotFlagged() {
        terminated(ActingSide.MUNICIPALITY, true);
        assertThat(on("2024-09-02")).isEmpty();

        CaseFileBuilder old = aCase("case-oud");
        old.requested(LocalDate.parse("2024-01-08"));
        old.granted(LocalDate.parse("2024-02-01"));
        old.agreementSigned(
                LocalDate.parse("2024-03-01"),
                "intentie",
                AgreementKind.INTENT_AGREEMENT,
                LocalDate.parse("2024-03-01"),
                LocalDate.parse("2025-03-01"));
        old.agreementTerminated(TERMINATED, "intentie");
        assertThat(rule.evaluate(old.contextOn(TERMINATED))).isEmpty();
    }
}
