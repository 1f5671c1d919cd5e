package nl.opgroeiruimte.casefile.command.municipality;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.opgroeiruimte.casefile.command.api.CommandDispatcher;
import nl.opgroeiruimte.casefile.kernel.municipality.AdoptPolicy;
import nl.opgroeiruimte.casefile.kernel.municipality.InstallCollege;
import nl.opgroeiruimte.casefile.kernel.municipality.RecordAldermanDeparture;
import nl.opgroeiruimte.casefile.kernel.municipality.RecordMunicipalElection;
import nl.opgroeiruimte.casefile.kernel.municipality.RecordMunicipalReorganisation;
import nl.opgroeiruimte.casefile.kernel.municipality.RecordNeighbourhoodApproach;
import nl.opgroeiruimte.casefile.kernel.municipality.RegisterMunicipality;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What happens to a municipality, each recorded as the creation of a record under it. */
@RestController
@RequestMapping("/api/v1/municipalities")
@Tag(
        name = "municipality commands",
        description = "Register a municipality; record its elections, colleges, policy and neighbourhood approach")
public class MunicipalityCommandController {
    private final CommandDispatcher commands;

    public MunicipalityCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("")
    @Operation(summary = "Register a municipality by its CBS code")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RegisterMunicipality.class)))
    public ResponseEntity<Object> register(@RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RegisterMunicipality.class)
                .aggregate("cbsCode")
                .at("/api/v1/municipalities/{cbsCode}")
                .send(body, headers);
    }

    @PostMapping("/{cbsCode}/elections")
    @Operation(summary = "Record a municipal election (by default on the latest national election day)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordMunicipalElection.class)))
    public ResponseEntity<Object> recordElection(
            @PathVariable String cbsCode, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordMunicipalElection.class)
                .path("cbsCode", cbsCode)
                .aggregate("cbsCode")
                .at("/api/v1/municipalities/{cbsCode}/elections")
                .send(body, headers);
    }

    @PostMapping("/{cbsCode}/reorganisations")
    @Operation(
            summary = "Record a municipal reorganisation (herindeling) on the successor; an administrator's act",
            description = "The former municipalities merged into this one on occurredOn (normally 1 January), as the"
                    + " CBS reference list has it. Their cases move to this municipality as of that day, each by an"
                    + " event in its own history; views as of an earlier day still show the former municipality.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordMunicipalReorganisation.class)))
    public ResponseEntity<Object> recordReorganisation(
            @PathVariable String cbsCode, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordMunicipalReorganisation.class)
                .path("cbsCode", cbsCode)
                .aggregate("cbsCode")
                .at("/api/v1/municipalities/{cbsCode}")
                .send(body, headers);
    }

    @PostMapping("/{cbsCode}/colleges")
    @Operation(summary = "Install a college of mayor and aldermen")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = InstallCollege.class)))
    public ResponseEntity<Object> installCollege(
            @PathVariable String cbsCode, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(InstallCollege.class)
                .path("cbsCode", cbsCode)
                .aggregate("cbsCode")
                .creates("collegeId")
                .at("/api/v1/municipalities/{cbsCode}/colleges/{collegeId}")
                .send(body, headers);
    }

    @PostMapping("/{cbsCode}/colleges/{collegeId}/departures")
    @Operation(summary = "Record that an alderman left the college, with the successor if any")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordAldermanDeparture.class)))
    public ResponseEntity<Object> recordDeparture(
            @PathVariable String cbsCode,
            @PathVariable String collegeId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(RecordAldermanDeparture.class)
                .path("cbsCode", cbsCode)
                .path("collegeId", collegeId)
                .aggregate("cbsCode")
                .at("/api/v1/municipalities/{cbsCode}/colleges/{collegeId}")
                .send(body, headers);
    }

    @PostMapping("/{cbsCode}/policies")
    @Operation(summary = "Record adopted policy: opgroeiruimte included, budget reserved")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = AdoptPolicy.class)))
    public ResponseEntity<Object> adoptPolicy(
            @PathVariable String cbsCode, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(AdoptPolicy.class)
                .path("cbsCode", cbsCode)
                .aggregate("cbsCode")
                .creates("policyId")
                .at("/api/v1/municipalities/{cbsCode}/policies/{policyId}")
                .send(body, headers);
    }

    @PostMapping("/{cbsCode}/neighbourhood-approaches")
    @Operation(
            summary =
                    "Record the municipality's approach for a neighbourhood: role, goals per term, partnership intensity",
            description = "A new record for the same neighbourhood replaces the earlier one from its occurredOn (004).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordNeighbourhoodApproach.class)))
    public ResponseEntity<Object> recordNeighbourhoodApproach(
            @PathVariable String cbsCode, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordNeighbourhoodApproach.class)
                .path("cbsCode", cbsCode)
                .aggregate("cbsCode")
                .creates("approachId")
                .at("/api/v1/municipalities/{cbsCode}/neighbourhood-approaches/{approachId}")
                .send(body, headers);
    }
}
