package nl.opgroeiruimte.casefile.kernel.partnership.process;

/** The five phases of a municipal process for an initiative (002, Les 3: initiatief, definitie, ontwerp en besluit, uitvoering, nazorg). */
public enum ProcessPhase {
    INITIATIVE,
    DEFINITION,
    DESIGN_AND_DECISION,
    IMPLEMENTATION,
    AFTERCARE
}
