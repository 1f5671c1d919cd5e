package nl.opgroeiruimte.casefile.kernel.municipality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Ids;

/**
 * A member of the college of mayor and aldermen, by pseudonymous person id (the name lives in the people
 * register), with the portfolios held and, for an alderman, the political party.
 */
public record CollegeMember(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String personId,

        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 200) String> portfolios,
        @Size(max = 100) String politicalParty) {}
