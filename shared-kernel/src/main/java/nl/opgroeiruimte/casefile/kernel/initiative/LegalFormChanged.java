package nl.opgroeiruimte.casefile.kernel.initiative;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import org.axonframework.serialization.Revision;

/** The initiative has had another legal form since {@code occurredOn}. */
@Revision("1")
public record LegalFormChanged(
        String initiativeId,
        Actor actor,
        LocalDate occurredOn,
        LegalForm previousLegalForm,
        LegalForm legalForm,
        String chamberOfCommerceNumber,
        String deedReference)
        implements InitiativeEvent {}
