package nl.opgroeiruimte.casefile.query.indicators;

import java.util.List;

/**
 * One explicit stop-go rule: an id, what it looks for, the seed passage it comes from, and its
 * evaluation on the state of a case as of a day. Thresholds come from {@link IndicatorThresholds}.
 */
public interface IndicatorRule {
    String id();

    String description();

    String source();

    List<Reason> evaluate(IndicatorContext context);
}
