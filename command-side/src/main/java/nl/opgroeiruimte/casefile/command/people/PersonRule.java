package nl.opgroeiruimte.casefile.command.people;

import nl.opgroeiruimte.casefile.command.support.RuleViolations;

/** The rules of the people register; {@code docs/parties-and-people.md} says where each applies. */
public enum PersonRule implements RuleViolations {
    OCCURRED_IN_FUTURE,
    OCCURRED_BEFORE_REGISTRATION,
    ALREADY_ERASED
}
