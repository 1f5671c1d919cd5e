package nl.opgroeiruimte.casefile.kernel.partnership.milestone;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A milestone's due date passed without a recorded outcome: from {@code occurredOn} it is overdue. */
@Revision("1")
public record MilestoneDueDatePassed(
        String caseId, Actor actor, LocalDate occurredOn, String milestoneId, LocalDate dueDate) implements CaseEvent {}
