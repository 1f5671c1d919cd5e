package nl.opgroeiruimte.casefile.kernel.partnership.agreement;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** An agreement was terminated. */
@Revision("1")
public record AgreementTerminated(String caseId, Actor actor, LocalDate occurredOn, String agreementId, String reason)
        implements CaseEvent {}
