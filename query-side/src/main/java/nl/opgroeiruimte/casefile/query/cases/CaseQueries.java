package nl.opgroeiruimte.casefile.query.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.opgroeiruimte.casefile.query.support.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the case summaries: one case, a filtered page of cases, counts per status. */
@Component
public class CaseQueries {
    /** The lifecycle statuses of a case, in the order the pages show them. */
    public static final List<String> STATUSES = List.of("requested", "granted", "paused", "mature", "stopped");

    private static final String COLUMNS = """
            case_id, municipality, initiative, activity, area, status, requested_on, granted_on, closed_on,
            last_event_on, event_count, phase, phase_since""";
    private final JdbcClient jdbc;

    public CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters on the list; null means "any". */
    public record Filter(String municipality, String initiative, String status) {}

    /**
     * Which cases a caller may see at all: those of one municipality, of one initiative, those a
     * facilitator is appointed to, or (null everywhere) all of them.
     */
    public record Visibility(String municipality, String initiative, String facilitator) {
        public static final Visibility ALL = new Visibility(null, null, null);
    }

    public Optional<CaseSummary> find(String caseId) {
        return jdbc.sql("select " + COLUMNS + " from rm_case where case_id = :id")
                .param("id", caseId)
                .query(CaseSummary.class)
                .optional();
    }

    public Page<CaseSummary> list(Filter filter, Visibility visibility, int page, int pageSize) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, visibility, params);
        long total = jdbc.sql("select count(*) from rm_case" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", pageSize);
        params.put("offset", Page.offset(page, pageSize));
        List<CaseSummary> items = jdbc.sql("select " + COLUMNS + " from rm_case" + where
                        + " order by municipality, requested_on, case_id limit :limit offset :offset")
                .params(params)
                .query(CaseSummary.class)
                .list();
        return Page.of(items, page, pageSize, total);
    }

    public Map<String, Long> countsPerStatus(Filter filter, Visibility visibility) {
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Long> counts = zeroPerStatus();
        jdbc.sql("select status, count(*) from rm_case" + where(filter, visibility, params) + " group by status")
                .params(params)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Per municipality with cases: the number of cases in each lifecycle status, in one query. */
    public Map<String, Map<String, Long>> countsPerMunicipality() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        jdbc.sql("select municipality, status, count(*) from rm_case group by municipality, status")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .list()
                .forEach(row -> counts.computeIfAbsent((String) row[0], k -> zeroPerStatus())
                        .put((String) row[1], (Long) row[2]));
        return counts;
    }

    /** Every status with no cases yet, to count into. */
    public static Map<String, Long> zeroPerStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(status -> counts.put(status, 0L));
        return counts;
    }

    /** The cases of a municipality requested on or before the day, in the order they were requested. */
    public List<String> requestedBy(String municipality, LocalDate day) {
        return jdbc.sql("select case_id from rm_case where municipality = :municipality and requested_on <= :day"
                        + " order by requested_on, case_id")
                .param("municipality", municipality)
                .param("day", day)
                .query(String.class)
                .list();
    }

    private static String where(Filter filter, Visibility visibility, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (visibility.municipality() != null) {
            clauses.add("municipality = :visibleMunicipality");
            params.put("visibleMunicipality", visibility.municipality());
        }
        if (visibility.initiative() != null) {
            clauses.add("initiative = :visibleInitiative");
            params.put("visibleInitiative", visibility.initiative());
        }
        if (visibility.facilitator() != null) {
            clauses.add("case_id in (select case_id from rm_case_facilitator where person_id = :facilitator)");
            params.put("facilitator", visibility.facilitator());
        }
        if (filter.municipality() != null) {
            clauses.add("municipality = :municipality");
            params.put("municipality", filter.municipality());
        }
        if (filter.initiative() != null) {
            clauses.add("initiative = :initiative");
            params.put("initiative", filter.initiative());
        }
        if (filter.status() != null) {
            clauses.add("status = :status");
            params.put("status", filter.status());
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }
}
