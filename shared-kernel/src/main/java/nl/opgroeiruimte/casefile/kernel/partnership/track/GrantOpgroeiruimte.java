package nl.opgroeiruimte.casefile.kernel.partnership.track;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Both parties grant opgroeiruimte, stating that both preconditions hold, and open the exclusivity. */
public record GrantOpgroeiruimte(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,
        @NotNull @Valid Preconditions preconditions,
        @NotNull @Valid Exclusivity exclusivity)
        implements CaseCommand {}
