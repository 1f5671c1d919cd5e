package nl.opgroeiruimte.casefile.query.indicators;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.support.Labels;

/**
 * What a rule looks at: the case as of {@code day}, the municipality's elections and whether it has
 * anchored opgroeiruimte in its policy by then, the thresholds, and the words to explain a reason in.
 */
public record IndicatorContext(
        CaseFileState state,
        LocalDate day,
        List<ElectionDay> elections,
        PolicyAnchor policy,
        IndicatorThresholds thresholds,
        Labels labels) {

    public record ElectionDay(LocalDate date, String eventId) {}

    /** The municipality's policy that includes opgroeiruimte, in force by the day, if any. */
    public record PolicyAnchor(LocalDate adoptedOn, String eventId) {}
}
