package nl.opgroeiruimte.casefile.kernel.partnership;

import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;

/** A command on one case (partnership track). */
public interface CaseCommand extends CaseFileCommand {
    String caseId();
}
