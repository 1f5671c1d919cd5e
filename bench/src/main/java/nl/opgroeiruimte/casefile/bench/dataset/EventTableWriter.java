package nl.opgroeiruimte.casefile.bench.dataset;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import nl.opgroeiruimte.casefile.command.people.PeopleRegister;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Writes what the aggregates produced straight into the event store tables, in Axon's JDBC format
 * (what {@code JdbcEventStorageEngine} writes): payload and metadata serialized by the service's
 * serializer into bytea, payloadType the class name, payloadRevision from {@code @Revision}, type the
 * aggregate type, the aggregate identifier and sequence number, and the timestamp as Axon formats it.
 * Batched inserts on one connection, on a thread of their own, so that deciding and writing overlap.
 * The people register rows that the Person aggregate enters go the same way ({@link PeopleRegister}).
 */
final class EventTableWriter implements AggregateRuntime.Sink, PeopleRegister, AutoCloseable {
    private static final Object END = new Object();
    private final Serializer serializer;
    private final long seed;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(50_000);
    private final Thread thread;
    private final Connection connection;
    private final int batchSize;
    private volatile Throwable failure;
    private long events;
    private long snapshots;
    private long people;

    /** Writes into the database at {@code jdbcUrl}; with none (null), only counts what it is given. */
    EventTableWriter(String jdbcUrl, String user, Serializer serializer, long seed, int batchSize) throws SQLException {
        this.serializer = serializer;
        this.seed = seed;
        this.batchSize = batchSize;
        if (jdbcUrl == null) {
            // nowhere to write: the events are only counted (a dataset generated in memory)
            this.connection = null;
            this.thread = null;
            return;
        }
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        this.connection = DriverManager.getConnection(url, user, "");
        connection.setAutoCommit(false);
        thread = new Thread(this::run, "dataset-writer");
        thread.start();
    }

    private record Row(
            String eventId,
            String aggregateId,
            long sequence,
            String type,
            byte[] payload,
            String payloadType,
            String payloadRevision,
            byte[] metadata,
            String timestamp,
            boolean snapshot) {}

    private record PersonRow(String personId, PersonalData data) {}

    private record Erasure(String personId, LocalDate erasedOn) {}

    @Override
    public void event(DomainEventMessage<?> event) {
        put(event);
    }

    /** A snapshot holds the live aggregate, which changes on: it is serialized here, at once. */
    @Override
    public void snapshot(DomainEventMessage<?> snapshot) {
        if (thread == null) {
            snapshots++;
            return;
        }
        put(row(snapshot, true));
    }

    @Override
    public void enter(String personId, PersonalData data) {
        put(new PersonRow(personId, data));
    }

    @Override
    public void erase(String personId, LocalDate erasedOn) {
        put(new Erasure(personId, erasedOn));
    }

    long events() {
        return events;
    }

    long snapshots() {
        return snapshots;
    }

    private void put(Object item) {
        if (thread == null) {
            if (item instanceof DomainEventMessage<?>) events++;
            return;
        }
        if (failure != null) throw new IllegalStateException("Writing the dataset failed", failure);
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The event identifier is derived from the seed, the aggregate and the sequence number instead of
     * Axon's random UUID, so that the same seed gives the same rows.
     */
    private Row row(DomainEventMessage<?> message, boolean snapshot) {
        SerializedObject<byte[]> payload = serializer.serialize(message.getPayload(), byte[].class);
        SerializedObject<byte[]> metadata = serializer.serialize(message.getMetaData(), byte[].class);
        String eventId = UUID.nameUUIDFromBytes((seed + (snapshot ? "/snapshot/" : "/")
                                + message.getAggregateIdentifier() + "/" + message.getSequenceNumber())
                        .getBytes(StandardCharsets.UTF_8))
                .toString();
        return new Row(
                eventId,
                message.getAggregateIdentifier(),
                message.getSequenceNumber(),
                message.getType(),
                payload.getData(),
                payload.getType().getName(),
                payload.getType().getRevision(),
                metadata.getData(),
                DateTimeUtils.formatInstant(message.getTimestamp()),
                snapshot);
    }

    private void run() {
        try (PreparedStatement insertEvent = connection.prepareStatement("""
                insert into domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                    payloadtype, payloadrevision, payload, metadata) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement insertSnapshot = connection.prepareStatement("""
                insert into snapshotevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                    payloadtype, payloadrevision, payload, metadata) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement deleteOlderSnapshots = connection.prepareStatement(
                        "delete from snapshotevententry where aggregateidentifier = ? and sequencenumber < ?");
                PreparedStatement insertPerson = connection.prepareStatement(
                        "insert into person_register (person_id, full_name, email, organisation) values (?, ?, ?, ?)");
                PreparedStatement erasePerson = connection.prepareStatement("""
                     update person_register set full_name = null, email = null, organisation = null, erased_on = ?
                     where person_id = ?""")) {
            int pending = 0;
            boolean pendingSnapshots = false;
            boolean pendingPeople = false;
            boolean pendingErasures = false;
            while (true) {
                Object item = pending == 0 ? queue.take() : queue.poll();
                boolean flush = item == null || item == END || pending >= batchSize;
                if (flush && pending > 0) {
                    // people first: the events of the same batch may name them
                    if (pendingPeople) insertPerson.executeBatch();
                    insertEvent.executeBatch();
                    if (pendingSnapshots) {
                        deleteOlderSnapshots.executeBatch();
                        insertSnapshot.executeBatch();
                    }
                    if (pendingErasures) erasePerson.executeBatch();
                    connection.commit();
                    pending = 0;
                    pendingSnapshots = pendingPeople = pendingErasures = false;
                }
                if (item == END) break;
                if (item == null) continue;
                if (item instanceof DomainEventMessage<?> message) {
                    bind(insertEvent, row(message, false));
                    events++;
                } else if (item instanceof Row snapshot) {
                    bind(insertSnapshot, snapshot);
                    deleteOlderSnapshots.setString(1, snapshot.aggregateId());
                    deleteOlderSnapshots.setLong(2, snapshot.sequence());
                    deleteOlderSnapshots.addBatch();
                    pendingSnapshots = true;
                    snapshots++;
                } else if (item instanceof PersonRow person) {
                    insertPerson.setString(1, person.personId());
                    insertPerson.setString(2, person.data().name());
                    insertPerson.setString(3, person.data().email());
                    insertPerson.setString(4, person.data().organisation());
                    insertPerson.addBatch();
                    pendingPeople = true;
                    people++;
                } else if (item instanceof Erasure erasure) {
                    erasePerson.setObject(1, erasure.erasedOn());
                    erasePerson.setString(2, erasure.personId());
                    erasePerson.addBatch();
                    pendingErasures = true;
                }
                pending++;
            }
        } catch (Throwable e) {
            failure = e;
            queue.clear();
        }
    }

    private static void bind(PreparedStatement statement, Row row) throws SQLException {
        statement.setString(1, row.eventId());
        statement.setString(2, row.aggregateId());
        statement.setLong(3, row.sequence());
        statement.setString(4, row.type());
        statement.setString(5, row.timestamp());
        statement.setString(6, row.payloadType());
        statement.setString(7, row.payloadRevision());
        statement.setBytes(8, row.payload());
        statement.setBytes(9, row.metadata());
        statement.addBatch();
    }

    /** Waits until everything queued is written and committed. */
    @Override
    public void close() throws Exception {
        if (thread == null) return;
        if (thread.isAlive()) {
            if (failure == null) queue.put(END);
            thread.join();
        }
        connection.close();
        if (failure != null) throw new IllegalStateException("Writing the dataset failed", failure);
    }
}
