package nl.opgroeiruimte.casefile.query.timeline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import nl.opgroeiruimte.casefile.query.support.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a case's timeline in the order things happened (then the order they were recorded), filtered by
 * kind and period. The names of the people who acted are looked up at read time, never stored with the
 * entry, so that an erasure shows everywhere at once.
 */
@Component
public class TimelineQueries {
    private final JdbcClient jdbc;
    private final PeopleDirectory people;
    private final Clock clock;
    private final int lateAfterDays;

    public TimelineQueries(JdbcClient jdbc, PeopleDirectory people, Clock clock, TimelineProperties settings) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
        this.lateAfterDays = settings.lateAfterDays();
    }

    public record Filter(Set<String> kinds, LocalDate from, LocalDate to) {}

    /**
     * The case's own facts together with what happened to its municipality from the day the case was
     * requested (elections, colleges, policy), in one order. A case that a reorganisation moved shows its
     * former municipality's facts until the day of the move and its successor's from it, and the
     * successor's elections since the request (the reorganisation election that elected its first council
     * is held before it exists) ({@code rm_case_municipality_period}); a case whose periods are not projected (yet) shows those of
     * {@code municipality} from {@code requestedOn}, as its summary gives them.
     */
    public Page<TimelineEntry> timeline(
            String caseId, String municipality, LocalDate requestedOn, Filter filter, int page, int pageSize) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("caseId", caseId);
        params.put("municipality", municipality);
        params.put("requestedOn", requestedOn);
        List<String> clauses = new ArrayList<>();
        if (filter.kinds() != null && !filter.kinds().isEmpty()) {
            clauses.add("kind in (:kinds)");
            params.put("kinds", filter.kinds());
        }
        if (filter.from() != null) {
            clauses.add("occurred_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            clauses.add("occurred_on <= :to");
            params.put("to", filter.to());
        }
        String and = clauses.isEmpty() ? "" : " and " + String.join(" and ", clauses);
        String union = """
                select event_id, kind, summary, summary_nl, occurred_on, recorded_at, sequence_number, actor_person_id,
                       actor_party, actor_role, recorder_kind, recorder_person_id, recorder_user_name, recorder_source,
                       deadline_key, 'case' as source
                from rm_timeline_entry where case_id = :caseId%1$s
                union all
                select event_id, kind, summary, summary_nl, occurred_on, recorded_at, sequence_number, actor_person_id,
                       actor_party, actor_role, recorder_kind, recorder_person_id, recorder_user_name, recorder_source,
                       cast(null as varchar(200)) as deadline_key, 'municipality' as source
                from rm_municipal_timeline_entry m
                where (exists (select 1 from rm_case_municipality_period p
                               where p.case_id = :caseId and p.cbs_code = m.cbs_code
                                 and (m.occurred_on >= p.from_date
                                      or m.kind = 'municipal-election-recorded' and m.occurred_on >= :requestedOn)
                                 and (p.until_date is null or m.occurred_on < p.until_date))
                       or (not exists (select 1 from rm_case_municipality_period p where p.case_id = :caseId)
                           and m.cbs_code = :municipality and m.occurred_on >= :requestedOn))%1$s
                """.formatted(and);
        long total = jdbc.sql("select count(*) from (" + union + ") entries")
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", pageSize);
        params.put("offset", Page.offset(page, pageSize));
        List<Row> rows = jdbc.sql("select * from (" + union + ") entries"
                        + " order by occurred_on, recorded_at, sequence_number, event_id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getString("event_id"),
                        rs.getString("kind"),
                        rs.getString("summary"),
                        rs.getString("summary_nl"),
                        rs.getObject("occurred_on", LocalDate.class),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("actor_person_id"),
                        rs.getString("actor_party"),
                        rs.getString("actor_role"),
                        rs.getString("source"),
                        rs.getString("recorder_kind"),
                        rs.getString("recorder_person_id"),
                        rs.getString("recorder_user_name"),
                        rs.getString("recorder_source"),
                        rs.getString("deadline_key")))
                .list();
        Map<String, TimelineEntry.Supersession> supersessions = supersessions(caseId, rows);
        Map<String, String> names = people.displayNames(java.util.stream.Stream.concat(
                        rows.stream().map(Row::personId), rows.stream().map(Row::recorderPersonId))
                .toList());
        List<TimelineEntry> items =
                rows.stream().map(r -> entry(r, names, supersessions)).toList();
        return Page.of(items, page, pageSize, total);
    }

    private record Row(
            String eventId,
            String kind,
            String summary,
            String summaryNl,
            LocalDate occurredOn,
            Instant recordedAt,
            String personId,
            String party,
            String role,
            String source,
            String recorderKind,
            String recorderPersonId,
            String recorderUserName,
            String recorderSource,
            String deadlineKey) {}

    private static final String SUPERSESSION = "deadline-fact-superseded";

    /** The supersessions of the deadline facts among the rows, by the key they share. */
    private Map<String, TimelineEntry.Supersession> supersessions(String caseId, List<Row> rows) {
        if (rows.stream().noneMatch(r -> r.deadlineKey() != null && !r.kind().equals(SUPERSESSION))) return Map.of();
        Map<String, TimelineEntry.Supersession> byKey = new LinkedHashMap<>();
        jdbc.sql("""
                        select deadline_key, superseded_by, occurred_on, recorded_at, event_id from rm_timeline_entry
                        where case_id = :caseId and kind = :kind order by recorded_at, sequence_number""")
                .param("caseId", caseId)
                .param("kind", SUPERSESSION)
                .query((rs, n) -> Map.entry(
                        rs.getString("deadline_key"),
                        new TimelineEntry.Supersession(
                                rs.getString("superseded_by"),
                                rs.getObject("occurred_on", LocalDate.class),
                                rs.getTimestamp("recorded_at").toInstant(),
                                rs.getString("event_id"))))
                .list()
                .forEach(found -> byKey.putIfAbsent(found.getKey(), found.getValue()));
        return byKey;
    }

    private TimelineEntry entry(Row r, Map<String, String> names, Map<String, TimelineEntry.Supersession> superseded) {
        String actorName = names.get(r.personId());
        LocalDate recordedOn = r.recordedAt().atZone(clock.getZone()).toLocalDate();
        // an import or a back-fill takes over earlier records: that is no late recording by anyone
        boolean late = !"import".equals(r.recorderKind())
                && !"backfill".equals(r.recorderKind())
                && ChronoUnit.DAYS.between(r.occurredOn(), recordedOn) > lateAfterDays;
        return new TimelineEntry(
                r.eventId(),
                r.kind(),
                r.summary(),
                r.summaryNl(),
                r.occurredOn(),
                r.recordedAt(),
                late,
                r.personId(),
                actorName,
                PartyText.parse(r.party()),
                r.role().toLowerCase().replace('_', '-'),
                r.source(),
                r.recorderKind(),
                r.recorderPersonId(),
                recorderName(r, names),
                r.recorderSource(),
                r.deadlineKey() == null || r.kind().equals(SUPERSESSION) ? null : superseded.get(r.deadlineKey()));
    }

    /** A recorder who is in the people register by name; a signed-in user who is not, by their user name or id. */
    private static String recorderName(Row r, Map<String, String> names) {
        if (r.recorderPersonId() == null) return null;
        String registered = names.get(r.recorderPersonId());
        if (registered != null && !registered.equals(PeopleDirectory.UNKNOWN)) return registered;
        return r.recorderUserName() != null ? r.recorderUserName() : r.recorderPersonId();
    }
}
