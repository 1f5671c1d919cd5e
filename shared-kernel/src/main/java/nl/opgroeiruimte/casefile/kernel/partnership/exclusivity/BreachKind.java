package nl.opgroeiruimte.casefile.kernel.partnership.exclusivity;

/**
 * What the breach of exclusivity was (000 §3.1, 001 "Wat ga je niet doen?"): a tender or market
 * consultation on the scope, another partner sought or brought in, or a project of the municipality
 * itself on the scope.
 */
public enum BreachKind {
    TENDER_OR_MARKET_CONSULTATION(true),
    OTHER_PARTNER(false),
    OWN_PROJECT(true),
    OTHER(false);

    private final boolean municipalOnly;

    BreachKind(boolean municipalOnly) {
        this.municipalOnly = municipalOnly;
    }

    /** A tender, a market consultation and the municipality's own project are things only the municipality does. */
    public boolean municipalOnly() {
        return municipalOnly;
    }
}
