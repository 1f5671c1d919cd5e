package nl.opgroeiruimte.casefile.kernel.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field a check across fields ({@code @AssertTrue isValidX()}) is about, where its name does not say it:
 * an error of the rule names this field ({@code errors[].field}), so a client can show it there. A check
 * named after a field of its object ({@code isValidRole} beside {@code role}) needs no annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RuleOn {
    /** The field of the same object the rule is about. */
    String value();
}
