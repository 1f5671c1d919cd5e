package nl.opgroeiruimte.casefile.kernel.partnership.milestone;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** The outcome of a milestone was recorded. */
@Revision("1")
public record MilestoneOutcomeRecorded(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String milestoneId,
        MilestoneResult result,
        Boolean continuationDelivered,
        String evaluation)
        implements CaseEvent {}
