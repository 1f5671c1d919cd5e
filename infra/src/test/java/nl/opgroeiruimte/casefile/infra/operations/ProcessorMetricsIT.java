package nl.opgroeiruimte.casefile.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import nl.opgroeiruimte.casefile.infra.config.IgnoredEventsOnlyCounted;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.Eventually;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The projections keep Axon's processor metrics, with capacity measured over a short window: Axon's
 * default keeps every handled event for ten minutes, which a rebuild turns into millions of entries.
 */
class ProcessorMetricsIT extends PostgresIntegrationTest {

    @Autowired
    MeterRegistry registry;

    @Autowired
    Configuration axon;

    @Test
    void aRecordedFactIsCountedTimedAndMeasuredPerProjection() {
        double before = processed("timeline");

        api().post("/api/v1/cases", CaseJson.request("2024-03-01"));

        Eventually.eventually(
                Duration.ofSeconds(10), () -> assertThat(processed("timeline")).isGreaterThan(before));
        for (String meter :
                new String[] {"eventProcessor.capacity", "eventProcessor.latency", "eventProcessor.successTimer"}) {
            assertThat(Search.in(registry)
                            .name(meter)
                            .tag("processorName", "timeline")
                            .meter())
                    .as(meter)
                    .isNotNull();
        }
    }

    @Test
    void capacityIsMeasuredOverTenSecondsNotTenMinutes() throws Exception {
        MessageMonitor<?> monitor = axon.messageMonitor(EventProcessor.class, "timeline");

        CapacityMonitor capacity = capacityIn(monitor);

        assertThat(capacity).as("the processor's capacity monitor").isNotNull();
        var window = CapacityMonitor.class.getDeclaredField("window");
        window.setAccessible(true);
        var unit = CapacityMonitor.class.getDeclaredField("timeUnit");
        unit.setAccessible(true);
        long millis = ((TimeUnit) unit.get(capacity)).toMillis((long) window.get(capacity));
        assertThat(millis).as("capacity window").isEqualTo(10_000);
    }

    private double processed(String processor) {
        var counter = Search.in(registry)
                .name("eventProcessor.processedCounter")
                .tag("processorName", processor)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static CapacityMonitor capacityIn(MessageMonitor<?> monitor) throws Exception {
        if (monitor instanceof CapacityMonitor capacity) return capacity;
        if (monitor instanceof IgnoredEventsOnlyCounted counted) return capacityIn(counted.handled());
        if (monitor instanceof MultiMessageMonitor<?> multi) {
            var field = MultiMessageMonitor.class.getDeclaredField("messageMonitors");
            field.setAccessible(true);
            for (Object inner : (Iterable<?>) field.get(multi)) {
                CapacityMonitor found = capacityIn((MessageMonitor<?>) inner);
                if (found != null) return found;
            }
        }
        return null;
    }
}
