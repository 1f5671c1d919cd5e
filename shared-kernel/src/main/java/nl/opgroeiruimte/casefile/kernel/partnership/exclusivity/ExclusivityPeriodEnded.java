package nl.opgroeiruimte.casefile.kernel.partnership.exclusivity;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** The exclusivity granted with opgroeiruimte ran out: it held until {@code until}, and not on {@code occurredOn}. */
@Revision("1")
public record ExclusivityPeriodEnded(String caseId, Actor actor, LocalDate occurredOn, LocalDate until)
        implements CaseEvent {}
