package nl.opgroeiruimte.casefile.kernel.partnership.role;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A person took up a key role. */
@Revision("1")
public record RoleAssigned(
        String caseId, Actor actor, LocalDate occurredOn, CaseRole role, String personId, String department)
        implements CaseEvent {}
