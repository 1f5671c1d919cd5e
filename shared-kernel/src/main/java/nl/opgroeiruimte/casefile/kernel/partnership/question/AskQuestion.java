package nl.opgroeiruimte.casefile.kernel.partnership.question;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a question one party puts to the other: who asked it for which side ({@code askedBy}), on
 * {@code occurredOn}, about what. It is addressed to the other party of the case.
 */
public record AskQuestion(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String questionId,

        @NotNull @Valid Actor askedBy,
        @NotNull QuestionTopic topic,
        @NotBlank @Size(max = 4000) String question)
        implements CaseCommand {}
