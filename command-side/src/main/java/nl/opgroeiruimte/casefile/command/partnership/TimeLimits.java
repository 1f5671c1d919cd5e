package nl.opgroeiruimte.casefile.command.partnership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.deadline.DeadlineManager;

/**
 * The dates in a case that pass by themselves: the end of the exclusivity, the end of an agreement, a
 * milestone's due date. Each is a persistent deadline (db-scheduler) that falls due at the start of the
 * day after, in the case file's time zone; the case then records that the day has passed. A deadline
 * names the date it was set for, so one made stale by a renewal or rescheduling changes nothing.
 * <p>
 * A date that has already passed when it is recorded (history entered after the fact) does not pass at
 * once: its deadline falls due at the end of the day it was recorded, so that what happened before it (the
 * outcome, the renewal) can be entered first. What time records is superseded when a fact recorded later,
 * that happened on or before the date, makes it untrue ({@code DeadlineFactSuperseded}, docs/as-of-design.md).
 */
final class TimeLimits {
    static final String EXCLUSIVITY_ENDS = "exclusivity-ends";
    static final String AGREEMENT_EXPIRES = "agreement-expires";
    static final String MILESTONE_DUE = "milestone-due";

    /** The deadline's payload: which agreement, milestone or exclusivity, and the last day it was set for. */
    record Limit(String subjectId, LocalDate lastDay) {}

    private TimeLimits() {}

    static void schedule(DeadlineManager deadlines, Clock clock, String name, String subjectId, LocalDate lastDay) {
        deadlines.schedule(dueAt(clock, lastDay), name, new Limit(subjectId, lastDay));
    }

    /**
     * The start of the day after the last day, when the deadline falls due; for a day already past, the end of
     * today, when the day's entries are in.
     */
    static Instant dueAt(Clock clock, LocalDate lastDay) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = lastDay.isBefore(today) ? today : lastDay;
        return dayAfter(clock, day);
    }

    /** The start of the day after the last day, even when it has passed (an import keeps its history's times). */
    static Instant dayAfter(Clock clock, LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }
}
