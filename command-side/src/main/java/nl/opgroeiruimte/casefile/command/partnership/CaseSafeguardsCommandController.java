package nl.opgroeiruimte.casefile.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.opgroeiruimte.casefile.command.api.CommandDispatcher;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordGuaranteeBudgetDecision;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commands that make the safeguards of a case concrete: the budget decision behind a guarantee, the
 * extension of the exclusivity, and the municipal processes put on hold for the case ("pauzeknop", 001)
 * and released. Like every command on a case, each is a POST on a noun under the case
 * ({@link CaseCommandController}).
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "case commands", description = "Record what happens in a case")
public class CaseSafeguardsCommandController {
    private final CommandDispatcher commands;

    public CaseSafeguardsCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("/{caseId}/milestones/{milestoneId}/guarantee/budget-decisions")
    @Operation(summary = "Record the budget decision behind a milestone's guarantee")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordGuaranteeBudgetDecision.class)))
    public ResponseEntity<Object> recordGuaranteeBudgetDecision(
            @PathVariable String caseId,
            @PathVariable String milestoneId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(RecordGuaranteeBudgetDecision.class)
                .path("caseId", caseId)
                .path("milestoneId", milestoneId)
                .at("/api/v1/cases/{caseId}/milestones/{milestoneId}")
                .send(body, headers);
    }
}
