package nl.opgroeiruimte.casefile.kernel.partnership.agreement;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** An agreement was renewed. */
@Revision("1")
public record AgreementRenewed(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String agreementId,
        LocalDate previousUntil,
        LocalDate newUntil,
        String documentReference,
        List<Signatory> signatories)
        implements CaseEvent {}
