package nl.opgroeiruimte.casefile.kernel.partnership.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide;
import org.axonframework.serialization.Revision;

/** An agreement was terminated: why, and (when known) by whom and whether mutually. */
@Revision("1")
public record AgreementTerminated(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String agreementId,
        String reason,
        ActingSide terminatedBy,
        Boolean mutual)
        implements CaseEvent {

    @JsonCreator
    public AgreementTerminated {}

    /** A termination that says only its reason, as every one recorded before who and mutual were known. */
    public AgreementTerminated(String caseId, Actor actor, LocalDate occurredOn, String agreementId, String reason) {
        this(caseId, actor, occurredOn, agreementId, reason, null, null);
    }

    /** Terminated by one side without the other's consent (003 §2.4.2: "Eenzijdig opgezegd"). */
    public boolean oneSided() {
        return Boolean.FALSE.equals(mutual) && terminatedBy != null && terminatedBy != ActingSide.BOTH;
    }
}
