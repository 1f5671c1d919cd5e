package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.ALREADY_RECORDED;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.OCCURRED_BEFORE_SUBJECT;

import java.time.LocalDate;

/** Rules the case and its members apply alike to what a command names. */
final class Require {

    private Require() {}

    /** Ids are chosen by the caller; one names one thing of its kind for good. */
    static void notYetRecorded(String kind, String field, String id, boolean exists) {
        if (exists) throw ALREADY_RECORDED.violatedOn(field, "A %s with id '%s' is already recorded", kind, id);
    }

    /** Something that happened to a thing cannot precede the thing itself. */
    /**
     * A step both sides took is mutual: refused when said not to be, and mutual when not said; otherwise
     * whether it was mutual is as given (null: not known).
     */
    static Boolean mutualWhenBoth(nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide side, Boolean mutual) {
        if (side != nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide.BOTH) return mutual;
        if (Boolean.FALSE.equals(mutual)) {
            throw CaseRule.BOTH_SIDES_MEANS_MUTUAL.violatedOn(
                    "mutual", "Both sides took the step together, so it was mutual; send mutual true or leave it out");
        }
        return Boolean.TRUE;
    }

    static void notBefore(LocalDate day, LocalDate subjectDay, String subject) {
        if (day.isBefore(subjectDay)) {
            throw OCCURRED_BEFORE_SUBJECT.violatedOn("occurredOn", "%s lies before %s (%s)", day, subject, subjectDay);
        }
    }
}
