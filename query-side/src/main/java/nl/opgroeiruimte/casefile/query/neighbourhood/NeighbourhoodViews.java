package nl.opgroeiruimte.casefile.query.neighbourhood;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.municipality.NeighbourhoodGoals;
import nl.opgroeiruimte.casefile.kernel.municipality.PartnershipIntensity;
import nl.opgroeiruimte.casefile.kernel.municipality.WijkkompasWork;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail.PersonRef;

/** What the neighbourhood queries answer: the municipality's approach per neighbourhood, and its cases grouped by neighbourhood. */
public final class NeighbourhoodViews {
    private NeighbourhoodViews() {}

    /** The approaches of a municipality in force on {@code asOf}, one per neighbourhood. */
    public record NeighbourhoodApproaches(String municipality, LocalDate asOf, List<ApproachView> approaches) {}

    /**
     * One version of the approach for a neighbourhood, in force from {@code since}; {@code earlierVersions}
     * are the versions it replaced (up to the date asked about), oldest first.
     */
    public record ApproachView(
            String approachId,
            Neighbourhood neighbourhood,
            LocalDate since,
            List<GovernmentRole> governmentRoles,
            String role,
            NeighbourhoodGoals goals,
            PartnershipIntensity intensity,
            List<WijkkompasWork> wijkkompas,
            String considerations,
            PersonRef recordedBy,
            String eventId,
            List<VersionRef> earlierVersions) {}

    public record VersionRef(String approachId, LocalDate since, PartnershipIntensity intensity, String eventId) {}

    /**
     * A municipality's cases as they stood on {@code asOf}, grouped by the neighbourhoods they were about
     * then, next to the approach in force for each neighbourhood. A case about several neighbourhoods
     * appears in each; cases without recorded neighbourhoods are listed apart.
     */
    public record NeighbourhoodOverview(
            String municipality,
            LocalDate asOf,
            List<NeighbourhoodGroup> neighbourhoods,
            List<CaseInNeighbourhood> casesWithoutNeighbourhood) {}

    /** A neighbourhood with the approach in force (null when none was recorded) and the cases about it. */
    public record NeighbourhoodGroup(
            Neighbourhood neighbourhood, ApproachView approach, List<CaseInNeighbourhood> cases) {}

    /**
     * A case as of the date: its status and phase then, and since when it was about its neighbourhoods
     * ({@code neighbourhoodsSince}, null when it names none).
     */
    public record CaseInNeighbourhood(
            String caseId,
            String initiative,
            String activity,
            String area,
            String status,
            String phase,
            LocalDate phaseSince,
            LocalDate neighbourhoodsSince) {}
}
