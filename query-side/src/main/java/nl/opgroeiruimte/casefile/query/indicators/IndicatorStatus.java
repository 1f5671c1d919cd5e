package nl.opgroeiruimte.casefile.query.indicators;

/** The stop-go status of a case: all is well, someone should look, or the partnership is at risk. */
public enum IndicatorStatus {
    GO,
    ATTENTION,
    STOP_RISK;

    public static IndicatorStatus worst(IndicatorStatus a, IndicatorStatus b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
