package nl.opgroeiruimte.casefile.kernel.partnership.milestone;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A milestone was planned with its guarantee. */
@Revision("1")
public record MilestonePlanned(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String milestoneId,
        String title,
        LocalDate dueDate,
        MilestoneOwners owners,
        Guarantee guarantee)
        implements CaseEvent {}
