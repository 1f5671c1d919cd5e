package nl.opgroeiruimte.casefile.query.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks a rule's answer: which rule, how bad, and which events caused it. */
public final class ReasonAssertions {
    private ReasonAssertions() {}

    public static Reason onlyReason(List<Reason> reasons, String rule, IndicatorStatus severity, String... eventIds) {
        assertThat(reasons).as("reasons").hasSize(1);
        Reason reason = reasons.get(0);
        assertThat(reason.rule()).as("rule").isEqualTo(rule);
        assertThat(reason.severity()).as("severity of " + reason.message()).isEqualTo(severity);
        assertThat(reason.eventIds()).as("events behind " + reason.message()).containsExactly(eventIds);
        assertThat(reason.message()).as("message").isNotBlank();
        assertThat(reason.messageNl()).as("Dutch message").isNotBlank();
        return reason;
    }
}
