package nl.opgroeiruimte.casefile.query.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;
import nl.opgroeiruimte.casefile.kernel.initiative.InitiativeEvent;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import nl.opgroeiruimte.casefile.kernel.people.PersonEvent;
import nl.opgroeiruimte.casefile.query.EveryEvent;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.junit.jupiter.api.Test;

/** Every fact the timelines show has its own line in both languages; none falls back to a class name. */
class SummariesCoverEveryEventTest {
    private static final Summaries SUMMARIES = new Summaries(Labels.standalone());

    @Test
    void everyEventOfACaseOrMunicipalityHasItsOwnLineInEnglishAndDutch() {
        List<Class<? extends CaseFileEvent>> shown = new ArrayList<>(EveryEvent.ofKind(CaseEvent.class));
        shown.addAll(EveryEvent.ofKind(MunicipalityEvent.class));
        assertThat(shown).as("event types found by scanning the kernel").hasSizeGreaterThan(40);

        assertThat(shown).allSatisfy(type -> {
            Summaries.Summary summary = SUMMARIES.of(EveryEvent.sample(type));
            assertThat(summary.en())
                    .as(type.getSimpleName() + " in English")
                    .isNotBlank()
                    .doesNotContain(type.getSimpleName())
                    .doesNotContain("null");
            assertThat(summary.nl())
                    .as(type.getSimpleName() + " in Dutch")
                    .isNotBlank()
                    .doesNotContain(type.getSimpleName())
                    .doesNotContain("null")
                    .isNotEqualTo(summary.en());
        });
    }

    @Test
    void anEventWithoutALineIsRefusedRatherThanShownByItsClassName() {
        List<Class<? extends CaseFileEvent>> notOnATimeline = new ArrayList<>(EveryEvent.ofKind(PersonEvent.class));
        notOnATimeline.addAll(EveryEvent.ofKind(InitiativeEvent.class));

        assertThat(notOnATimeline)
                .isNotEmpty()
                .allSatisfy(type -> assertThatThrownBy(() -> SUMMARIES.of(EveryEvent.sample(type)))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(type.getName()));
    }
}
