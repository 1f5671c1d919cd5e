package nl.opgroeiruimte.casefile.kernel.partnership.track;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** The partnership was declared mature; the opgroeiruimte track ends successfully. */
@Revision("1")
public record MaturityDeclared(String caseId, Actor actor, LocalDate occurredOn, String justification)
        implements CaseEvent {}
