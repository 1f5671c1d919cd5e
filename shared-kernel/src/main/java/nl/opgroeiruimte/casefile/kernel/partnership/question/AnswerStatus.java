package nl.opgroeiruimte.casefile.kernel.partnership.question;

/**
 * Whether what was asked can be done now, some day, or never (002, Les 4: "Laat de initiatiefnemer
 * weten of het nu, ooit of nooit kan."). An unanswered question has no status yet.
 */
public enum AnswerStatus {
    NOW,
    LATER,
    NEVER
}
