package nl.opgroeiruimte.casefile.query.casefile;

import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.BOARD_MEMBER;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.CIVIL_SERVANT;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.MUNICIPALITY;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreached;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityExtended;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityPeriodEnded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.HeldProcessKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MunicipalProcessHeld;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MunicipalProcessReleased;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseStopped;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopReasonCategory;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.rules.ExclusivityEnding;
import org.junit.jupiter.api.Test;

/** The fold keeps what a stop, a breach, an extension and a process on hold say. */
class StopsBreachesAndHoldsFoldTest {
    private final CaseFileBuilder file = aCase();

    @Test
    void anExtensionMovesTheEndOfTheExclusivityAndAnEndRecordedBeforeItNoLongerHolds() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-12-31"));
        file.recorded(new ExclusivityPeriodEnded(
                file.caseId(), SystemActor.CASE_FILE, LocalDate.parse("2025-01-01"), LocalDate.parse("2024-12-31")));
        String extended = file.recorded(new ExclusivityExtended(
                file.caseId(),
                CIVIL_SERVANT,
                LocalDate.parse("2024-12-20"),
                LocalDate.parse("2024-12-31"),
                LocalDate.parse("2025-06-30"),
                "tweede fase"));

        CaseFileState state = file.stateOn(LocalDate.parse("2025-01-02"));

        assertThat(state.exclusivity.until()).isEqualTo(LocalDate.parse("2025-06-30"));
        assertThat(state.exclusivityEndEventId).isNull();
        assertThat(state.exclusivityExtensions)
                .extracting(CaseFileState.ExclusivityExtension::eventId)
                .containsExactly(extended);
        assertThat(new ExclusivityEnding().evaluate(file.contextOn(LocalDate.parse("2024-12-19"))))
                .hasSize(1);
        assertThat(new ExclusivityEnding().evaluate(file.contextOn(LocalDate.parse("2024-12-20"))))
                .as("the extended exclusivity ends more than 90 days later")
                .isEmpty();
    }

    @Test
    void aProcessOnHoldIsKeptWithItsRelease() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.recorded(new MunicipalProcessHeld(
                file.caseId(),
                CIVIL_SERVANT,
                LocalDate.parse("2024-01-10"),
                "aanbesteding",
                HeldProcessKind.TENDER,
                "aanbesteding warmtenet",
                "TN-1"));
        file.recorded(new MunicipalProcessReleased(
                file.caseId(),
                CIVIL_SERVANT,
                LocalDate.parse("2024-06-01"),
                "aanbesteding",
                "initiatief neemt het op"));

        var onHold = file.stateOn(LocalDate.parse("2024-05-31")).processHolds.get("aanbesteding");
        var released = file.stateOn(LocalDate.parse("2024-06-01")).processHolds.get("aanbesteding");

        assertThat(onHold.process).isEqualTo(HeldProcessKind.TENDER);
        assertThat(onHold.releasedOn).isNull();
        assertThat(released.releasedOn).isEqualTo(LocalDate.parse("2024-06-01"));
        assertThat(released.eventIds).hasSize(2);
    }

    @Test
    void aStopAndABreachSayWhatHappened() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
        file.recorded(new ExclusivityBreached(
                file.caseId(),
                BOARD_MEMBER,
                LocalDate.parse("2024-03-01"),
                "b1",
                Party.municipality(MUNICIPALITY),
                "eigen warmtebedrijf",
                "raadsvoorstel",
                BreachKind.OWN_PROJECT));
        file.recorded(new CaseStopped(
                file.caseId(),
                BOARD_MEMBER,
                LocalDate.parse("2024-04-01"),
                "gemeente kiest eigen warmtebedrijf",
                ActingSide.MUNICIPALITY,
                false,
                StopReasonCategory.OTHER_ROUTE));

        CaseFileState state = file.stateOn(LocalDate.parse("2024-04-01"));

        assertThat(state.breaches.get("b1").kind).isEqualTo(BreachKind.OWN_PROJECT);
        assertThat(state.stoppedBy).isEqualTo(ActingSide.MUNICIPALITY);
        assertThat(state.stoppedMutually).isFalse();
        assertThat(state.stopReasonCategory).isEqualTo(StopReasonCategory.OTHER_ROUTE);
    }
}
