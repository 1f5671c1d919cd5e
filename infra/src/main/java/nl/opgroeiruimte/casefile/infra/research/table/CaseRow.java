package nl.opgroeiruimte.casefile.infra.research.table;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;

/**
 * One case as research compares cases (003 compared 70 initiatives by municipality size, legal form, route
 * and the agreements reached): its parties, how it is shaped, when it reached each step, how often things
 * happened, and how long it spent in each stop-go status. Exact values, as known now; what a researcher
 * gets of them depends on the anonymity level ({@link CaseTable}).
 *
 * @param firstSigned the day the first agreement of each kind was signed (renewals and amendments not counted)
 * @param daysInStatus days from the request to the closure (or the end of the period) per indicator status
 */
public record CaseRow(
        String caseId,
        String municipality,
        String province,
        SizeClass sizeClass,
        String initiative,
        LegalForm legalForm,
        CooperationRoute route,
        Set<GovernmentRole> governmentRoles,
        ProcessPhase phase,
        String status,
        LocalDate requestedOn,
        LocalDate grantedOn,
        Map<AgreementKind, LocalDate> firstSigned,
        LocalDate closedOn,
        int meetings,
        int breaches,
        int handovers,
        int handoversMissing,
        Map<String, Integer> daysInStatus) {

    /** The first agreement of any kind. */
    public LocalDate firstAgreementOn() {
        return firstSigned.values().stream().min(LocalDate::compareTo).orElse(null);
    }

    /** Days from the request to {@code day}, or null when either is unknown. */
    public Integer daysFromRequest(LocalDate day) {
        return requestedOn == null || day == null ? null : (int) ChronoUnit.DAYS.between(requestedOn, day);
    }

    /** Days from the grant to {@code day}, or null when either is unknown. */
    public Integer daysFromGrant(LocalDate day) {
        return grantedOn == null || day == null ? null : (int) ChronoUnit.DAYS.between(grantedOn, day);
    }

    /** Whether the case ended, matured or stopped. */
    public boolean closed() {
        return closedOn != null;
    }
}
