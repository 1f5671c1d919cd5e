package nl.opgroeiruimte.casefile.kernel.partnership.agreement;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineFact;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineKind;
import org.axonframework.serialization.Revision;

/** An agreement reached the end of its validity without being renewed: it held until {@code until}. */
@Revision("1")
public record AgreementExpired(String caseId, Actor actor, LocalDate occurredOn, String agreementId, LocalDate until)
        implements CaseEvent, DeadlineFact {

    @Override
    public DeadlineKind deadline() {
        return DeadlineKind.AGREEMENT_EXPIRES;
    }

    @Override
    public String subject() {
        return agreementId;
    }

    @Override
    public LocalDate lastDay() {
        return until;
    }
}
