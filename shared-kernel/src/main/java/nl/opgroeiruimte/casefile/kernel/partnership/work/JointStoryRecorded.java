package nl.opgroeiruimte.casefile.kernel.partnership.work;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** The joint story was recorded. */
@Revision("1")
public record JointStoryRecorded(
        String caseId, Actor actor, LocalDate occurredOn, String story, String documentReference)
        implements CaseEvent {}
