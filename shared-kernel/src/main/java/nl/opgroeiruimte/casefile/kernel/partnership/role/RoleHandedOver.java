package nl.opgroeiruimte.casefile.kernel.partnership.role;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/**
 * A key role passed to a successor. Revision 2 names the successor {@code successorPersonId}, as every
 * other fact names a person ({@code personId}, {@code …PersonId}); revision 1 called it
 * {@code successorId} and is read through RoleHandedOverUpcaster.
 */
@Revision("2")
public record RoleHandedOver(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        CaseRole role,
        String previousHolder,
        String successorPersonId,
        String department,
        Handover handover)
        implements CaseEvent {}
