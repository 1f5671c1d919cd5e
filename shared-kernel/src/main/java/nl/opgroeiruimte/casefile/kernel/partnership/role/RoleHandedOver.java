package nl.opgroeiruimte.casefile.kernel.partnership.role;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A key role passed to a successor. */
@Revision("1")
public record RoleHandedOver(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        CaseRole role,
        String previousHolder,
        String successorId,
        String department,
        Handover handover) implements CaseEvent {
}
