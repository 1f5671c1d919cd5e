package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ClarifyTheme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.DoenPart;
import nl.opgroeiruimte.casefile.kernel.partnership.work.DoenWorkRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.work.JointStoryRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.work.RecordDoenWork;
import nl.opgroeiruimte.casefile.kernel.partnership.work.RecordJointStory;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeClarified;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The four DOEN parts, the four VERHELDEREN themes and the joint story (001). */
class WorkThemesAndStoryTest {

    private static final LocalDate ON = LocalDate.of(2025, 3, 24);
    private static final List<String> AGREEMENTS = List.of("De regisseur betrekt inkoop en juridische zaken");
    private static final String STORY = "Samen warm in Assendorp: een warmtenet van en voor de buurt";

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- DOEN

    @Test
    void workOnADoenPartIsRecorded() {
        fixture.given(requested(), granted())
                .when(work(ON))
                .expectEvents(new DoenWorkRecorded(
                        CASE_ID, FACILITATOR, ON, DoenPart.GET_TO_KNOW_EACH_OTHER, "Kennismakingssessie"));
    }

    @Test
    void doenWorkWaitsUntilOpgroeiruimteIsGranted() {
        fixture.given(requested()).when(work(ON)).expectException(violates("not-granted"));
    }

    @Test
    void doenWorkDatedBeforeTheGrantIsRefused() {
        fixture.given(requested(), granted())
                .when(work(GRANTED_ON.minusDays(1)))
                .expectException(violates("not-granted"));
    }

    @Test
    void noDoenWorkIsRecordedWhileTheCaseIsPaused() {
        fixture.given(requested(), granted(), paused(LocalDate.of(2025, 3, 17)))
                .when(work(ON))
                .expectException(violates("case-paused"));
    }

    // ---------------------------------------------------------------- VERHELDEREN

    @Test
    void aThemeIsPartlyClarifiedWithTheAgreementsMade() {
        fixture.given(requested(), granted())
                .when(clarify(ON))
                .expectEvents(new ThemeClarified(
                        CASE_ID, CIVIL_SERVANT, ON, Theme.REPRESENTATION, ThemeStatus.PARTLY_CLARIFIED, AGREEMENTS));
    }

    @Test
    void themesAreClarifiedOnlyOnceOpgroeiruimteIsGranted() {
        fixture.given(requested()).when(clarify(ON)).expectException(violates("not-granted"));
    }

    @Test
    void aThemeCanStillBeClarifiedWhileTheCaseIsPaused() {
        fixture.given(requested(), granted(), paused(LocalDate.of(2025, 3, 17)))
                .when(clarify(ON))
                .expectEvents(new ThemeClarified(
                        CASE_ID, CIVIL_SERVANT, ON, Theme.REPRESENTATION, ThemeStatus.PARTLY_CLARIFIED, AGREEMENTS));
    }

    // ---------------------------------------------------------------- joint story

    @Test
    void theJointStoryIsRecorded() {
        fixture.given(requested(), granted())
                .when(new RecordJointStory(CASE_ID, BOARD_MEMBER, ON, STORY, "https://warm-assendorp.nl/verhaal"))
                .expectEvents(
                        new JointStoryRecorded(CASE_ID, BOARD_MEMBER, ON, STORY, "https://warm-assendorp.nl/verhaal"));
    }

    @Test
    void aJointStoryWaitsUntilOpgroeiruimteIsGranted() {
        fixture.given(requested())
                .when(new RecordJointStory(CASE_ID, BOARD_MEMBER, ON, STORY, null))
                .expectException(violates("not-granted"));
    }

    // ---------------------------------------------------------------- test data

    private static RecordDoenWork work(LocalDate on) {
        return new RecordDoenWork(CASE_ID, FACILITATOR, on, DoenPart.GET_TO_KNOW_EACH_OTHER, "Kennismakingssessie");
    }

    private static ClarifyTheme clarify(LocalDate on) {
        return new ClarifyTheme(
                CASE_ID, CIVIL_SERVANT, on, Theme.REPRESENTATION, ThemeStatus.PARTLY_CLARIFIED, AGREEMENTS);
    }
}
