package nl.opgroeiruimte.casefile.infra.record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's JDBC storage engine, with each event's hash in its metadata, computed when it is appended
 * ({@link EventChain}). The previous hash is read in the same transaction as the append; if another
 * writer appends to the stream meanwhile, both want the same sequence number and the unique key on
 * (aggregate id, sequence number) lets only one of them in, so a chain never forks. A stream whose
 * earlier events were written without a hash (outside the service) is sealed first.
 *
 * <p>The previous hash usually comes from memory ({@link ChainHeads}): the hash of the last event this
 * instance appended to or read from the stream, once that transaction committed, or read from it in the
 * appending transaction itself (a case loaded from the store for the command). Only when that is not the
 * event right before the appended one (another instance appended meanwhile, or the stream was not used
 * lately) is it read from the store.
 */
public class ChainedJdbcEventStorageEngine extends JdbcEventStorageEngine {
    /** Streams whose last hash is kept; a case in use takes one entry of about 200 bytes. */
    static final int HEADS_KEPT = 20_000;

    private final Clock clock;
    private final ChainHeads heads = new ChainHeads(HEADS_KEPT);

    public ChainedJdbcEventStorageEngine(Builder builder, Clock clock) {
        super(builder);
        this.clock = clock;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) return;
        Map<String, Head> appended = new HashMap<>();
        List<EventMessage<?>> chained = chained(events, serializer, appended);
        super.appendEvents(chained, serializer);
        afterCommit(() -> appended.forEach((stream, head) -> heads.committed(stream, head.sequence(), head.hash())));
    }

    /**
     * The events of a stream as read to load an aggregate: the last one read tells its hash, which the next
     * append to the stream needs (read in the same transaction, so only kept once it commits).
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String stream, long firstSequence, int batchSize) {
        List<? extends DomainEventData<?>> batch = super.fetchDomainEvents(stream, firstSequence, batchSize);
        if (!batch.isEmpty()) {
            DomainEventData<?> last = batch.get(batch.size() - 1);
            if (last.getMetaData().getData() instanceof byte[] metadata) {
                String hash = EventChain.storedHash(metadata);
                long sequence = last.getSequenceNumber();
                if (hash != null) {
                    readInThisTransaction(stream, new Head(sequence, hash));
                    afterCommit(() -> heads.committed(stream, sequence, hash));
                }
            }
        }
        return batch;
    }

    private record Head(long sequence, String hash) {}

    /**
     * The heads read in one transaction: its own append to the stream chains to what it read, as the
     * transaction sees the stream, without reading the previous event's metadata once more. A
     * synchronization of that transaction, so a transaction suspended for another (or the other) never sees
     * it; kept for other transactions only once this one commits ({@link ChainHeads}).
     */
    private static final class HeadsRead implements TransactionSynchronization {
        private final ChainedJdbcEventStorageEngine engine;
        private final Map<String, Head> heads = new HashMap<>();

        private HeadsRead(ChainedJdbcEventStorageEngine engine) {
            this.engine = engine;
        }
    }

    private HeadsRead headsRead(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) return null;
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof HeadsRead read && read.engine == this) return read;
        }
        if (!create) return null;
        HeadsRead read = new HeadsRead(this);
        TransactionSynchronizationManager.registerSynchronization(read);
        return read;
    }

    private void readInThisTransaction(String stream, Head head) {
        HeadsRead read = headsRead(true);
        if (read != null) {
            read.heads.merge(stream, head, (known, newer) -> newer.sequence() > known.sequence() ? newer : known);
        }
    }

    private String readInThisTransaction(String stream, long sequence) {
        HeadsRead read = headsRead(false);
        Head head = read == null ? null : read.heads.get(stream);
        return head != null && head.sequence() == sequence ? head.hash() : null;
    }

    /**
     * Runs once the current transaction has committed, never if it rolls back; at once when there is none
     * (the append ran in a transaction of its own, committed by now).
     */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private List<EventMessage<?>> chained(
            List<? extends EventMessage<?>> events, Serializer serializer, Map<String, Head> appended) {
        List<EventMessage<?>> chained = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            if (!(event instanceof DomainEventMessage<?> domain) || domain.getAggregateIdentifier() == null) {
                chained.add(event);
                continue;
            }
            String stream = domain.getAggregateIdentifier();
            long sequence = domain.getSequenceNumber();
            Head inBatch = appended.get(stream);
            String previous = inBatch != null && inBatch.sequence() == sequence - 1
                    ? inBatch.hash()
                    : sequence == 0 ? EventChain.GENESIS : previousHash(stream, sequence - 1);
            SerializedObject<byte[]> payload = serializer.serialize(domain.getPayload(), byte[].class);
            byte[] metadata =
                    serializer.serialize(domain.getMetaData(), byte[].class).getData();
            String hash = EventChain.hash(
                    previous,
                    new EventChain.Link(
                            stream,
                            sequence,
                            payload.getType().getName(),
                            payload.getType().getRevision(),
                            payload.getData(),
                            DateTimeUtils.formatInstant(domain.getTimestamp()),
                            metadata));
            appended.put(stream, new Head(sequence, hash));
            chained.add(domain.andMetaData(Map.of(EventChain.HASH, hash)));
        }
        return chained;
    }

    private String previousHash(String stream, long sequence) {
        String known = heads.hashOf(stream, sequence);
        if (known == null) known = readInThisTransaction(stream, sequence);
        return known != null ? known : storedPreviousHash(stream, sequence);
    }

    private String storedPreviousHash(String stream, long sequence) {
        Connection connection = getConnection();
        try {
            byte[] metadata;
            try (PreparedStatement read = connection.prepareStatement("select metadata from "
                    + schema().domainEventTable() + " where aggregateidentifier = ? and sequencenumber = ?")) {
                read.setString(1, stream);
                read.setLong(2, sequence);
                try (ResultSet rs = read.executeQuery()) {
                    if (!rs.next())
                        throw new EventStoreException(
                                "Stream " + stream + " has no event " + sequence + " to chain to");
                    metadata = rs.getBytes(1);
                }
            }
            String hash = EventChain.storedHash(metadata);
            return hash != null ? hash : ChainSealer.sealStream(connection, stream, clock.instant());
        } catch (SQLException e) {
            throw new EventStoreException("The previous hash of " + stream + " could not be read", e);
        } finally {
            JdbcUtils.closeQuietly(connection);
        }
    }
}
