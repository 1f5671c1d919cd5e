package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.ATTENTION;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.STOP_RISK;
import static nl.opgroeiruimte.casefile.query.indicators.ReasonAssertions.onlyReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Default: attention after 8 full weeks (56 days) without a meeting, stop risk after 16 (112 days). */
class NoContactTest {
    private final NoContact rule = new NoContact();
    private final CaseFileBuilder file = aCase();
    private String grant;

    @BeforeEach
    void grantedOnTheFifthOfFebruary() {
        file.requested(LocalDate.parse("2024-01-08"));
        grant = file.granted(LocalDate.parse("2024-02-05"));
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void aRequestNotYetGrantedIsNotExpectedToMeet() {
        CaseFileBuilder requestedOnly = aCase("case-requested");
        requestedOnly.requested(LocalDate.parse("2024-01-08"));

        assertThat(new NoContact().evaluate(requestedOnly.contextOn(LocalDate.parse("2024-12-31"))))
                .isEmpty();
    }

    @Test
    void sevenWeeksAfterTheGrantWithoutMeetingIsStillGo() {
        assertThat(on("2024-03-31")).as("55 days").isEmpty();
    }

    @Test
    void eightWeeksWithoutMeetingNeedsAttentionAndPointsAtTheGrant() {
        onlyReason(on("2024-04-01"), "no-contact", ATTENTION, grant);
    }

    @Test
    void sixteenWeeksWithoutMeetingIsAStopRisk() {
        onlyReason(on("2024-05-26"), "no-contact", ATTENTION, grant);
        onlyReason(on("2024-05-27"), "no-contact", STOP_RISK, grant);
    }

    @Test
    void meetingRecordedClearsTheRiskAndTheClockRestartsFromIt() {
        String meeting = file.meeting(LocalDate.parse("2024-04-15"));

        assertThat(on("2024-04-14")).hasSize(1);
        assertThat(on("2024-04-15")).isEmpty();
        assertThat(on("2024-06-09")).isEmpty();
        onlyReason(on("2024-06-10"), "no-contact", ATTENTION, meeting);
    }

    @Test
    void aPausedTrackIsNotExpectedToMeet() {
        file.paused(LocalDate.parse("2024-03-01"));

        assertThat(on("2024-06-01")).isEmpty();
    }
}
