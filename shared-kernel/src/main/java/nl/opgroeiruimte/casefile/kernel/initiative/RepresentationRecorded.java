package nl.opgroeiruimte.casefile.kernel.initiative;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import org.axonframework.serialization.Revision;

/** How far the initiative represented its area on {@code occurredOn}, and with which board mandate. */
@Revision("1")
public record RepresentationRecorded(
        String initiativeId,
        Actor actor,
        LocalDate occurredOn,
        String representationId,
        int members,
        Integer householdsInArea,
        BoardMandate boardMandate,
        String note)
        implements InitiativeEvent {}
