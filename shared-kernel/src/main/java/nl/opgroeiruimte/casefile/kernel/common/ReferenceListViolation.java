package nl.opgroeiruimte.casefile.kernel.common;

/**
 * A command that names something the reference lists do not know as it names it: a CBS code that did not
 * exist on the day, or a reorganisation the CBS list does not record. Bad input rather than a conflict
 * with the record's state: answered 422, naming the field.
 */
public class ReferenceListViolation extends DomainRuleViolation {
    public ReferenceListViolation(String rule, String field, String message) {
        super(rule, field, message);
    }
}
