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
import org.springframework.stereotype.Component;

/**
 * Keeps {@code rm_case_indicator} current: evaluates stale cases every few seconds, and once a day
 * marks every case stale, because time alone changes indicators. Evaluation is idempotent, so several
 * instances may do it at once without harm.
 */
@Component
public class IndicatorRefresher {
    private static final Logger log = LoggerFactory.getLogger(IndicatorRefresher.class);
    private final JdbcClient jdbc;
    private final IndicatorService indicators;
    private final ObjectMapper json;
    private final Clock clock;

    public IndicatorRefresher(JdbcClient jdbc, IndicatorService indicators, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${casefile.indicators.refresh-interval:PT2S}")
    public void refreshStale() {
        List<String> stale;
        do {
            stale = jdbc.sql("select case_id from rm_case_indicator where stale = true order by case_id limit 500")
                    .query(String.class).list();
            stale.forEach(this::refresh);
        } while (stale.size() == 500);
    }

    /** Past midnight the day has changed for every case. */
    @Scheduled(cron = "${casefile.indicators.daily-cron:0 5 0 * * *}", zone = "${casefile.time-zone:Europe/Amsterdam}")
    public void markAllStale() {
        jdbc.sql("update rm_case_indicator set stale = true").update();
    }

    /** Marks every case whose evaluation is from an earlier day than today, e.g. after a restart. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT5S")
    public void catchUpWithToday() {
        jdbc.sql("update rm_case_indicator set stale = true where stale = false and evaluated_on < :today")
                .param("today", LocalDate.now(clock)).update();
    }

    public void refresh(String caseId) {
        try {
            CaseIndicators result = indicators.evaluate(caseId, LocalDate.now(clock));
            jdbc.sql("""
                            update rm_case_indicator set status = :status, rules = :rules, reasons = :reasons,
                                reasons_nl = :reasonsNl, evaluated_on = :on, stale = false
                            where case_id = :caseId""")
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
