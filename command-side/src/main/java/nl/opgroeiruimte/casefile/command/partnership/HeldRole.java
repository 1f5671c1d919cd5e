package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.SUCCESSOR_IS_HOLDER;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.Objects;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.HandOverRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleHandedOver;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleVacated;
import nl.opgroeiruimte.casefile.kernel.partnership.role.VacateRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/** A role in the case while someone holds it: handed over to a successor, or vacated. */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class HeldRole {
    @EntityId
    private final CaseRole role;

    private String holder;
    private LocalDate heldSince;

    private HeldRole() {
        this(null, null, null);
    }

    HeldRole(CaseRole role, String holder, LocalDate heldSince) {
        this.role = role;
        this.holder = holder;
        this.heldSince = heldSince;
    }

    @CommandHandler
    void handle(VacateRole cmd) {
        Require.notBefore(cmd.occurredOn(), heldSince, "its holder took up the role");
        apply(new RoleVacated(cmd.caseId(), cmd.actor(), cmd.occurredOn(), role, holder, cmd.reason()));
    }

    @CommandHandler
    void handle(HandOverRole cmd) {
        Require.notBefore(cmd.occurredOn(), heldSince, "its holder took up the role");
        if (holder.equals(cmd.successorId())) {
            throw SUCCESSOR_IS_HOLDER.violatedOn("successorId", "%s already holds the role", holder);
        }
        apply(new RoleHandedOver(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                role,
                holder,
                cmd.successorId(),
                cmd.department(),
                cmd.handover()));
    }

    String holder() {
        return holder;
    }

    @EventSourcingHandler
    void on(RoleHandedOver e) {
        holder = e.successorPersonId();
        heldSince = e.occurredOn();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeldRole other
                && role == other.role
                && Objects.equals(holder, other.holder)
                && Objects.equals(heldSince, other.heldSince);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, holder, heldSince);
    }
}
