package nl.opgroeiruimte.casefile.kernel.partnership.question;

/** What a question between the parties is about (docs/case-lifecycle.md, {@code AskQuestion}). */
public enum QuestionTopic {
    LAND,
    DATA,
    PERMIT,
    BUDGET,
    SUPPORT,
    POLICY,
    OTHER
}
