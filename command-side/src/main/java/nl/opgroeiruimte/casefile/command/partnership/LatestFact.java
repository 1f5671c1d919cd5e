package nl.opgroeiruimte.casefile.command.partnership;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.Objects;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The day of the latest fact the parties recorded in the case: a case cannot be closed on a day before
 * it. What time alone recorded (a date that passed, recorded by the case file itself) does not count: a
 * closure recorded late may well precede it. A member of the case, so that every event of the case
 * passes here, whichever handler it changes.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class LatestFact {
    private LocalDate day;

    LocalDate day() {
        return day;
    }

    @EventSourcingHandler
    void on(CaseEvent e) {
        if (e.actor().role() == ActorRole.SYSTEM) return;
        if (day == null || e.occurredOn().isAfter(day)) day = e.occurredOn();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatestFact other && Objects.equals(day, other.day);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(day);
    }
}
