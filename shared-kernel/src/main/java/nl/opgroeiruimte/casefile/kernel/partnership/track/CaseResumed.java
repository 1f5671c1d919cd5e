package nl.opgroeiruimte.casefile.kernel.partnership.track;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A paused track resumed. */
@Revision("1")
public record CaseResumed(String caseId, Actor actor, LocalDate occurredOn, String note) implements CaseEvent {}
