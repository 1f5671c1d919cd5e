package nl.opgroeiruimte.casefile.kernel.partnership.track;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotNull;

/** The two conditions for granting opgroeiruimte (001): both recognise the added value of working together, and both are willing to invest time up front and put the usual ways of working on pause. */
public record Preconditions(
        @NotNull Boolean addedValueRecognisedByBoth,
        @NotNull Boolean willingToInvestAndPauseUsualWays) {
    @JsonIgnore
    public boolean bothMet() {
        return Boolean.TRUE.equals(addedValueRecognisedByBoth) && Boolean.TRUE.equals(willingToInvestAndPauseUsualWays);
    }
}
