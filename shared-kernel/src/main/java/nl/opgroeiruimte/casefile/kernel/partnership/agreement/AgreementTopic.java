package nl.opgroeiruimte.casefile.kernel.partnership.agreement;

/** What an agreement is about (003, §3.2; 001 agreement tables). */
public enum AgreementTopic {
    ROLES_TASKS_RESPONSIBILITIES,
    RISK_ANALYSIS,
    GOALS_AND_VALUES,
    WORKING_STRUCTURE,
    DECISION_STRUCTURE,
    EVALUATION_MOMENTS,
    FINANCING,
    PARTICIPATION,
    PROCESS,
    OTHER
}
