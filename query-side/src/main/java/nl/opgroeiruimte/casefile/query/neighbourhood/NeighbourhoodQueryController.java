package nl.opgroeiruimte.casefile.query.neighbourhood;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import nl.opgroeiruimte.casefile.query.neighbourhood.NeighbourhoodViews.*;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A municipality's neighbourhoods (004): its approach per neighbourhood, and its cases grouped by neighbourhood, as of any date. */
@RestController
@Validated
@RequestMapping("/api/v1/municipalities/{cbsCode}")
@Tag(
        name = "neighbourhood queries",
        description = "The municipality's approach per neighbourhood and its cases per neighbourhood, as of any date")
public class NeighbourhoodQueryController {
    private final NeighbourhoodQueries neighbourhoods;

    private final CaseAccess access;

    public NeighbourhoodQueryController(NeighbourhoodQueries neighbourhoods, CaseAccess access) {
        this.neighbourhoods = neighbourhoods;
        this.access = access;
    }

    @GetMapping("/neighbourhood-approaches")
    @Operation(
            summary = "The approach per neighbourhood in force on asOf (default today), with the versions it replaced")
    public NeighbourhoodApproaches approaches(
            @PathVariable @Pattern(regexp = CbsCode.PATTERN) String cbsCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return neighbourhoods.approaches(cbsCode, asOf);
    }

    @GetMapping("/neighbourhood-approaches/{approachId}")
    @Operation(summary = "One recorded version of the approach for a neighbourhood")
    public ApproachView approach(
            @PathVariable @Pattern(regexp = CbsCode.PATTERN) String cbsCode, @PathVariable String approachId) {
        return neighbourhoods.approach(cbsCode, approachId);
    }

    @GetMapping("/neighbourhoods")
    @Operation(
            summary =
                    "The municipality's cases grouped by neighbourhood as they stood on asOf (default today), with the approach in force",
            description =
                    "Status, phase and neighbourhoods of each case are those of asOf; a case about several neighbourhoods appears in each.")
    public NeighbourhoodOverview overview(
            @PathVariable @Pattern(regexp = CbsCode.PATTERN) String cbsCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        // lists the municipality's cases: for its own staff and auditors, and administrators
        access.requireMunicipality(cbsCode);
        return neighbourhoods.overview(cbsCode, asOf);
    }
}
