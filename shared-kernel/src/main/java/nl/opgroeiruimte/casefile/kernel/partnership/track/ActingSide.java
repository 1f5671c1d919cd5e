package nl.opgroeiruimte.casefile.kernel.partnership.track;

/** Who took a step that ends something: the municipality, the initiative, or both together. */
public enum ActingSide {
    MUNICIPALITY,
    INITIATIVE,
    BOTH
}
