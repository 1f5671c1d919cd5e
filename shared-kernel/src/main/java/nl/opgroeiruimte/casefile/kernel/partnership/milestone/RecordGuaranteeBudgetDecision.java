package nl.opgroeiruimte.casefile.kernel.partnership.milestone;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the budget decision behind a milestone's guarantee: the decision of the case (recorded with
 * {@code RecordDecision}) that reserved the money the guarantee promises (001 "Hoe organiseren we
 * financiering?!").
 */
public record RecordGuaranteeBudgetDecision(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String milestoneId,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String decisionId)
        implements CaseCommand {}
