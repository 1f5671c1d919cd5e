package nl.opgroeiruimte.casefile.command.people;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.opgroeiruimte.casefile.command.api.CommandDispatcher;
import nl.opgroeiruimte.casefile.kernel.people.ErasePerson;
import nl.opgroeiruimte.casefile.kernel.people.RegisterPerson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The people register: register a person under a pseudonymous id, and erase their personal data. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "people register", description = "Personal data outside the event store, erasable (GDPR/AVG art. 17)")
public class PeopleCommandController {
    private final CommandDispatcher commands;

    public PeopleCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("")
    @Operation(summary = "Register a person: personal data to the register, only id, party and role to the history")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RegisterPerson.class)))
    public ResponseEntity<Object> register(@RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RegisterPerson.class)
                .aggregate("personId")
                .at("/api/v1/people/{personId}")
                .send(body, headers);
    }

    @PostMapping("/{personId}/erasure")
    @Operation(summary = "Erase a person's personal data (GDPR/AVG art. 17); the history keeps id, party and role")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ErasePerson.class)))
    public ResponseEntity<Object> erase(
            @PathVariable String personId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(ErasePerson.class)
                .path("personId", personId)
                .aggregate("personId")
                .at("/api/v1/people/{personId}")
                .send(body, headers);
    }
}
