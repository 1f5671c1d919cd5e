package nl.opgroeiruimte.casefile.kernel.partnership.funding;

/** Where money comes from. */
public enum FundingSource {
    MUNICIPAL,
    PROVINCIAL,
    NATIONAL,
    EUROPEAN,
    PRIVATE,
    OTHER
}
