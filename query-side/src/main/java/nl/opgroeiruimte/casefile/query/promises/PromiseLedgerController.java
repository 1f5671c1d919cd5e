package nl.opgroeiruimte.casefile.query.promises;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The promise ledger of a case or a municipality, as JSON, CSV or PDF by content negotiation (the CSV and
 * PDF writers are message converters in infra). Who may read it is who may read the audit trail: the case's
 * parties and facilitators, and for a whole municipality its staff and auditors; never researchers.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "promise ledger",
        description = "Every promise, who made it under which college, and its status as of a day")
public class PromiseLedgerController {
    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";
    private static final String JSON = "application/json";
    private final PromiseLedgerService ledgers;
    private final CaseAccess access;

    public PromiseLedgerController(PromiseLedgerService ledgers, CaseAccess access) {
        this.ledgers = ledgers;
        this.access = access;
    }

    @GetMapping(
            path = "/cases/{caseId}/promises",
            produces = {JSON, CSV, PDF})
    @Operation(
            summary = "The promise ledger of one case as the world stood on asOf (default today)",
            description = "Every promise with who made and who recorded it, the college in office when it was made "
                    + "and its status on asOf (docs/promises.md). Accept: application/json, text/csv or "
                    + "application/pdf.")
    @ApiResponse(
            responseCode = "200",
            description = "The ledger",
            content = {
                @Content(mediaType = JSON, schema = @Schema(implementation = PromiseLedger.class)),
                @Content(mediaType = CSV, schema = @Schema(type = "string")),
                @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary"))
            })
    public PromiseLedger ofCase(
            @PathVariable String caseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "Only the promises made under this college (its collegeId)")
                    @RequestParam(required = false)
                    @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
                    String college) {
        access.requireRead(caseId);
        return known(ledgers.ofCase(caseId, asOf, college));
    }

    @GetMapping(
            path = "/municipalities/{cbsCode}/promises",
            produces = {JSON, CSV, PDF})
    @Operation(
            summary = "The promise ledger of every case of a municipality as the world stood on asOf (default today)",
            description = "The election handover file: every promise of the municipality's cases, filterable by the "
                    + "college under which it was made. Accept: application/json, text/csv or application/pdf.")
    @ApiResponse(
            responseCode = "200",
            description = "The ledger",
            content = {
                @Content(mediaType = JSON, schema = @Schema(implementation = PromiseLedger.class)),
                @Content(mediaType = CSV, schema = @Schema(type = "string")),
                @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary"))
            })
    public PromiseLedger ofMunicipality(
            @PathVariable @Pattern(regexp = CbsCode.PATTERN) String cbsCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "Only the promises made under this college (its collegeId)")
                    @RequestParam(required = false)
                    @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
                    String college) {
        access.requireMunicipality(cbsCode);
        return known(ledgers.ofMunicipality(cbsCode, asOf, college));
    }

    /** A college filter names a college of the municipality installed by asOf, or the answer says it does not exist. */
    private static PromiseLedger known(PromiseLedger ledger) {
        if (ledger.college() != null
                && ledger.colleges().stream().noneMatch(c -> c.collegeId().equals(ledger.college()))) {
            throw new UnknownEntity("college", ledger.college());
        }
        return ledger;
    }
}
