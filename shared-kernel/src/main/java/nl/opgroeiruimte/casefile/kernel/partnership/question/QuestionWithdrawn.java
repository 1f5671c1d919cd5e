package nl.opgroeiruimte.casefile.kernel.partnership.question;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A question was withdrawn by the side that asked it; it takes no answer or follow-up after this. */
@Revision("1")
public record QuestionWithdrawn(String caseId, Actor actor, LocalDate occurredOn, String questionId, String reason)
        implements CaseEvent {}
