package nl.opgroeiruimte.casefile.infra.record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Seals the chain of events stored before it existed: each such event gets its hash, and the time it was
 * sealed ({@value EventChain#SEALED_AT}), which the hash covers. A sealed event proves only that it has not
 * changed since it was sealed, not since it was recorded, and says so. Events already in a chain keep
 * their hash; sealing goes on from it. Plain JDBC on the caller's connection and transaction, so that a
 * Flyway migration and the storage engine can both use it.
 */
final class ChainSealer {
    private static final String ROWS = """
            select aggregateidentifier, sequencenumber, payloadtype, payloadrevision, payload, timestamp, metadata
            from domainevententry %s order by aggregateidentifier, sequencenumber""";
    private static final String UPDATE =
            "update domainevententry set metadata = ? where aggregateidentifier = ? and sequencenumber = ?";
    private static final int BATCH = 500;
    private static final AtomicLong SEALS = new AtomicLong();

    private ChainSealer() {}

    /** How many seals that changed stored events this process has made: a change tells caches of hashes to forget. */
    static long seals() {
        return SEALS.get();
    }

    /** Seals every unsealed event of the store; returns how many were sealed. */
    static long sealAll(Connection connection, Instant sealedAt) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ROWS.formatted(""))) {
            select.setFetchSize(BATCH);
            return seal(connection, select, sealedAt);
        }
    }

    /** Seals the unsealed events of one stream and returns the hash of its last event. */
    static String sealStream(Connection connection, String stream, Instant sealedAt) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ROWS.formatted("where aggregateidentifier = ?"))) {
            select.setString(1, stream);
            seal(connection, select, sealedAt);
        }
        try (PreparedStatement last = connection.prepareStatement(
                "select metadata from domainevententry where aggregateidentifier = ? order by sequencenumber desc")) {
            last.setString(1, stream);
            last.setMaxRows(1);
            try (ResultSet rs = last.executeQuery()) {
                return rs.next() ? EventChain.storedHash(rs.getBytes(1)) : EventChain.GENESIS;
            }
        }
    }

    private static long seal(Connection connection, PreparedStatement select, Instant sealedAt) throws SQLException {
        long sealed = 0;
        int pending = 0;
        String stream = null;
        String previous = EventChain.GENESIS;
        try (ResultSet rs = select.executeQuery();
                PreparedStatement update = connection.prepareStatement(UPDATE)) {
            while (rs.next()) {
                String aggregate = rs.getString("aggregateidentifier");
                if (!aggregate.equals(stream)) {
                    stream = aggregate;
                    previous = EventChain.GENESIS;
                }
                long sequence = rs.getLong("sequencenumber");
                byte[] metadata = rs.getBytes("metadata");
                String stored = EventChain.storedHash(metadata);
                if (stored != null) {
                    previous = stored;
                    continue;
                }
                byte[] marked = EventChain.withFields(metadata, EventChain.SEALED_AT, sealedAt.toString());
                String hash = EventChain.hash(
                        previous,
                        new EventChain.Link(
                                aggregate,
                                sequence,
                                rs.getString("payloadtype"),
                                rs.getString("payloadrevision"),
                                rs.getBytes("payload"),
                                rs.getString("timestamp"),
                                marked));
                update.setBytes(1, EventChain.withFields(marked, EventChain.HASH, hash));
                update.setString(2, aggregate);
                update.setLong(3, sequence);
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
                previous = hash;
                sealed++;
            }
            if (pending > 0) update.executeBatch();
        }
        if (sealed > 0) SEALS.incrementAndGet();
        return sealed;
    }
}
