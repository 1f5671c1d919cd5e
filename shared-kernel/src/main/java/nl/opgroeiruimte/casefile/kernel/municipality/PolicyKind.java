package nl.opgroeiruimte.casefile.kernel.municipality;

/** The instrument in which the municipality anchors its policy (001: in policy and in the budget). */
public enum PolicyKind {
    POLICY_DOCUMENT,
    PROGRAMME,
    COALITION_AGREEMENT,
    REGULATION,
    BUDGET
}
