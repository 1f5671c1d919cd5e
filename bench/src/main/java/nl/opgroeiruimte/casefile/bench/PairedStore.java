package nl.opgroeiruimte.casefile.bench;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.opgroeiruimte.casefile.infra.record.ChainedJdbcEventStorageEngine;
import nl.opgroeiruimte.casefile.infra.record.RecordConfig;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's chained storage engine, except for the streams the benchmark names unhashed: those are
 * written and read by Axon's plain JDBC engine, as before the hash chain. One service, one JVM, one database
 * and the same moment for both, so that "the command rate before and after hashing" is measured on
 * commands interleaved in time ({@link HashCostBenchmark}) instead of in two runs that the machine's load
 * treats differently. Only the benchmark adds it (as {@link UnhashedStore}, deliberately not a
 * {@code @Configuration}); with no stream named, it is exactly the service's engine.
 */
class PairedStore {
    @Bean
    @Primary
    PairedEngine pairedEventStorageEngine(
            @Qualifier("serializer") Serializer snapshotSerializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            org.axonframework.config.Configuration axon,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            Clock clock) {
        JdbcEventStorageEngine.Builder builder = RecordConfig.plainEngine(
                snapshotSerializer,
                eventSerializer,
                persistenceExceptionResolver,
                axon,
                connectionProvider,
                transactionManager);
        return new PairedEngine(builder, clock, new PlainEngine(builder));
    }

    /** The chained engine, handing the streams named unhashed to the plain one. */
    static final class PairedEngine extends ChainedJdbcEventStorageEngine {
        private final PlainEngine plain;
        private final Set<String> unhashed = ConcurrentHashMap.newKeySet();

        PairedEngine(JdbcEventStorageEngine.Builder builder, Clock clock, PlainEngine plain) {
            super(builder, clock);
            this.plain = plain;
        }

        /** From now on these streams are written without their hash (their chain is broken from there). */
        void leaveUnhashed(List<String> streams) {
            unhashed.addAll(streams);
        }

        /** Every stream is hashed again (the ones left unhashed must be sealed before they are appended to). */
        void hashAll() {
            unhashed.clear();
        }

        @Override
        protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
            boolean allUnhashed = !events.isEmpty()
                    && events.stream()
                            .allMatch(e -> e instanceof DomainEventMessage<?> domain
                                    && unhashed.contains(domain.getAggregateIdentifier()));
            if (allUnhashed) plain.append(events, serializer);
            else super.appendEvents(events, serializer);
        }

        @Override
        protected List<? extends DomainEventData<?>> fetchDomainEvents(
                String stream, long firstSequence, int batchSize) {
            return unhashed.contains(stream)
                    ? plain.fetch(stream, firstSequence, batchSize)
                    : super.fetchDomainEvents(stream, firstSequence, batchSize);
        }
    }

    /** Axon's plain engine, its appending and reading opened to {@link PairedEngine}. */
    static final class PlainEngine extends JdbcEventStorageEngine {
        PlainEngine(JdbcEventStorageEngine.Builder builder) {
            super(builder);
        }

        void append(List<? extends EventMessage<?>> events, Serializer serializer) {
            appendEvents(events, serializer);
        }

        List<? extends DomainEventData<?>> fetch(String stream, long firstSequence, int batchSize) {
            return fetchDomainEvents(stream, firstSequence, batchSize);
        }
    }
}
