package nl.opgroeiruimte.casefile.infra.research;

import java.net.URI;
import nl.opgroeiruimte.casefile.command.partnership.Case;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.initiative.InitiativeCommand;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.kernel.people.PersonCommand;

/**
 * How an event stream (an aggregate) is named in an export. A case's stream is its id; the other streams
 * carry their kind as prefix ({@code municipality:GM0193}, {@code initiative:…}, {@code person:…}). The
 * CloudEvents {@code source} is a URN in the {@code nld} namespace, as the NL GOV profile asks:
 * {@code urn:nld:opgroeiruimte:case:{caseId}}, {@code urn:nld:opgroeiruimte:municipality:GM0193}.
 */
public final class Streams {
    public static final String SOURCE_PREFIX = "urn:nld:opgroeiruimte:";
    public static final URI EXPORT_SOURCE = URI.create(SOURCE_PREFIX + "export");
    private static final String[][] KINDS = {
        {MunicipalityCommand.STREAM_PREFIX, "Municipality"},
        {InitiativeCommand.STREAM_PREFIX, "Initiative"},
        {PersonCommand.STREAM_PREFIX, "Person"}
    };

    private Streams() {}

    public static URI source(String aggregateId) {
        return URI.create(SOURCE_PREFIX + (aggregateId.contains(":") ? aggregateId : "case:" + aggregateId));
    }

    /** The aggregate type Axon records with each event of the stream (the case's stays its first name). */
    public static String aggregateType(String aggregateId) {
        for (String[] kind : KINDS) {
            if (aggregateId.startsWith(kind[0])) return kind[1];
        }
        return Case.TYPE;
    }

    /** A case id, or a municipality's, initiative's or person's stream: what an import accepts as subject. */
    public static boolean isValidName(String aggregateId) {
        if (aggregateId.startsWith(MunicipalityCommand.STREAM_PREFIX)) {
            return CbsCode.isValid(aggregateId.substring(MunicipalityCommand.STREAM_PREFIX.length()));
        }
        for (String prefix : new String[] {InitiativeCommand.STREAM_PREFIX, PersonCommand.STREAM_PREFIX}) {
            if (aggregateId.startsWith(prefix))
                return aggregateId.substring(prefix.length()).matches(Ids.PATTERN);
        }
        return aggregateId.matches(Ids.PATTERN);
    }

    public static boolean isPersonStream(String aggregateId) {
        return aggregateId.startsWith(PersonCommand.STREAM_PREFIX);
    }
}
