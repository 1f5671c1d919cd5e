package nl.opgroeiruimte.casefile.kernel.common;

import java.time.LocalDate;

/**
 * What every event keeps: who acted, on whose behalf and in which role, and when it happened in the
 * world. When it was recorded is in the event's metadata and timestamp.
 */
public interface CaseFileEvent {
    Actor actor();

    LocalDate occurredOn();
}
