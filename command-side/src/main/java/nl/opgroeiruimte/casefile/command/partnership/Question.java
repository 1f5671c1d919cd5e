package nl.opgroeiruimte.casefile.command.partnership;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;

/** Snapshotted with the case (fields, not getters). What the case must remember of a question to decide on it. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class Question {
    final boolean askedByMunicipality;
    /** Null until the question is answered; the latest answer's status after that. */
    AnswerStatus status;
    /** The day of the latest step on the question: asked, answered or followed up. */
    LocalDate latestStepOn;
    LocalDate withdrawnOn;

    private Question() {
        this(false, null);
    }

    Question(boolean askedByMunicipality, LocalDate askedOn) {
        this.askedByMunicipality = askedByMunicipality;
        this.latestStepOn = askedOn;
    }

    /** Answered now or never: nothing more to answer, follow up or withdraw. Only a "later" stays open. */
    boolean settled() {
        return status == AnswerStatus.NOW || status == AnswerStatus.NEVER;
    }
}
