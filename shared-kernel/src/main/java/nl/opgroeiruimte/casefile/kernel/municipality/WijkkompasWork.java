package nl.opgroeiruimte.casefile.kernel.municipality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.opgroeiruimte.casefile.kernel.common.Party;

/**
 * A track (spoor) of the Wijkkompas a party works on in the neighbourhood, and the phase it thinks it is
 * in (004, "Het Wijkkompas en samenwerking met bewonersinitiatieven": "Bespreken op welke sporen partijen
 * zichzelf actief zien." and "Bespreken in welke fase partijen zich denken te bevinden").
 */
public record WijkkompasWork(
        @NotNull @Valid Party party,
        @NotBlank @Size(max = 200) String track,
        @Size(max = 200) String phase) {}
