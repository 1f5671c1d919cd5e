package nl.opgroeiruimte.casefile.kernel.partnership.question;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.common.RuleOn;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the answer to a question: now, later or never, with the considerations, the mandate under
 * which it was given and who gave it ({@code answeredBy}). A "later" names when it is expected
 * ({@code expectedOn}), on which condition, or both (002, Les 4).
 */
public record AnswerQuestion(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String questionId,

        @NotNull @Valid Actor answeredBy,
        @NotNull AnswerStatus status,
        @NotBlank @Size(max = 4000) String considerations,
        @NotBlank @Size(max = 300) String mandate,
        LocalDate expectedOn,
        @Size(max = 1000) String condition)
        implements CaseCommand {

    @JsonIgnore
    @AssertTrue(
            message =
                    "a 'later' answer names the expected moment (expectedOn) or the condition, or both; 'now' and 'never' name neither")
    @RuleOn("expectedOn")
    public boolean isValidLaterTerms() {
        boolean termsGiven = expectedOn != null || (condition != null && !condition.isBlank());
        if (status == AnswerStatus.LATER) return termsGiven;
        return expectedOn == null && condition == null;
    }
}
