package nl.opgroeiruimte.casefile.kernel.partnership.exclusivity;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** The exclusivity was breached. */
@Revision("1")
public record ExclusivityBreached(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String breachId,
        Party committedBy,
        String what,
        String source)
        implements CaseEvent {}
