package nl.opgroeiruimte.casefile.infra.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import nl.opgroeiruimte.casefile.query.people.PersonProjection;
import nl.opgroeiruimte.casefile.query.people.PersonProjection.Acting;
import org.springframework.stereotype.Component;

/**
 * The people a form can name (who records, who attends, who signs, who owns a milestone, who takes
 * over a role), grouped by the party they act for. Each option carries the JSON the API expects for
 * that use, so the form script only copies values into the request body.
 */
@Component
public class PersonOptions {
    private final PersonProjection persons;
    private final PeopleDirectory people;
    private final Names names;
    private final DutchWords nl;
    private final ObjectMapper json;

    public PersonOptions(
            PersonProjection persons, PeopleDirectory people, Names names, DutchWords nl, ObjectMapper json) {
        this.persons = persons;
        this.people = people;
        this.names = names;
        this.nl = nl;
        this.json = json;
    }

    /**
     * Waits (at most {@code attempts} × 100 ms) until a person just registered is in the read model the options
     * come from, so that the forms drawn right after the registration offer them; false if they are not by then.
     */
    public boolean awaitRegistered(String personId, int attempts) {
        return ReadModelPatience.awaitPresent(() -> persons.find(personId), attempts)
                .isPresent();
    }

    /** One person as an option: {@code actor} is the JSON of an actor or attendee, {@code signatory} of a signatory without mandate. */
    public record PersonOption(String personId, String label, String side, String actor, String signatory) {}

    /** The options of one party, for an {@code <optgroup>}. */
    public record PartyGroup(String label, String side, List<PersonOption> people) {}

    public List<PartyGroup> forParties(String municipality, List<String> initiatives) {
        List<Acting> acting = persons.actingFor(municipality, initiatives);
        Map<String, String> displayNames =
                people.displayNames(acting.stream().map(Acting::personId).toList());
        Map<String, PartyGroup> groups = new LinkedHashMap<>();
        groups.put(
                "municipality",
                new PartyGroup("Gemeente " + names.municipality(municipality), "municipality", new ArrayList<>()));
        for (String initiative : initiatives) {
            groups.put(
                    "initiative:" + initiative,
                    new PartyGroup(names.initiative(initiative), "initiative", new ArrayList<>()));
        }
        groups.put("external", new PartyGroup("Extern (procesbegeleiding)", "external", new ArrayList<>()));
        acting.stream()
                .sorted(Comparator.comparing((Acting a) -> displayNames.getOrDefault(a.personId(), "")))
                .forEach(a -> {
                    String key = a.party().municipality() != null
                            ? "municipality"
                            : a.party().initiative() != null
                                    ? "initiative:" + a.party().initiative()
                                    : "external";
                    PartyGroup group = groups.get(key);
                    if (group == null) return;
                    String name = nl.person(displayNames.get(a.personId()));
                    group.people()
                            .add(new PersonOption(
                                    a.personId(),
                                    name + " (" + nl.actorRole(a.role()) + ")",
                                    group.side(),
                                    write(new Actor(a.personId(), a.party(), a.role())),
                                    write(Map.of("personId", a.personId(), "party", a.party()))));
                });
        return groups.values().stream().filter(g -> !g.people().isEmpty()).toList();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
