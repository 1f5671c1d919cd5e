package nl.opgroeiruimte.casefile.query.timeline;

import java.time.Instant;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Party;

/**
 * One fact on a case's timeline: what ({@code kind}, {@code summary}), when it happened and when it was
 * recorded, who acted ({@code actorName} is the placeholder once that person's data is erased), on whose
 * behalf and in which role. {@code recordedLate} marks facts recorded long after they happened;
 * the recorder is who put the fact in the file (a signed-in person, the case file itself, or an import).
 */
public record TimelineEntry(
        String eventId,
        String kind,
        String summary,
        String summaryNl,
        LocalDate occurredOn,
        Instant recordedAt,
        boolean recordedLate,
        String actorPersonId,
        String actorName,
        Party onBehalfOf,
        String actorRole,
        String source,
        String recorderKind,
        String recorderPersonId,
        String recorderName,
        String recorderSource) {

    /** Brought in from outside the case file: recorded here on import, not late by anyone. */
    public boolean imported() {
        return "import".equals(recorderKind);
    }
}
