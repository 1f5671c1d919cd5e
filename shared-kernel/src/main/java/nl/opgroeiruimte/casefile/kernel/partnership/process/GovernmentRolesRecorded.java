package nl.opgroeiruimte.casefile.kernel.partnership.process;

import java.time.LocalDate;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** From {@code occurredOn} the municipality takes this set of government roles in the case (it replaces the earlier set). */
@Revision("1")
public record GovernmentRolesRecorded(
        String caseId, Actor actor, LocalDate occurredOn, Set<GovernmentRole> roles, String considerations)
        implements CaseEvent {}
