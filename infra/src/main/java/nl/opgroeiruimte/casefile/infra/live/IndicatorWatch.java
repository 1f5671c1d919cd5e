package nl.opgroeiruimte.casefile.infra.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.opgroeiruimte.casefile.infra.live.Watch.CaseFileChanged;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorQueries;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorQueries.LastEvaluation;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Indicators also change without an event: when a case is evaluated for the first time, and when time
 * alone changes a status (a milestone becoming overdue, re-evaluated after midnight). This watch
 * compares the stored statuses every few seconds and tells the open pages about each case whose status
 * or reasons changed.
 */
@Component
class IndicatorWatch implements SchedulingConfigurer {
    private static final String INDICATOR_EVALUATED = "indicator-evaluated";
    private final IndicatorQueries indicators;
    private final LiveUpdates live;
    private final Duration poll;
    /** Per case: municipality, status and rules as last seen. */
    private final Map<String, LastEvaluation> seen = new HashMap<>();

    IndicatorWatch(IndicatorQueries indicators, LiveUpdates live, LiveProperties settings) {
        this.indicators = indicators;
        this.live = live;
        this.poll = settings.indicatorPoll();
    }

    /** Scheduled here rather than by annotation, so that the setting's default stays in {@link LiveProperties}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::compare, poll, poll));
    }

    synchronized void compare() {
        Map<String, LastEvaluation> now = indicators.lastEvaluations();
        boolean anybodyWatches = !live.nobodyWatches();
        now.forEach((caseId, current) -> {
            LastEvaluation before = seen.get(caseId);
            boolean changed = before == null
                    ? current.status() != null
                    : !Objects.equals(before.status(), current.status())
                            || !Objects.equals(before.rules(), current.rules());
            if (changed && anybodyWatches) {
                live.publish(new CaseFileChanged(caseId, current.municipality(), INDICATOR_EVALUATED));
            }
        });
        seen.clear();
        seen.putAll(now);
    }
}
