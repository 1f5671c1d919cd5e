package nl.opgroeiruimte.casefile.kernel.partnership.agreement;

/** The rungs of the agreement ladder and its relatives (001, 003, 004). */
public enum AgreementKind {
    PLAN_OF_APPROACH(true),
    INTENT_AGREEMENT(true),
    COOPERATION_AGREEMENT(true),
    COOPERATION_DECLARATION(true),
    GREEN_DEAL(true),
    SUBSIDY_DECISION(false),
    POLICY_INCLUSION(false),
    BUDGET_INCLUSION(false);

    private final boolean mutual;

    AgreementKind(boolean mutual) {
        this.mutual = mutual;
    }

    /** Mutual agreements are signed by both sides; the others are one-sided acts of the municipality. */
    public boolean isMutual() {
        return mutual;
    }

    /** Whether the agreement anchors the partnership structurally, as maturity requires (001). */
    public boolean isStructural() {
        return this == COOPERATION_AGREEMENT
                || this == COOPERATION_DECLARATION
                || this == GREEN_DEAL
                || this == POLICY_INCLUSION
                || this == BUDGET_INCLUSION;
    }
}
