package nl.opgroeiruimte.casefile.kernel.partnership.process;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** From {@code occurredOn} the case is about these neighbourhoods (the list replaces the earlier one). */
@Revision("1")
public record NeighbourhoodsRecorded(
        String caseId, Actor actor, LocalDate occurredOn, List<Neighbourhood> neighbourhoods) implements CaseEvent {}
