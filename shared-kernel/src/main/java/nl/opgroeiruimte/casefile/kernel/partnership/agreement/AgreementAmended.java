package nl.opgroeiruimte.casefile.kernel.partnership.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** An agreement was amended. */
@Revision("1")
public record AgreementAmended(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String agreementId,
        String changes,
        Set<AgreementTopic> topics,
        String documentReference,
        List<Signatory> signatories)
        implements CaseEvent {}
