package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.INITIATIVE_CHAIR;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.MUNICIPAL_CONTACT;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.MUNICIPAL_PROGRAM_DIRECTOR;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.initiative;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.municipal;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.ATTENTION;
import static nl.opgroeiruimte.casefile.query.indicators.ReasonAssertions.onlyReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.junit.jupiter.api.Test;

/**
 * Default: at least 2 distinct municipal people (current holders of municipal roles, and municipal
 * attendees of meetings in the last 12 months), and, among the departments of the role holders, more than one.
 */
class NarrowMunicipalAnchoringTest {
    private final NarrowMunicipalAnchoring rule = new NarrowMunicipalAnchoring();
    private final CaseFileBuilder file = aCase();
    private String grant;

    private void granted() {
        file.requested(LocalDate.parse("2024-01-08"));
        grant = file.granted(LocalDate.parse("2024-02-01"));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void aRequestNotYetGrantedIsNotJudgedOnAnchoring() {
        file.requested(LocalDate.parse("2024-01-08"));

        assertThat(on("2024-03-01")).isEmpty();
    }

    @Test
    void aGrantedCaseOnlyItsGranterKnowsPointsAtTheGrantAndCountsThem() {
        granted();

        Reason reason = onlyReason(on("2024-02-01"), "narrow-municipal-anchoring", ATTENTION, grant);
        assertThat(reason.message())
                .as("the civil servant who granted it knows the case: never 'Only 0 persons'")
                .isEqualTo("Only one person on the municipal side knows this case");
        assertThat(reason.messageNl())
                .isEqualTo("Aan gemeentekant kent maar één persoon dit initiatief: veranker het breder");
    }

    @Test
    void yearsAfterTheGrantWithNobodyRecordedSaysSoWithoutCounting() {
        granted();

        Reason reason = onlyReason(on("2026-02-01"), "narrow-municipal-anchoring", ATTENTION, grant);
        assertThat(reason.message())
                .isEqualTo("Nobody on the municipal side has been recorded in this case in the last 12 months");
    }

    @Test
    void oneCivilServantAloneKnowingTheCaseNeedsAttention() {
        granted();
        String anna = file.roleAssigned(LocalDate.parse("2024-02-01"), MUNICIPAL_CONTACT, "p-anna", "energie");
        file.roleAssigned(LocalDate.parse("2024-02-01"), INITIATIVE_CHAIR, "p-cor", null);

        Reason reason = onlyReason(on("2024-02-01"), "narrow-municipal-anchoring", ATTENTION, anna);
        assertThat(reason.message()).isEqualTo("Only one person on the municipal side knows this case");
    }

    @Test
    void twoMunicipalPeopleInTwoDepartmentsAnchorTheCaseBroadly() {
        granted();
        file.roleAssigned(LocalDate.parse("2024-02-01"), MUNICIPAL_CONTACT, "p-anna", "energie");
        file.roleAssigned(LocalDate.parse("2024-02-01"), MUNICIPAL_PROGRAM_DIRECTOR, "p-bas", "ruimte");

        assertThat(on("2024-02-01")).isEmpty();
    }

    @Test
    void aSecondPersonFromAnotherDepartmentClearsTheRisk() {
        granted();
        file.roleAssigned(LocalDate.parse("2024-02-01"), MUNICIPAL_CONTACT, "p-anna", "energie");
        file.roleAssigned(LocalDate.parse("2024-03-04"), MUNICIPAL_PROGRAM_DIRECTOR, "p-bas", "ruimte");

        assertThat(on("2024-03-03")).hasSize(1);
        assertThat(on("2024-03-04")).isEmpty();
    }

    @Test
    void twoPeopleOfOneDepartmentStillNeedAttention() {
        granted();
        String anna = file.roleAssigned(LocalDate.parse("2024-02-01"), MUNICIPAL_CONTACT, "p-anna", "Energie ");
        String bas = file.roleAssigned(LocalDate.parse("2024-02-01"), MUNICIPAL_PROGRAM_DIRECTOR, "p-bas", "energie");

        Reason reason = onlyReason(on("2024-02-01"), "narrow-municipal-anchoring", ATTENTION, anna, bas);
        assertThat(reason.message()).contains("one department only (energie)");
    }

    @Test
    void aMunicipalColleagueAtTheTableCountsAsASecondPerson() {
        granted();
        file.roleAssigned(LocalDate.parse("2024-02-01"), MUNICIPAL_CONTACT, "p-anna", null);
        file.meeting(LocalDate.parse("2024-03-04"), municipal("p-anna"), municipal("p-bas"), initiative("p-cor"));

        assertThat(on("2024-03-04")).isEmpty();
    }

    @Test
    void initiativeMembersAtTheTableDoNotAnchorTheMunicipalSide() {
        granted();
        String anna = file.roleAssigned(LocalDate.parse("2024-02-01"), MUNICIPAL_CONTACT, "p-anna", null);
        file.meeting(LocalDate.parse("2024-03-04"), initiative("p-cor"), initiative("p-eva"));

        onlyReason(on("2024-03-04"), "narrow-municipal-anchoring", ATTENTION, anna);
    }

    @Test
    void aColleagueLastSeenMoreThanTwelveMonthsAgoNoLongerCounts() {
        granted();
        String anna = file.roleAssigned(LocalDate.parse("2024-02-01"), MUNICIPAL_CONTACT, "p-anna", null);
        file.meeting(LocalDate.parse("2024-03-04"), municipal("p-bas"), initiative("p-cor"));

        assertThat(on("2025-03-04"))
                .as("exactly twelve months after the meeting")
                .isEmpty();
        onlyReason(on("2025-03-05"), "narrow-municipal-anchoring", ATTENTION, anna);
    }
}
