package nl.opgroeiruimte.casefile.kernel.partnership.funding;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** Funding was committed; {@code deliversGuaranteeOf} names the milestone whose guarantee it delivers, if any. */
@Revision("1")
public record FundingCommitted(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String fundingId,
        FundingSource source,
        FundingInstrument instrument,
        BigDecimal amountInEuros,
        FundingPeriod period,
        String decisionReference,
        String deliversGuaranteeOf)
        implements CaseEvent {

    @JsonCreator
    public FundingCommitted {}

    /** Funding that delivers no milestone's guarantee (and every funding recorded before guarantees were linked). */
    public FundingCommitted(
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
