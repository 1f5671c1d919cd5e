package nl.opgroeiruimte.casefile.kernel.partnership.exclusivity;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineFact;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineKind;
import org.axonframework.serialization.Revision;

/** The exclusivity granted with opgroeiruimte ran out: it held until {@code until}, and not on {@code occurredOn}. */
@Revision("1")
public record ExclusivityPeriodEnded(String caseId, Actor actor, LocalDate occurredOn, LocalDate until)
        implements CaseEvent, DeadlineFact {

    @Override
    public DeadlineKind deadline() {
        return DeadlineKind.EXCLUSIVITY_ENDS;
    }

    @Override
    public String subject() {
        return caseId;
    }

    @Override
    public LocalDate lastDay() {
        return until;
    }
}
