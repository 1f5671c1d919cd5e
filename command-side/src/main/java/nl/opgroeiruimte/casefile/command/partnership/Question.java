package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.ANSWERED_BY_ASKING_PARTY;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.ANSWER_NOT_LATER;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.EXPECTED_MOMENT_BEFORE_ANSWER;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.QUESTION_ALREADY_ANSWERED;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.QUESTION_WITHDRAWN;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.WITHDRAWN_BY_ANSWERING_PARTY;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.Objects;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.FollowUpQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionAnswered;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionFollowedUp;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionWithdrawn;
import nl.opgroeiruimte.casefile.kernel.partnership.question.WithdrawQuestion;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/**
 * A question one side put to the other (002: now, later or never). The side it was put to answers it;
 * a "later" is answered again or followed up; the side that asked may withdraw it until it is settled.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class Question {
    @EntityId
    private final String questionId;

    private final boolean askedByMunicipality;
    private CaseParties parties;
    /** Null until the question is answered; the latest answer's status after that. */
    private AnswerStatus status;
    /** The day of the latest step on the question: asked, answered or followed up. */
    private LocalDate latestStepOn;

    private LocalDate withdrawnOn;

    private Question() {
        this(null, false, null, null);
    }

    Question(String questionId, boolean askedByMunicipality, LocalDate askedOn, CaseParties parties) {
        this.questionId = questionId;
        this.askedByMunicipality = askedByMunicipality;
        this.latestStepOn = askedOn;
        this.parties = parties;
    }

    @CommandHandler
    void handle(AnswerQuestion cmd) {
        requireNotWithdrawn();
        if (settled()) {
            throw QUESTION_ALREADY_ANSWERED.violatedOn(
                    "questionId",
                    "Question %s was already answered '%s'; only a 'later' is answered again",
                    questionId,
                    status);
        }
        Require.notBefore(
                cmd.occurredOn(),
                latestStepOn,
                status == null ? "the question was asked" : "the latest answer or follow-up of the question");
        Party answering = cmd.answeredBy().party();
        parties.requireParty("answeredBy.party", answering, false);
        if (answering.representsMunicipality() == askedByMunicipality) {
            throw ANSWERED_BY_ASKING_PARTY.violatedOn(
                    "answeredBy.party",
                    "Question %s was asked by the %s; it is answered by the party it was put to, the %s",
                    questionId,
                    parties.sideOf(askedByMunicipality),
                    parties.sideOf(!askedByMunicipality));
        }
        if (cmd.expectedOn() != null && cmd.expectedOn().isBefore(cmd.occurredOn())) {
            throw EXPECTED_MOMENT_BEFORE_ANSWER.violatedOn(
                    "expectedOn",
                    "A 'later' expected on %s lies before the day of the answer, %s",
                    cmd.expectedOn(),
                    cmd.occurredOn());
        }
        apply(new QuestionAnswered(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                questionId,
                cmd.answeredBy(),
                cmd.status(),
                cmd.considerations(),
                cmd.mandate(),
                cmd.expectedOn(),
                cmd.condition(),
                status));
    }

    @CommandHandler
    void handle(FollowUpQuestion cmd) {
        requireNotWithdrawn();
        if (status != AnswerStatus.LATER) {
            throw ANSWER_NOT_LATER.violatedOn(
                    "questionId",
                    status == null
                            ? "Question %s has no answer yet; only a 'later' is followed up".formatted(questionId)
                            : "Question %s was answered '%s'; only a 'later' is followed up"
                                    .formatted(questionId, status));
        }
        Require.notBefore(cmd.occurredOn(), latestStepOn, "the latest answer or follow-up of the question");
        apply(new QuestionFollowedUp(cmd.caseId(), cmd.actor(), cmd.occurredOn(), questionId, cmd.note()));
    }

    @CommandHandler
    void handle(WithdrawQuestion cmd) {
        requireNotWithdrawn();
        if (settled()) {
            throw QUESTION_ALREADY_ANSWERED.violatedOn(
                    "questionId",
                    "Question %s was already answered '%s'; there is nothing left to withdraw",
                    questionId,
                    status);
        }
        Require.notBefore(
                cmd.occurredOn(),
                latestStepOn,
                status == null ? "the question was asked" : "the latest answer or follow-up of the question");
        Party party = cmd.actor().party();
        boolean answeringSide = askedByMunicipality ? party.representsInitiative() : party.representsMunicipality();
        if (answeringSide) {
            throw WITHDRAWN_BY_ANSWERING_PARTY.violatedOn(
                    "actor.party",
                    "Question %s was put to the %s by the %s; only the side that asked it withdraws it",
                    questionId,
                    parties.sideOf(!askedByMunicipality),
                    parties.sideOf(askedByMunicipality));
        }
        apply(new QuestionWithdrawn(cmd.caseId(), cmd.actor(), cmd.occurredOn(), questionId, cmd.reason()));
    }

    /** Answered now or never: nothing more to answer, follow up or withdraw. Only a "later" stays open. */
    private boolean settled() {
        return status == AnswerStatus.NOW || status == AnswerStatus.NEVER;
    }

    private void requireNotWithdrawn() {
        if (withdrawnOn != null) {
            throw QUESTION_WITHDRAWN.violatedOn(
                    "questionId", "Question %s was withdrawn on %s", questionId, withdrawnOn);
        }
    }

    @EventSourcingHandler
    void on(QuestionAnswered e) {
        status = e.status();
        latestStepOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(QuestionFollowedUp e) {
        latestStepOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(QuestionWithdrawn e) {
        withdrawnOn = e.occurredOn();
    }

    /** A reorganisation moved the case: the successor is the case's municipality from now on. */
    void movedTo(CaseParties successor) {
        parties = successor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Question other
                && Objects.equals(questionId, other.questionId)
                && askedByMunicipality == other.askedByMunicipality
                && Objects.equals(parties, other.parties)
                && status == other.status
                && Objects.equals(latestStepOn, other.latestStepOn)
                && Objects.equals(withdrawnOn, other.withdrawnOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(questionId, askedByMunicipality, parties, status, latestStepOn, withdrawnOn);
    }
}
