package nl.opgroeiruimte.casefile.kernel.partnership.process;

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

/** Record that a municipal process put on hold for the case was released again, with the reason. */
public record ReleaseMunicipalProcess(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String holdId,

        @NotBlank @Size(max = 4000) String reason)
        implements CaseCommand {}
