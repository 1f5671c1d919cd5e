package nl.opgroeiruimte.casefile.kernel.partnership.milestone;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A milestone was rescheduled. */
@Revision("1")
public record MilestoneRescheduled(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String milestoneId,
        LocalDate previousDueDate,
        LocalDate newDueDate,
        String reason)
        implements CaseEvent {}
