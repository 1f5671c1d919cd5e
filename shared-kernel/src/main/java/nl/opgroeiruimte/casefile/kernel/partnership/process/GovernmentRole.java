package nl.opgroeiruimte.casefile.kernel.partnership.process;

/**
 * The four roles of government (002, from NSOB: rechtmatig, presterend, netwerkend, responsief). They
 * are stacked, not chosen: a municipality takes a set of them in a case.
 */
public enum GovernmentRole {
    LAWFUL,
    PERFORMING,
    NETWORKING,
    RESPONSIVE
}
