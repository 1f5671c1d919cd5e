package nl.opgroeiruimte.casefile.infra.research.table;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import nl.opgroeiruimte.casefile.infra.config.KebabCaseEnums;
import nl.opgroeiruimte.casefile.query.indicators.RuleSet;

/**
 * Cases compared by cohort, as the field study compared initiatives (003): per year of grant, municipality
 * size class, route or legal form, how many cases there are, how many were granted, reached an agreement,
 * matured or stopped, and the median durations. A cohort of fewer than k cases is reported as suppressed,
 * without numbers.
 */
public record Cohorts(
        @Schema(allowableValues = {"grant-year", "size-class", "route", "legal-form"})
        String by,

        int k,
        RuleSet ruleSet,
        List<Cohort> cohorts) {

    /** One cohort; the numbers are absent when it is suppressed. */
    public record Cohort(
            @Schema(
                    description =
                            "the cohort's value: a year, or a word of the case file's lists; none when not recorded, not-granted for cases never granted")
            String value,

            boolean suppressed,
            Integer cases,
            Integer granted,
            Integer withAgreement,
            Integer mature,
            Integer stopped,
            Integer medianDaysToGrant,
            Integer medianDaysGrantToFirstAgreement,
            Integer medianDaysToClosure) {}

    public static final List<String> BY = List.of("grant-year", "size-class", "route", "legal-form");

    public static Cohorts of(List<CaseRow> rows, String by, int k, RuleSet ruleSet) {
        Function<CaseRow, String> key = switch (by) {
            case "grant-year" ->
                r -> r.grantedOn() == null
                        ? "not-granted"
                        : String.valueOf(r.grantedOn().getYear());
            case "size-class" -> r -> r.sizeClass().word();
            case "route" -> r -> r.route() == null ? "none" : KebabCaseEnums.wordFor(r.route());
            case "legal-form" -> r -> r.legalForm() == null ? "none" : KebabCaseEnums.wordFor(r.legalForm());
            default -> throw new IllegalArgumentException(by);
        };
        Map<String, List<CaseRow>> groups = new TreeMap<>();
        for (CaseRow row : rows)
            groups.computeIfAbsent(key.apply(row), x -> new ArrayList<>()).add(row);
        List<Cohort> cohorts = new ArrayList<>();
        groups.forEach((value, members) -> {
            if (members.size() < k) {
                cohorts.add(new Cohort(value, true, null, null, null, null, null, null, null, null));
                return;
            }
            cohorts.add(new Cohort(
                    value,
                    false,
                    members.size(),
                    (int) members.stream().filter(r -> r.grantedOn() != null).count(),
                    (int) members.stream()
                            .filter(r -> r.firstAgreementOn() != null)
                            .count(),
                    (int) members.stream()
                            .filter(r -> "mature".equals(r.status()))
                            .count(),
                    (int) members.stream()
                            .filter(r -> "stopped".equals(r.status()))
                            .count(),
                    median(members, r -> r.daysFromRequest(r.grantedOn())),
                    median(members, r -> r.daysFromGrant(r.firstAgreementOn())),
                    median(members, r -> r.daysFromRequest(r.closedOn()))));
        });
        return new Cohorts(by, k, ruleSet, cohorts);
    }

    /** The median of the known values (the lower middle one of an even count), or null when none is known. */
    static Integer median(List<CaseRow> rows, Function<CaseRow, Integer> value) {
        List<Integer> known =
                rows.stream().map(value).filter(Objects::nonNull).sorted().toList();
        return known.isEmpty() ? null : known.get((known.size() - 1) / 2);
    }
}
