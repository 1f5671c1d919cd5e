package nl.opgroeiruimte.casefile.kernel.municipality;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The seats a political party (list) won in the council. */
public record SeatsWon(
        @NotBlank @Size(max = 100) String politicalParty,
        @NotNull @PositiveOrZero @Max(45) Integer seats) {}
