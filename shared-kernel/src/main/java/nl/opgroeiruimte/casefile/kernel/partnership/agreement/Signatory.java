package nl.opgroeiruimte.casefile.kernel.partnership.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.common.Party;

/** Who signed, for which party, under which mandate. */
public record Signatory(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String personId,

        @NotNull @Valid Party party,
        @NotBlank @Size(max = 300) String mandate) {}
