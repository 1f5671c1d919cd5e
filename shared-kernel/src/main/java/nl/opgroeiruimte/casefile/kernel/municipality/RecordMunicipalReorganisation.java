package nl.opgroeiruimte.casefile.kernel.municipality;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a municipal reorganisation (herindeling) on the successor: from {@code occurredOn}, the day it
 * took effect (normally 1 January), the former municipalities no longer exist and their territory, and
 * the cases of the case file in it, belong to this municipality. The reference list must know it.
 */
public record RecordMunicipalReorganisation(
        @NotNull
        @Pattern(regexp = CbsCode.PATTERN, message = "must be a CBS municipality code: GM followed by four digits")
        String cbsCode,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotEmpty @Size(max = 20)
        List<
                        @NotNull
                        @Pattern(
                                regexp = CbsCode.PATTERN,
                                message = "must be a CBS municipality code: GM followed by four digits")
                        String>
                formerMunicipalities)
        implements MunicipalityCommand {

    @TargetAggregateIdentifier
    public String streamId() {
        return MunicipalityCommand.streamId(cbsCode);
    }

    @JsonIgnore
    @AssertTrue(message = "name each former municipality once")
    public boolean isValidFormerMunicipalities() {
        return formerMunicipalities == null
                || new HashSet<>(formerMunicipalities).size() == formerMunicipalities.size();
    }
}
