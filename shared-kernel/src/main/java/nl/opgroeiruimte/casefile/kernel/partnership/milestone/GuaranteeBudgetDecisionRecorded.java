package nl.opgroeiruimte.casefile.kernel.partnership.milestone;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** The budget behind a milestone's guarantee was decided: {@code decisionId} is the decision of the case. */
@Revision("1")
public record GuaranteeBudgetDecisionRecorded(
        String caseId, Actor actor, LocalDate occurredOn, String milestoneId, String decisionId) implements CaseEvent {}
