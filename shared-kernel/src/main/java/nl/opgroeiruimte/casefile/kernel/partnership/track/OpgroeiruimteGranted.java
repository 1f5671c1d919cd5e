package nl.opgroeiruimte.casefile.kernel.partnership.track;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** Opgroeiruimte was granted: from here the exclusivity holds for its scope and period. */
@Revision("1")
public record OpgroeiruimteGranted(
        String caseId, Actor actor, LocalDate occurredOn, Preconditions preconditions, Exclusivity exclusivity)
        implements CaseEvent {}
