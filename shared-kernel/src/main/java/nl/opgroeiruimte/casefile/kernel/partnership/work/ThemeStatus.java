package nl.opgroeiruimte.casefile.kernel.partnership.work;

/** How far a theme is clarified. */
public enum ThemeStatus {
    OPEN,
    PARTLY_CLARIFIED,
    CLARIFIED
}
