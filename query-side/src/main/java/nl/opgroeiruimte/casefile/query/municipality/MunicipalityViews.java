package nl.opgroeiruimte.casefile.query.municipality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.municipality.AdoptingBody;
import nl.opgroeiruimte.casefile.kernel.municipality.DepartureReason;
import nl.opgroeiruimte.casefile.kernel.municipality.PolicyKind;
import nl.opgroeiruimte.casefile.kernel.municipality.SeatsWon;

/** What the query API shows of municipalities. */
public final class MunicipalityViews {
    private MunicipalityViews() {}

    /** A municipality of the reference list, and whether (since when) it is registered in the case file. */
    public record MunicipalityListItem(String cbsCode, String name, boolean registered, LocalDate registeredOn) {}

    /** One municipality with its elections, the colleges in office over time and its adopted policy. */
    public record MunicipalityView(
            String cbsCode,
            String name,
            boolean registered,
            LocalDate registeredOn,
            List<ElectionView> elections,
            List<CollegeView> colleges,
            List<PolicyView> policies) {}

    public record ElectionView(
            LocalDate electionDate,
            LocalDate establishedOn,
            boolean nationalElectionDay,
            List<SeatsWon> seats,
            Integer totalSeats) {}

    /** A college in office from {@code installedOn} until the next one was installed ({@code until}, absent while in office). */
    public record CollegeView(
            String collegeId, LocalDate installedOn, LocalDate until, boolean inOffice, List<MemberView> members) {}

    public enum Office {
        MAYOR,
        ALDERMAN
    }

    /**
     * A seat in a college, held from {@code from} until {@code until} (a departure, or the end of the
     * college). {@code displayName} comes from the people register at the moment of reading.
     */
    public record MemberView(
            String personId,
            String displayName,
            Office office,
            List<String> portfolios,
            String politicalParty,
            LocalDate from,
            LocalDate until,
            DepartureReason departureReason,
            String departureNote) {}

    public record PolicyView(
            String policyId,
            LocalDate adoptedOn,
            PolicyKind kind,
            String title,
            AdoptingBody adoptedBy,
            boolean opgroeiruimteIncluded,
            BigDecimal reservedBudgetInEuros,
            String documentReference) {}
}
