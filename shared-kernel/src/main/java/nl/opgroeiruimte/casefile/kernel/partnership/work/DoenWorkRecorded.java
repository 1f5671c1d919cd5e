package nl.opgroeiruimte.casefile.kernel.partnership.work;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** Work on a DOEN part was recorded. */
@Revision("1")
public record DoenWorkRecorded(String caseId, Actor actor, LocalDate occurredOn, DoenPart part, String description)
        implements CaseEvent {}
