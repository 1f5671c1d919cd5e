package nl.opgroeiruimte.casefile.infra.record;

import java.time.Clock;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The record as evidence: the hash chain in the event store, its seal for older events, and its verifier. */
@Configuration(proxyBeanMethods = false)
public class RecordConfig {

    /** As Axon's JDBC auto-configuration builds it, with the hash chain added on append. */
    @Bean
    EventStorageEngine eventStorageEngine(
            @Qualifier("serializer") Serializer snapshotSerializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            org.axonframework.config.Configuration axon,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            Clock clock) {
        return new ChainedJdbcEventStorageEngine(
                plainEngine(
                        snapshotSerializer,
                        eventSerializer,
                        persistenceExceptionResolver,
                        axon,
                        connectionProvider,
                        transactionManager),
                clock);
    }

    /** Axon's JDBC engine as its auto-configuration builds it: the chained engine's base, and the benchmark's baseline. */
    public static JdbcEventStorageEngine.Builder plainEngine(
            Serializer snapshotSerializer,
            Serializer eventSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            org.axonframework.config.Configuration axon,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema());
    }

    /** Spring Boot hands every Java migration bean to Flyway, on either vendor. */
    @Bean
    JavaMigration sealEventChains() {
        return new V55__Seal_event_chains();
    }

    @Bean
    ExportSigner exportSigner(RecordProperties properties) {
        return new ExportSigner(properties);
    }

    @Bean
    ChainVerifier chainVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new ChainVerifier(jdbc, transactions);
    }
}
