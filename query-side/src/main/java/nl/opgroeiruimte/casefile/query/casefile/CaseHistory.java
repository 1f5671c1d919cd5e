package nl.opgroeiruimte.casefile.query.casefile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opgroeiruimte.casefile.kernel.common.Recorder;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The recorded events of one aggregate (a case, a municipality), read from the event store and kept in
 * a bounded in-memory cache that is brought up to date incrementally: a second look at a long case
 * costs one indexed query for its last sequence number plus the events recorded since. This is what
 * makes folding a case's history "as of any date" cheap (docs/as-of-design.md).
 */
@Component
public class CaseHistory {
    private final EventStore eventStore;
    private final int maxCachedEvents;
    private final Map<String, List<RecordedEvent>> cache = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, List<RecordedEvent>> byOccurrence = new HashMap<>();
    private int cachedEvents;

    public CaseHistory(EventStore eventStore, HistoryCacheProperties settings) {
        this.eventStore = eventStore;
        this.maxCachedEvents = settings.maxEvents() > 0
                ? settings.maxEvents()
                : forHeap(Runtime.getRuntime().maxMemory());
    }

    static int forHeap(long maxHeapBytes) {
        return (int) Math.max(10_000, Math.min(Integer.MAX_VALUE, maxHeapBytes / 5 / 1024));
    }

    int maxCachedEvents() {
        return maxCachedEvents;
    }

    /** All events of the case in recording order; unknown cases are an error. */
    public List<RecordedEvent> ofCase(String caseId) {
        List<RecordedEvent> events = of(caseId);
        if (events.isEmpty()) throw new UnknownEntity("case", caseId);
        return events;
    }

    /**
     * All events of the case in the order they happened (then the order they were recorded): the order
     * in which the read side folds them. Sorted once per change of the case, not per question.
     */
    public List<RecordedEvent> ofCaseInOccurrenceOrder(String caseId) {
        List<RecordedEvent> events = ofCase(caseId);
        synchronized (this) {
            List<RecordedEvent> sorted = byOccurrence.get(caseId);
            if (sorted != null && sorted.size() == events.size()) return sorted;
        }
        List<RecordedEvent> sorted = events.stream()
                .sorted(Comparator.comparing(
                                RecordedEvent::occurredOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(RecordedEvent::sequence))
                .toList();
        synchronized (this) {
            if (cache.containsKey(caseId)) byOccurrence.put(caseId, sorted);
        }
        return sorted;
    }

    /** All events of the aggregate in recording order; empty when there are none. */
    public List<RecordedEvent> of(String aggregateId) {
        Optional<Long> last = eventStore.lastSequenceNumberFor(aggregateId);
        if (last.isEmpty()) return List.of();
        List<RecordedEvent> known;
        synchronized (this) {
            known = cache.get(aggregateId);
        }
        long knownUpTo = known == null || known.isEmpty()
                ? -1
                : known.get(known.size() - 1).sequence();
        if (knownUpTo >= last.get()) return known;
        List<RecordedEvent> fresh = new ArrayList<>(known == null ? List.of() : known);
        eventStore
                .readEvents(aggregateId, knownUpTo + 1)
                .asStream()
                .map(CaseHistory::recorded)
                .forEach(fresh::add);
        List<RecordedEvent> result = Collections.unmodifiableList(fresh);
        remember(aggregateId, result);
        return result;
    }

    private synchronized void remember(String aggregateId, List<RecordedEvent> events) {
        List<RecordedEvent> replaced = cache.put(aggregateId, events);
        cachedEvents += events.size() - (replaced == null ? 0 : replaced.size());
        var eldest = cache.entrySet().iterator();
        while (cachedEvents > maxCachedEvents && eldest.hasNext()) {
            var entry = eldest.next();
            if (entry.getKey().equals(aggregateId)) continue;
            cachedEvents -= entry.getValue().size();
            byOccurrence.remove(entry.getKey());
            eldest.remove();
        }
    }

    private static RecordedEvent recorded(DomainEventMessage<?> message) {
        return new RecordedEvent(
                message.getIdentifier(),
                message.getAggregateIdentifier(),
                message.getSequenceNumber(),
                message.getTimestamp(),
                message.getPayload(),
                Recorder.fromMetaData(message.getMetaData()));
    }
}
