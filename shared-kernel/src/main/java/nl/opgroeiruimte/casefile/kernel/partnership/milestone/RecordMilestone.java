package nl.opgroeiruimte.casefile.kernel.partnership.milestone;

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

/** Plan a milestone with its due date, owners and guarantee. */
public record RecordMilestone(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String milestoneId,

        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate dueDate,
        @NotNull @Valid MilestoneOwners owners,
        @NotNull @Valid Guarantee guarantee)
        implements CaseCommand {}
