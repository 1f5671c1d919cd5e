package nl.opgroeiruimte.casefile.kernel.partnership.track;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Either side asks for opgroeiruimte: the start of a case (001: "a start button, or a pause button in running processes"). */
public record RequestOpgroeiruimte(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull
        @Pattern(regexp = CbsCode.PATTERN, message = "must be a CBS municipality code: GM followed by four digits")
        String municipality,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String initiative,

        @NotNull @Valid Scope scope,
        @Size(max = 4000) String motivation)
        implements CaseCommand {}
