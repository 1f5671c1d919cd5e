package nl.opgroeiruimte.casefile.infra.record;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes hash chains from the stored rows (plain SQL, no serializer, no upcaster) and names the first
 * broken link of each stream: an event whose bytes, recording time or metadata changed, a removed or
 * reordered event, or one without a hash.
 */
public class ChainVerifier {
    private static final String COLUMNS =
            "aggregateidentifier, sequencenumber, payloadtype, payloadrevision, payload, timestamp, metadata";
    private static final int FETCH = 2_000;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    /**
     * Reads each stream in one query and one pass, hashing row by row as the rows arrive; in a read-only
     * transaction, as PostgreSQL's driver streams rows in fetches only inside one (else it holds the whole
     * store in memory).
     */
    public ChainVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH);
        this.jdbc = streaming;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The verdict on one stream; {@code brokenAt} is the stored sequence number of the first broken link. */
    public record Verdict(
            String stream,
            long events,
            boolean intact,
            Long brokenAt,
            String problem,
            String head,
            long sealedEvents) {}

    public Verdict verify(String stream) {
        Walk walk = new Walk(verdict -> {});
        readOnly.executeWithoutResult(tx -> jdbc.query(
                "select " + COLUMNS + " from domainevententry where aggregateidentifier = ? order by sequencenumber",
                walk,
                stream));
        return walk.finish();
    }

    /** Every stream of the store, each verdict handed on as soon as its stream is done. */
    public void verifyAll(Consumer<Verdict> verdicts) {
        Walk walk = new Walk(verdicts);
        readOnly.executeWithoutResult(tx -> jdbc.query(
                "select " + COLUMNS + " from domainevententry order by aggregateidentifier, sequencenumber", walk));
        Verdict last = walk.finish();
        if (last.events() > 0) verdicts.accept(last);
    }

    public List<Verdict> verifyAll() {
        List<Verdict> all = new ArrayList<>();
        verifyAll(all::add);
        return all;
    }

    private static final class Walk implements RowCallbackHandler {
        private final Consumer<Verdict> done;
        private String stream;
        private String previous = EventChain.GENESIS;
        private long events;
        private long sealed;
        private Long brokenAt;
        private String problem;

        Walk(Consumer<Verdict> done) {
            this.done = done;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            String aggregate = rs.getString(1);
            if (!aggregate.equals(stream)) {
                if (stream != null) done.accept(finish());
                stream = aggregate;
                previous = EventChain.GENESIS;
                events = 0;
                sealed = 0;
                brokenAt = null;
                problem = null;
            }
            long sequence = rs.getLong(2);
            long expected = events++;
            if (brokenAt != null) return;
            if (sequence != expected) {
                broken(expected, "event " + expected + " is missing (the next stored event is " + sequence + ")");
                return;
            }
            try {
                EventChain.StoredMetadata metadata = EventChain.stored(rs.getBytes(7));
                if (metadata.hash() == null) {
                    broken(sequence, "the event has no hash");
                    return;
                }
                String hash = EventChain.hash(
                        previous,
                        new EventChain.Link(
                                aggregate,
                                sequence,
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBytes(5),
                                rs.getString(6),
                                null),
                        metadata.canonical());
                if (!hash.equals(metadata.hash())) {
                    broken(
                            sequence,
                            "the event's stored bytes, recording time or metadata differ from what was hashed");
                    return;
                }
                if (metadata.sealed()) sealed++;
                previous = hash;
            } catch (UncheckedIOException e) {
                broken(sequence, "the event's metadata is no longer readable");
            }
        }

        private void broken(long sequence, String why) {
            brokenAt = sequence;
            problem = why;
        }

        Verdict finish() {
            return new Verdict(
                    stream, events, brokenAt == null, brokenAt, problem, brokenAt == null ? previous : null, sealed);
        }
    }
}
