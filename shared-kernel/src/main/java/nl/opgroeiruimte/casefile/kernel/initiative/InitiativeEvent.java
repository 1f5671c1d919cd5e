package nl.opgroeiruimte.casefile.kernel.initiative;

import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;

/** Something that happened to a resident initiative. */
public interface InitiativeEvent extends CaseFileEvent {
    String initiativeId();
}
