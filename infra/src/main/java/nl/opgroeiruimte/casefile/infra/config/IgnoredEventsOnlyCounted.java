package nl.opgroeiruimte.casefile.infra.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.monitoring.MessageMonitor;

/**
 * A processor's metrics that cost two counter increments for an event none of its segments handles.
 * A pooled processor's coordinator reports each such event outside a unit of work, and Axon's monitors
 * look up their timers, counters and gauges in the registry again for every message: with six
 * projections that skip most events, that lookup was ~11 % of a rebuild's CPU (BENCHMARKS.md,
 * "Rebuild"). Events a processor handles are reported inside their unit of work and get the full
 * monitors (timers, latency, capacity); ignored ones are only counted, in the same counters Axon uses
 * ({@code eventProcessor.ingestedCounter}, {@code eventProcessor.ignoredCounter}), resolved once.
 */
public final class IgnoredEventsOnlyCounted implements MessageMonitor<Message<?>> {
    private final MessageMonitor<Message<?>> handled;
    private final Counter ingested;
    private final Counter ignored;
    private final MonitorCallback countIgnored;

    IgnoredEventsOnlyCounted(MessageMonitor<Message<?>> handled, MeterRegistry registry, String prefix, Tags tags) {
        this.handled = handled;
        this.ingested = registry.counter(prefix + ".ingestedCounter", tags);
        this.ignored = registry.counter(prefix + ".ignoredCounter", tags);
        this.countIgnored = new MonitorCallback() {
            @Override
            public void reportSuccess() {
                // an event is only ever reported outside a unit of work when the processor ignores it
            }

            @Override
            public void reportFailure(Throwable cause) {
                // as above
            }

            @Override
            public void reportIgnored() {
                ignored.increment();
            }
        };
    }

    /** The monitors of handled events (for tests that inspect them). */
    public MessageMonitor<Message<?>> handled() {
        return handled;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        if (CurrentUnitOfWork.isStarted()) {
            return handled.onMessageIngested(message);
        }
        ingested.increment();
        return countIgnored;
    }
}
