package nl.opgroeiruimte.casefile.query.cases;

import java.time.LocalDate;

/**
 * A case in a list: its parties, scope, lifecycle status, latest activity, and the phase of the municipal
 * process it is in since {@code phaseSince} (002; null until a phase is recorded).
 */
public record CaseSummary(
        String caseId,
        String municipality,
        String initiative,
        String activity,
        String area,
        String status,
        LocalDate requestedOn,
        LocalDate grantedOn,
        LocalDate closedOn,
        LocalDate lastEventOn,
        int eventCount,
        String phase,
        LocalDate phaseSince) {}
