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
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine, with each event's hash in its metadata, computed when it is appended
 * ({@link EventChain}). The previous hash is read in the same transaction as the append; if another
 * writer appends to the stream meanwhile, both want the same sequence number and the unique key on
 * (aggregate id, sequence number) lets only one of them in, so a chain never forks. A stream whose
 * earlier events were written without a hash (outside the service) is sealed first.
 */
public class ChainedJdbcEventStorageEngine extends JdbcEventStorageEngine {
    private final Clock clock;

    public ChainedJdbcEventStorageEngine(Builder builder, Clock clock) {
        super(builder);
        this.clock = clock;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) return;
        super.appendEvents(chained(events, serializer), serializer);
    }

    private List<EventMessage<?>> chained(List<? extends EventMessage<?>> events, Serializer serializer) {
        Map<String, String> heads = new HashMap<>();
        List<EventMessage<?>> chained = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            if (!(event instanceof DomainEventMessage<?> domain) || domain.getAggregateIdentifier() == null) {
                chained.add(event);
                continue;
            }
            String stream = domain.getAggregateIdentifier();
            long sequence = domain.getSequenceNumber();
            String previous = heads.containsKey(stream)
                    ? heads.get(stream)
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
            heads.put(stream, hash);
            chained.add(domain.andMetaData(Map.of(EventChain.HASH, hash)));
        }
        return chained;
    }

    private String previousHash(String stream, long sequence) {
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
