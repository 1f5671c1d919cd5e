package nl.opgroeiruimte.casefile.kernel.initiative;

import java.time.LocalDate;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import org.axonframework.serialization.Revision;

/** A resident initiative was registered. */
@Revision("1")
public record InitiativeRegistered(
        String initiativeId,
        Actor actor,
        LocalDate occurredOn,
        String name,
        LegalForm legalForm,
        String chamberOfCommerceNumber,
        WorkingArea workingArea,
        Set<Domain> domains)
        implements InitiativeEvent {}
