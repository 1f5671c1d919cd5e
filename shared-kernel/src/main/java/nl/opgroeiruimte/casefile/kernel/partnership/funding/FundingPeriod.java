package nl.opgroeiruimte.casefile.kernel.partnership.funding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The period funding covers. */
public record FundingPeriod(
        @NotNull LocalDate from, @NotNull LocalDate until) {
    @JsonIgnore
    @AssertTrue(message = "until must not be before from")
    public boolean isValidPeriod() {
        return from == null || until == null || !until.isBefore(from);
    }
}
