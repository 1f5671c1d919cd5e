package nl.opgroeiruimte.casefile.kernel.partnership.process;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** From {@code occurredOn} the cooperation takes this route, by the decision referred to (it replaces the earlier route). */
@Revision("1")
public record RouteRecorded(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        CooperationRoute route,
        String decisionReference,
        String explanation)
        implements CaseEvent {}
