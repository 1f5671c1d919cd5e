package nl.opgroeiruimte.casefile.kernel.partnership.question;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** One party asked the other ({@code addressedTo}) a question; it is open until answered or withdrawn. */
@Revision("1")
public record QuestionAsked(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String questionId,
        Actor askedBy,
        Party addressedTo,
        QuestionTopic topic,
        String question)
        implements CaseEvent {}
