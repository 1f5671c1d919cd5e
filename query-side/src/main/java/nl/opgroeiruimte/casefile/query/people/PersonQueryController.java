package nl.opgroeiruimte.casefile.query.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Optional;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.kernel.people.ErasureGround;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory.Entry;
import nl.opgroeiruimte.casefile.query.people.PersonProjection.PersonRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person of the people register: their personal data, or the neutral placeholder once it is erased. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "people register")
public class PersonQueryController {
    private final PeopleDirectory directory;
    private final PersonProjection history;
    private final CurrentCaller callers;

    public PersonQueryController(PeopleDirectory directory, PersonProjection history, CurrentCaller callers) {
        this.directory = directory;
        this.history = history;
        this.callers = callers;
    }

    /**
     * A person: {@code displayName} is the name, or "(erased person)" after erasure, when name, e-mail and
     * organisation are gone; party and role come from the history and stay.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonView(
            String personId,
            String displayName,
            String name,
            String email,
            String organisation,
            Party party,
            ActorRole role,
            LocalDate registeredOn,
            boolean erased,
            LocalDate erasedOn,
            ErasureGround erasureGround) {}

    @GetMapping("/{personId}")
    @Operation(summary = "A person, or the placeholder for a person whose personal data was erased")
    public PersonView one(@PathVariable String personId) {
        if (!directory.mayKnow(callers.require(), personId)) {
            throw new NotPermitted("You may see the personal data only of people in the cases you may read");
        }
        Entry entry = directory.find(personId).orElseThrow(() -> new UnknownEntity("person", personId));
        Optional<PersonRecord> known = history.find(personId);
        return new PersonView(
                personId,
                entry.displayName(),
                entry.name(),
                entry.email(),
                entry.organisation(),
                known.map(PersonRecord::party).orElse(null),
                known.map(PersonRecord::role).orElse(null),
                known.map(PersonRecord::registeredOn).orElse(null),
                entry.erased(),
                known.map(PersonRecord::erasedOn).orElse(null),
                known.map(PersonRecord::erasureGround).orElse(null));
    }
}
