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

/**
 * Record that a running municipal process was put on hold for the case, the "pauzeknop in lopende
 * processen" (001 "Elkaar ruimte geven"): a tender, a plan or a permit on the case's scope.
 */
public record HoldMunicipalProcess(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String holdId,

        @NotNull HeldProcessKind process,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 500) String reference)
        implements CaseCommand {}
