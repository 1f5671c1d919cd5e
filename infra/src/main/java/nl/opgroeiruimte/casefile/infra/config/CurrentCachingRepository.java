package nl.opgroeiruimte.casefile.infra.config;

import java.util.Objects;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's caching repository, made safe with several instances and with the transaction around a command.
 * A case kept in memory is used only when its version is the last sequence number the store holds for it
 * (one query on the case's index, in the command's transaction):
 * <ul>
 *   <li>the store holds more: another instance recorded something meanwhile; those events are applied to
 *       the kept case before the command is decided, so that it is never decided, nor refused, on a state
 *       that is no longer the case's;</li>
 *   <li>the store holds less: the kept case has events of a transaction that has not committed (yet) or
 *       rolled back after Axon's unit of work had finished; it is dropped and the case loaded from the
 *       store, as without the cache.</li>
 * </ul>
 * A kept case is also dropped when the transaction of the command that loaded it does not commit, so that
 * events never stored are not remembered. Two commands decided at once, on one instance or two, still meet
 * at the unique key on (case, sequence number): one is stored, the other rolls back.
 */
final class CurrentCachingRepository<T> extends CachingEventSourcingRepository<T> {
    private final EventStore eventStore;
    private final Cache cache;

    CurrentCachingRepository(EventSourcingRepository.Builder<T> builder, EventStore eventStore, Cache cache) {
        super(builder);
        this.eventStore = eventStore;
        this.cache = cache;
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        forgetUnlessCommitted(aggregateIdentifier);
        if (!cache.containsKey(aggregateIdentifier)) return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        Long kept = aggregate.version();
        Long stored = eventStore.lastSequenceNumberFor(aggregateIdentifier).orElse(null);
        if (Objects.equals(kept, stored)) return aggregate;
        if (kept != null && stored != null && stored > kept) {
            aggregate.initializeState(eventStore.readEvents(aggregateIdentifier, kept + 1));
            return aggregate;
        }
        cache.remove(aggregateIdentifier);
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }

    private void forgetUnlessCommitted(String aggregateIdentifier) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) return;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) cache.remove(aggregateIdentifier);
            }
        });
    }
}
