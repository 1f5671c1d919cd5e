package nl.opgroeiruimte.casefile.query.indicators;

import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
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
    /**
     * Marks one case stale and counts the mark, so that an evaluation started before it is not stored;
     * the refresher marks cases with it too.
     */
    static final String MARK_CASE_STALE = "update rm_case_indicator set stale = true, marks = marks + 1 where case_id = :caseId";
    private final JdbcClient jdbc;

    public CaseIndicatorProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    @EventHandler
    void on(CaseEvent e) {
        jdbc.sql(MARK_CASE_STALE).param("caseId", e.caseId()).update();
    }

    @EventHandler
    void on(MunicipalityEvent e) {
        int counted = jdbc.sql("update rm_indicator_municipality_mark set marked = marked + 1 where municipality = :cbs")
                .param("cbs", e.cbsCode()).update();
        if (counted == 0) {
            jdbc.sql("insert into rm_indicator_municipality_mark (municipality, marked, carried) values (:cbs, 1, 0)")
                    .param("cbs", e.cbsCode()).update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from rm_case_indicator").update();
        jdbc.sql("delete from rm_indicator_municipality_mark").update();
    }
}
