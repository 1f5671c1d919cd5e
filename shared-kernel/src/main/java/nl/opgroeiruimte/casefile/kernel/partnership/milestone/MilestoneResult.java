package nl.opgroeiruimte.casefile.kernel.partnership.milestone;

/** How a milestone turned out at its moment (001, piketpaaltjes). */
public enum MilestoneResult {
    MET,
    PARTLY_MET,
    NOT_MET
}
