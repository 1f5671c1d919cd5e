package nl.opgroeiruimte.casefile.kernel.partnership.role;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A key role became vacant. */
@Revision("1")
public record RoleVacated(
        String caseId, Actor actor, LocalDate occurredOn, CaseRole role, String previousHolder, String reason)
        implements CaseEvent {}
