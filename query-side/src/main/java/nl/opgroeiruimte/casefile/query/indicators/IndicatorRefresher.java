package nl.opgroeiruimte.casefile.query.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * deadlock with the {@link CaseIndicatorProjection}'s batches, which lock many rows of one segment.
 */
@Component
public class IndicatorRefresher implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(IndicatorRefresher.class);
    private final JdbcClient jdbc;
    private final IndicatorService indicators;
    private final ObjectMapper json;
    private final Clock clock;
    private final IndicatorSchedule schedule;

    public IndicatorRefresher(JdbcClient jdbc, IndicatorService indicators, ObjectMapper json, Clock clock,
                              IndicatorSchedule schedule) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.json = json;
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
            stale = jdbc.sql("""
                            select case_id, marks from rm_case_indicator
                            where stale = true and case_id > :after order by case_id limit 500""")
                    .param("after", after)
                    .query((rs, n) -> new Stale(rs.getString(1), rs.getLong(2))).list();
            stale.forEach(c -> refresh(c.caseId(), c.marks()));
            if (!stale.isEmpty()) after = stale.get(stale.size() - 1).caseId();
        } while (stale.size() == 500);
    }

    private record Stale(String caseId, long marks) {
    }

    /** Past midnight the day has changed for every case. */
    public void markAllStale() {
        markStale(jdbc.sql("select case_id from rm_case_indicator where stale = false").query(String.class).list());
    }

    /** Marks every case whose evaluation is from an earlier day than today, e.g. after a restart. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT5S")
    public void catchUpWithToday() {
        markStale(jdbc.sql("select case_id from rm_case_indicator where stale = false and evaluated_on < :today")
                .param("today", LocalDate.now(clock)).query(String.class).list());
    }

    /**
     * Marks the cases of every municipality where something happened since the last time, then records
     * how far its mark was carried; a mark counted meanwhile stays ahead and is carried next time.
     */
    void carryMunicipalMarks() {
        record Mark(String municipality, long marked) {
        }
        List<Mark> marks = jdbc.sql("select municipality, marked from rm_indicator_municipality_mark where marked > carried")
                .query((rs, n) -> new Mark(rs.getString(1), rs.getLong(2))).list();
        for (Mark mark : marks) {
            markStale(jdbc.sql("select case_id from rm_case_indicator where municipality = :m and stale = false")
                    .param("m", mark.municipality()).query(String.class).list());
            jdbc.sql("update rm_indicator_municipality_mark set carried = :marked where municipality = :m and carried < :marked")
                    .param("marked", mark.marked()).param("m", mark.municipality()).update();
        }
    }

    private void markStale(List<String> caseIds) {
        caseIds.forEach(caseId -> jdbc.sql(CaseIndicatorProjection.MARK_CASE_STALE).param("caseId", caseId).update());
    }

    /** Evaluates the case as of today and stores the result, unless it was marked again meanwhile. */
    private void refresh(String caseId, long marks) {
        try {
            CaseIndicators result = indicators.evaluate(caseId, LocalDate.now(clock));
            jdbc.sql("""
                            update rm_case_indicator set status = :status, rules = :rules, reasons = :reasons,
                                reasons_nl = :reasonsNl, evaluated_on = :on, stale = false
                            where case_id = :caseId and marks = :marks""")
                    .param("marks", marks)
                    .param("status", result.closed() ? "closed" : result.status().name().toLowerCase().replace('_', '-'))
                    .param("rules", String.join(",", result.reasons().stream().map(Reason::rule).distinct().toList()))
                    .param("reasons", json.writeValueAsString(result.reasons().stream().map(Reason::message).toList()))
                    .param("reasonsNl", json.writeValueAsString(result.reasons().stream().map(Reason::messageNl).toList()))
                    .param("on", result.asOf())
                    .param("caseId", caseId)
                    .update();
        } catch (UnknownEntity e) {
            log.warn("Indicator of unknown case {} left stale", caseId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
