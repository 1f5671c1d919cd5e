package nl.opgroeiruimte.casefile.kernel.municipality;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/**
 * What the municipality pursues in a neighbourhood on the short, middle and long term (004: "Bepaal per
 * buurt/wijk welke doelstellingen jullie nastreven op de korte, middellange en lange termijn").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NeighbourhoodGoals(
        @Size(max = 2000) String shortTerm,
        @Size(max = 2000) String middleTerm,
        @Size(max = 2000) String longTerm) {

    @JsonIgnore
    @AssertTrue(message = "name the goals for at least one term: shortTerm, middleTerm or longTerm")
    public boolean isValidTerms() {
        return given(shortTerm) || given(middleTerm) || given(longTerm);
    }

    private static boolean given(String goal) {
        return goal != null && !goal.isBlank();
    }
}
