package nl.opgroeiruimte.casefile.query.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import nl.opgroeiruimte.casefile.query.EveryEvent;
import org.junit.jupiter.api.Test;

/** The fold behind the audit trail, the indicators and the replay takes in every event of a case and skips none. */
class CaseFileStateFoldsEveryEventTest {
    /** Events that open a case or add one of its parts, folded first so later events find what they refer to. */
    private static final Set<String> OPENING = Set.of(
            "OpgroeiruimteRequested",
            "OpgroeiruimteGranted",
            "MilestonePlanned",
            "AgreementSigned",
            "FundingCommitted",
            "QuestionAsked",
            "ExclusivityBreached",
            "RoleAssigned",
            "FacilitatorAppointed");

    private static RecordedEvent recorded(int sequence, Object payload) {
        return new RecordedEvent("e" + sequence, "x", sequence, Instant.parse("2024-03-01T09:00:00Z"), payload);
    }

    @Test
    void everyEventOfACaseIsFolded() {
        List<Class<? extends CaseEvent>> types = EveryEvent.ofKind(CaseEvent.class).stream()
                .sorted(Comparator.comparing((Class<?> t) -> !OPENING.contains(t.getSimpleName())))
                .toList();
        assertThat(types).as("case event types found by scanning the kernel").hasSizeGreaterThan(30);
        CaseFileState state = new CaseFileState();

        for (int i = 0; i < types.size(); i++) {
            Class<? extends CaseEvent> type = types.get(i);
            RecordedEvent event = recorded(i + 1, EveryEvent.sample(type));
            assertThat(catchThrowable(() -> state.apply(event)))
                    .as(type.getSimpleName() + " is folded")
                    .isNull();
        }
        assertThat(state.eventCount).isEqualTo(types.size());
    }

    @Test
    void anEventItDoesNotKnowIsRefusedNotSkipped() {
        List<Class<? extends MunicipalityEvent>> others = EveryEvent.ofKind(MunicipalityEvent.class);

        assertThatThrownBy(() -> new CaseFileState().apply(recorded(1, EveryEvent.sample(others.get(0)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(others.get(0).getName());
    }
}
