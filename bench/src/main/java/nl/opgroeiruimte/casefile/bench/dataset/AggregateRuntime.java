package nl.opgroeiruimte.casefile.bench.dataset;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import nl.opgroeiruimte.casefile.command.initiative.Initiative;
import nl.opgroeiruimte.casefile.command.municipality.Municipality;
import nl.opgroeiruimte.casefile.command.partnership.Case;
import nl.opgroeiruimte.casefile.command.people.PeopleRegister;
import nl.opgroeiruimte.casefile.command.people.Person;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * The case file's own aggregates ({@link Case}, {@link Municipality}, {@link Initiative},
 * {@link Person}), run by Axon in memory: every generated command is decided by the same command
 * handlers, rules and command interceptors as in the service, with bean validation on dispatch like the
 * service's command gateway, and every generated event is one an aggregate applied. Only the storage
 * differs: events go to a {@link Sink} (batched JDBC into the event table) instead of one transaction per
 * command, aggregates stay in a cache instead of being read back, deadlines are fired by the simulated
 * clock, and snapshots are taken by Axon's own trigger (every {@code snapshotThreshold} events).
 */
final class AggregateRuntime implements AutoCloseable {

    /** Where the runtime puts what the aggregates produced. */
    interface Sink {
        void event(DomainEventMessage<?> event);

        void snapshot(DomainEventMessage<?> snapshot);
    }

    private final SimulatedClock clock;
    private final Sink sink;
    private final Configuration axon;
    private final Deadlines deadlines = new Deadlines();
    private final MapCache cache = new MapCache();
    private final CachedTargets targets = new CachedTargets();
    private final List<Repository<?>> repositories = new ArrayList<>();
    private final List<String[]> snapshotRequests = new ArrayList<>();
    private final Map<String, Class<?>> aggregateTypes = new HashMap<>();
    private final Set<String> retired = new HashSet<>();
    private final CorrelationDataProvider recordingMetadata;
    private final boolean deadlineMetadata;
    private long deadlinesFired;

