package nl.opgroeiruimte.casefile.kernel.partnership.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.common.Party;

/** Someone who attended a meeting, for a party, in a role. */
public record Attendee(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String personId,

        @NotNull @Valid Party party,
        @NotNull ActorRole role) {}
