package nl.opgroeiruimte.casefile.kernel.partnership.exclusivity;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A breach of exclusivity was resolved. */
@Revision("1")
public record ExclusivityBreachResolved(
        String caseId, Actor actor, LocalDate occurredOn, String breachId, String resolution) implements CaseEvent {}
