package nl.opgroeiruimte.casefile.kernel.municipality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import org.axonframework.serialization.Revision;

/**
 * From {@code occurredOn} the municipality takes this approach in the neighbourhood (it replaces the
 * earlier approach for that neighbourhood). {@code governmentRoles} and {@code wijkkompas} are empty, not
 * null, when not given.
 */
@Revision("1")
public record NeighbourhoodApproachRecorded(
        String cbsCode,
        Actor actor,
        LocalDate occurredOn,
        String approachId,
        Neighbourhood neighbourhood,
        Set<GovernmentRole> governmentRoles,
        String role,
        NeighbourhoodGoals goals,
        PartnershipIntensity intensity,
        List<WijkkompasWork> wijkkompas,
        String considerations)
        implements MunicipalityEvent {}
