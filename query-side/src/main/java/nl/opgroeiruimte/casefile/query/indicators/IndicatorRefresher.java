package nl.opgroeiruimte.casefile.query.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.indicators.CaseIndicatorProjection.Stale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code rm_case_indicator} current: every few seconds carries the marks of municipalities to
 * their cases and evaluates stale cases, and once a day marks every case stale, because time alone
 * changes indicators. Evaluation is idempotent, so several instances may do it at once without harm.
 *
 * <p>It changes one row per statement and never holds a lock while waiting for another, so it cannot
 * deadlock with the {@link CaseIndicatorProjection}'s batches, which lock many rows of one segment. The
 * table is the projection's: the refresher reads and writes it through the projection.
 *
 * <p>Keeping a read model is projection work: an instance in the {@code api} role
 * ({@code casefile.instance.role}, docs/scaling.md) leaves it to the projector instances.
 */
@Component
@ConditionalOnExpression("!'${casefile.instance.role:all}'.equalsIgnoreCase('api')")
public class IndicatorRefresher implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(IndicatorRefresher.class);
    private static final int BATCH = 500;
    private final CaseIndicatorProjection table;
    private final IndicatorService indicators;
    private final Clock clock;
    private final IndicatorSchedule schedule;

    public IndicatorRefresher(
            CaseIndicatorProjection table, IndicatorService indicators, Clock clock, IndicatorSchedule schedule) {
        this.table = table;
        this.indicators = indicators;
        this.clock = clock;
        this.schedule = schedule;
    }

    /** Scheduled here rather than by annotation, so that the settings' defaults stay in {@link IndicatorSchedule}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::refreshStale, schedule.refreshInterval());
        tasks.addCronTask(new CronTask(this::markAllStale, new CronTrigger(schedule.dailyCron(), clock.getZone())));
    }

    public void refreshStale() {
        carryMunicipalMarks();
        // one pass in case order: a case that cannot be evaluated, or is marked again meanwhile, waits for the next
        List<Stale> stale;
        String after = "";
        do {
            stale = table.staleAfter(after, BATCH);
            stale.forEach(c -> refresh(c.caseId(), c.marks()));
            if (!stale.isEmpty()) after = stale.get(stale.size() - 1).caseId();
        } while (stale.size() == BATCH);
    }

    /** Past midnight the day has changed for every case. */
    public void markAllStale() {
        table.markStale(table.freshCases());
    }

    /** Marks every case whose evaluation is from an earlier day than today, e.g. after a restart. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT5S")
    public void catchUpWithToday() {
        table.markStale(table.freshCasesEvaluatedBefore(LocalDate.now(clock)));
    }

    /** Marks the cases of every municipality where something happened since the last time. */
    void carryMunicipalMarks() {
        table.marksNotCarried().forEach(table::carry);
    }

    /** Evaluates the case as of today and stores the result, unless it was marked again meanwhile. */
    private void refresh(String caseId, long marks) {
        try {
            table.store(caseId, marks, indicators.evaluate(caseId, LocalDate.now(clock)));
        } catch (UnknownEntity e) {
            log.warn("Indicator of unknown case {} left stale", caseId);
        }
    }
}
