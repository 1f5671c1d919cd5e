package nl.opgroeiruimte.casefile.kernel.partnership.contact;

/** Who took a decision. */
public enum DecisionBody {
    COLLEGE,
    COUNCIL,
    MEMBERS_MEETING,
    BOARD,
    STEERING_GROUP
}
