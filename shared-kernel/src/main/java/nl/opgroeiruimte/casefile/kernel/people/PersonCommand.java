package nl.opgroeiruimte.casefile.kernel.people;

import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;

/** A command on one person of the people register, whose events are stored under {@code person:<id>}. */
public interface PersonCommand extends CaseFileCommand {
    String STREAM_PREFIX = "person:";

    String personId();

    static String streamId(String personId) {
        return STREAM_PREFIX + personId;
    }
}
