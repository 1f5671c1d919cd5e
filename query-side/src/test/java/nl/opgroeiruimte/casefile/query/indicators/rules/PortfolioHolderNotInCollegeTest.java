package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.municipal;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.ATTENTION;
import static nl.opgroeiruimte.casefile.query.indicators.ReasonAssertions.onlyReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.College;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.Departure;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.ElectionDay;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorDefaults;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alderman of the case across two college terms: the 2022 college with alderman {@code p-wethouder-a},
 * the election of 18 March 2026, and the college installed on 28 May 2026 with {@code p-wethouder-b}.
 * `portfolio-holder-not-in-college` flags the case until the new portfolio holder is recorded;
 * `election-not-anchored` looks at the installation and the briefing, not at the election day.
 */
class PortfolioHolderNotInCollegeTest {
    private static final LocalDate ELECTION = LocalDate.parse("2026-03-18");
    private static final LocalDate INSTALLED = LocalDate.parse("2026-05-28");
    private final PortfolioHolderNotInCollege portfolio = new PortfolioHolderNotInCollege();
    private final ElectionNotAnchored election = new ElectionNotAnchored();
    private final CaseFileBuilder file = aCase();
    private final List<College> colleges = new ArrayList<>();
    private String grant;
    private String assigned;

    @BeforeEach
    void aCaseOfTheCollegeOf2022() {
        colleges.add(new College(
                "college-2022",
                LocalDate.parse("2022-06-01"),
                Set.of("p-burgemeester", "p-wethouder-a"),
                List.of(),
                "m1"));
        file.requested(LocalDate.parse("2024-01-08"));
        grant = file.granted(LocalDate.parse("2024-02-01"));
        assigned =
                file.roleAssigned(LocalDate.parse("2024-02-01"), CaseRole.RESPONSIBLE_ALDERMAN, "p-wethouder-a", null);
    }

    private void newCollegeInstalled() {
        colleges.add(new College(
                "college-2026", INSTALLED, Set.of("p-burgemeester", "p-wethouder-b"), List.of(), "m-installed"));
    }

    private IndicatorContext on(String day) {
        LocalDate d = LocalDate.parse(day);
        return new IndicatorContext(
                file.stateOn(d),
                d,
                List.of(new ElectionDay(ELECTION, "m-election")),
                null,
                IndicatorDefaults.thresholds(),
                Labels.standalone(),
                colleges);
    }

    @Test
    void whileThePortfolioHolderSitsInTheCollegeNothingIsFlagged() {
        newCollegeInstalled();

        assertThat(portfolio.evaluate(on("2026-05-27"))).isEmpty();
    }

    @Test
    void aNewCollegeWithoutThePortfolioHolderFlagsTheCase() {
        newCollegeInstalled();

        Reason reason = onlyReason(
                portfolio.evaluate(on("2026-05-28")),
                "portfolio-holder-not-in-college",
                ATTENTION,
                "m-installed",
                assigned);
        assertThat(reason.message()).contains("2026-05-28");
        onlyReason(
                portfolio.evaluate(on("2027-05-28")),
                "portfolio-holder-not-in-college",
                ATTENTION,
                "m-installed",
                assigned);
    }

    @Test
    void recordingTheNewPortfolioHolderClearsIt() {
        newCollegeInstalled();
        file.roleHandedOver(
                LocalDate.parse("2026-06-10"),
                CaseRole.RESPONSIBLE_ALDERMAN,
                "p-wethouder-a",
                "p-wethouder-b",
                null,
                true);

        assertThat(portfolio.evaluate(on("2026-06-09"))).hasSize(1);
        assertThat(portfolio.evaluate(on("2026-06-10"))).isEmpty();
    }

