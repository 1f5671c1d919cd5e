package nl.opgroeiruimte.casefile.kernel.partnership.exclusivity;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** The exclusivity was extended: it held until {@code previousUntil} and now holds until {@code newUntil}. */
@Revision("1")
public record ExclusivityExtended(
        String caseId, Actor actor, LocalDate occurredOn, LocalDate previousUntil, LocalDate newUntil, String reason)
        implements CaseEvent {}
