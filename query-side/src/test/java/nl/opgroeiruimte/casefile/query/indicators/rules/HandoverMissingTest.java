package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.MUNICIPAL_CONTACT;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.ATTENTION;
import static nl.opgroeiruimte.casefile.query.indicators.ReasonAssertions.onlyReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Default: a role that changed hands without hand-over is reported until 180 days after the change. */
class HandoverMissingTest {
    private static final LocalDate CHANGE = LocalDate.parse("2024-04-02");
    private final HandoverMissing rule = new HandoverMissing();
    private final CaseFileBuilder file = aCase();

    @BeforeEach
    void annaIsTheMunicipalContact() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
        file.roleAssigned(LocalDate.parse("2024-02-01"), MUNICIPAL_CONTACT, "p-anna", "energie");
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void aRoleThatNeverChangedHandsHasNoMissingHandOver() {
        assertThat(on("2024-04-02")).isEmpty();
    }

    @Test
    void roleHandedOverWithoutHandOverNeedsAttention() {
        String handedOver = file.roleHandedOver(CHANGE, MUNICIPAL_CONTACT, "p-anna", "p-dirk", "energie", false);

        assertThat(on("2024-04-01")).isEmpty();
        onlyReason(on("2024-04-02"), "handover-missing", ATTENTION, handedOver);
    }

    @Test
    void roleHandedOverWithANoteIsNoRisk() {
        file.roleHandedOver(CHANGE, MUNICIPAL_CONTACT, "p-anna", "p-dirk", "energie", true);

        assertThat(on("2024-04-02")).isEmpty();
    }

    @Test
    void aMissingHandOverIsReportedForOneHundredAndEightyDaysThenFades() {
        String handedOver = file.roleHandedOver(CHANGE, MUNICIPAL_CONTACT, "p-anna", "p-dirk", "energie", false);

        onlyReason(on("2024-09-29"), "handover-missing", ATTENTION, handedOver);
        assertThat(on("2024-09-30")).isEmpty();
    }

    @Test
    void roleReassignedToSomeoneElseAfterAVacancyIsAMissingHandOver() {
        file.roleVacated(CHANGE, MUNICIPAL_CONTACT, "p-anna");
        String assigned = file.roleAssigned(LocalDate.parse("2024-04-15"), MUNICIPAL_CONTACT, "p-dirk", "energie");

        assertThat(on("2024-04-14")).isEmpty();
        onlyReason(on("2024-04-15"), "handover-missing", ATTENTION, assigned);
    }

    @Test
    void theSameHolderReturningAfterAVacancyLosesNothing() {
        file.roleVacated(CHANGE, MUNICIPAL_CONTACT, "p-anna");
        file.roleAssigned(LocalDate.parse("2024-04-15"), MUNICIPAL_CONTACT, "p-anna", "energie");

        assertThat(on("2024-04-15")).isEmpty();
    }
}
