package nl.opgroeiruimte.casefile.command.initiative;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.opgroeiruimte.casefile.command.api.CommandDispatcher;
import nl.opgroeiruimte.casefile.kernel.initiative.ChangeLegalForm;
import nl.opgroeiruimte.casefile.kernel.initiative.RecordRepresentation;
import nl.opgroeiruimte.casefile.kernel.initiative.RegisterInitiative;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What happens to a resident initiative, each recorded as the creation of a record under it. */
@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "initiative commands", description = "Register an initiative; record its legal form and representation")
public class InitiativeCommandController {
    private final CommandDispatcher commands;

    public InitiativeCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("")
    @Operation(summary = "Register a resident initiative")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RegisterInitiative.class)))
    public ResponseEntity<Object> register(@RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RegisterInitiative.class)
                .aggregate("initiativeId")
                .at("/api/v1/initiatives/{initiativeId}")
                .send(body, headers);
    }

    @PostMapping("/{initiativeId}/legal-forms")
    @Operation(summary = "Record that the initiative took another legal form")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ChangeLegalForm.class)))
    public ResponseEntity<Object> changeLegalForm(
            @PathVariable String initiativeId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(ChangeLegalForm.class)
                .path("initiativeId", initiativeId)
                .aggregate("initiativeId")
                .at("/api/v1/initiatives/{initiativeId}")
                .send(body, headers);
    }

    @PostMapping("/{initiativeId}/representations")
    @Operation(summary = "Record on whose behalf the initiative speaks: members, households, the board's mandate")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordRepresentation.class)))
    public ResponseEntity<Object> recordRepresentation(
            @PathVariable String initiativeId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordRepresentation.class)
                .path("initiativeId", initiativeId)
                .aggregate("initiativeId")
                .creates("representationId")
                .at("/api/v1/initiatives/{initiativeId}/representations/{representationId}")
                .send(body, headers);
    }
}
