package nl.opgroeiruimte.casefile.kernel.partnership;

import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;

/** Something that happened in one case. */
public interface CaseEvent extends CaseFileEvent {
    String caseId();
}
