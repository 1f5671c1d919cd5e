package nl.opgroeiruimte.casefile.kernel.partnership.exclusivity;

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

/** Extend the exclusivity granted with opgroeiruimte to a later last day, with the reason (000 §3.1). */
public record ExtendExclusivity(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,
        @NotNull LocalDate newUntil,
        @NotBlank @Size(max = 4000) String reason)
        implements CaseCommand {}
