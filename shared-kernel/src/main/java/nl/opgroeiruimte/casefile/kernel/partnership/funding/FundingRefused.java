package nl.opgroeiruimte.casefile.kernel.partnership.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A request for funding was refused. */
@Revision("1")
public record FundingRefused(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String fundingId,
        FundingSource source,
        FundingInstrument instrument,
        BigDecimal amountInEuros,
        String reason)
        implements CaseEvent {}
