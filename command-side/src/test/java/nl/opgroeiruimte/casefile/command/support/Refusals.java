package nl.opgroeiruimte.casefile.command.support;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;

import java.util.stream.Collectors;
import nl.opgroeiruimte.casefile.kernel.common.DomainRuleViolation;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/** What a refused command looks like to a fixture test: the rule it broke, the field, or what it named that is unknown. */
public final class Refusals {
    private Refusals() {}

    /** The command was refused for breaking the rule with this (kebab-case) id. */
    public static Matcher<DomainRuleViolation> violates(String rule) {
        return new FeatureMatcher<DomainRuleViolation, String>(equalTo(rule), "a violation of rule", "rule") {
            @Override
            protected String featureValueOf(DomainRuleViolation violation) {
                return violation.rule();
            }
        };
    }

    /** As {@link #violates(String)}, and the violation points at this input field. */
    public static Matcher<DomainRuleViolation> violatesOn(String rule, String field) {
        return allOf(
                violates(rule), new FeatureMatcher<DomainRuleViolation, String>(equalTo(field), "on field", "field") {
                    @Override
                    protected String featureValueOf(DomainRuleViolation violation) {
                        return violation.field();
                    }
                });
    }

    /** The command names something that was never recorded. */
    public static Matcher<UnknownEntity> unknown(String kind, String id) {
        return allOf(
                new FeatureMatcher<UnknownEntity, String>(equalTo(kind), "an unknown entity of kind", "kind") {
                    @Override
                    protected String featureValueOf(UnknownEntity unknown) {
                        return unknown.kind();
                    }
                },
                new FeatureMatcher<UnknownEntity, String>(equalTo(id), "with id", "id") {
                    @Override
                    protected String featureValueOf(UnknownEntity unknown) {
                        return unknown.id();
                    }
                });
    }

    /**
     * The command was refused before it reached the aggregate for breaking a check on its input, named by
     * its property path ({@code validSeats}, {@code workingArea.validNeighbourhoods}); the fixture needs
     * a {@code BeanValidationInterceptor} registered for this, as the application has on dispatch.
     */
    public static Matcher<JSR303ViolationException> failsCheck(String propertyPath) {
        return new FeatureMatcher<JSR303ViolationException, String>(
                org.hamcrest.Matchers.containsString("[" + propertyPath + "]"),
                "a failed input check",
                "property paths") {
            @Override
            protected String featureValueOf(JSR303ViolationException e) {
                return e.getViolations().stream()
                        .map(v -> "[" + v.getPropertyPath() + "]")
                        .collect(Collectors.joining());
            }
        };
    }
}
