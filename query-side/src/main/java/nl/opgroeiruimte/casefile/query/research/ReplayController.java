package nl.opgroeiruimte.casefile.query.research;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail;
import nl.opgroeiruimte.casefile.query.audit.AuditTrailService;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorService;
import nl.opgroeiruimte.casefile.query.research.CaseReplay.Step;
import nl.opgroeiruimte.casefile.query.timeline.Summaries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A researcher steps through a case: the state after event N (in the order the facts happened), or as of
 * a date, with the audit trail and the indicators of that moment. The same fold as every as-of answer
 * (docs/as-of-design.md), so a replay never disagrees with the audit trail.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "research replay", description = "A case replayed event by event")
public class ReplayController {
    private final CaseHistory history;
    private final AuditTrailService auditTrail;
    private final IndicatorService indicators;
    private final Summaries summaries;

    private final CaseAccess access;
    private final CurrentCaller callers;

    public ReplayController(
            CaseHistory history,
            AuditTrailService auditTrail,
            IndicatorService indicators,
            Summaries summaries,
            CaseAccess access,
            CurrentCaller callers) {
        this.access = access;
        this.callers = callers;
        this.summaries = summaries;
        this.history = history;
        this.auditTrail = auditTrail;
        this.indicators = indicators;
    }

    @GetMapping("/cases/{caseId}/replay")
    @Operation(
            summary =
                    "The case after its N-th fact (afterEvent=1..eventCount, in the order they happened) or as of a date",
            description = "Gives that fact, the audit trail and the stop-go indicators as they stood then, and the "
                    + "neighbouring steps. Without parameters: the first step.")
    public CaseReplay replay(
            @PathVariable String caseId,
            @RequestParam(required = false) @Min(1) Integer afterEvent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        // the case's readers see it as it is; a researcher replays any case, pseudonymised on the way out
        // (people as pseudonyms, free text withheld: ResearcherReplayAdvice), as in their exports
        if (callers.require().role() != CallerRole.RESEARCHER) access.requireRead(caseId);
        if (afterEvent != null && asOf != null) {
            throw new InvalidResearchQuery("one-position", "afterEvent", "Give afterEvent or asOf, not both");
        }
        List<RecordedEvent> events = history.ofCaseInOccurrenceOrder(caseId);
        int count = events.size();
        if (asOf != null) {
            int n = (int) events.stream()
                    .filter(e -> e.occurredOn() == null || !e.occurredOn().isAfter(asOf))
                    .count();
            return new CaseReplay(
                    caseId,
                    count,
                    n,
                    asOf,
                    n == 0 ? null : step(events, n),
                    n > 1 ? n - 1 : null,
                    n < count ? n + 1 : null,
                    auditTrail.auditTrail(caseId, asOf, AuditTrail.View.AS_KNOWN_NOW),
                    indicators.evaluate(caseId, asOf));
        }
        int n = afterEvent == null ? 1 : afterEvent;
        if (n > count) throw new UnknownEntity("replay step", String.valueOf(n));
        Step step = step(events, n);
        return new CaseReplay(
                caseId,
                count,
                n,
                step.occurredOn(),
                step,
                n > 1 ? n - 1 : null,
                n < count ? n + 1 : null,
                auditTrail.auditTrailAfter(caseId, n),
                indicators.evaluateAfter(caseId, n));
    }

    private Step step(List<RecordedEvent> events, int number) {
        RecordedEvent event = events.get(number - 1);
        CaseFileEvent fact = (CaseFileEvent) event.payload();
        Summaries.Summary summary = summaries.of(fact);
        return new Step(
                number,
                event.eventId(),
                event.kind(),
                event.occurredOn(),
                event.recordedAt(),
                fact.actor().personId(),
                fact.actor().role(),
                fact.actor().party(),
                summary.en(),
                summary.nl());
    }
}
