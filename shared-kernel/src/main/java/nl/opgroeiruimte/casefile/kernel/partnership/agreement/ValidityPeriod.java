package nl.opgroeiruimte.casefile.kernel.partnership.agreement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** From when an agreement holds, and until when (open-ended when until is absent). */
public record ValidityPeriod(@NotNull LocalDate from, LocalDate until) {
    @JsonIgnore
    @AssertTrue(message = "until must be after from")
    public boolean isValidPeriod() {
        return from == null || until == null || until.isAfter(from);
    }

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
