package nl.opgroeiruimte.casefile.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.opgroeiruimte.casefile.command.api.CommandDispatcher;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExtendExclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordGuaranteeBudgetDecision;
import nl.opgroeiruimte.casefile.kernel.partnership.process.HoldMunicipalProcess;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ReleaseMunicipalProcess;
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

    @PostMapping("/{caseId}/exclusivity/extensions")
    @Operation(summary = "Extend the exclusivity to a later last day")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ExtendExclusivity.class)))
    public ResponseEntity<Object> extendExclusivity(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(ExtendExclusivity.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}/exclusivity/extensions")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/process-holds")
    @Operation(summary = "Record a municipal process (tender, plan, permit) put on hold for the case")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = HoldMunicipalProcess.class)))
    public ResponseEntity<Object> holdProcess(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(HoldMunicipalProcess.class)
                .path("caseId", caseId)
                .creates("holdId")
                .at("/api/v1/cases/{caseId}/process-holds/{holdId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/process-holds/{holdId}/release")
    @Operation(summary = "Record that a municipal process put on hold for the case was released")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ReleaseMunicipalProcess.class)))
    public ResponseEntity<Object> releaseProcess(
            @PathVariable String caseId,
            @PathVariable String holdId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(ReleaseMunicipalProcess.class)
                .path("caseId", caseId)
                .path("holdId", holdId)
                .at("/api/v1/cases/{caseId}/process-holds/{holdId}")
                .send(body, headers);
    }
}
