package nl.opgroeiruimte.casefile.kernel.municipality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the municipality adopted policy: whether it includes opgroeiruimte (working with
 * initiatives given a structural place, 001) and any budget reserved for it, with the document that
 * says so.
 */
public record AdoptPolicy(
        @NotNull
        @Pattern(regexp = CbsCode.PATTERN, message = "must be a CBS municipality code: GM followed by four digits")
        String cbsCode,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String policyId,

        @NotNull PolicyKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotNull AdoptingBody adoptedBy,
        @NotNull Boolean opgroeiruimteIncluded,

        @DecimalMin(value = "0.01") @Digits(integer = 12, fraction = 2)
        BigDecimal reservedBudgetInEuros,

        @NotBlank @Size(max = 500) String documentReference)
        implements MunicipalityCommand {

    @TargetAggregateIdentifier
    public String streamId() {
        return MunicipalityCommand.streamId(cbsCode);
    }
}
