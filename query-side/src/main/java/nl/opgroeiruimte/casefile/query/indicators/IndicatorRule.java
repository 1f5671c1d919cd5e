package nl.opgroeiruimte.casefile.query.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One explicit stop-go rule: an id, what it looks for, the seed passage it comes from, and its
 * evaluation on the state of a case as of a day. Thresholds come from {@link IndicatorThresholds}.
 */
public interface IndicatorRule {
    String id();

    String description();

    String source();

    List<Reason> evaluate(IndicatorContext context);

    /**
     * The first day after {@code context.day()} on which, without any new fact, this rule may start or stop
     * giving a reason or give one another severity; empty if time alone never changes what it says. An
     * earlier day is allowed (it only costs an evaluation), a later one is a mistake: the indicator history
     * evaluates the rules only on the days of facts and on these days, so that its cost follows the facts
     * of a case, not the number of days since it began.
     */
    Optional<LocalDate> nextChange(IndicatorContext context);
}
