package nl.opgroeiruimte.casefile.kernel.partnership.funding;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that funding was committed: source, instrument, amount and period, and the milestone whose
 * guarantee it delivers, when it does.
 */
public record CommitFunding(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String fundingId,

        @NotNull FundingSource source,
        @NotNull FundingInstrument instrument,

        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 12, fraction = 2)
        BigDecimal amountInEuros,

        @NotNull @Valid FundingPeriod period,
        @Size(max = 500) String decisionReference,

        /* the milestone whose guarantee this funding delivers, if any */
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String deliversGuaranteeOf)
        implements CaseCommand {

    @JsonCreator
    public CommitFunding {}

    /** Funding that delivers no milestone's guarantee. */
    public CommitFunding(
            String caseId,
            Actor actor,
            LocalDate occurredOn,
            String fundingId,
            FundingSource source,
            FundingInstrument instrument,
            BigDecimal amountInEuros,
            FundingPeriod period,
            String decisionReference) {
        this(caseId, actor, occurredOn, fundingId, source, instrument, amountInEuros, period, decisionReference, null);
    }
}
