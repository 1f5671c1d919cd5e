package nl.opgroeiruimte.casefile.kernel.partnership.track;

/**
 * Why a track was stopped, in categories that can be counted across cases; the reason in words stays
 * with the stop. 004: the search may be stopped together "omdat partijen teveel uit elkaar lopen of
 * andere verwachtingen hebben".
 */
public enum StopReasonCategory {
    /** The parties grew too far apart (004). */
    PARTIES_TOO_FAR_APART,
    /** The parties have different expectations (004). */
    DIFFERENT_EXPECTATIONS,
    /** No financing for the next step (001 "Hoe organiseren we financiering?!"). */
    FINANCING,
    /** Not enough people or time on one of the sides (003 §3.2.5). */
    CAPACITY,
    /** A new college or council changed the priorities (001 "ook politieke kleur kan veranderen"). */
    POLITICAL_CHANGE,
    /** The activity turned out not to be feasible. */
    NOT_FEASIBLE,
    /** The activity is taken up another way: a tender, another partner, the municipality's own project. */
    OTHER_ROUTE,
    OTHER
}
