package nl.opgroeiruimte.casefile.infra.live;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.opgroeiruimte.casefile.infra.live.Watch.CaseFileChanged;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorQueries;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorQueries.LastEvaluation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Indicators also change without an event: when a case is evaluated for the first time, and when time
 * alone changes a status (a milestone becoming overdue, re-evaluated after midnight). This watch
 * compares the stored statuses every few seconds and tells the open pages about each case whose status
 * or reasons changed.
 */
@Component
class IndicatorWatch {
    private static final String INDICATOR_EVALUATED = "indicator-evaluated";
    private final IndicatorQueries indicators;
    private final LiveUpdates live;
    /** Per case: municipality, status and rules as last seen. */
    private final Map<String, LastEvaluation> seen = new HashMap<>();

    IndicatorWatch(IndicatorQueries indicators, LiveUpdates live) {
        this.indicators = indicators;
        this.live = live;
    }

    @Scheduled(fixedDelayString = "${casefile.live.indicator-poll:PT2S}", initialDelayString = "${casefile.live.indicator-poll:PT2S}")
    synchronized void compare() {
        Map<String, LastEvaluation> now = indicators.lastEvaluations();
        boolean anybodyWatches = !live.nobodyWatches();
        now.forEach((caseId, current) -> {
            LastEvaluation before = seen.get(caseId);
            boolean changed = before == null ? current.status() != null
                    : !Objects.equals(before.status(), current.status()) || !Objects.equals(before.rules(), current.rules());
            if (changed && anybodyWatches) {
                live.publish(new CaseFileChanged(caseId, current.municipality(), INDICATOR_EVALUATED));
            }
        });
        seen.clear();
        seen.putAll(now);
    }
}
