package nl.opgroeiruimte.casefile.kernel.partnership.question;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A question answered "later" was followed up. */
@Revision("1")
public record QuestionFollowedUp(String caseId, Actor actor, LocalDate occurredOn, String questionId, String note)
        implements CaseEvent {}
