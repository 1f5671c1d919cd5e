package nl.opgroeiruimte.casefile.query.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts of cases per stop-go status, for a municipality or for the whole country. */
@Component
public class IndicatorQueries {
    static final List<String> STATUSES = List.of("go", "attention", "stop-risk", "closed", "pending");
    private final JdbcClient jdbc;

    public IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .forEach(row -> counts.computeIfAbsent((String) row[0], k -> empty()).put((String) row[1], (Long) row[2]));
        return counts;
    }

    public Map<String, Long> totals(Map<String, Map<String, Long>> perMunicipality) {
        Map<String, Long> totals = empty();
        perMunicipality.values().forEach(m -> m.forEach((status, n) -> totals.merge(status, n, Long::sum)));
        return totals;
    }

    private static Map<String, Long> empty() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(s -> counts.put(s, 0L));
        return counts;
    }
}
