package nl.opgroeiruimte.casefile.command.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementExpired;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementRenewed;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementSigned;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityPeriodEnded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneDueDatePassed;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestonePlanned;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneRescheduled;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteGranted;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;

/**
 * The dates that pass by themselves, for case events that arrive without the commands that recorded them
 * (an import of another installation's history). Of the deadlines the events set when they were recorded
 * (see the command handlers of {@link Case} and its members), those still able to do something are set again on
 * the same case: the latest per milestone, agreement and exclusivity, unless the history already holds
 * what it brought about. When one falls due, the case decides as it always does, so the history grows
 * exactly as it would have in the installation the events came from.
 */
public final class RestoredTimeLimits {

    /** A deadline an event set: which case, which kind of date, about what, and its last day. */
    public record Deadline(String caseId, String name, String subjectId, LocalDate lastDay) {}

    private final Map<String, Deadline> latest = new LinkedHashMap<>();
    private final Set<Deadline> fulfilled = new HashSet<>();

    /** Takes in the next event of the history, in the order the events were recorded. */
    public void add(Object event) {
        setBy(event).ifPresent(d -> latest.put(d.caseId() + " " + d.name() + " " + d.subjectId(), d));
        fulfilledBy(event).ifPresent(fulfilled::add);
    }

    /** The deadlines to set again: a later date for the same thing made an earlier one stale. */
    public List<Deadline> toSchedule() {
        return latest.values().stream().filter(d -> !fulfilled.contains(d)).toList();
    }

    /** Schedules the deadline on its case, as the case's own command handler did. */
    public static void schedule(DeadlineManager deadlines, Clock clock, Deadline deadline) {
        deadlines.schedule(
                TimeLimits.dayAfter(clock, deadline.lastDay()),
                deadline.name(),
                new TimeLimits.Limit(deadline.subjectId(), deadline.lastDay()),
                new AggregateScopeDescriptor(Case.TYPE, deadline.caseId()));
    }

    private static Optional<Deadline> setBy(Object event) {
        if (event instanceof OpgroeiruimteGranted g) {
            return Optional.of(new Deadline(
                    g.caseId(),
                    TimeLimits.EXCLUSIVITY_ENDS,
                    g.caseId(),
                    g.exclusivity().until()));
        }
        if (event instanceof MilestonePlanned p) {
            return Optional.of(new Deadline(p.caseId(), TimeLimits.MILESTONE_DUE, p.milestoneId(), p.dueDate()));
        }
        if (event instanceof MilestoneRescheduled r) {
            return Optional.of(new Deadline(r.caseId(), TimeLimits.MILESTONE_DUE, r.milestoneId(), r.newDueDate()));
        }
        if (event instanceof AgreementSigned s && s.validity().until() != null) {
            return Optional.of(new Deadline(
                    s.caseId(),
                    TimeLimits.AGREEMENT_EXPIRES,
                    s.agreementId(),
                    s.validity().until()));
        }
        if (event instanceof AgreementRenewed r) {
            return Optional.of(new Deadline(r.caseId(), TimeLimits.AGREEMENT_EXPIRES, r.agreementId(), r.newUntil()));
        }
        return Optional.empty();
    }

    /** The deadline whose falling due the event records (see the deadline handlers of {@link Case}). */
    private static Optional<Deadline> fulfilledBy(Object event) {
        if (event instanceof ExclusivityPeriodEnded e) {
            return Optional.of(new Deadline(e.caseId(), TimeLimits.EXCLUSIVITY_ENDS, e.caseId(), e.until()));
        }
        if (event instanceof AgreementExpired e) {
            return Optional.of(new Deadline(e.caseId(), TimeLimits.AGREEMENT_EXPIRES, e.agreementId(), e.until()));
        }
        if (event instanceof MilestoneDueDatePassed e) {
            return Optional.of(new Deadline(e.caseId(), TimeLimits.MILESTONE_DUE, e.milestoneId(), e.dueDate()));
        }
        return Optional.empty();
    }
}
