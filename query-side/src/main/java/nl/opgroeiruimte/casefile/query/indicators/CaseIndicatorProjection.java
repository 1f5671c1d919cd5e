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
 * Marks a case's indicator stale whenever something happens to it or to its municipality; the
 * {@link IndicatorRefresher} evaluates stale cases. A replay only marks, so it stays fast.
 */
@Component
@ProcessingGroup(CaseIndicatorProjection.GROUP)
public class CaseIndicatorProjection {
    public static final String GROUP = "case-indicators";
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
        jdbc.sql("update rm_case_indicator set stale = true where case_id = :caseId").param("caseId", e.caseId()).update();
    }

    @EventHandler
    void on(MunicipalityEvent e) {
        jdbc.sql("update rm_case_indicator set stale = true where municipality = :cbs").param("cbs", e.cbsCode()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from rm_case_indicator").update();
    }
}
