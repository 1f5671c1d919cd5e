package nl.opgroeiruimte.casefile.kernel.common;

/** The capacity in which a person acts for their party. */
public enum ActorRole {
    CIVIL_SERVANT,
    PROGRAM_DIRECTOR,
    ALDERMAN,
    MAYOR,
    COUNCIL_MEMBER,
    MUNICIPAL_SECRETARY,
    BOARD_MEMBER,
    PROJECT_LEAD,
    MEMBER,
    NEIGHBOURHOOD_FREELANCER,
    FACILITATOR,
    /** The case file itself, recording what time alone brings about (an exclusivity or agreement that ran out). */
    SYSTEM
}
