package nl.opgroeiruimte.casefile.query.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a pseudonymous person id stands for, for every view and export that shows people: the name from the
 * people register, or a neutral placeholder once the personal data is erased, or when the id was never
 * registered. Read straight from the register at the moment of asking, never copied into a read model,
 * so an erasure shows everywhere at once and leaves nothing behind in projections.
 */
@Component
public class PeopleDirectory {
    /** Shown instead of the name of a person whose personal data was erased (GDPR/AVG art. 17). */
    public static final String ERASED = "(erased person)";
    /** Shown for an id that was never registered in the people register. */
    public static final String UNKNOWN = "(unknown person)";

    private final JdbcClient jdbc;

    public PeopleDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the register holds about a person right now; absent for an id it does not know. */
    public record Entry(String personId, String name, String email, String organisation, boolean erased) {
        public String displayName() {
            return erased ? ERASED : name;
        }
    }

    public Optional<Entry> find(String personId) {
        if (personId == null) return Optional.empty();
        return jdbc.sql("select person_id, full_name, email, organisation, erased_on from person_register where person_id = :id")
                .param("id", personId)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5) != null))
                .optional();
    }

    /** The name to show for a person: their name, {@link #ERASED} after erasure, {@link #UNKNOWN} if never registered. */
    public String displayName(String personId) {
        return find(personId).map(Entry::displayName).orElse(UNKNOWN);
    }

    public boolean isErased(String personId) {
        return find(personId).map(Entry::erased).orElse(false);
    }

    /** {@link #displayName(String)} for many people in one query, for views that list them. */
    public Map<String, String> displayNames(Collection<String> personIds) {
        List<String> ids = personIds.stream().filter(id -> id != null).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) return names;
        jdbc.sql("select person_id, full_name, erased_on from person_register where person_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(3) != null ? ERASED : rs.getString(2)))
                .list()
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        ids.forEach(id -> names.putIfAbsent(id, UNKNOWN));
        return names;
    }
}
