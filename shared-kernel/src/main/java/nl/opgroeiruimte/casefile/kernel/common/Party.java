package nl.opgroeiruimte.casefile.kernel.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * On whose behalf someone acts: a municipality (by CBS code), an initiative (by id), or an external
 * organisation such as the facilitator's bureau or a province. Exactly one of the three is given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Party(
        @Pattern(regexp = CbsCode.PATTERN, message = "must be a CBS municipality code: GM followed by four digits")
        String municipality,

        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String initiative,

        @Size(min = 1, max = 200) String external) {

    public static Party municipality(String cbsCode) {
        return new Party(cbsCode, null, null);
    }

    public static Party initiative(String initiativeId) {
        return new Party(null, initiativeId, null);
    }

    public static Party external(String organisation) {
        return new Party(null, null, organisation);
    }

    @JsonIgnore
    @AssertTrue(message = "exactly one of municipality, initiative or external must be given")
    public boolean isValidChoice() {
        int given = (municipality != null ? 1 : 0) + (initiative != null ? 1 : 0) + (external != null ? 1 : 0);
        return given == 1;
    }

    @JsonIgnore
    public boolean representsMunicipality() {
        return municipality != null;
    }

    @JsonIgnore
    public boolean representsInitiative() {
        return initiative != null;
    }

    @Override
    public String toString() {
        if (municipality != null) return "municipality " + municipality;
        if (initiative != null) return "initiative " + initiative;
        return "external " + external;
    }
}
