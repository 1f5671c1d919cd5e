package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
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

    /** A number of days or weeks in English words of the right number: "one day", "12 days". */
    static String daysEn(IndicatorContext c, long days) {
        return c.labels().enCount("duration.days", days, days);
    }

    static String daysNl(IndicatorContext c, long days) {
        return c.labels().nlCount("duration.days", days, days);
    }

    static String weeksEn(IndicatorContext c, long weeks) {
        return c.labels().enCount("duration.weeks", weeks, weeks);
    }

    static String weeksNl(IndicatorContext c, long weeks) {
        return c.labels().nlCount("duration.weeks", weeks, weeks);
    }

    static List<String> ids(String... ids) {
        return java.util.Arrays.stream(ids).filter(java.util.Objects::nonNull).toList();
    }

    /** The earliest of the candidate days after {@code day}: a rule's next change (nulls are no candidates). */
    static Optional<LocalDate> firstAfter(LocalDate day, Stream<LocalDate> candidates) {
        return candidates.filter(Objects::nonNull).filter(d -> d.isAfter(day)).min(LocalDate::compareTo);
    }

    static Optional<LocalDate> firstAfter(LocalDate day, LocalDate... candidates) {
        return firstAfter(day, Stream.of(candidates));
    }

    /** The days on which an agreement comes into force, or stops being in force ({@code inForceOn}). */
    static Stream<LocalDate> agreementBoundaries(CaseFileState state) {
        return state.agreements.values().stream()
                .flatMap(a -> Stream.of(
                        a.validity.from(),
                        a.validity.until() == null ? null : a.validity.until().plusDays(1),
                        a.terminatedOn));
    }

    /** {@code day + n} days, or null for no day: for the thresholds counted in days after a fact. */
    static LocalDate plusDays(LocalDate day, long n) {
        return day == null ? null : day.plusDays(n);
    }

    /**
     * The first day whose window of {@code months} back no longer reaches {@code on}: {@code minusMonths}
     * clamps at the end of a month, so it is found from {@code on + months} onwards, a few days at most.
     */
    static LocalDate firstDayOutOfWindow(LocalDate on, int months) {
        LocalDate day = on.plusMonths(months);
        while (!day.minusMonths(months).isAfter(on)) day = day.plusDays(1);
        return day;
    }
}
