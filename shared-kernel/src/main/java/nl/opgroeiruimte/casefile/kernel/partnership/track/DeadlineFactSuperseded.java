package nl.opgroeiruimte.casefile.kernel.partnership.track;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/**
 * A fact the case file recorded when a date passed ({@link DeadlineFact}: a due date passed without an
 * outcome, an agreement expired, the exclusivity ended) is no longer true: a fact recorded later, that
 * happened on or before that date, made it untrue (an outcome met before the due date, a renewal before
 * the end, a closure before the date passed). The earlier fact stays in the store; every view leaves it
 * out from the moment this is recorded, and the timeline shows it as superseded by this.
 *
 * @param occurredOn   the day the later fact happened: on or before {@code lastDay}
 * @param deadline     which kind of date the superseded fact recorded
 * @param subject      the milestone id, the agreement id, or the case id for the exclusivity
 * @param lastDay      the last day the superseded fact named (its due date, end, or the exclusivity's end)
 * @param supersededBy which later fact
 */
@Revision("1")
public record DeadlineFactSuperseded(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        DeadlineKind deadline,
        String subject,
        LocalDate lastDay,
        SupersedingFact supersededBy)
        implements CaseEvent {

    /** The key of the fact it supersedes ({@link DeadlineFact#deadlineKey()}). */
    public String deadlineKey() {
        return DeadlineFact.keyOf(deadline, subject, lastDay);
    }
}
