package nl.opgroeiruimte.casefile.kernel.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Who did something: a pseudonymous person id (their name lives in the people register, never in an
 * event), the party they acted for and the role they acted in.
 */
public record Actor(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String personId,

        @NotNull @Valid Party party,
        @NotNull ActorRole role) {

    /** Clients act as people; only the case file itself records in the role "system". */
    @JsonIgnore
    @AssertTrue(message = "the role 'system' is reserved for what the case file records by itself")
    public boolean isValidRole() {
        return role != ActorRole.SYSTEM;
    }
}
