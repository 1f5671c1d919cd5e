package nl.opgroeiruimte.casefile.kernel.partnership.funding;

/** In which form money comes. */
public enum FundingInstrument {
    SUBSIDY,
    PROCESS_FINANCING,
    LOAN,
    GUARANTEE,
    BUDGET
}
