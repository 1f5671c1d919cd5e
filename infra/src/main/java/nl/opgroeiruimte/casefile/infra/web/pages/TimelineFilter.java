package nl.opgroeiruimte.casefile.infra.web.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opgroeiruimte.casefile.query.timeline.TimelineEntry;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the case page's timeline shows: the facts of one family of kinds (agreements, milestones, the
 * municipality's elections and colleges, ...) in a period; all of them by default. Elections and the
 * installation of a college are marked, since they touch every case of the municipality.
 */
public record TimelineFilter(String family, LocalDate from, LocalDate until) {
    /** The families of the filter, by the start of the kinds (kebab-case event names) they hold. */
    static final Map<String, Family> FAMILIES = allFamilies();

    public record Family(String key, String label, List<String> prefixes) {}

    private static Map<String, Family> allFamilies() {
        Map<String, Family> all = new LinkedHashMap<>();
        for (Family f : List.of(
                new Family(
                        "traject",
                        "Het traject",
                        List.of(
                                "opgroeiruimte-",
                                "case-",
                                "maturity-",
                                "process-phase",
                                "route-",
                                "government-roles",
                                "neighbourhoods-")),
                new Family("afspraken", "Afspraken", List.of("agreement-")),
                new Family("mijlpalen", "Mijlpalen", List.of("milestone-")),
                new Family("overleg", "Overleg en besluiten", List.of("meeting-", "decision-", "joint-story")),
                new Family("financiering", "Financiering", List.of("funding-")),
                new Family("rollen", "Rollen en begeleiding", List.of("role-", "facilitator-")),
                new Family("exclusiviteit", "Exclusiviteit", List.of("exclusivity-", "market-approach")),
                new Family("vragen", "Vragen en antwoorden", List.of("question-")),
                new Family(
                        "gemeente",
                        "Gemeente en politiek",
                        List.of("municipal-election", "college-", "alderman-", "policy-", "neighbourhood-approach")),
                new Family("documenten", "Documenten", List.of("document-")))) {
            all.put(f.key(), f);
        }
        return all;
    }

    static TimelineFilter of(String family, String from, String until) {
        return new TimelineFilter(
                family != null && FAMILIES.containsKey(family) ? family : null, date(from), date(until));
    }

    public boolean any() {
        return family != null || from != null || until != null;
    }

    public List<Family> families() {
        return List.copyOf(FAMILIES.values());
    }

    boolean shows(TimelineEntry entry) {
        if (from != null && entry.occurredOn().isBefore(from)) return false;
        if (until != null && entry.occurredOn().isAfter(until)) return false;
        if (family == null) return true;
        return FAMILIES.get(family).prefixes().stream()
                .anyMatch(p -> entry.kind().startsWith(p));
    }

    /** The mark of an election or a new college, or null. */
    public static String politicalMark(String kind) {
        if (kind == null) return null;
        if (kind.startsWith("municipal-election")) return "verkiezingen";
        if (kind.startsWith("college-installed")) return "nieuw college";
        return null;
    }

    /** The URL of the timeline fragment with this filter, for its live refresh. */
    String fragmentUrl(String caseId) {
        return UriComponentsBuilder.fromPath("/dossiers/{id}/fragmenten/tijdlijn")
                .queryParamIfPresent("soort", Optional.ofNullable(family))
                .queryParamIfPresent("van", Optional.ofNullable(from))
                .queryParamIfPresent("tot", Optional.ofNullable(until))
                .buildAndExpand(caseId)
                .encode()
                .toUriString();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
