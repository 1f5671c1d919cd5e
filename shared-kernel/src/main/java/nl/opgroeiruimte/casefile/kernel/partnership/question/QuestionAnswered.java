package nl.opgroeiruimte.casefile.kernel.partnership.question;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/**
 * A question was answered now, later or never. {@code previousStatus} is null for the first answer and
 * {@code LATER} when this answer says what became of an earlier "later"; {@code expectedOn} and
 * {@code condition} belong to a "later" only.
 */
@Revision("1")
public record QuestionAnswered(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String questionId,
        Actor answeredBy,
        AnswerStatus status,
        String considerations,
        String mandate,
        LocalDate expectedOn,
        String condition,
        AnswerStatus previousStatus)
        implements CaseEvent {}
