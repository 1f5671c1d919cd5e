package nl.opgroeiruimte.casefile.kernel.partnership.track;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The exclusivity granted with opgroeiruimte (000 §3.1, 001): on this activity and area, for this period, no alternative track, tender or market consultation. */
public record Exclusivity(
        @NotBlank @Size(max = 300) String activity,
        @NotBlank @Size(max = 300) String area,
        @NotNull LocalDate from,
        @NotNull LocalDate until) {
    @JsonIgnore
    @AssertTrue(message = "until must be after from")
    public boolean isValidPeriod() {
        return from == null || until == null || until.isAfter(from);
    }

    /** Whether the exclusivity holds on the given day. */
    public boolean coversDay(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
