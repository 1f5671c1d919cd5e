package nl.opgroeiruimte.casefile.kernel.municipality;

import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;

/**
 * A command on one municipality. The municipality's events are stored under {@code municipality:<CBS code>}:
 * the prefix keeps its stream apart from cases, initiatives and people, whose ids a client may choose
 * freely but never with a colon.
 */
public interface MunicipalityCommand extends CaseFileCommand {
    String STREAM_PREFIX = "municipality:";

    String cbsCode();

    static String streamId(String cbsCode) {
        return STREAM_PREFIX + cbsCode;
    }
}
