package nl.opgroeiruimte.casefile.kernel.initiative;

import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;

/** A command on one initiative, whose events are stored under {@code initiative:<id>} (see MunicipalityCommand). */
public interface InitiativeCommand extends CaseFileCommand {
    String STREAM_PREFIX = "initiative:";

    String initiativeId();

    static String streamId(String initiativeId) {
        return STREAM_PREFIX + initiativeId;
    }
}
