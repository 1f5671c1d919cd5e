package nl.opgroeiruimte.casefile.kernel.partnership.track;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** The track was stopped. */
@Revision("1")
public record CaseStopped(String caseId, Actor actor, LocalDate occurredOn, String reason) implements CaseEvent {}
