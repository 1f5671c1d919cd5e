package nl.opgroeiruimte.casefile.kernel.partnership.work;

/** The four VERHELDEREN themes (001). */
public enum Theme {
    REPRESENTATION,
    ROLES,
    RESILIENT_COOPERATION,
    FINANCING
}
