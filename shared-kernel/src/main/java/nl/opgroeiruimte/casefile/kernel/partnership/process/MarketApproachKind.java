package nl.opgroeiruimte.casefile.kernel.partnership.process;

/** How the municipality goes to the market: a tender (aanbesteding) or a market consultation (marktconsultatie). */
public enum MarketApproachKind {
    TENDER,
    MARKET_CONSULTATION
}
