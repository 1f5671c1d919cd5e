package nl.opgroeiruimte.casefile.command.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.Objects;
import nl.opgroeiruimte.casefile.kernel.partnership.role.FacilitatorReleased;
import nl.opgroeiruimte.casefile.kernel.partnership.role.ReleaseFacilitator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.EntityId;

/** A facilitator appointed in the case, until released. While appointed, the facilitator records in the case. */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class Facilitator {
    @EntityId
    private final String personId;

    private final LocalDate appointedOn;

    private Facilitator() {
        this(null, null);
    }

    Facilitator(String personId, LocalDate appointedOn) {
        this.personId = personId;
        this.appointedOn = appointedOn;
    }

    @CommandHandler
    void handle(ReleaseFacilitator cmd) {
        Require.notBefore(cmd.occurredOn(), appointedOn, "the facilitator was appointed");
        apply(new FacilitatorReleased(cmd.caseId(), cmd.actor(), cmd.occurredOn(), personId, cmd.reason()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facilitator other
                && Objects.equals(personId, other.personId)
                && Objects.equals(appointedOn, other.appointedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId, appointedOn);
    }
}
