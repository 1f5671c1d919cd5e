package nl.opgroeiruimte.casefile.query.cases;

import java.time.LocalDate;

/** A case in a list: its parties, scope, lifecycle status and latest activity. */
public record CaseSummary(String caseId, String municipality, String initiative, String activity, String area,
                          String status, LocalDate requestedOn, LocalDate grantedOn, LocalDate closedOn,
                          LocalDate lastEventOn, int eventCount) {
}
