package nl.opgroeiruimte.casefile.query.timeline;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every person a fact names, in whatever role: its actor, and the attendees, signatories, milestone owners,
 * role holders, predecessors and successors it lists. Found by walking the event's record along the fields
 * that hold a person id ({@link #FIELDS}, the same the research export pseudonymises), so a new event type
 * with such a field is covered without a change here.
 */
public final class PeopleNamed {
    /** The names of the text fields that hold a person id, in any record of any event. */
    public static final Set<String> FIELDS = Set.of(
            "personId", "municipalOwner", "initiativeOwner", "previousHolder", "successorId", "successorPersonId");

    private PeopleNamed() {}

    public static Set<String> in(Record event) {
        Set<String> people = new TreeSet<>();
        collect(event, people);
        return people;
    }

    private static void collect(Object value, Set<String> people) {
        if (value instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                Object field = read(c, record);
                if (field instanceof String id && FIELDS.contains(c.getName())) {
                    if (!id.isBlank()) people.add(id);
                } else {
                    collect(field, people);
                }
            }
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, people));
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
