package nl.opgroeiruimte.casefile.query.indicators;

import java.time.LocalDate;
import java.util.List;

/**
 * From {@code from} on, the case had this status for these reasons (until the next change); {@code closed}
 * from the day it matured or stopped, so that a closure shows in the history even when the status stays go.
 */
public record StatusChange(
        LocalDate from, IndicatorStatus status, boolean closed, List<String> rules, List<Reason> reasons) {}
