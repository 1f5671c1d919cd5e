package nl.opgroeiruimte.casefile.kernel.partnership.process;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/**
 * The municipality started a tender or market consultation on the case's scope. When it breached the
 * exclusivity, {@code exclusivityBreachId} names the {@code ExclusivityBreached} recorded with it (the
 * approach's own id); otherwise it is null.
 */
@Revision("1")
public record MarketApproachRecorded(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String approachId,
        MarketApproachKind kind,
        String description,
        String reference,
        String exclusivityBreachId)
        implements CaseEvent {}
