package nl.opgroeiruimte.casefile.kernel.partnership.milestone;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Ids;

/**
 * Stated up front: what continues and which means become available when the milestone is met (001).
 * A guarantee backed by money also names the requirements ("eisen") that release it, the amount, and
 * the budget decision behind it (a decision recorded in the case); all three are optional, and a
 * guarantee recorded before they existed has none of them.
 */
public record Guarantee(
        @NotBlank @Size(max = 4000) String whatContinues,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 300) String> meansAvailable,
        @Size(max = 20) List<@NotBlank @Size(max = 1000) String> criteria,

        @DecimalMin(value = "0.01") @Digits(integer = 12, fraction = 2)
        BigDecimal amountInEuros,

        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String budgetDecisionId) {

    @JsonCreator
    public Guarantee {
        criteria = criteria == null ? List.of() : criteria;
    }

    /** A guarantee without money: what continues and the means that become available. */
    public Guarantee(String whatContinues, List<String> meansAvailable) {
        this(whatContinues, meansAvailable, List.of(), null, null);
    }

    /** Whether the guarantee promises money, which is then delivered only by funding linked to it. */
    public boolean backedByMoney() {
        return amountInEuros != null;
    }
}
