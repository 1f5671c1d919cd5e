package nl.opgroeiruimte.casefile.kernel.partnership.contact;

/** A regular meeting, or a session of the guided track (about six, 000 §4.1). */
public enum MeetingKind {
    MEETING,
    GUIDED_SESSION
}
