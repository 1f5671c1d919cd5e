package nl.opgroeiruimte.casefile.query.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The early warning: stop-go status and reasons of a case, its history, and counts per status. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "indicators", description = "Stop-go risk indicators")
public class IndicatorController {
    private final IndicatorService indicators;
    private final IndicatorQueries queries;

    private final CaseAccess access;

    public IndicatorController(IndicatorService indicators, IndicatorQueries queries, CaseAccess access) {
        this.access = access;
        this.indicators = indicators;
        this.queries = queries;
    }

    @GetMapping("/cases/{caseId}/indicators")
    @Operation(summary = "Status (go, attention, stop-risk) and every reason, as of asOf (default today)")
    public CaseIndicators indicators(
            @PathVariable String caseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        access.requireRead(caseId);
        return indicators.evaluate(caseId, asOf);
    }

    @GetMapping("/cases/{caseId}/indicators/history")
    @Operation(summary = "Every change of status, with its reasons, from the request up to 'until' (default today)")
    public List<StatusChange> history(
            @PathVariable String caseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
        access.requireRead(caseId);
        return indicators.history(caseId, until);
    }

    /** Rules as configured: id, description, source. */
    public record RuleDescription(String id, String description, String source) {}

    @GetMapping("/indicator-rules")
    @Operation(summary = "The stop-go rules: id, what they look for, and their source")
    public List<RuleDescription> rules() {
        return indicators.rules().stream()
                .map(r -> new RuleDescription(r.id(), r.description(), r.source()))
                .toList();
    }

    /** Counts of cases per status, per municipality and in total. */
    public record IndicatorCounts(Map<String, Long> total, Map<String, Map<String, Long>> perMunicipality) {}

    @GetMapping("/indicator-counts")
    @Operation(summary = "Cases per stop-go status for the country, or for one municipality")
    public IndicatorCounts counts(
            @RequestParam(required = false) @Pattern(regexp = CbsCode.PATTERN) String municipality) {
        // the country for administrators; a municipality for its own staff and auditors
        Caller caller = access.requireCaseReader();
        if (!caller.isAdministrator()) {
            municipality = municipality != null ? municipality : caller.municipality();
            if (municipality == null) throw new NotPermitted("Counts are for a municipality's staff and auditors");
            access.requireMunicipality(municipality);
        }
        Map<String, Map<String, Long>> per = queries.countsPerMunicipality(municipality);
        return new IndicatorCounts(queries.totals(per), per);
    }
}
