package nl.opgroeiruimte.casefile.kernel.municipality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a municipality in the case file, under its CBS code; its name comes from the reference list. */
public record RegisterMunicipality(
        @NotNull
        @Pattern(regexp = CbsCode.PATTERN, message = "must be a CBS municipality code: GM followed by four digits")
        String cbsCode,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn)
        implements MunicipalityCommand {

    @TargetAggregateIdentifier
    public String streamId() {
        return MunicipalityCommand.streamId(cbsCode);
    }
}
