package nl.opgroeiruimte.casefile.query.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored stop-go indicators as the dashboards and live updates ask for them: counts per status for a
 * municipality or the whole country, each case's stored status, and whether everything recorded has
 * been evaluated. Reads what {@link CaseIndicatorProjection} and the {@link IndicatorRefresher} store.
 */
@Component
public class IndicatorQueries {
    /** The stop-go statuses of a case, in the order the pages show them; "pending" is not yet evaluated. */
    public static final List<String> STATUSES = List.of("go", "attention", "stop-risk", "closed", "pending");

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public IndicatorQueries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Per municipality (CBS code), the number of cases in each status; "pending" is not yet evaluated. */
    public Map<String, Map<String, Long>> countsPerMunicipality(String municipality) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        jdbc.sql("select municipality, coalesce(status, 'pending') as status, count(*) as n from rm_case_indicator"
                        + (municipality == null ? "" : " where municipality = :municipality")
                        + " group by municipality, coalesce(status, 'pending')")
                .params(municipality == null ? Map.of() : Map.of("municipality", municipality))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .list()
                .forEach(row -> counts.computeIfAbsent((String) row[0], k -> zeroPerStatus())
                        .put((String) row[1], (Long) row[2]));
        return counts;
    }

    public Map<String, Long> totals(Map<String, Map<String, Long>> perMunicipality) {
        Map<String, Long> totals = zeroPerStatus();
        perMunicipality.values().forEach(m -> m.forEach((status, n) -> totals.merge(status, n, Long::sum)));
        return totals;
    }

    /** Every status with no cases yet, to count into. */
    public static Map<String, Long> zeroPerStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(s -> counts.put(s, 0L));
        return counts;
    }

    /** The stop-go status of a case as the dashboard table keeps it, with its reasons in Dutch. */
    public record StoredIndicator(String status, List<String> reasonsNl) {
        public static final StoredIndicator PENDING = new StoredIndicator("pending", List.of());
    }

    /** Per case of the municipality, its stored indicator. */
    public Map<String, StoredIndicator> storedOf(String municipality) {
        Map<String, StoredIndicator> byCase = new HashMap<>();
        jdbc.sql(
                        "select case_id, coalesce(status, 'pending'), reasons_nl from rm_case_indicator where municipality = :m")
                .param("m", municipality)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list()
                .forEach(row ->
                        byCase.put((String) row[0], new StoredIndicator((String) row[1], read((String) row[2]))));
        return byCase;
    }

    private List<String> read(String reasons) {
        if (reasons == null || reasons.isBlank()) return List.of();
        try {
            return json.readValue(reasons, STRINGS);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** What was last stored for a case: its municipality, status (null before the first evaluation) and rules. */
    public record LastEvaluation(String municipality, String status, String rules) {}

    /** Per case, its last stored evaluation. */
    public Map<String, LastEvaluation> lastEvaluations() {
        Map<String, LastEvaluation> byCase = new HashMap<>();
        jdbc.sql("select case_id, municipality, status, rules from rm_case_indicator")
                .query((rs, n) -> Map.entry(
                        rs.getString(1), new LastEvaluation(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list()
                .forEach(e -> byCase.put(e.getKey(), e.getValue()));
        return byCase;
    }

    /** Whether the stored indicator of the case reflects everything recorded for it and its municipality. */
    public boolean evaluatedCase(String caseId) {
        return notYetEvaluated("case_id = :id", caseId) == 0;
    }

    /** Whether the stored indicators of every case of the municipality reflect everything recorded. */
    public boolean evaluatedMunicipality(String municipality) {
        return notYetEvaluated("municipality = :id", municipality) == 0;
    }

    private long notYetEvaluated(String where, String id) {
        return jdbc.sql("select count(*) from rm_case_indicator where " + CaseIndicatorProjection.NOT_YET_EVALUATED
                        + " and " + where)
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
