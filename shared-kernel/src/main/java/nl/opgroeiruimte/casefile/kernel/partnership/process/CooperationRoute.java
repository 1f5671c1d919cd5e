package nl.opgroeiruimte.casefile.kernel.partnership.process;

/**
 * How the cooperation is legally shaped (002, Les 3 "Het aanbestedingsrecht"): a subsidy (a one-sided
 * decision under the Awb), the right to challenge (uitdaagrecht), or one of the five procurement routes
 * of the guide "Burgerinitiatieven {@literal &} het aanbestedingsrecht", in their order there.
 */
public enum CooperationRoute {
    SUBSIDY,
    RIGHT_TO_CHALLENGE,
    /** Route 1: a relatively small public contract awarded one-to-one, without competition. */
    ONE_TO_ONE_AWARD,
    /** Route 2: an intensive cooperation in a separate legal entity under the municipality's supervision. */
    SEPARATE_LEGAL_ENTITY,
    /** Route 3: a tender reserved for civic initiatives. */
    RESERVED_TENDER,
    /** Route 4: a tender made accessible to initiatives (market exploration, lots, local knowledge as a requirement). */
    INITIATIVE_PROOF_TENDER,
    /** Route 5: helping initiatives with tenders (market days, a procurement desk, evaluations). */
    TENDER_SUPPORT
}
