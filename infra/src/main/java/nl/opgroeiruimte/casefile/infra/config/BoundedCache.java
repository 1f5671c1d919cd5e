package nl.opgroeiruimte.casefile.infra.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.util.List;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Axon's {@link Cache} on a Caffeine map of at most {@code maximumSize} entries, the least recently used
 * dropped first, and held by soft references, which the garbage collector clears before the heap runs
 * out. Unlike Axon's weak-reference cache, whose entries the next collection of the young generation
 * clears (a case was rarely still there for its next command), an entry stays while there is room.
 */
final class BoundedCache implements Cache {
    private final ConcurrentMap<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    BoundedCache(long maximumSize) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .softValues()
                .executor(Runnable::run) // evict on the caller's thread: no pool of its own, and as soon as it is full
                .evictionListener((key, value, cause) -> {
                    if (cause == RemovalCause.EXPIRED || cause.wasEvicted()) {
                        listeners.forEach(listener -> listener.onEntryExpired(key));
                    }
                })
                .build()
                .asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        V value = (V) entries.get(key);
        if (value != null) listeners.forEach(listener -> listener.onEntryRead(key, value));
        return value;
    }

    @Override
    public void put(Object key, Object value) {
        Object previous = entries.put(key, value);
        if (previous == null) listeners.forEach(listener -> listener.onEntryCreated(key, value));
        else listeners.forEach(listener -> listener.onEntryUpdated(key, value));
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean added = entries.putIfAbsent(key, value) == null;
        if (added) listeners.forEach(listener -> listener.onEntryCreated(key, value));
        return added;
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) listeners.forEach(listener -> listener.onEntryRemoved(key));
        return removed;
    }

    @Override
    public void removeAll() {
        entries.keySet().forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
