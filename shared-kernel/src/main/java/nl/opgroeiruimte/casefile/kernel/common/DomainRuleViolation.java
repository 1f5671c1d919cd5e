package nl.opgroeiruimte.casefile.kernel.common;

/**
 * A command that breaks a rule of the domain or does not fit the current state. Every rule has a stable
 * id (kebab-case) so that clients and documentation can refer to it; the message says it in words.
 */
public class DomainRuleViolation extends RuntimeException {
    private final String rule;
    private final String field;

    public DomainRuleViolation(String rule, String message) {
        this(rule, null, message);
    }

    public DomainRuleViolation(String rule, String field, String message) {
        super(message, null, false, false);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    /** The input field the rule is about, when there is one. */
    public String field() {
        return field;
    }
}
