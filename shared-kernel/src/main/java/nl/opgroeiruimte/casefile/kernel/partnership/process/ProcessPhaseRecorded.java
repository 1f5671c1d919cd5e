package nl.opgroeiruimte.casefile.kernel.partnership.process;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** From {@code occurredOn} the case is in this phase of the municipal process. */
@Revision("1")
public record ProcessPhaseRecorded(String caseId, Actor actor, LocalDate occurredOn, ProcessPhase phase, String note)
        implements CaseEvent {}
