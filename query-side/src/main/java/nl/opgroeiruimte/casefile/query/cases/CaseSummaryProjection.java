package nl.opgroeiruimte.casefile.query.cases;

import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhaseRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.role.FacilitatorAppointed;
import nl.opgroeiruimte.casefile.kernel.partnership.role.FacilitatorReleased;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseMovedToSuccessor;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CasePaused;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseResumed;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseStopped;
import nl.opgroeiruimte.casefile.kernel.partnership.track.MaturityDeclared;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteGranted;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteRequested;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One row per case for lists and dashboards: parties, scope, lifecycle status, the phase of the municipal
 * process and how alive it is. Each update carries the event's sequence number, so a redelivered event
 * changes nothing.
 */
@Component
@ProcessingGroup(CaseSummaryProjection.GROUP)
public class CaseSummaryProjection {
    public static final String GROUP = "case-summaries";
    private final JdbcClient jdbc;

    public CaseSummaryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OpgroeiruimteRequested e, DomainEventMessage<?> message) {
        jdbc.sql("""
                        insert into rm_case (case_id, municipality, initiative, activity, area, status, requested_on,
                            last_event_on, event_count, last_sequence)
                        select :caseId, :municipality, :initiative, :activity, :area, 'requested', :on, :on, 1, :sequence
                        where not exists (select 1 from rm_case where case_id = :caseId)""")
                .param("caseId", e.caseId())
                .param("municipality", e.municipality())
                .param("initiative", e.initiative())
                .param("activity", e.scope().activity())
                .param("area", e.scope().area())
                .param("on", e.occurredOn())
                .param("sequence", message.getSequenceNumber())
                .update();
    }

    @EventHandler
    void on(CaseEvent e, DomainEventMessage<?> message) {
        if (e instanceof OpgroeiruimteRequested) return;
        String status = e instanceof OpgroeiruimteGranted || e instanceof CaseResumed
                ? "granted"
                : e instanceof CasePaused
                        ? "paused"
                        : e instanceof MaturityDeclared ? "mature" : e instanceof CaseStopped ? "stopped" : null;
        // the phase in force is the one that began last: a phase recorded late for an earlier day does not replace it
        ProcessPhaseRecorded phase = e instanceof ProcessPhaseRecorded p ? p : null;
        jdbc.sql("""
                        update rm_case set
                            municipality = coalesce(:successor, municipality),
                            status = coalesce(:status, status),
                            granted_on = case when :granted then :on else granted_on end,
                            closed_on = case when :closed then :on else closed_on end,
                            phase = case when :phased and (phase_since is null or phase_since <= :on) then :phase else phase end,
                            phase_since = case when :phased and (phase_since is null or phase_since <= :on) then :on else phase_since end,
                            last_event_on = case when last_event_on < :on then :on else last_event_on end,
                            event_count = event_count + 1,
                            last_sequence = :sequence
                        where case_id = :caseId and last_sequence < :sequence""")
                .param("status", status)
                // a reorganisation moved the case: it is listed under the successor from now on
                .param("successor", e instanceof CaseMovedToSuccessor moved ? moved.successor() : null)
                .param("granted", e instanceof OpgroeiruimteGranted)
                .param("closed", e instanceof MaturityDeclared || e instanceof CaseStopped)
                .param("phased", phase != null)
                .param(
                        "phase",
                        phase == null
                                ? null
                                : phase.phase().name().toLowerCase().replace('_', '-'))
                .param("on", e.occurredOn())
                .param("sequence", message.getSequenceNumber())
                .param("caseId", e.caseId())
                .update();
    }

    @EventHandler
    void on(FacilitatorAppointed e, DomainEventMessage<?> message) {
        jdbc.sql("""
                        insert into rm_case_facilitator (case_id, person_id) select :caseId, :personId
                        where not exists (select 1 from rm_case_facilitator where case_id = :caseId and person_id = :personId)""")
                .param("caseId", e.caseId())
                .param("personId", e.personId())
                .update();
        on((CaseEvent) e, message);
    }

    @EventHandler
    void on(FacilitatorReleased e, DomainEventMessage<?> message) {
        jdbc.sql("delete from rm_case_facilitator where case_id = :caseId and person_id = :personId")
                .param("caseId", e.caseId())
                .param("personId", e.personId())
                .update();
        on((CaseEvent) e, message);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from rm_case_facilitator").update();
        jdbc.sql("delete from rm_case").update();
    }
}
