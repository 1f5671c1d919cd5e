package nl.opgroeiruimte.casefile.query.indicators;

import java.time.LocalDate;
import java.util.List;

/** The stop-go status of one case as of a day, with every reason and the events behind it. */
public record CaseIndicators(
        String caseId, LocalDate asOf, IndicatorStatus status, boolean closed, List<Reason> reasons) {}
