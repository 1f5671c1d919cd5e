package nl.opgroeiruimte.casefile.query.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;
import nl.opgroeiruimte.casefile.kernel.common.Recorder;

/**
 * One fact of a case file as the read side sees it: what happened ({@code payload}), when it happened
 * in the world ({@code occurredOn}), and when, in which order and by whom it was recorded ({@code recorder}
 * is null for events recorded before recorders were kept).
 */
public record RecordedEvent(
        String eventId, String aggregateId, long sequence, Instant recordedAt, Object payload, Recorder recorder) {

    public RecordedEvent(String eventId, String aggregateId, long sequence, Instant recordedAt, Object payload) {
        this(eventId, aggregateId, sequence, recordedAt, payload, null);
    }

    public LocalDate occurredOn() {
        return payload instanceof CaseFileEvent e ? e.occurredOn() : null;
    }

    public LocalDate recordedOn(ZoneId zone) {
        return recordedAt.atZone(zone).toLocalDate();
    }

    /** The kind of event in the API's words: {@code MilestonePlanned} is {@code milestone-planned}. */
    public String kind() {
        return kindOf(payload.getClass());
    }

    public static String kindOf(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
