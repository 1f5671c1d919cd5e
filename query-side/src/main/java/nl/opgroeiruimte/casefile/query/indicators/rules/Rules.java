package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.util.List;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus;
import nl.opgroeiruimte.casefile.query.indicators.Reason;

/** Small helpers the rules share. */
final class Rules {
    private Rules() {}

    static Reason attention(String rule, String en, String nl, List<String> eventIds) {
        return new Reason(rule, IndicatorStatus.ATTENTION, en, nl, eventIds);
    }

    static Reason stopRisk(String rule, String en, String nl, List<String> eventIds) {
        return new Reason(rule, IndicatorStatus.STOP_RISK, en, nl, eventIds);
    }

    /** A value of the domain as the English reasons name it: {@code MUNICIPAL_CONTACT} is {@code municipal-contact}. */
    static String kebab(Enum<?> value) {
        return value.name().toLowerCase().replace('_', '-');
    }

    static List<String> ids(String... ids) {
        return java.util.Arrays.stream(ids).filter(java.util.Objects::nonNull).toList();
    }
}
