package nl.opgroeiruimte.casefile.kernel.common;

import java.time.LocalDate;

/** What every command of the case file carries: who issues it and when it happened in the world. */
public interface CaseFileCommand {
    Actor actor();

    LocalDate occurredOn();
}
