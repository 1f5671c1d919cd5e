package nl.opgroeiruimte.casefile.query.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
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
    /** Shown to a researcher instead of any name: they work with pseudonymous ids only, everywhere. */
    public static final String WITHHELD = "(name withheld)";

    private final JdbcClient jdbc;
    private final CurrentCaller callers;

    public PeopleDirectory(JdbcClient jdbc, CurrentCaller callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    /** A researcher never sees personal data, whichever view asks for it (colleges, approaches, people). */
    private boolean withheld() {
        return callers.get()
                .map(caller -> caller.role() == CallerRole.RESEARCHER)
                .orElse(false);
    }

    /**
     * Whether the caller may see this person's personal data: administrators, the person themselves, and
     * whoever may read a case the person takes part in: facilitates it, belongs to its municipality or
     * initiative, or is named by any of its facts in any role (actor, attendee, signatory, milestone owner,
     * role holder, predecessor or successor: {@code rm_timeline_person}). Researchers never.
     */
    public boolean mayKnow(Caller caller, String personId) {
        if (caller.isAdministrator() || personId.equals(caller.personId())) return true;
        String visible = switch (caller.role()) {
            case MUNICIPAL_STAFF, AUDITOR -> "c.municipality = :tenant";
            case INITIATIVE_MEMBER -> "c.initiative = :tenant";
            case FACILITATOR -> "c.case_id in (select case_id from rm_case_facilitator where person_id = :tenant)";
            case RESEARCHER, ADMINISTRATOR -> null;
        };
        if (visible == null) return false;
        String tenant = switch (caller.role()) {
            case MUNICIPAL_STAFF, AUDITOR -> caller.municipality();
            case INITIATIVE_MEMBER -> caller.initiative();
            default -> caller.personId();
        };
        if (tenant == null) return false;
        return jdbc.sql("select count(*) from rm_case c where " + visible + " " + """
                         and (exists (select 1 from rm_case_facilitator f where f.case_id = c.case_id and f.person_id = :person)
                          or exists (select 1 from person_summary p where p.person_id = :person
                                     and (p.party_municipality = c.municipality or p.party_initiative = c.initiative))
                          or exists (select 1 from rm_timeline_person t where t.case_id = c.case_id and t.person_id = :person))""")
                        .param("tenant", tenant)
                        .param("person", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** What the register holds about a person right now; absent for an id it does not know. */
    public record Entry(String personId, String name, String email, String organisation, boolean erased) {
        public String displayName() {
            return erased ? ERASED : name;
        }
    }

    public Optional<Entry> find(String personId) {
        if (personId == null) return Optional.empty();
        boolean withheld = withheld();
        return jdbc.sql(
                        "select person_id, full_name, email, organisation, erased_on from person_register where person_id = :id")
                .param("id", personId)
                .query((rs, n) -> withheld
                        ? new Entry(rs.getString(1), WITHHELD, null, null, rs.getObject(5) != null)
                        : new Entry(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getObject(5) != null))
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
        List<String> ids =
                personIds.stream().filter(id -> id != null).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) return names;
        if (withheld()) {
            ids.forEach(id -> names.put(id, WITHHELD));
            return names;
        }
        jdbc.sql("select person_id, full_name, erased_on from person_register where person_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(3) != null ? ERASED : rs.getString(2)))
                .list()
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        ids.forEach(id -> names.putIfAbsent(id, UNKNOWN));
        return names;
    }
}
