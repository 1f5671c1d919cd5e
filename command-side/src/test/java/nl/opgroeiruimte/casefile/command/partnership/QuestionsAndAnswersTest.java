package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AskQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.FollowUpQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionAnswered;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionAsked;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionFollowedUp;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionWithdrawn;
import nl.opgroeiruimte.casefile.kernel.partnership.question.WithdrawQuestion;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Questions between the parties and their answers: now, later or never, with the considerations and the
 * mandate (002, Les 4: "Laat de initiatiefnemer weten of het nu, ooit of nooit kan."), what became of a
 * "later", and questions withdrawn.
 */
class QuestionsAndAnswersTest {

    private static final String LAND = "vraag-grond";
    private static final LocalDate ASKED_ON = LocalDate.of(2025, 3, 3);
    private static final LocalDate ANSWERED_ON = LocalDate.of(2025, 3, 24);
    private static final LocalDate EXPECTED_ON = LocalDate.of(2025, 9, 1);
    private static final LocalDate FOLLOWED_UP_ON = LocalDate.of(2025, 5, 12);
    private static final String QUESTION =
            "Mag het initiatief de gemeentegrond aan de Assendorperstraat gebruiken voor de warmtecentrale?";
    private static final String CONSIDERATIONS =
            "De grond is bestemd voor groen; een wijziging van het bestemmingsplan is nodig";
    private static final String MANDATE = "mandaat college van B&W, portefeuille energie";
    private static final String CONDITION = "na vaststelling van het omgevingsplan";

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- asking

    @Test
    void theInitiativeAsksTheMunicipalityAQuestion() {
        fixture.given(requested(), granted())
                .when(ask(LAND, BOARD_MEMBER, ASKED_ON))
                .expectEvents(asked(LAND, BOARD_MEMBER, ASKED_ON));
    }

    @Test
    void theMunicipalityAsksTheInitiativeAQuestionToo() {
        fixture.given(requested(), granted())
                .when(ask("vraag-data", CIVIL_SERVANT, ASKED_ON))
                .expectEvents(asked("vraag-data", CIVIL_SERVANT, ASKED_ON));
    }

    @Test
    void aQuestionIsAskedAlsoBeforeOpgroeiruimteIsGranted() {
        fixture.given(requested())
                .when(ask(LAND, BOARD_MEMBER, REQUESTED_ON))
                .expectEvents(asked(LAND, BOARD_MEMBER, REQUESTED_ON));
    }

    @Test
    void aCivilServantRecordsTheQuestionTheInitiativeAskedByMail() {
        AskQuestion recordedByTheMunicipality =
                new AskQuestion(CASE_ID, CIVIL_SERVANT, ASKED_ON, LAND, BOARD_MEMBER, QuestionTopic.LAND, QUESTION);
        fixture.given(requested(), granted())
                .when(recordedByTheMunicipality)
                .expectEvents(new QuestionAsked(
                        CASE_ID,
                        CIVIL_SERVANT,
                        ASKED_ON,
                        LAND,
                        BOARD_MEMBER,
                        Party.municipality(MUNICIPALITY),
                        QuestionTopic.LAND,
                        QUESTION));
    }

