package nl.opgroeiruimte.casefile.kernel.partnership.process;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A municipal process (tender, plan, permit) was put on hold for the case. */
@Revision("1")
public record MunicipalProcessHeld(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String holdId,
        HeldProcessKind process,
        String description,
        String reference)
        implements CaseEvent {}
