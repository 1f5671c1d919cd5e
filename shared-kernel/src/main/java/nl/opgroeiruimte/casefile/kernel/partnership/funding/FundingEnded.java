package nl.opgroeiruimte.casefile.kernel.partnership.funding;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** Funding ended. */
@Revision("1")
public record FundingEnded(String caseId, Actor actor, LocalDate occurredOn, String fundingId, String reason)
        implements CaseEvent {}
