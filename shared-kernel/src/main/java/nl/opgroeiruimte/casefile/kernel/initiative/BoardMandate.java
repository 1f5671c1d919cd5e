package nl.opgroeiruimte.casefile.kernel.initiative;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the members' meeting (ALV) mandated the board to do on the initiative's behalf (001: some
 * decisions go through the ALV), when, until when, and where it is minuted.
 */
public record BoardMandate(
        @NotNull LocalDate grantedOn,
        @NotBlank @Size(max = 2000) String scope,
        LocalDate validUntil,
        @Size(max = 500) String decisionReference) {

    @JsonIgnore
    @AssertTrue(message = "validUntil must be after grantedOn")
    public boolean isValidPeriod() {
        return grantedOn == null || validUntil == null || validUntil.isAfter(grantedOn);
    }
}
