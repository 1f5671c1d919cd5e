package nl.opgroeiruimte.casefile.kernel.people;

import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;

/** Something that happened to a person's entry in the register. It never holds personal data. */
public interface PersonEvent extends CaseFileEvent {
    String personId();
}
