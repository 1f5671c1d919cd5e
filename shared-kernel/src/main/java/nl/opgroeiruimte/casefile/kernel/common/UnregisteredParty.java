package nl.opgroeiruimte.casefile.kernel.common;

/**
 * A command names a municipality or initiative that is not registered in the case file (a case requested
 * for an initiative nobody registered). Answered 422 with the field that names the party.
 */
public class UnregisteredParty extends DomainRuleViolation {
    public UnregisteredParty(String rule, String field, String message) {
        super(rule, field, message);
    }
}
