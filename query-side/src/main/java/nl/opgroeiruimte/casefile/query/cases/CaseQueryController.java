package nl.opgroeiruimte.casefile.query.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail;
import nl.opgroeiruimte.casefile.query.audit.AuditTrailService;
import nl.opgroeiruimte.casefile.query.support.Page;
import nl.opgroeiruimte.casefile.query.timeline.TimelineEntry;
import nl.opgroeiruimte.casefile.query.timeline.TimelineQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What users come with after an election or a change of staff: which cases, what happened, what stands. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "case queries", description = "Cases, their timeline and their audit trail as of any date")
public class CaseQueryController {
    private final CaseQueries cases;
    private final TimelineQueries timeline;
    private final AuditTrailService auditTrail;

    private final CaseAccess access;

    public CaseQueryController(
            CaseQueries cases, TimelineQueries timeline, AuditTrailService auditTrail, CaseAccess access) {
        this.access = access;
        this.cases = cases;
        this.timeline = timeline;
        this.auditTrail = auditTrail;
    }

    @GetMapping("/cases")
    @Operation(summary = "Cases, filtered by municipality, initiative and status")
    public Page<CaseSummary> list(
            @RequestParam(required = false) @Pattern(regexp = CbsCode.PATTERN) String municipality,
            @RequestParam(required = false) String initiative,
            @RequestParam(required = false) @Pattern(regexp = "requested|granted|paused|mature|stopped") String status,
            @RequestParam(defaultValue = "1") @Min(1) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int pageSize) {
        return cases.list(new CaseQueries.Filter(municipality, initiative, status), visibility(), page, pageSize);
    }

    @GetMapping("/cases/{caseId}")
    @Operation(summary = "The summary of one case")
    public CaseSummary one(@PathVariable String caseId) {
        access.requireRead(caseId);
        return cases.find(caseId).orElseThrow(() -> new UnknownEntity("case", caseId));
    }

    @GetMapping("/cases/{caseId}/timeline")
    @Operation(summary = "Everything that happened in the case, in the order it happened")
    public Page<TimelineEntry> timeline(
            @PathVariable String caseId,
            @Parameter(description = "Only these kinds, e.g. milestone-planned") @RequestParam(required = false)
                    Set<String> kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") @Min(1) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int pageSize) {
        CaseSummary summary = one(caseId);
        return timeline.timeline(
                caseId,
                summary.municipality(),
                summary.requestedOn(),
                new TimelineQueries.Filter(kind, from, to),
                page,
                pageSize);
    }

    @GetMapping("/cases/{caseId}/audit-trail")
    @Operation(
            summary = "The resilience audit trail as the world stood on asOf (default today)",
            description = "view=as-known-now (default) includes facts recorded after asOf that happened by then; "
                    + "view=as-recorded-then shows only what the file held at the end of that day.")
    public AuditTrail auditTrail(
            @PathVariable String caseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "as-known-now") @Pattern(regexp = "as-known-now|as-recorded-then")
                    String view) {
        access.requireRead(caseId);
        return auditTrail.auditTrail(
                caseId,
                asOf,
                view.equals("as-recorded-then") ? AuditTrail.View.AS_RECORDED_THEN : AuditTrail.View.AS_KNOWN_NOW);
    }

    /** The cases of a municipality with their counts per status. */
    public record MunicipalityOverview(
            String municipality, Map<String, Long> countsPerStatus, Page<CaseSummary> cases) {}

    @GetMapping("/municipalities/{cbsCode}/case-overview")
    @Operation(summary = "A municipality's cases with counts per status")
    public MunicipalityOverview overview(
            @PathVariable @Pattern(regexp = CbsCode.PATTERN) String cbsCode,
            @RequestParam(defaultValue = "1") @Min(1) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int pageSize) {
        access.requireMunicipality(cbsCode);
        CaseQueries.Filter filter = new CaseQueries.Filter(cbsCode, null, null);
        return new MunicipalityOverview(
                cbsCode,
                cases.countsPerStatus(filter, CaseQueries.Visibility.ALL),
                cases.list(filter, CaseQueries.Visibility.ALL, page, pageSize));
    }

    /** A list never holds a case the caller may not see: the caller's scope is part of every query. */
    private CaseQueries.Visibility visibility() {
        Caller caller = access.requireCaseReader();
        // a scope without its tenant would be no scope at all (sign-in refuses such callers already)
        boolean bound = switch (caller.role()) {
            case MUNICIPAL_STAFF, AUDITOR -> caller.municipality() != null;
            case INITIATIVE_MEMBER -> caller.initiative() != null;
            default -> caller.personId() != null || caller.isAdministrator();
        };
        if (!bound) throw new NotPermitted("You are signed in without the municipality or initiative you work for");
        return switch (caller.role()) {
            case ADMINISTRATOR -> CaseQueries.Visibility.ALL;
            case MUNICIPAL_STAFF, AUDITOR -> new CaseQueries.Visibility(caller.municipality(), null, null);
            case INITIATIVE_MEMBER -> new CaseQueries.Visibility(null, caller.initiative(), null);
            case FACILITATOR -> new CaseQueries.Visibility(null, null, caller.personId());
            case RESEARCHER -> throw new IllegalStateException("refused by requireCaseReader");
        };
    }
}
