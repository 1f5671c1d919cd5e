package nl.opgroeiruimte.casefile.query.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/** Every rule in the package is a Spring component (so the service gets it) and has its own specification. */
class IndicatorRuleCatalogueTest {

    @Test
    void everyRuleIsAComponentTheServiceReceives() {
        assertThat(AllRules.classes())
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule).hasAnnotation(Component.class));
    }

    @Test
    void everyRuleHasItsOwnTest() {
        assertThat(AllRules.classes()).allSatisfy(rule -> {
            try {
                Class.forName(rule.getName() + "Test");
            } catch (ClassNotFoundException e) {
                throw new AssertionError(rule.getSimpleName() + " has no " + rule.getSimpleName() + "Test", e);
            }
        });
    }
}
