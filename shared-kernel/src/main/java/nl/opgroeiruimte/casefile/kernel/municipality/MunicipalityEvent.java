package nl.opgroeiruimte.casefile.kernel.municipality;

import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;

/** Something that happened to a municipality; it touches every case of that municipality. */
public interface MunicipalityEvent extends CaseFileEvent {
    String cbsCode();
}
