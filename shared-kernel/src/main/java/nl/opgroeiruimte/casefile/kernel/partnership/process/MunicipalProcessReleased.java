package nl.opgroeiruimte.casefile.kernel.partnership.process;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A municipal process put on hold for the case was released. */
@Revision("1")
public record MunicipalProcessReleased(String caseId, Actor actor, LocalDate occurredOn, String holdId, String reason)
        implements CaseEvent {}
