package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.BREACH_ALREADY_RESOLVED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.Objects;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreachResolved;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ResolveExclusivityBreach;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/** A breach of the exclusivity, open until the parties resolve it; an unresolved one bars maturity. */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class ExclusivityBreach {
    @EntityId
    private final String breachId;

    private final LocalDate breachedOn;
    private boolean resolved;

    private ExclusivityBreach() {
        this(null, null);
    }

    ExclusivityBreach(String breachId, LocalDate breachedOn) {
        this.breachId = breachId;
        this.breachedOn = breachedOn;
    }

    @CommandHandler
    void handle(ResolveExclusivityBreach cmd) {
        if (resolved) throw BREACH_ALREADY_RESOLVED.violatedOn("breachId", "Breach %s was already resolved", breachId);
        Require.notBefore(cmd.occurredOn(), breachedOn, "the breach");
        apply(new ExclusivityBreachResolved(cmd.caseId(), cmd.actor(), cmd.occurredOn(), breachId, cmd.resolution()));
    }

    boolean unresolved() {
        return !resolved;
    }

    @EventSourcingHandler
    void on(ExclusivityBreachResolved e) {
        resolved = true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExclusivityBreach other
                && Objects.equals(breachId, other.breachId)
                && Objects.equals(breachedOn, other.breachedOn)
                && resolved == other.resolved;
    }

    @Override
    public int hashCode() {
        return Objects.hash(breachId, breachedOn, resolved);
    }
}
