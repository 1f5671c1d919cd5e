package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.STOP_RISK;
import static nl.opgroeiruimte.casefile.query.indicators.ReasonAssertions.onlyReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnresolvedExclusivityBreachTest {
    private final UnresolvedExclusivityBreach rule = new UnresolvedExclusivityBreach();
    private final CaseFileBuilder file = aCase();

    @BeforeEach
    void grantedWithExclusivity() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void aCaseWithoutBreachHasNoExclusivityRisk() {
        assertThat(on("2024-05-13")).isEmpty();
    }

    @Test
    void aQuietMarketConsultationIsAStopRiskFromTheDayItStarted() {
        String breach = file.breached(LocalDate.parse("2024-05-13"), "b1");

        assertThat(on("2024-05-12")).isEmpty();
        onlyReason(on("2024-05-13"), "unresolved-exclusivity-breach", STOP_RISK, breach);
    }

    @Test
    void anUnresolvedBreachStaysAStopRiskHowEverLongAgo() {
        String breach = file.breached(LocalDate.parse("2024-05-13"), "b1");

        onlyReason(on("2027-05-13"), "unresolved-exclusivity-breach", STOP_RISK, breach);
    }

    @Test
    void breachResolvedClearsTheStopRisk() {
        String breach = file.breached(LocalDate.parse("2024-05-13"), "b1");
        file.breachResolved(LocalDate.parse("2024-06-10"), "b1");

        onlyReason(on("2024-06-09"), "unresolved-exclusivity-breach", STOP_RISK, breach);
        assertThat(on("2024-06-10")).isEmpty();
    }

    @Test
    void eachUnresolvedBreachIsItsOwnReason() {
        file.breached(LocalDate.parse("2024-05-13"), "b1");
        String second = file.breached(LocalDate.parse("2024-05-20"), "b2");
        file.breachResolved(LocalDate.parse("2024-06-10"), "b1");

        onlyReason(on("2024-06-10"), "unresolved-exclusivity-breach", STOP_RISK, second);
    }
}
