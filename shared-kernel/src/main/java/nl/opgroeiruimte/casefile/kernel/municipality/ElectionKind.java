package nl.opgroeiruimte.casefile.kernel.municipality;

/**
 * Which municipal election: the regular one, held in all municipalities on a national election day
 * (Kieswet, every four years in March), or a reorganisation election (herindelingsverkiezing), held in
 * the municipalities about to merge, normally in the November before the reorganisation takes effect on
 * 1 January (Wet algemene regels herindeling), never on a national election day.
 */
public enum ElectionKind {
    REGULAR,
    REORGANISATION;

    /** The kind an election recorded before kinds were recorded had: a national day says regular. */
    public static ElectionKind ofDay(boolean nationalElectionDay) {
        return nationalElectionDay ? REGULAR : REORGANISATION;
    }
}
