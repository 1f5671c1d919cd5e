package nl.opgroeiruimte.casefile.kernel.partnership.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** An agreement was signed. */
@Revision("1")
public record AgreementSigned(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String agreementId,
        AgreementKind kind,
        String title,
        List<Signatory> signatories,
        ValidityPeriod validity,
        Set<AgreementTopic> topics,
        String documentReference,
        String summary)
        implements CaseEvent {}
