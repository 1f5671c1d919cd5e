package nl.opgroeiruimte.casefile.kernel.partnership.track;

/** The later facts that can make a {@link DeadlineFact} untrue when they happened on or before its date. */
public enum SupersedingFact {
    MILESTONE_OUTCOME_RECORDED,
    MILESTONE_RESCHEDULED,
    AGREEMENT_RENEWED,
    AGREEMENT_TERMINATED,
    CASE_STOPPED,
    MATURITY_DECLARED;

    /** In the API's words, as the event's kind: {@code milestone-outcome-recorded}. */
    public String kind() {
        return name().toLowerCase().replace('_', '-');
    }
}
