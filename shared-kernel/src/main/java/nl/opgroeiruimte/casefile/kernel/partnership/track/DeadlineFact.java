package nl.opgroeiruimte.casefile.kernel.partnership.track;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;

/**
 * A fact the case file records by itself when a date has passed: which kind of date, about what (a
 * milestone, an agreement, the case's exclusivity), and the last day it was set for. The three name one
 * fact of a case, so that a {@link DeadlineFactSuperseded} can name the fact it makes untrue.
 */
public interface DeadlineFact extends CaseEvent {
    DeadlineKind deadline();

    String subject();

    LocalDate lastDay();

    /** The same fact as a supersession names it: kind, subject and last day. */
    default String deadlineKey() {
        return keyOf(deadline(), subject(), lastDay());
    }

    static String keyOf(DeadlineKind deadline, String subject, LocalDate lastDay) {
        return deadline.name().toLowerCase().replace('_', '-') + " " + subject + " " + lastDay;
    }
}
