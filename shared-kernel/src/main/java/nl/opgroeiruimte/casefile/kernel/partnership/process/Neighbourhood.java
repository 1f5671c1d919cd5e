package nl.opgroeiruimte.casefile.kernel.partnership.process;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * A neighbourhood the case is about: its CBS code where known (a buurt, BU + 8 digits, or a wijk,
 * WK + 6 digits, both beginning with the municipality's four digits), its name, or both.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Neighbourhood(
        @Pattern(
                regexp = "BU\\d{8}|WK\\d{6}",
                message = "must be a CBS neighbourhood (BU + 8 digits) or district (WK + 6 digits) code")
        String code,

        @Size(min = 1, max = 200) String name) {

    @JsonIgnore
    @AssertTrue(message = "give the CBS code, the name, or both")
    public boolean isValidIdentification() {
        return code != null || (name != null && !name.isBlank());
    }

    /**
     * Which neighbourhood this is: its CBS code when known, otherwise its name (ignoring case and
     * surrounding spaces). A neighbourhood named without its code is another entry than one with it.
     */
    @JsonIgnore
    public String identity() {
        return code != null ? code : "name:" + name.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the name is the same, ignoring case and surrounding spaces. */
    @JsonIgnore
    public boolean isNamed(String other) {
        return name != null && other != null && name.strip().equalsIgnoreCase(other.strip());
    }
}
