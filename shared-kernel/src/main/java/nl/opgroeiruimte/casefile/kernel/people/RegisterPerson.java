package nl.opgroeiruimte.casefile.kernel.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a person under a pseudonymous id: their personal data (name, e-mail, organisation) goes to the
 * people register, outside the event store, where it can be erased; the event keeps only the id, the
 * party they act for and their role.
 */
public record RegisterPerson(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String personId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @Size(max = 200) String organisation,
        @NotNull @Valid Party party,
        @NotNull ActorRole role)
        implements PersonCommand {

    @TargetAggregateIdentifier
    public String streamId() {
        return PersonCommand.streamId(personId);
    }

    @JsonIgnore
    @AssertTrue(message = "a person does not act in the role 'system', which is the case file's own")
    public boolean isValidRole() {
        return role != ActorRole.SYSTEM;
    }

    /** Personal data stays out of anything that prints a command: logs, test reports, error traces. */
    @Override
    public String toString() {
        return "RegisterPerson[personId=" + personId + ", actor=" + actor + ", occurredOn=" + occurredOn + ", party="
                + party + ", role=" + role + ", personal data withheld]";
    }
}
