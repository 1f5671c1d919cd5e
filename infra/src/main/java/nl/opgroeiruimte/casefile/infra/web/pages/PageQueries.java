package nl.opgroeiruimte.casefile.infra.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The few reads the pages need that the query side does not offer as such: counts of cases per
 * municipality and status in one query, the stored indicator of each case of a municipality, and the
 * people who act for the parties of a case (for the forms). Read-only, on the query side's tables.
 */
@Component
public class PageQueries {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    static final List<String> CASE_STATUSES = List.of("requested", "granted", "paused", "mature", "stopped");
    static final List<String> INDICATOR_STATUSES = List.of("go", "attention", "stop-risk", "closed", "pending");

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public PageQueries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Per municipality with cases: the number of cases in each lifecycle status. */
    public Map<String, Map<String, Long>> caseStatusCounts() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        jdbc.sql("select municipality, status, count(*) from rm_case group by municipality, status")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .list()
                .forEach(row -> counts.computeIfAbsent((String) row[0], k -> zeros(CASE_STATUSES)).put((String) row[1], (Long) row[2]));
        return counts;
    }

    static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(k -> counts.put(k, 0L));
        return counts;
    }

    /** The stop-go status of a case as the dashboard table keeps it, with its reasons in Dutch. */
    public record StoredIndicator(String status, List<String> reasonsNl) {
    }

    public Map<String, StoredIndicator> indicatorsOf(String municipality) {
        Map<String, StoredIndicator> byCase = new HashMap<>();
        jdbc.sql("select case_id, coalesce(status, 'pending'), reasons_nl from rm_case_indicator where municipality = :m")
                .param("m", municipality)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list()
                .forEach(row -> byCase.put((String) row[0], new StoredIndicator((String) row[1], read((String) row[2]))));
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

    /** Someone registered in the people register, with the party and role they act in. */
    public record Acting(String personId, Party party, ActorRole role) {
    }

    /** The people who act for this municipality or initiative, and the external ones (facilitators). */
    public List<Acting> peopleActingFor(String municipality, List<String> initiatives) {
        List<Acting> people = new ArrayList<>();
        List<String> ids = initiatives.isEmpty() ? List.of("-") : initiatives;
        jdbc.sql("""
                        select person_id, party_municipality, party_initiative, party_external, actor_role from person_summary
                        where erased_on is null
                          and (party_municipality = :m or party_initiative in (:i) or party_external is not null)""")
                .param("m", municipality)
                .param("i", ids)
                .query((rs, n) -> new Acting(rs.getString(1), new Party(rs.getString(2), rs.getString(3), rs.getString(4)),
                        ActorRole.valueOf(rs.getString(5))))
                .list()
                .forEach(people::add);
        return people;
    }
}
