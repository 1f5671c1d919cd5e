package nl.opgroeiruimte.casefile.kernel.initiative;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;

/**
 * Where an initiative works: a description ("Assendorp"), the municipalities by CBS code and, where known,
 * the CBS neighbourhood (BU + 8 digits) or district (WK + 6 digits) codes, which begin with the
 * municipality's four digits.
 */
public record WorkingArea(
        @NotBlank @Size(max = 300) String description,

        @NotEmpty @Size(max = 20)
        List<
                        @NotNull
                        @Pattern(
                                regexp = CbsCode.PATTERN,
                                message = "must be a CBS municipality code: GM followed by four digits")
                        String>
                municipalities,

        @Size(max = 200)
        List<
                        @NotNull
                        @Pattern(
                                regexp = "BU\\d{8}|WK\\d{6}",
                                message =
                                        "must be a CBS neighbourhood (BU + 8 digits) or district (WK + 6 digits) code")
                        String>
                neighbourhoods) {

    public WorkingArea {
        neighbourhoods = neighbourhoods == null ? List.of() : neighbourhoods;
    }

    @JsonIgnore
    @AssertTrue(message = "each neighbourhood or district lies in one of the municipalities of the working area")
    public boolean isValidNeighbourhoods() {
        if (municipalities == null || neighbourhoods == null) return true;
        return neighbourhoods.stream()
                .filter(code -> code != null && code.length() >= 6)
                .allMatch(code -> municipalities.contains("GM" + code.substring(2, 6)));
    }
}
