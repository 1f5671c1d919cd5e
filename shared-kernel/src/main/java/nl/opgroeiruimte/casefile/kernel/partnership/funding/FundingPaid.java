package nl.opgroeiruimte.casefile.kernel.partnership.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** Committed funding was (partly) paid. */
@Revision("1")
public record FundingPaid(String caseId, Actor actor, LocalDate occurredOn, String fundingId, BigDecimal amountInEuros)
        implements CaseEvent {}
