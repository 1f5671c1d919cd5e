package nl.opgroeiruimte.casefile.kernel.partnership.exclusivity;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** The exclusivity was breached: by whom, what, where that is known from, and (when known) the kind of breach. */
@Revision("1")
public record ExclusivityBreached(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String breachId,
        Party committedBy,
        String what,
        String source,
        BreachKind kind)
        implements CaseEvent {

    @JsonCreator
    public ExclusivityBreached {}

    /** A breach whose kind is not said, as every breach recorded before kinds were known. */
    public ExclusivityBreached(
            String caseId,
            Actor actor,
            LocalDate occurredOn,
            String breachId,
            Party committedBy,
            String what,
            String source) {
        this(caseId, actor, occurredOn, breachId, committedBy, what, source, null);
    }
}
