package nl.opgroeiruimte.casefile.query.indicators;

import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.query.indicators.rules.NoContact;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.junit.jupiter.api.Test;

/**
 * The thresholds an operator can change: their defaults are the ones docs/indicators.md states.
 */
class IndicatorThresholdsTest {
    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(IndicatorDefaults.thresholds())
                .isEqualTo(new IndicatorThresholds(
                        30, 365, 60, 180, 12, 2, 8, 6, 9, 60, 180, 120, 90, 90, 90, 56, 30, 90));
    }

    @Test
    void aThresholdSetInTheConfigurationChangesWhatARuleSees() {
        IndicatorThresholds fourWeeks = IndicatorDefaults.bind(Map.of("casefile.indicators.no-contact-weeks", "4"));
        CaseFileBuilder file = aCase();
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-05"));
        LocalDate fourWeeksLater = LocalDate.parse("2024-03-04");
        var context = new IndicatorContext(
                file.stateOn(fourWeeksLater), fourWeeksLater, List.of(), null, fourWeeks, Labels.standalone());

        assertThat(fourWeeks.noContactWeeks()).isEqualTo(4);
        assertThat(fourWeeks.noAgreementMonths())
                .as("the others keep their defaults")
                .isEqualTo(9);
        assertThat(new NoContact().evaluate(context)).hasSize(1);
        assertThat(new NoContact().evaluate(file.contextOn(fourWeeksLater))).isEmpty();
    }

    @Test
    void docsIndicatorsMdNamesEveryThresholdAndEveryRule() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "indicators.md"));

        assertThat(properties()).allSatisfy(property -> assertThat(docs).contains("`" + property + "`"));
        assertThat(AllRules.instances()).allSatisfy(rule -> assertThat(docs).contains("`" + rule.id() + "`"));
    }

    /** {@code casefile.indicators.<kebab-case name>} of every component of the record. */
    static List<String> properties() {
        return Arrays.stream(IndicatorThresholds.class.getRecordComponents())
                .map(c -> "casefile.indicators."
                        + c.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase())
                .toList();
    }
}
