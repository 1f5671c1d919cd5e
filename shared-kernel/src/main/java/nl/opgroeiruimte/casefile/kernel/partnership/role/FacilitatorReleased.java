package nl.opgroeiruimte.casefile.kernel.partnership.role;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A facilitator stepped back. */
@Revision("1")
public record FacilitatorReleased(String caseId, Actor actor, LocalDate occurredOn, String personId, String reason)
        implements CaseEvent {}
