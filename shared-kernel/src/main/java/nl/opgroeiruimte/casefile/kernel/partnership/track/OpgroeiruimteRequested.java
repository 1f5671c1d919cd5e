package nl.opgroeiruimte.casefile.kernel.partnership.track;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** Opgroeiruimte was asked for; the case exists from here on. */
@Revision("1")
public record OpgroeiruimteRequested(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String municipality,
        String initiative,
        Scope scope,
        String motivation)
        implements CaseEvent {}