    AggregateRuntime(
            SimulatedClock clock, PeopleRegister register, Sink sink, int snapshotThreshold, boolean deadlineMetadata) {
        this.clock = clock;
        this.sink = sink;
        this.deadlineMetadata = deadlineMetadata;
        this.recordingMetadata = new RecordingMetadata(clock);
        Snapshotter snapshotter = (type, id) -> snapshotRequests.add(new String[] {type.getName(), id});
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new SinkStorageEngine())
                .configureCorrelationDataProviders(c -> List.of(recordingMetadata))
                .registerComponent(Clock.class, c -> clock)
                .registerComponent(PeopleRegister.class, c -> register)
                .configureDeadlineManager(c -> deadlines);
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Case.class)
                .configureCache(c -> cache)
                .configureCommandTargetResolver(c -> targets)
                .configureSnapshotTrigger(
                        c -> new EventCountSnapshotTriggerDefinition(snapshotter, snapshotThreshold)));
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Municipality.class)
                .configureCache(c -> cache)
                .configureCommandTargetResolver(c -> targets)
                .configureSnapshotTrigger(
                        c -> new EventCountSnapshotTriggerDefinition(snapshotter, snapshotThreshold)));
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Initiative.class)
                .configureCache(c -> cache)
                .configureCommandTargetResolver(c -> targets));
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Person.class)
                .configureCache(c -> cache)
                .configureCommandTargetResolver(c -> targets));
        axon = configurer.start();
        // the service validates every command on dispatch (AxonConfig.commandValidation); so do we
        axon.commandBus().registerDispatchInterceptor(new BeanValidationInterceptor<>());
        for (Class<?> type : List.of(Case.class, Municipality.class, Initiative.class, Person.class)) {
            repositories.add(axon.repository(type));
            aggregateTypes.put(type.getName(), type);
        }
        GenericEventMessage.clock = clock;
    }

    /**
     * Sends one command, decided by its aggregate as the service would; a refusal is thrown. The
     * command's identifier is given, so that the metadata of its events (commandId, correlationId) is
     * reproducible.
     */
    void send(Object command, String commandId) {
        CommandMessage<?> message = new GenericCommandMessage<>(
                new GenericMessage<>(commandId, command, MetaData.emptyInstance()),
                command.getClass().getName());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        axon.commandBus().dispatch(message, (m, result) -> {
            if (result.isExceptional()) failure.set(result.exceptionResult());
        });
        if (failure.get() != null) {
            Throwable cause = failure.get();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        takeSnapshots();
    }

    /** Lets time pass up to the moment: every deadline that falls due by then fires, in order. */
    void letTimePass(Instant until) {
        while (!deadlines.queue.isEmpty() && !deadlines.queue.peek().at().isAfter(until)) {
            Scheduled due = deadlines.queue.poll();
            if (retired.contains(due.aggregateId())) continue;
            // db-scheduler picks a due task up within its polling interval
            clock.set(due.at().plusSeconds(1));
            DeadlineMessage<?> message = new GenericDeadlineMessage<>(
                    due.name(), new GenericMessage<>(due.id(), due.payload(), MetaData.emptyInstance()), due::at);
            DefaultUnitOfWork<DeadlineMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(message);
            if (deadlineMetadata) unitOfWork.registerCorrelationDataProvider(recordingMetadata);
            var result = unitOfWork.executeWithResult(
                    () -> {
                        for (Repository<?> repository : repositories) {
                            if (repository.canResolve(due.scope())) repository.send(message, due.scope());
                        }
                        return null;
                    },
                    RollbackConfigurationType.ANY_THROWABLE);
            if (result.isExceptional())
                throw new IllegalStateException("Deadline " + due + " failed", result.exceptionResult());
            deadlinesFired++;
            takeSnapshots();
        }
    }

    /**
     * An aggregate that will receive no more commands (a closed case) leaves the cache; its pending
     * deadlines would change nothing any more (a closed case records no time passing after its closure).
     */
    void retire(String aggregateId) {
        retired.add(aggregateId);
        cache.remove(aggregateId);
    }

    /** The deadlines still pending: they are handed to the service's own deadline manager after loading. */
    List<Scheduled> pendingDeadlines() {
        return deadlines.queue.stream()
                .filter(d -> !retired.contains(d.aggregateId()))
                .sorted()
                .toList();
    }

    long deadlinesFired() {
        return deadlinesFired;
    }

    private void takeSnapshots() {
        if (snapshotRequests.isEmpty()) return;
        List<String[]> requests = new ArrayList<>(snapshotRequests);
        snapshotRequests.clear();
        for (String[] request : requests) {
            Class<?> type = aggregateTypes.get(request[0]);
            Repository<?> repository = axon.repository(type);
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericCommandMessage<>("snapshot"));
            var result = unitOfWork.executeWithResult(
                    () -> {
                        Aggregate<?> aggregate = repository.load(request[1]);
                        Object root = aggregate.invoke(r -> r);
                        // what Axon's AggregateSnapshotter stores: the aggregate root at its version, empty metadata
                        sink.snapshot(new GenericDomainEventMessage<>(
                                aggregate.type(), request[1], aggregate.version(), root));
                        return null;
                    },
                    RollbackConfigurationType.ANY_THROWABLE);
            if (result.isExceptional())
                throw new IllegalStateException("Snapshot of " + request[1] + " failed", result.exceptionResult());
        }
    }

    @Override
    public void close() {
        axon.shutdown();
    }

    /** The metadata the service's AxonConfig.RecordingMetadataProvider gives every event of a command. */
    static final class RecordingMetadata implements CorrelationDataProvider {
        private final Clock clock;

        RecordingMetadata(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Map<String, ?> correlationDataFor(org.axonframework.messaging.Message<?> message) {
            Map<String, Object> data = new HashMap<>();
            data.put("recordedAt", Instant.now(clock).toString());
            data.put("commandId", message.getIdentifier());
            data.put("causationId", message.getIdentifier());
            Object correlation = message.getMetaData().get("correlationId");
            data.put("correlationId", correlation != null ? correlation : message.getIdentifier());
            return data;
        }
    }

    /** A deadline an aggregate set, to fire when the simulated clock reaches it. */
    record Scheduled(
            Instant at, long order, String id, String name, Object payload, ScopeDescriptor scope, String aggregateId)
            implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    private static final class Deadlines implements DeadlineManager {
        final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
        long order;

        @Override
        public String schedule(Instant at, String name, Object payload, ScopeDescriptor scope) {
            String aggregateId = scope instanceof AggregateScopeDescriptor aggregate
                    ? String.valueOf(aggregate.getIdentifier())
                    : null;
            // resolve the lazily described scope now, while the aggregate is at hand
            ScopeDescriptor resolved = scope instanceof AggregateScopeDescriptor aggregate
                    ? new AggregateScopeDescriptor(aggregate.getType(), aggregateId)
                    : scope;
            String id = "deadline-" + (++order);
            queue.add(new Scheduled(at, order, id, name, payload, resolved, aggregateId));
            return id;
        }

        @Override
        public void cancelSchedule(String name, String id) {
            queue.removeIf(d -> d.name().equals(name) && d.id().equals(id));
        }

        @Override
        public void cancelAll(String name) {
            queue.removeIf(d -> d.name().equals(name));
        }

        @Override
        public void cancelAllWithinScope(String name, ScopeDescriptor scope) {
            queue.removeIf(d -> d.name().equals(name) && d.scope().equals(scope));
        }

        @Override
        public Registration registerDispatchInterceptor(
                MessageDispatchInterceptor<? super DeadlineMessage<?>> interceptor) {
            return () -> true;
        }

        @Override
        public Registration registerHandlerInterceptor(
                MessageHandlerInterceptor<? super DeadlineMessage<?>> interceptor) {
            return () -> true;
        }
    }

    /**
     * Finds the target of a command through its {@code @TargetAggregateIdentifier}, as Axon's
     * AnnotationCommandTargetResolver does, but looks the annotated member up once per command class
     * instead of reading the annotations again for every command (which dominated generating).
     */
    private static final class CachedTargets implements CommandTargetResolver {
        private final Map<Class<?>, java.util.function.Function<Object, Object>> accessors = new HashMap<>();

        @Override
        public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
            Object payload = command.getPayload();
            Object id = accessors
                    .computeIfAbsent(payload.getClass(), CachedTargets::accessor)
                    .apply(payload);
            if (id == null)
                throw new IllegalArgumentException(
                        "No target aggregate in " + payload.getClass().getSimpleName());
            return new VersionedAggregateIdentifier(id, null);
        }

        private static java.util.function.Function<Object, Object> accessor(Class<?> type) {
            for (java.lang.reflect.Method method : type.getMethods()) {
                if (method.getParameterCount() == 0 && method.isAnnotationPresent(TargetAggregateIdentifier.class)) {
                    return payload -> invoke(method, payload);
                }
            }
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(TargetAggregateIdentifier.class)) {
                    field.setAccessible(true);
                    return payload -> {
                        try {
                            return field.get(payload);
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    };
                }
            }
            throw new IllegalArgumentException(type + " names no @TargetAggregateIdentifier");
        }

        private static Object invoke(java.lang.reflect.Method method, Object payload) {
            try {
                return method.invoke(payload);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every aggregate stays in memory until it is retired: none is ever read back from storage. */
    private static final class MapCache implements Cache {
        private final Map<Object, Object> entries = new HashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> V get(K key) {
            return (V) entries.get(key);
        }

        @Override
        public void put(Object key, Object value) {
            entries.put(key, value);
        }

        @Override
        public boolean putIfAbsent(Object key, Object value) {
            return entries.putIfAbsent(key, value) == null;
        }

        @Override
        public boolean remove(Object key) {
            return entries.remove(key) != null;
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public Registration registerCacheEntryListener(EntryListener listener) {
            return () -> true;
        }
    }

    /** Appended events go to the sink; nothing is read back (the cache holds every live aggregate). */
    private final class SinkStorageEngine implements EventStorageEngine {
        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            for (EventMessage<?> event : events) sink.event((DomainEventMessage<?>) event);
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            sink.snapshot(snapshot);
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
            return Stream.empty();
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return DomainEventStream.empty();
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return Optional.empty();
        }

        @Override
        public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
            return Optional.empty();
        }
    }
}
