package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.INITIATIVE_CHAIR;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.STOP_RISK;
import static nl.opgroeiruimte.casefile.query.indicators.ReasonAssertions.onlyReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No threshold: a key role that was held and is empty is a stop risk from the day it became vacant. */
class KeyRoleVacantTest {
    private final KeyRoleVacant rule = new KeyRoleVacant();
    private final CaseFileBuilder file = aCase();

    @BeforeEach
    void granted() {
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void aRoleNeverFilledIsNotReportedAsVacant() {
        assertThat(on("2024-09-02")).isEmpty();
    }

    @Test
    void aHeldKeyRoleIsGo() {
        file.roleAssigned(LocalDate.parse("2024-02-01"), INITIATIVE_CHAIR, "p-cor", null);

        assertThat(on("2024-09-02")).isEmpty();
    }

    /** The reason points at the vacancy that caused it, not at the earlier assignment. */
    @Test
    void theChairLeavingWithoutSuccessorIsAStopRiskFromThatDay() {
        file.roleAssigned(LocalDate.parse("2024-02-01"), INITIATIVE_CHAIR, "p-cor", null);
        String vacated = file.roleVacated(LocalDate.parse("2024-09-02"), INITIATIVE_CHAIR, "p-cor");

        assertThat(on("2024-09-01")).isEmpty();
        Reason reason = onlyReason(on("2024-09-02"), "key-role-vacant", STOP_RISK, vacated);
        assertThat(reason.message()).contains("initiative-chair", "2024-09-02");
    }

    @Test
    void roleReassignedClearsTheVacancy() {
        file.roleAssigned(LocalDate.parse("2024-02-01"), INITIATIVE_CHAIR, "p-cor", null);
        file.roleVacated(LocalDate.parse("2024-09-02"), INITIATIVE_CHAIR, "p-cor");
        file.roleAssigned(LocalDate.parse("2024-09-23"), INITIATIVE_CHAIR, "p-eva", null);

        assertThat(on("2024-09-22")).hasSize(1);
        assertThat(on("2024-09-23")).isEmpty();
    }

    @Test
    void aHandOverKeepsTheRoleFilled() {
        file.roleAssigned(LocalDate.parse("2024-02-01"), INITIATIVE_CHAIR, "p-cor", null);
        file.roleHandedOver(LocalDate.parse("2024-09-02"), INITIATIVE_CHAIR, "p-cor", "p-eva", null, false);

        assertThat(on("2024-09-02")).isEmpty();
    }
}