    @Test
    void aPortfolioHolderWhoLeavesTheCollegeMidTermFlagsTheCaseToo() {
        colleges.set(
                0,
                new College(
                        "college-2022",
                        LocalDate.parse("2022-06-01"),
                        Set.of("p-burgemeester", "p-wethouder-a"),
                        List.of(new Departure(
                                "p-wethouder-a", LocalDate.parse("2025-01-15"), "p-wethouder-c", "m-left")),
                        "m1"));

        assertThat(portfolio.evaluate(on("2025-01-14"))).isEmpty();
        onlyReason(
                portfolio.evaluate(on("2025-01-15")), "portfolio-holder-not-in-college", ATTENTION, "m-left", assigned);
    }

    @Test
    void aCaseWithoutPortfolioHolderIsLeftToKeyRoleRules() {
        CaseFileBuilder other = aCase("case-zonder-wethouder");
        other.requested(LocalDate.parse("2024-01-08"));
        other.granted(LocalDate.parse("2024-02-01"));
        newCollegeInstalled();
        LocalDate day = LocalDate.parse("2026-06-01");

        assertThat(portfolio.evaluate(new IndicatorContext(
                        other.stateOn(day),
                        day,
                        List.of(),
                        null,
                        IndicatorDefaults.thresholds(),
                        Labels.standalone(),
                        colleges)))
                .isEmpty();
    }

    @Test
    void afterTheElectionTheCaseIsFlaggedUntilTheNewCollegesAldermanIsBriefedNotForAFixedPeriod() {
        newCollegeInstalled();

        onlyReason(election.evaluate(on("2026-03-18")), "election-not-anchored", ATTENTION, "m-election", grant);
        Reason installed = onlyReason(
                election.evaluate(on("2026-05-28")),
                "election-not-anchored",
                ATTENTION,
                "m-election",
                "m-installed",
                grant);
        assertThat(installed.message()).contains("2026-05-28");
        assertThat(election.evaluate(on("2026-09-30")))
                .as("long past the 120 days after election day: still no briefed alderman")
                .hasSize(1);
    }

    @Test
    void aHandOverToTheNewAldermanIsTheBriefing() {
        newCollegeInstalled();
        file.roleHandedOver(
                LocalDate.parse("2026-06-10"),
                CaseRole.RESPONSIBLE_ALDERMAN,
                "p-wethouder-a",
                "p-wethouder-b",
                null,
                true);

        assertThat(election.evaluate(on("2026-06-09"))).hasSize(1);
        assertThat(election.evaluate(on("2026-06-10"))).isEmpty();
    }

    @Test
    void aNewAldermanAssignedWithoutHandOverIsBriefedByMeetingTheCase() {
        newCollegeInstalled();
        file.roleVacated(LocalDate.parse("2026-05-28"), CaseRole.RESPONSIBLE_ALDERMAN, "p-wethouder-a");
        file.roleAssigned(LocalDate.parse("2026-06-10"), CaseRole.RESPONSIBLE_ALDERMAN, "p-wethouder-b", null);
        file.meeting(LocalDate.parse("2026-07-01"), municipal("p-wethouder-b"));

        assertThat(election.evaluate(on("2026-06-30"))).hasSize(1);
        assertThat(election.evaluate(on("2026-07-01"))).isEmpty();
        assertThat(portfolio.evaluate(on("2026-06-10"))).isEmpty();
    }

    @Test
    void withoutARecordedInstallationTheOldWindowAfterElectionDayApplies() {
        assertThat(election.evaluate(on("2026-07-16"))).hasSize(1);
        assertThat(election.evaluate(on("2026-07-17"))).isEmpty();
    }

    @Test
    void aCaseGrantedAfterTheNewCollegeWasInstalledIsNotFlaggedForTheElectionBehindIt() {
        newCollegeInstalled();
        CaseFileBuilder later = aCase("case-2026");
        later.requested(LocalDate.parse("2026-06-01"));
        later.granted(LocalDate.parse("2026-06-15"));
        LocalDate day = LocalDate.parse("2026-07-01");

        assertThat(election.evaluate(new IndicatorContext(
                        later.stateOn(day),
                        day,
                        List.of(new ElectionDay(ELECTION, "m-election")),
                        null,
                        IndicatorDefaults.thresholds(),
                        Labels.standalone(),
                        colleges)))
                .isEmpty();
    }
}
