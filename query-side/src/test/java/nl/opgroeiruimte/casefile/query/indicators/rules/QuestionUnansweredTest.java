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

/** Default: a question without any answer for more than 56 days; asked on 1 May 2024, so from 27 June. */
class QuestionUnansweredTest {
    private final QuestionUnanswered rule = new QuestionUnanswered();
    private final CaseFileBuilder file = aCase();
    private String asked;

    @BeforeEach
    void theInitiativeAsksAboutLand() {
        file.requested(LocalDate.parse("2024-03-01"));
        file.granted(LocalDate.parse("2024-04-01"));
        asked = file.questionAsked(LocalDate.parse("2024-05-01"), "q1");
    }

    private List<Reason> on(String day) {
        return rule.evaluate(file.contextOn(LocalDate.parse(day)));
    }

    @Test
    void fiftySixDaysWithoutAnswerIsStillGo() {
        assertThat(on("2024-06-26")).isEmpty();
    }

    @Test
    void aQuestionUnansweredForMoreThanFiftySixDaysNeedsAttention() {
        Reason reason = onlyReason(on("2024-06-27"), "question-unanswered", ATTENTION, asked);

        assertThat(reason.message())
                .isEqualTo(
                        "The municipality has not answered the question of the initiative of 2024-05-01 (land) for 57 days");
        assertThat(reason.messageNl())
                .isEqualTo(
                        "De gemeente heeft de vraag van het initiatief van 2024-05-01 (grond) na 57 dagen nog niet beantwoord");
    }

    @Test
    void aQuestionOfTheMunicipalityToTheInitiativeCountsTheSame() {
        file.answered(LocalDate.parse("2024-05-10"), "q1", AnswerStatus.NOW, null);
        String data = file.questionAskedByMunicipality(LocalDate.parse("2024-05-02"), "q2");

        Reason reason = onlyReason(on("2024-06-28"), "question-unanswered", ATTENTION, data);
        assertThat(reason.message()).startsWith("The initiative has not answered the question of the municipality");
    }

    @Test
    void anyAnswerClearsIt() {
        file.answeredLater(LocalDate.parse("2024-07-15"), "q1", LocalDate.parse("2024-12-01"), null);

        assertThat(on("2024-07-14")).hasSize(1);
        assertThat(on("2024-07-15")).isEmpty();
    }

    @Test
    void answeredNeverIsAnAnswerToo() {
        file.answered(LocalDate.parse("2024-05-20"), "q1", AnswerStatus.NEVER, null);

        assertThat(on("2024-12-31")).isEmpty();
    }

    @Test
    void questionWithdrawnClearsIt() {
        file.questionWithdrawn(LocalDate.parse("2024-07-01"), "q1");

        assertThat(on("2024-06-30")).hasSize(1);
        assertThat(on("2024-07-01")).isEmpty();
    }

    @Test
    void eachQuestionCountsFromItsOwnDay() {
        String second = file.questionAsked(LocalDate.parse("2024-06-01"), "q2");

        assertThat(on("2024-06-27")).extracting(Reason::eventIds).containsExactly(List.of(asked));
        assertThat(on("2024-07-27")).as("56 days after the second").hasSize(1);
        assertThat(on("2024-07-28")).extracting(Reason::eventIds).containsExactly(List.of(asked), List.of(second));
    }
}
