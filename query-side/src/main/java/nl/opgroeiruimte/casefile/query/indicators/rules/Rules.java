package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.util.List;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
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

    /** The whole months from {@code since} to the day of the evaluation, in English: "one month", "14 months". */
    static String monthsEn(IndicatorContext c, java.time.LocalDate since) {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(since, c.day());
        return c.labels().enCount("duration.months", months, months);
    }

    /** The same in Dutch: "één maand", "14 maanden". */
    static String monthsNl(IndicatorContext c, java.time.LocalDate since) {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(since, c.day());
        return c.labels().nlCount("duration.months", months, months);
    }

    static List<String> ids(String... ids) {
        return java.util.Arrays.stream(ids).filter(java.util.Objects::nonNull).toList();
    }
}
