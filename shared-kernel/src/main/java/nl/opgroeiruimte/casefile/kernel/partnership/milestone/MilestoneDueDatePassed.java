package nl.opgroeiruimte.casefile.kernel.partnership.milestone;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineFact;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineKind;
import org.axonframework.serialization.Revision;

/** A milestone's due date passed without a recorded outcome: from {@code occurredOn} it is overdue. */
@Revision("1")
public record MilestoneDueDatePassed(
        String caseId, Actor actor, LocalDate occurredOn, String milestoneId, LocalDate dueDate)
        implements CaseEvent, DeadlineFact {

    @Override
    public DeadlineKind deadline() {
        return DeadlineKind.MILESTONE_DUE;
    }

    @Override
    public String subject() {
        return milestoneId;
    }

    @Override
    public LocalDate lastDay() {
        return dueDate;
    }
}
