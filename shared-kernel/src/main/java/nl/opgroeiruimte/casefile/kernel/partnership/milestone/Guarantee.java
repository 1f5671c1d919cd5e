package nl.opgroeiruimte.casefile.kernel.partnership.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Stated up front: what continues and which means become available when the milestone is met (001). */
public record Guarantee(
        @NotBlank @Size(max = 4000) String whatContinues,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 300) String> meansAvailable) {}
