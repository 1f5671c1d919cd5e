package nl.opgroeiruimte.casefile.query.research;

import java.time.Instant;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail;
import nl.opgroeiruimte.casefile.query.indicators.CaseIndicators;

/**
 * One step of a case replayed event by event: after fact {@code afterEvent} of {@code eventCount} (in the
 * order they happened), that fact, and the audit trail and stop-go indicators as they stood then.
 * {@code previous} and {@code next} are the neighbouring steps, absent at either end.
 */
public record CaseReplay(
        String caseId,
        int eventCount,
        int afterEvent,
        LocalDate asOf,
        Step event,
        Integer previous,
        Integer next,
        AuditTrail auditTrail,
        CaseIndicators indicators) {

    /** The fact of this step: what happened, when, when it was recorded, and who did it for whom. */
    public record Step(
            int number,
            String eventId,
            String kind,
            LocalDate occurredOn,
            Instant recordedAt,
            String actorPersonId,
            ActorRole actorRole,
            Party onBehalfOf,
            String summary,
            String summaryNl) {}
}
