package nl.opgroeiruimte.casefile.command.initiative;

import nl.opgroeiruimte.casefile.command.support.RuleViolations;

/** The rules of an initiative's record; {@code docs/parties-and-people.md} says where each applies. */
public enum InitiativeRule implements RuleViolations {
    OCCURRED_IN_FUTURE,
    OCCURRED_BEFORE_REGISTRATION,
    PARTY_OF_OTHER_INITIATIVE,
    NOT_A_CURRENT_MUNICIPALITY,
    LEGAL_FORM_UNCHANGED,
    OCCURRED_BEFORE_CURRENT_LEGAL_FORM,
    FOUNDATION_HAS_NO_MEMBERS,
    ALREADY_RECORDED
}
