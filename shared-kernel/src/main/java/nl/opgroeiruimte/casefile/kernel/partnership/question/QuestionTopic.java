package nl.opgroeiruimte.casefile.kernel.partnership.question;

/** What a question between the parties is about (DOMAIN.md, "Questions and answers: now, later or never"). */
public enum QuestionTopic {
    LAND,
    DATA,
    PERMIT,
    BUDGET,
    SUPPORT,
    POLICY,
    OTHER
}
