package nl.opgroeiruimte.casefile.kernel.common;

/**
 * A command names a person who is not registered, not registered for the party it says, or not someone the
 * recorder may record in the name of (docs/security.md, "Who may record in whose name"). Answered 422 with
 * the field that names the person.
 */
public class UnacceptablePerson extends DomainRuleViolation {
    public UnacceptablePerson(String rule, String field, String message) {
        super(rule, field, message);
    }
}
