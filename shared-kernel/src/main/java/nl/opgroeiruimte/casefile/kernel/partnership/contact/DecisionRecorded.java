package nl.opgroeiruimte.casefile.kernel.partnership.contact;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A decision was taken. */
@Revision("1")
public record DecisionRecorded(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String decisionId,
        DecisionBody body,
        String subject,
        String decision,
        String documentReference)
        implements CaseEvent {}
