package nl.opgroeiruimte.casefile.kernel.partnership.document;

/** The records of a case a document can be the evidence behind. */
public enum LinkedRecordKind {
    AGREEMENT,
    DECISION,
    MEETING
}
