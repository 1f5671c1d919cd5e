package nl.opgroeiruimte.casefile.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

/** The case cache keeps what commands recently used, up to its size, and tells Axon what it dropped. */
class BoundedCacheTest {

    @Test
    void keepsTheCasesItWasGivenUntilTheyAreRemoved() {
        BoundedCache cache = new BoundedCache(10);
        cache.put("case-1", "state one");
        assertThat(cache.<String, String>get("case-1")).isEqualTo("state one");
        assertThat(cache.containsKey("case-1")).isTrue();
        assertThat(cache.putIfAbsent("case-1", "other")).isFalse();
        assertThat(cache.remove("case-1")).isTrue();
        assertThat(cache.containsKey("case-1")).isFalse();
        assertThat(cache.<String, String>get("case-1")).isNull();
    }

    @Test
    void dropsTheLeastRecentlyUsedCasesBeyondItsSizeAndSaysSo() {
        BoundedCache cache = new BoundedCache(2);
        List<Object> expired = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add(key);
            }
        });
        for (int i = 0; i < 50; i++) cache.put("case-" + i, "state " + i);
        long kept = java.util.stream.IntStream.range(0, 50)
                .filter(i -> cache.containsKey("case-" + i))
                .count();
        assertThat(kept).isLessThanOrEqualTo(2);
        assertThat(expired).hasSize(50 - (int) kept);
    }
}
