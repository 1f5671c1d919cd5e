package nl.opgroeiruimte.casefile.kernel.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase a person's personal data (GDPR/AVG art. 17). The history is not rewritten: events keep the
 * pseudonymous id, party and role, and every view shows a neutral placeholder instead of the name.
 */
public record ErasePerson(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String personId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,
        @NotNull ErasureGround ground)
        implements PersonCommand {

    @TargetAggregateIdentifier
    public String streamId() {
        return PersonCommand.streamId(personId);
    }
}
