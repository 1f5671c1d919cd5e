package nl.opgroeiruimte.casefile.kernel.partnership.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** The track was stopped: why, and (when known) by whom, whether mutually, and the category of the reason. */
@Revision("1")
public record CaseStopped(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String reason,
        ActingSide stoppedBy,
        Boolean mutual,
        StopReasonCategory reasonCategory)
        implements CaseEvent {

    @JsonCreator
    public CaseStopped {}

    /** A stop that says only its reason, as every stop recorded before who, mutual and category were known. */
    public CaseStopped(String caseId, Actor actor, LocalDate occurredOn, String reason) {
        this(caseId, actor, occurredOn, reason, null, null, null);
    }
}
