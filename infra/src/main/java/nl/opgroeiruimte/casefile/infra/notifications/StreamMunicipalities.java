package nl.opgroeiruimte.casefile.infra.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseMovedToSuccessor;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteRequested;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The municipality an event belongs to, for routing and filters: a case's, from the event that opened the case
 * or the latest reorganisation that moved it to a successor (in the event store, so never behind a
 * projection), or the municipality's own stream. Initiatives' and
 * people's streams belong to no municipality.
 */
@Component
class StreamMunicipalities {
    private static final int CACHED_CASES = 10_000;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Map<String, String> ofCase = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED_CASES;
        }
    });

    StreamMunicipalities(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The CBS code, or null for a stream of no municipality. */
    String of(String stream, Object payload) {
        if (payload instanceof OpgroeiruimteRequested requested) {
            ofCase.put(stream, requested.municipality());
            return requested.municipality();
        }
        if (payload instanceof CaseMovedToSuccessor moved) {
            ofCase.put(stream, moved.successor());
            return moved.successor();
        }
        if (stream.startsWith(MunicipalityCommand.STREAM_PREFIX))
            return stream.substring(MunicipalityCommand.STREAM_PREFIX.length());
        if (stream.contains(":")) return null;
        String known = ofCase.get(stream);
        if (known != null) return known;
        // the successor of the latest reorganisation that moved the case, else the municipality it was requested for
        String found = jdbc.sql("""
                        select payload, payloadtype from domainevententry
                        where aggregateidentifier = ? and (sequencenumber = 0 and payloadtype = ? or payloadtype = ?)
                        order by sequencenumber desc limit 1""")
                .param(stream)
                .param(OpgroeiruimteRequested.class.getName())
                .param(CaseMovedToSuccessor.class.getName())
                .query((rs, row) -> rs.getString(2).equals(CaseMovedToSuccessor.class.getName())
                        ? field(rs.getBytes(1), "successor")
                        : field(rs.getBytes(1), "municipality"))
                .optional()
                .orElse(null);
        if (found != null) ofCase.put(stream, found);
        return found;
    }

    private String field(byte[] payload, String name) {
        try {
            return json.readTree(payload).path(name).asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