    @Test
    void aQuestionIdIsUsedOnce() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(ask(LAND, BOARD_MEMBER, ASKED_ON.plusDays(1)))
                .expectException(violatesOn("already-recorded", "questionId"));
    }

    @Test
    void aQuestionIsAskedByTheMunicipalityOrTheInitiativeNotByAnOutsider() {
        fixture.given(requested(), granted())
                .when(ask(LAND, FACILITATOR, ASKED_ON))
                .expectException(violatesOn("party-not-in-case", "askedBy.party"));
    }

    @Test
    void anotherMunicipalityDoesNotAskQuestionsInTheCase() {
        AskQuestion fromZutphen = new AskQuestion(
                CASE_ID, CIVIL_SERVANT, ASKED_ON, LAND, CIVIL_SERVANT_OF_ZUTPHEN, QuestionTopic.DATA, QUESTION);
        fixture.given(requested(), granted())
                .when(fromZutphen)
                .expectException(violatesOn("party-not-in-case", "askedBy.party"));
    }

    // ---------------------------------------------------------------- answering

    @Test
    void theMunicipalityAnswersNowWithItsConsiderationsAndMandate() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(answer(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.NOW, null, null))
                .expectEvents(answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.NOW, null, null, null));
    }

    @Test
    void aLaterNamesWhenAndOnWhichConditionItIsExpected() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(answer(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.LATER, EXPECTED_ON, CONDITION))
                .expectEvents(answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.LATER, EXPECTED_ON, CONDITION, null));
    }

    @Test
    void aNeverIsAnAnswerToo() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(answer(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.NEVER, null, null))
                .expectEvents(answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.NEVER, null, null, null));
    }

    @Test
    void whatBecameOfALaterIsANewAnswerThatRemembersTheLater() {
        LocalDate decidedOn = LocalDate.of(2025, 6, 2);
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.LATER, EXPECTED_ON, CONDITION, null))
                .when(answer(LAND, ALDERMAN, decidedOn, AnswerStatus.NOW, null, null))
                .expectEvents(answered(LAND, ALDERMAN, decidedOn, AnswerStatus.NOW, null, null, AnswerStatus.LATER));
    }

    @Test
    void aLaterMayBecomeALaterAgainWithANewExpectedMoment() {
        LocalDate postponedOn = LocalDate.of(2025, 6, 2);
        LocalDate newExpectation = LocalDate.of(2026, 1, 15);
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.LATER, EXPECTED_ON, null, null))
                .when(answer(LAND, ALDERMAN, postponedOn, AnswerStatus.LATER, newExpectation, null))
                .expectEvents(answered(
                        LAND, ALDERMAN, postponedOn, AnswerStatus.LATER, newExpectation, null, AnswerStatus.LATER));
    }

    @Test
    void aQuestionAnsweredNowIsNotAnsweredAgain() {
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.NOW, null, null, null))
                .when(answer(LAND, ALDERMAN, ANSWERED_ON.plusDays(7), AnswerStatus.NEVER, null, null))
                .expectException(violatesOn("question-already-answered", "questionId"));
    }

    @Test
    void aNeverIsNotTurnedIntoSomethingElseByASecondAnswer() {
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.NEVER, null, null, null))
                .when(answer(LAND, ALDERMAN, ANSWERED_ON.plusDays(7), AnswerStatus.NOW, null, null))
                .expectException(violates("question-already-answered"));
    }

    @Test
    void aQuestionThatWasNeverAskedCannotBeAnswered() {
        fixture.given(requested(), granted())
                .when(answer(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.NOW, null, null))
                .expectException(unknown("question", LAND));
    }

    @Test
    void theAskingPartyDoesNotAnswerItsOwnQuestion() {
        Actor chair = new Actor("voorzitter-warm", Party.initiative(INITIATIVE), ActorRole.BOARD_MEMBER);
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(answer(LAND, chair, ANSWERED_ON, AnswerStatus.NOW, null, null))
                .expectException(violatesOn("answered-by-asking-party", "answeredBy.party"));
    }

    @Test
    void anOutsiderDoesNotAnswerForEitherParty() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(answer(LAND, FACILITATOR, ANSWERED_ON, AnswerStatus.NOW, null, null))
                .expectException(violatesOn("party-not-in-case", "answeredBy.party"));
    }

    @Test
    void anAnswerCannotPrecedeTheQuestion() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(answer(LAND, ALDERMAN, ASKED_ON.minusDays(1), AnswerStatus.NOW, null, null))
                .expectException(violatesOn("occurred-before-subject", "occurredOn"));
    }

    @Test
    void anAnswerOnTheDayOfTheQuestionIsFine() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(answer(LAND, ALDERMAN, ASKED_ON, AnswerStatus.NOW, null, null))
                .expectEvents(answered(LAND, ALDERMAN, ASKED_ON, AnswerStatus.NOW, null, null, null));
    }

    @Test
    void aNewAnswerCannotPrecedeTheLaterItFollows() {
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.LATER, EXPECTED_ON, null, null))
                .when(answer(LAND, ALDERMAN, ANSWERED_ON.minusDays(1), AnswerStatus.NOW, null, null))
                .expectException(violates("occurred-before-subject"));
    }

    @Test
    void aNewAnswerCannotPrecedeTheFollowUpOfTheLater() {
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.LATER, EXPECTED_ON, null, null),
                        followedUp(LAND, FOLLOWED_UP_ON))
                .when(answer(LAND, ALDERMAN, FOLLOWED_UP_ON.minusDays(1), AnswerStatus.NOW, null, null))
                .expectException(violates("occurred-before-subject"));
    }

    @Test
    void theExpectedMomentOfALaterDoesNotLieBeforeTheAnswer() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(answer(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.LATER, ANSWERED_ON.minusDays(1), null))
                .expectException(violatesOn("expected-moment-before-answer", "expectedOn"));
    }

    @Test
    void aWithdrawnQuestionTakesNoAnswer() {
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        withdrawn(LAND, BOARD_MEMBER, ASKED_ON.plusDays(3)))
                .when(answer(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.NOW, null, null))
                .expectException(violatesOn("question-withdrawn", "questionId"));
    }

    // ---------------------------------------------------------------- following up a "later"

    @Test
    void aLaterIsFollowedUpSoThatItDoesNotSilentlyExpire() {
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.LATER, EXPECTED_ON, CONDITION, null))
                .when(followUp(LAND, FOLLOWED_UP_ON))
                .expectEvents(followedUp(LAND, FOLLOWED_UP_ON));
    }

    @Test
    void anUnansweredQuestionIsNotFollowedUp() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(followUp(LAND, FOLLOWED_UP_ON))
                .expectException(violatesOn("answer-not-later", "questionId"));
    }

    @Test
    void aQuestionAnsweredNowIsNotFollowedUp() {
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.NOW, null, null, null))
                .when(followUp(LAND, FOLLOWED_UP_ON))
                .expectException(violates("answer-not-later"));
    }

    @Test
    void aFollowUpCannotPrecedeTheLater() {
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.LATER, EXPECTED_ON, null, null))
                .when(followUp(LAND, ANSWERED_ON.minusDays(1)))
                .expectException(violatesOn("occurred-before-subject", "occurredOn"));
    }

    @Test
    void aWithdrawnLaterIsNotFollowedUp() {
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.LATER, EXPECTED_ON, null, null),
                        withdrawn(LAND, BOARD_MEMBER, ANSWERED_ON.plusDays(1)))
                .when(followUp(LAND, FOLLOWED_UP_ON))
                .expectException(violates("question-withdrawn"));
    }

    @Test
    void aQuestionThatWasNeverAskedIsNotFollowedUp() {
        fixture.given(requested(), granted())
                .when(followUp(LAND, FOLLOWED_UP_ON))
                .expectException(unknown("question", LAND));
    }

    // ---------------------------------------------------------------- withdrawal

    @Test
    void theAskingSideWithdrawsAnUnansweredQuestion() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(withdraw(LAND, BOARD_MEMBER, ANSWERED_ON))
                .expectEvents(withdrawn(LAND, BOARD_MEMBER, ANSWERED_ON));
    }

    @Test
    void aLaterCanBeWithdrawnWhenItIsNoLongerNeeded() {
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.LATER, EXPECTED_ON, null, null))
                .when(withdraw(LAND, BOARD_MEMBER, FOLLOWED_UP_ON))
                .expectEvents(withdrawn(LAND, BOARD_MEMBER, FOLLOWED_UP_ON));
    }

    @Test
    void theFacilitatorMayRecordTheWithdrawal() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(withdraw(LAND, FACILITATOR, ANSWERED_ON))
                .expectEvents(withdrawn(LAND, FACILITATOR, ANSWERED_ON));
    }

    @Test
    void theSideAQuestionWasPutToCannotMakeItDisappear() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(withdraw(LAND, CIVIL_SERVANT, ANSWERED_ON))
                .expectException(violatesOn("withdrawn-by-answering-party", "actor.party"));
    }

    @Test
    void aQuestionAnsweredNeverIsNotWithdrawnAfterwards() {
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        answered(LAND, ALDERMAN, ANSWERED_ON, AnswerStatus.NEVER, null, null, null))
                .when(withdraw(LAND, BOARD_MEMBER, FOLLOWED_UP_ON))
                .expectException(violatesOn("question-already-answered", "questionId"));
    }

    @Test
    void aQuestionIsWithdrawnOnce() {
        fixture.given(
                        requested(),
                        granted(),
                        asked(LAND, BOARD_MEMBER, ASKED_ON),
                        withdrawn(LAND, BOARD_MEMBER, ANSWERED_ON))
                .when(withdraw(LAND, BOARD_MEMBER, FOLLOWED_UP_ON))
                .expectException(violatesOn("question-withdrawn", "questionId"));
    }

    @Test
    void aWithdrawalCannotPrecedeTheQuestion() {
        fixture.given(requested(), granted(), asked(LAND, BOARD_MEMBER, ASKED_ON))
                .when(withdraw(LAND, BOARD_MEMBER, ASKED_ON.minusDays(1)))
                .expectException(violatesOn("occurred-before-subject", "occurredOn"));
    }

    @Test
    void aQuestionThatWasNeverAskedIsNotWithdrawn() {
        fixture.given(requested(), granted())
                .when(withdraw(LAND, BOARD_MEMBER, ANSWERED_ON))
                .expectException(unknown("question", LAND));
    }

    // ---------------------------------------------------------------- test data

    private static AskQuestion ask(String questionId, Actor askedBy, LocalDate on) {
        return new AskQuestion(CASE_ID, askedBy, on, questionId, askedBy, QuestionTopic.LAND, QUESTION);
    }

    private static QuestionAsked asked(String questionId, Actor askedBy, LocalDate on) {
        Party addressedTo = askedBy.party().representsMunicipality()
                ? Party.initiative(INITIATIVE)
                : Party.municipality(MUNICIPALITY);
        return new QuestionAsked(CASE_ID, askedBy, on, questionId, askedBy, addressedTo, QuestionTopic.LAND, QUESTION);
    }

    private static AnswerQuestion answer(
            String questionId,
            Actor answeredBy,
            LocalDate on,
            AnswerStatus status,
            LocalDate expectedOn,
            String condition) {
        return new AnswerQuestion(
                CASE_ID,
                CIVIL_SERVANT,
                on,
                questionId,
                answeredBy,
                status,
                CONSIDERATIONS,
                MANDATE,
                expectedOn,
                condition);
    }

    private static QuestionAnswered answered(
            String questionId,
            Actor answeredBy,
            LocalDate on,
            AnswerStatus status,
            LocalDate expectedOn,
            String condition,
            AnswerStatus previousStatus) {
        return new QuestionAnswered(
                CASE_ID,
                CIVIL_SERVANT,
                on,
                questionId,
                answeredBy,
                status,
                CONSIDERATIONS,
                MANDATE,
                expectedOn,
                condition,
                previousStatus);
    }

    private static FollowUpQuestion followUp(String questionId, LocalDate on) {
        return new FollowUpQuestion(
                CASE_ID,
                BOARD_MEMBER,
                on,
                questionId,
                "Nagevraagd bij de wethouder: het omgevingsplan ligt ter inzage");
    }

    private static QuestionFollowedUp followedUp(String questionId, LocalDate on) {
        return new QuestionFollowedUp(
                CASE_ID,
                BOARD_MEMBER,
                on,
                questionId,
                "Nagevraagd bij de wethouder: het omgevingsplan ligt ter inzage");
    }

    private static WithdrawQuestion withdraw(String questionId, Actor by, LocalDate on) {
        return new WithdrawQuestion(CASE_ID, by, on, questionId, "Een andere locatie gevonden");
    }

    private static QuestionWithdrawn withdrawn(String questionId, Actor by, LocalDate on) {
        return new QuestionWithdrawn(CASE_ID, by, on, questionId, "Een andere locatie gevonden");
    }
}
