package nl.opgroeiruimte.casefile.kernel.partnership.work;

/** The four DOEN parts, run in parallel, not in sequence (001). */
public enum DoenPart {
    GET_TO_KNOW_EACH_OTHER,
    STEP_BY_STEP,
    ANCHOR_PARTNERSHIP,
    JOINT_STORY
}
