package nl.opgroeiruimte.casefile.infra.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.opgroeiruimte.casefile.command.api.CommandDispatcher;
import nl.opgroeiruimte.casefile.command.api.CommandProperties;
import nl.opgroeiruimte.casefile.command.partnership.Case;
import nl.opgroeiruimte.casefile.infra.processing.ProcessingProperties;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.Recorder;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How Axon runs here: events in our own database (JDBC engine, schema by Flyway), Jackson for every
 * message, snapshots for long cases, bean validation on every command whichever way it is sent, and
 * the metadata that every event keeps about how it was recorded.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

    @Bean
    Clock clock(CaseFileProperties settings) {
        return Clock.system(settings.timeZone());
    }

    /**
     * Axon stamps each event with the time it was recorded; it takes that time from the same clock as
     * everything else, so that recording time can be controlled as one (tests, deadlines).
     */
    @Bean
    InitializingBean recordingTimeFromOurClock(Clock clock) {
        return () -> GenericEventMessage.clock = clock;
    }

    /**
     * Deadlines (Axon's DeadlineManager on db-scheduler) fall due by the same clock as everything else,
     * so "time passes by itself" can be tested by moving that clock; they persist in the database, so a
     * restarted service fires those that fell due while it was down. The data source is transaction
     * aware: a deadline is stored in the same transaction as the events of the command that set it.
     * With several instances each due deadline is picked by exactly one of them (a versioned update of its row in
     * {@code scheduled_tasks}); {@code picked_by} names it by its node id, as its claims in {@code tokenentry} do.
     * A deadline picked by an instance that died is picked again after six missed heartbeats.
     */
    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(
            DataSource dataSource,
            List<Task<?>> tasks,
            Clock caseFileClock,
            ProcessingProperties processing,
            DbSchedulerProperties schedulerSettings) {
        DataSource transactional = dataSource instanceof TransactionAwareDataSourceProxy
                ? dataSource
                : new TransactionAwareDataSourceProxy(dataSource);
        SchedulerBuilder builder = new SchedulerBuilder(transactional, tasks) {
            {
                this.clock = caseFileClock::instant;
                // recurring tasks (notification deliveries) are scheduled when the scheduler starts
                tasks.stream()
                        .filter(OnStartup.class::isInstance)
                        .map(OnStartup.class::cast)
                        .forEach(this.startTasks::add);
            }
        };
        // JSON, not Java serialization: the table stays readable by SQL and scannable (erasure checks)
        return builder.tableName("scheduled_tasks")
                .schedulerName(new SchedulerName.Fixed(processing.nodeId()))
                .serializer(new JacksonSerializer())
                .pollingInterval(schedulerSettings.getPollingInterval())
                .heartbeatInterval(schedulerSettings.getHeartbeatInterval())
                .threads(2)
                .build();
    }

    /** A case with a long history is rebuilt from its latest snapshot and the events after it. */
    @Bean
    SnapshotTriggerDefinition caseSnapshotTrigger(Snapshotter snapshotter, CaseFileProperties settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.snapshotThreshold());
    }

    /**
     * Cases stay in memory between commands ({@code casefile.commands.case-cache}, on by default; at most
     * {@code casefile.commands.case-cache-size}), so that a command does not load the snapshot and the
     * events after it again. Safe with several instances: a kept case is brought up to date with the events
     * another instance recorded before a command is decided ({@link CurrentCachingRepository}).
     */
    @Bean
    Cache caseCache(CommandProperties commands) {
        return commands.caseCache() ? new BoundedCache(commands.caseCacheSize()) : NoCache.INSTANCE;
    }

    /** The repository of cases: Axon's, with the kept case checked against the store before each command. */
    @Bean
    Repository<Case> caseRepository(
            EventStore eventStore,
            @Qualifier("caseCache") Cache caseCache,
            @Qualifier("caseSnapshotTrigger") SnapshotTriggerDefinition caseSnapshotTrigger,
            ParameterResolverFactory parameterResolverFactory,
            HandlerDefinition handlerDefinition) {
        EventSourcingRepository.Builder<Case> builder = EventSourcingRepository.builder(Case.class)
                .eventStore(eventStore)
                .cache(caseCache)
                .snapshotTriggerDefinition(caseSnapshotTrigger)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition);
        return new CurrentCachingRepository<>(builder, eventStore, caseCache);
    }

    /**
     * Each event records when it was recorded, by whom (the recorder, from the signed-in caller only), by
     * which command, and in which chain of causes; the command's own metadata (correlation id from the
     * caller, the resource it records) is carried over.
     */
    @Bean
    CorrelationDataProvider recordingMetadata(Clock clock) {
        return new RecordingMetadataProvider(clock);
    }

    /**
     * A deadline that falls due is handled outside any command, so Axon's command bus does not stamp its
     * events; this does, with the case file itself as their recorder.
     */
    @Bean
    InitializingBean deadlinesStampTheirEvents(DeadlineManager deadlines, CorrelationDataProvider recordingMetadata) {
        return () -> deadlines.registerHandlerInterceptor(new CorrelationDataInterceptor<>(List.of(recordingMetadata)));
    }

    /**
     * Every projection runs in a pooled streaming processor named after its processing group, with its
     * token in the database: it can be reset and replayed, and its segments shared between instances.
     */
    @Bean
    ConfigurerModule pooledStreamingProjections() {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors();
    }

    /** A projection that fails on a fact parks it in the dead-letter queue, also when its SQL failed. */
    @Bean
    ProjectionSavepoints projectionSavepoints(PlatformTransactionManager transactions) {
        return new ProjectionSavepoints(transactions);
    }

    /** Axon registers dispatch interceptor beans on the command gateway, the way every command is sent. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> commandValidation() {
        return new BeanValidationInterceptor<>();
    }

    static final class RecordingMetadataProvider implements CorrelationDataProvider {
        private final Clock clock;

        RecordingMetadataProvider(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Map<String, ?> correlationDataFor(Message<?> message) {
            Map<String, Object> data = new HashMap<>();
            data.put("recordedAt", Instant.now(clock).toString());
            data.put("commandId", message.getIdentifier());
            data.put("causationId", message.getIdentifier());
            Object correlation = message.getMetaData().get("correlationId");
            data.put("correlationId", correlation != null ? correlation : message.getIdentifier());
            data.putAll(recorder(message).asMetaData());
            Object resource = message.getMetaData().get(CommandDispatcher.RESOURCE);
            if (resource != null) data.put(CommandDispatcher.RESOURCE, resource);
            return data;
        }

        /**
         * A deadline is recorded by the case file itself, whoever set it. A command from a request names its
         * signed-in caller; one the service sends itself (the demo data, an import) names its recorder; any
         * other is the case file's own.
         */
        private static Recorder recorder(Message<?> message) {
            if (message instanceof DeadlineMessage<?> deadline)
                return Recorder.system("deadline " + deadline.getDeadlineName());
            Map<String, Object> metaData = message.getMetaData();
            Optional<Caller> caller = Caller.fromMetaData(metaData);
            if (caller.isPresent()) {
                Object userName = metaData.get(CommandDispatcher.USER_NAME);
                Object backfill = metaData.get(CommandDispatcher.BACKFILL_SOURCE);
                if (backfill != null) {
                    return Recorder.backfill(
                            caller.get(), userName == null ? null : userName.toString(), backfill.toString());
                }
                return Recorder.person(caller.get(), userName == null ? null : userName.toString());
            }
            Recorder named = Recorder.fromMetaData(metaData);
            return named != null ? named : Recorder.system("service");
        }
    }
}
