package nl.opgroeiruimte.casefile.kernel.initiative;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record on whose behalf the initiative speaks as of {@code occurredOn} (001, theme "namens wie spreek
 * je?"): its members (for a foundation: its registered supporters), the households in its working area
 * where known, and the board's mandate from the members' meeting.
 */
public record RecordRepresentation(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String initiativeId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String representationId,

        @NotNull @PositiveOrZero Integer members,
        @Positive Integer householdsInArea,
        @Valid BoardMandate boardMandate,
        @Size(max = 4000) String note)
        implements InitiativeCommand {

    @TargetAggregateIdentifier
    public String streamId() {
        return InitiativeCommand.streamId(initiativeId);
    }

    @JsonIgnore
    @AssertTrue(
            message =
                    "the mandate cannot have been granted after the day this representation is recorded for (occurredOn)")
    public boolean isValidMandateDate() {
        return boardMandate == null
                || boardMandate.grantedOn() == null
                || occurredOn == null
                || !boardMandate.grantedOn().isAfter(occurredOn);
    }
}
