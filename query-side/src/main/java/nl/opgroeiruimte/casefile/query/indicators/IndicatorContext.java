package nl.opgroeiruimte.casefile.query.indicators;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.support.Labels;

/**
 * What a rule looks at: the case as of {@code day}, the municipality's elections and whether it has
 * anchored opgroeiruimte in its policy by then, the thresholds, the words to explain a reason in, and
 * the colleges of the municipality in the order they were installed.
 */
public record IndicatorContext(
        CaseFileState state,
        LocalDate day,
        List<ElectionDay> elections,
        PolicyAnchor policy,
        IndicatorThresholds thresholds,
        Labels labels,
        List<College> colleges) {

    /** The context of a municipality whose colleges are not known. */
    public IndicatorContext(
            CaseFileState state,
            LocalDate day,
            List<ElectionDay> elections,
            PolicyAnchor policy,
            IndicatorThresholds thresholds,
            Labels labels) {
        this(state, day, elections, policy, thresholds, labels, List.of());
    }

    public record ElectionDay(LocalDate date, String eventId) {}

    /** The municipality's policy that includes opgroeiruimte, in force by the day, if any. */
    public record PolicyAnchor(LocalDate adoptedOn, String eventId) {}

    /**
     * A college of mayor and aldermen (person ids), installed on {@code installedOn}; an alderman who left
     * it, and the successor who joined it that day, are among its {@code departures}.
     */
    public record College(
            String collegeId, LocalDate installedOn, Set<String> members, List<Departure> departures, String eventId) {

        /** Who sits in the college at the end of the day. */
        public Set<String> membersOn(LocalDate day) {
            Set<String> now = new HashSet<>(members);
            for (Departure d : departures) {
                if (d.on().isAfter(day)) continue;
                now.remove(d.personId());
                if (d.successorId() != null) now.add(d.successorId());
            }
            return now;
        }

        /** The departure of the person from this college by the day, or null. */
        public Departure departureOf(String personId, LocalDate day) {
            return departures.stream()
                    .filter(d -> d.personId().equals(personId) && !d.on().isAfter(day))
                    .findFirst()
                    .orElse(null);
        }
    }

    public record Departure(String personId, LocalDate on, String successorId, String eventId) {}

    /** The college in office at the end of the day: the last installed on or before it, or null. */
    public College collegeInOffice() {
        College inOffice = null;
        for (College c : colleges) {
            if (!c.installedOn().isAfter(day)) inOffice = c;
        }
        return inOffice;
    }
}
