package nl.opgroeiruimte.casefile.kernel.partnership.process;

/** A municipal process put on hold for the case ("pauzeknop in lopende processen", 001): a tender, a plan, a permit. */
public enum HeldProcessKind {
    TENDER,
    PLAN,
    PERMIT,
    OTHER
}
