package nl.opgroeiruimte.casefile.query.timeline;

import java.time.Instant;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Party;

/**
 * One fact on a case's timeline: what ({@code kind}, {@code summary}), when it happened and when it was
 * recorded, who acted ({@code actorName} is the placeholder once that person's data is erased), on whose
 * behalf and in which role. {@code recordedLate} marks facts recorded long after they happened;
 * the recorder is who put the fact in the file (a signed-in person, the case file itself, or an import).
 * {@code supersededBy} is set on a fact the case file recorded when a date passed and that a fact recorded
 * later made untrue (docs/as-of-design.md, "Time passing never contradicts the facts").
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
        String recorderSource,
        Supersession supersededBy) {

    /**
     * What made a fact the case file recorded when a date passed untrue: a fact recorded later ({@code kind},
     * e.g. {@code milestone-outcome-recorded}) that happened on {@code occurredOn}, on or before that date, and
     * the supersession recorded with it at {@code recordedAt}. The superseded fact stays on the timeline.
     */
    public record Supersession(String kind, LocalDate occurredOn, Instant recordedAt, String eventId) {}

    /** Brought in from outside the case file: recorded here on import, not late by anyone. */
    public boolean imported() {
        return "import".equals(recorderKind);
    }

    /** History from before the case file existed, taken over from {@code recorderSource}: not late by anyone. */
    public boolean backfilled() {
        return "backfill".equals(recorderKind);
    }
}
