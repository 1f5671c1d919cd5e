package nl.opgroeiruimte.casefile.kernel.partnership.milestone;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.opgroeiruimte.casefile.kernel.common.Ids;

/** Who owns a milestone on each side (pseudonymous person ids). */
public record MilestoneOwners(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String municipalOwner,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String initiativeOwner) {}
