package nl.opgroeiruimte.casefile.kernel.partnership.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** Funding was committed. */
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
        String decisionReference)
        implements CaseEvent {}
