package nl.opgroeiruimte.casefile.command.support;

import nl.opgroeiruimte.casefile.kernel.common.DomainRuleViolation;

/**
 * A catalogue of named rules. Each enum of rules implements this so that a broken rule is thrown in
 * one line and answered with its stable id; the ids are listed in the docs next to their source.
 */
public interface RuleViolations {
    String name();

    default String id() {
        return name().toLowerCase().replace('_', '-');
    }

    default DomainRuleViolation violated(String message, Object... args) {
        return new DomainRuleViolation(id(), null, args.length == 0 ? message : message.formatted(args));
    }

    default DomainRuleViolation violatedOn(String field, String message, Object... args) {
        return new DomainRuleViolation(id(), field, args.length == 0 ? message : message.formatted(args));
    }
}
