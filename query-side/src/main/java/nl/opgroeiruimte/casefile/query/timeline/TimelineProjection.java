package nl.opgroeiruimte.casefile.query.timeline;

import java.sql.Timestamp;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;
import nl.opgroeiruimte.casefile.kernel.common.Recorder;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseMovedToSuccessor;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineFact;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineFactSuperseded;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteRequested;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the timeline of every case, and of every municipality (whose events belong to all its cases): one row per fact with its kind, a one-line summary, when it happened
 * and when it was recorded, and who acted for whom; and every person each fact of a case names
 * ({@code rm_timeline_person}), so that whoever shares a case with a person can be told. Rebuilt from the
 * event store on replay.
 */
@Component
@ProcessingGroup(TimelineProjection.GROUP)
public class TimelineProjection {
    public static final String GROUP = "timeline";
    private final JdbcClient jdbc;
    private final Summaries summaries;

    public TimelineProjection(JdbcClient jdbc, Summaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    @EventHandler
    void on(CaseEvent event, DomainEventMessage<?> message) {
        insert("rm_timeline_entry", "case_id", event.caseId(), event, message);
        if (event instanceof OpgroeiruimteRequested requested) {
            startPeriod(requested.caseId(), requested.municipality(), requested.occurredOn());
        } else if (event instanceof CaseMovedToSuccessor moved) {
            jdbc.sql("""
                            update rm_case_municipality_period set until_date = :on
                            where case_id = :caseId and cbs_code = :former and until_date is null and from_date < :on""")
                    .param("on", moved.occurredOn())
                    .param("caseId", moved.caseId())
                    .param("former", moved.formerMunicipality())
                    .update();
            startPeriod(moved.caseId(), moved.successor(), moved.occurredOn());
        }
        if (event instanceof Record record) {
            for (String personId : PeopleNamed.in(record)) {
                jdbc.sql("""
                                insert into rm_timeline_person (event_id, case_id, person_id)
                                select :eventId, :caseId, :personId
                                where not exists (select 1 from rm_timeline_person
                                                  where event_id = :eventId and person_id = :personId)""")
                        .param("eventId", message.getIdentifier())
                        .param("caseId", event.caseId())
                        .param("personId", personId)
                        .update();
            }
        }
        String deadlineKey = event instanceof DeadlineFact fact
                ? fact.deadlineKey()
                : event instanceof DeadlineFactSuperseded s ? s.deadlineKey() : null;
        if (deadlineKey != null) {
            // the key the supersession shares with the fact it makes untrue (TimelineQueries shows the pair)
            jdbc.sql("update rm_timeline_entry set deadline_key = :key, superseded_by = :by where event_id = :eventId")
                    .param("key", deadlineKey)
                    .param(
                            "by",
                            event instanceof DeadlineFactSuperseded s
                                    ? s.supersededBy().kind()
                                    : null)
                    .param("eventId", message.getIdentifier())
                    .update();
        }
    }

    @EventHandler
    void on(MunicipalityEvent event, DomainEventMessage<?> message) {
        insert("rm_municipal_timeline_entry", "cbs_code", event.cbsCode(), event, message);
    }

    /** From {@code from} the case is this municipality's, and so are the municipality's facts on its timeline. */
    private void startPeriod(String caseId, String cbsCode, java.time.LocalDate from) {
        jdbc.sql("""
                        insert into rm_case_municipality_period (case_id, cbs_code, from_date)
                        select :caseId, :cbsCode, :from
                        where not exists (select 1 from rm_case_municipality_period
                                          where case_id = :caseId and from_date = :from)""")
                .param("caseId", caseId)
                .param("cbsCode", cbsCode)
                .param("from", from)
                .update();
    }

    private void insert(
            String table, String ownerColumn, String owner, CaseFileEvent event, DomainEventMessage<?> message) {
        Summaries.Summary summary = summaries.of(event);
        Actor actor = event.actor();
        Recorder recorder = Recorder.fromMetaData(message.getMetaData());
        jdbc.sql("""
                        insert into %1$s (event_id, %2$s, sequence_number, kind, summary, summary_nl,
                            occurred_on, recorded_at, actor_person_id, actor_party, actor_role,
                            recorder_kind, recorder_person_id, recorder_user_name, recorder_source)
                        select :eventId, :owner, :sequence, :kind, :summary, :summaryNl, :occurredOn, :recordedAt,
                               :personId, :party, :role, :recorderKind, :recorderPersonId, :recorderUserName, :recorderSource
                        where not exists (select 1 from %1$s where event_id = :eventId)""".formatted(table, ownerColumn))
                .param("eventId", message.getIdentifier())
                .param("owner", owner)
                .param("sequence", message.getSequenceNumber())
                .param("kind", RecordedEvent.kindOf(event.getClass()))
                .param("summary", summary.en())
                .param("summaryNl", summary.nl())
                .param("occurredOn", event.occurredOn())
                .param("recordedAt", Timestamp.from(message.getTimestamp()))
                .param("personId", actor.personId())
                .param("party", PartyText.of(actor.party()))
                .param("role", actor.role().name())
                .param(
                        "recorderKind",
                        recorder == null ? null : recorder.kind().name().toLowerCase())
                .param("recorderPersonId", recorder == null ? null : recorder.personId())
                .param("recorderUserName", recorder == null ? null : recorder.userName())
                .param("recorderSource", recorder == null ? null : recorder.source())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from rm_timeline_person").update();
        jdbc.sql("delete from rm_timeline_entry").update();
        jdbc.sql("delete from rm_municipal_timeline_entry").update();
        jdbc.sql("delete from rm_case_municipality_period").update();
    }
}
