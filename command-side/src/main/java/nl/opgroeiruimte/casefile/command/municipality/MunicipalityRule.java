package nl.opgroeiruimte.casefile.command.municipality;

import nl.opgroeiruimte.casefile.command.support.RuleViolations;

/** The rules of a municipality's record; {@code docs/parties-and-people.md} says where each applies. */
public enum MunicipalityRule implements RuleViolations {
    OCCURRED_IN_FUTURE,
    PARTY_OF_OTHER_MUNICIPALITY,
    NOT_A_CURRENT_MUNICIPALITY,
    ELECTION_DATE_REQUIRED,
    ELECTION_ALREADY_RECORDED,
    ALREADY_RECORDED,
    COLLEGE_ALREADY_INSTALLED_THAT_DAY,
    OCCURRED_BEFORE_INSTALLATION,
    COLLEGE_NO_LONGER_IN_OFFICE,
    ALDERMAN_ALREADY_LEFT,
    SUCCESSOR_ALREADY_IN_COLLEGE,
    BUDGET_SET_BY_COUNCIL,
    NEIGHBOURHOOD_APPROACH_NEEDS_MUNICIPALITY,
    NEIGHBOURHOOD_OUTSIDE_MUNICIPALITY,
    NEIGHBOURHOOD_CODE_KNOWN,
    NEIGHBOURHOOD_APPROACH_UNCHANGED
}
