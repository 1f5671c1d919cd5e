package nl.opgroeiruimte.casefile.bench;

import nl.opgroeiruimte.casefile.infra.record.RecordConfig;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service as it was before the hash chain: Axon's plain JDBC engine instead of the chained one, for
 * {@code --unhashed}, the baseline of "the command rate before and after hashing". Only the benchmark adds
 * it; the service offers no way to store events without their hash. Deliberately not a {@code @Configuration}:
 * the service scans {@code nl.opgroeiruimte.casefile.*}, which would add it to every run; given as a source
 * of the application only with {@code --unhashed}, its bean methods are read all the same.
 */
class UnhashedStore {
    @Bean
    @Primary
    EventStorageEngine unhashedEventStorageEngine(
            @Qualifier("serializer") Serializer snapshotSerializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            org.axonframework.config.Configuration axon,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager) {
        return RecordConfig.plainEngine(
                        snapshotSerializer,
                        eventSerializer,
                        persistenceExceptionResolver,
                        axon,
                        connectionProvider,
                        transactionManager)
                .build();
    }
}
