package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.ATTENTION;
import static nl.opgroeiruimte.casefile.query.indicators.ReasonAssertions.onlyReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A "later" given on 20 May 2024, expected on 1 September 2024: from 2 September it needs a newer answer
 * or a follow-up; a follow-up since the moment holds for 30 days (default).
 */
class LaterPastDueTest {
    private static final LocalDate EXPECTED = LocalDate.parse("2024-09-01");
    private final LaterPastDue rule = new LaterPastDue();
    private final CaseFileBuilder file = aCase();
    private String asked;
    private String later;

    @BeforeEach
    void theMunicipalityAnswersLater() {
        file.requested(LocalDate.parse("2024-03-01"));
        file.granted(LocalDate.parse("2024-04-01"));
        asked = file.questionAsked(LocalDate.parse("2024-05-01"), "q1");
        later = file.answeredLater(LocalDate.parse("2024-05-20"), "q1", EXPECTED, null);
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void onItsExpectedDayALaterIsNotPastDue() {
        assertThat(on("2024-09-01")).isEmpty();
    }

    @Test
    void theDayAfterItsMomentALaterNobodyCameBackToNeedsAttention() {
        Reason reason = onlyReason(on("2024-09-02"), "later-past-due", ATTENTION, asked, later);

        assertThat(reason.message())
                .isEqualTo("The 'later' the municipality gave on 2024-05-20 to the question of 2024-05-01 (land) "
                        + "was expected on 2024-09-01 and has not been followed up since");
        assertThat(reason.messageNl())
                .isEqualTo("De gemeente antwoordde op 2024-05-20 'ooit' op de vraag van 2024-05-01 (grond), "
                        + "verwacht op 2024-09-01, en sindsdien is het niet opgevolgd");
    }

    @Test
    void aFollowUpBeforeTheMomentDoesNotCoverTheMomentItself() {
        file.followedUp(LocalDate.parse("2024-08-31"), "q1");

        onlyReason(on("2024-09-02"), "later-past-due", ATTENTION, asked, later);
    }

    @Test
    void aFollowUpSinceTheMomentHoldsForThirtyDays() {
        String followUp = file.followedUp(LocalDate.parse("2024-09-10"), "q1");

        assertThat(on("2024-09-09")).hasSize(1);
        assertThat(on("2024-09-10")).isEmpty();
        assertThat(on("2024-10-10")).as("30 days after the follow-up").isEmpty();
        Reason reason = onlyReason(on("2024-10-11"), "later-past-due", ATTENTION, asked, later, followUp);
        assertThat(reason.message()).endsWith("; last followed up on 2024-09-10");
    }

    @Test
    void aNewerAnswerClearsIt() {
        file.answered(LocalDate.parse("2024-09-20"), "q1", AnswerStatus.NOW, AnswerStatus.LATER);

        assertThat(on("2024-09-19")).hasSize(1);
        assertThat(on("2024-09-20")).isEmpty();
    }

    @Test
    void aNewLaterCountsFromItsOwnMoment() {
        String again = file.answeredLater(
                LocalDate.parse("2024-09-20"), "q1", LocalDate.parse("2025-01-15"), AnswerStatus.LATER);

        assertThat(on("2025-01-15")).isEmpty();
        onlyReason(on("2025-01-16"), "later-past-due", ATTENTION, asked, again);
    }

    @Test
    void questionWithdrawnClearsIt() {
        file.questionWithdrawn(LocalDate.parse("2024-09-15"), "q1");

        assertThat(on("2024-09-15")).isEmpty();
    }

    @Test
    void aLaterOnAConditionOnlyHasNoMomentToPass() {
        file.questionAsked(LocalDate.parse("2024-05-02"), "q2");
        file.answeredLater(LocalDate.parse("2024-05-21"), "q2", null, null);
        file.answered(LocalDate.parse("2024-08-01"), "q1", AnswerStatus.NEVER, AnswerStatus.LATER);

        assertThat(on("2026-05-01")).isEmpty();
    }
}
