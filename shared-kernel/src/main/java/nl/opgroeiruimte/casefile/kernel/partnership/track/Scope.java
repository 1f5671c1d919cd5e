package nl.opgroeiruimte.casefile.kernel.partnership.track;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the partnership is about: the activity and the area. */
public record Scope(
        @NotBlank @Size(max = 300) String activity,
        @NotBlank @Size(max = 300) String area) {}
