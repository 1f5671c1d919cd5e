package nl.opgroeiruimte.casefile.query.admin;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each segment of a projection stands as committed in the token store ({@code tokenentry}), and
 * which instance holds it, read without claiming anything. With several instances a processor knows only
 * the segments it processes itself (docs/scaling.md); the token store knows them all. A projection stores
 * its token in the transaction that writes its rows, so a committed position means committed rows.
 */
@Component
public class StoredTokens {
    private final JdbcClient jdbc;
    private final Serializer serializer;

    public StoredTokens(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** One segment's committed token ({@code null} before it processed anything) and its claimant ({@code null}: none). */
    public record StoredToken(TrackingToken token, String owner) {}

    /** Per segment, for one processor; empty for a processor that keeps its position elsewhere (in memory). */
    public Map<Integer, StoredToken> of(String processor) {
        return of(List.of(processor)).getOrDefault(processor, Map.of());
    }

    /** Per processor and segment. */
    public Map<String, Map<Integer, StoredToken>> of(Collection<String> processors) {
        Map<String, Map<Integer, StoredToken>> tokens = new HashMap<>();
        jdbc.sql(
                        "select processorname, segment, token, tokentype, owner from tokenentry where processorname in (:names)")
                .param("names", processors)
                .query((rs, n) -> {
                    byte[] token = rs.getBytes(3);
                    TrackingToken read = token == null
                            ? null
                            : serializer.deserialize(
                                    new SimpleSerializedObject<>(token, byte[].class, rs.getString(4), null));
                    return tokens.computeIfAbsent(rs.getString(1), name -> new HashMap<>())
                            .put(rs.getInt(2), new StoredToken(read, rs.getString(5)));
                })
                .list();
        return tokens;
    }
}
