package nl.opgroeiruimte.casefile.kernel.partnership.track;

/** The dates in a case that pass by themselves, each recorded by the case file when it has passed. */
public enum DeadlineKind {
    /** The exclusivity ran out ({@code ExclusivityPeriodEnded}). */
    EXCLUSIVITY_ENDS,
    /** An agreement reached its end unrenewed ({@code AgreementExpired}). */
    AGREEMENT_EXPIRES,
    /** A milestone's due date passed without an outcome ({@code MilestoneDueDatePassed}). */
    MILESTONE_DUE
}
