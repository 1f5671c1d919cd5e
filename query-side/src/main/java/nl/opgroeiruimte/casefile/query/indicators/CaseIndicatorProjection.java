package nl.opgroeiruimte.casefile.query.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseMovedToSuccessor;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteRequested;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks a case's indicator stale whenever something happens to it, and its municipality whenever
 * something happens there; the {@link IndicatorRefresher} carries a municipality's mark to its cases and
 * evaluates stale cases. A replay only marks, so it stays fast.
 *
 * <p>Every row this projection writes belongs to the stream of the event it handles (a case row to the
 * case, a mark to the municipality), so the batches of different segments never lock the same rows and
 * the projection can handle many events per transaction without deadlocks.
 *
 * <p>It owns {@code rm_case_indicator} and {@code rm_indicator_municipality_mark}: the refresher stores
 * its evaluations through it, and {@link IndicatorQueries} reads them.
 */
@Component
@ProcessingGroup(CaseIndicatorProjection.GROUP)
public class CaseIndicatorProjection {
    public static final String GROUP = "case-indicators";
    /**
     * SQL condition on {@code rm_case_indicator}: the stored indicator does not yet reflect everything
     * recorded, because the case is stale or its municipality has a mark not yet carried to its cases.
     */
    public static final String NOT_YET_EVALUATED = "(stale = true or municipality in "
            + "(select municipality from rm_indicator_municipality_mark where marked > carried))";
    /** Marks one case stale and counts the mark, so that an evaluation started before it is not stored. */
    private static final String MARK_CASE_STALE =
            "update rm_case_indicator set stale = true, marks = marks + 1 where case_id = :caseId";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public CaseIndicatorProjection(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(OpgroeiruimteRequested e) {
        jdbc.sql("""
                        insert into rm_case_indicator (case_id, municipality, stale)
                        select :caseId, :municipality, true
                        where not exists (select 1 from rm_case_indicator where case_id = :caseId)""")
                .param("caseId", e.caseId())
                .param("municipality", e.municipality())
                .update();
    }

    /** A reorganisation moved the case: the successor's facts mark it from now on. */
    @EventHandler
    void on(CaseMovedToSuccessor e) {
        jdbc.sql("update rm_case_indicator set municipality = :successor where case_id = :caseId")
                .param("successor", e.successor())
                .param("caseId", e.caseId())
                .update();
        jdbc.sql(MARK_CASE_STALE).param("caseId", e.caseId()).update();
    }

    @EventHandler
    void on(CaseEvent e) {
        jdbc.sql(MARK_CASE_STALE).param("caseId", e.caseId()).update();
    }

    @EventHandler
    void on(MunicipalityEvent e) {
        int counted = jdbc.sql(
                        "update rm_indicator_municipality_mark set marked = marked + 1 where municipality = :cbs")
                .param("cbs", e.cbsCode())
                .update();
        if (counted == 0) {
            jdbc.sql("insert into rm_indicator_municipality_mark (municipality, marked, carried) values (:cbs, 1, 0)")
                    .param("cbs", e.cbsCode())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from rm_case_indicator").update();
        jdbc.sql("delete from rm_indicator_municipality_mark").update();
    }

    /** A case waiting for evaluation, with the number of marks it had when it was read. */
    record Stale(String caseId, long marks) {}

    /** Stale cases in case order after {@code after}, at most {@code limit}. */
    List<Stale> staleAfter(String after, int limit) {
        return jdbc.sql(
                        "select case_id, marks from rm_case_indicator where stale = true and case_id > :after order by case_id limit :limit")
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> new Stale(rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** Every case whose stored evaluation is current. */
    List<String> freshCases() {
        return jdbc.sql("select case_id from rm_case_indicator where stale = false")
                .query(String.class)
                .list();
    }

    /** Every case whose stored evaluation is current but was made before the day. */
    List<String> freshCasesEvaluatedBefore(LocalDate day) {
        return jdbc.sql("select case_id from rm_case_indicator where stale = false and evaluated_on < :day")
                .param("day", day)
                .query(String.class)
                .list();
    }

    /** A municipality where something happened, counted up to {@code marked}. */
    record MunicipalMark(String municipality, long marked) {}

    List<MunicipalMark> marksNotCarried() {
        return jdbc.sql("select municipality, marked from rm_indicator_municipality_mark where marked > carried")
                .query((rs, n) -> new MunicipalMark(rs.getString(1), rs.getLong(2)))
                .list();
    }

    /**
     * Marks the cases of the municipality stale, then records how far its mark was carried; a mark counted
     * meanwhile stays ahead and is carried next time. One row per statement, so no deadlock with the batches.
     */
    void carry(MunicipalMark mark) {
        markStale(jdbc.sql("select case_id from rm_case_indicator where municipality = :m and stale = false")
                .param("m", mark.municipality())
                .query(String.class)
                .list());
        jdbc.sql(
                        "update rm_indicator_municipality_mark set carried = :marked where municipality = :m and carried < :marked")
                .param("marked", mark.marked())
                .param("m", mark.municipality())
                .update();
    }

    void markStale(List<String> caseIds) {
        caseIds.forEach(
                caseId -> jdbc.sql(MARK_CASE_STALE).param("caseId", caseId).update());
    }

    /** Stores an evaluation, unless the case was marked again since {@code marks} was read. */
    void store(String caseId, long marks, CaseIndicators result) {
        try {
            jdbc.sql("""
                            update rm_case_indicator set status = :status, rules = :rules, reasons = :reasons,
                                reasons_nl = :reasonsNl, evaluated_on = :on, stale = false
                            where case_id = :caseId and marks = :marks""")
                    .param("marks", marks)
                    .param(
                            "status",
                            result.closed()
                                    ? "closed"
                                    : result.status().name().toLowerCase().replace('_', '-'))
                    .param(
                            "rules",
                            String.join(
                                    ",",
                                    result.reasons().stream()
                                            .map(Reason::rule)
                                            .distinct()
                                            .toList()))
                    .param(
                            "reasons",
                            json.writeValueAsString(result.reasons().stream()
                                    .map(Reason::message)
                                    .toList()))
                    .param(
                            "reasonsNl",
                            json.writeValueAsString(result.reasons().stream()
                                    .map(Reason::messageNl)
                                    .toList()))
                    .param("on", result.asOf())
                    .param("caseId", caseId)
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
