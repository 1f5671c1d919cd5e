package nl.opgroeiruimte.casefile.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

/** What a projection's metrics cost for the events it skips, and what they keep for the ones it handles. */
class IgnoredEventsOnlyCountedTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MessageMonitor<Message<?>> monitor =
            ProjectionMetricsConfig.monitor(registry, "people", Duration.ofSeconds(10));

    @Test
    void anEventTheCoordinatorSkipsIsCountedAsIgnoredWithoutTimersOrGauges() {
        monitor.onMessageIngested(GenericEventMessage.asEventMessage("skipped")).reportIgnored();

        assertThat(counted("eventProcessor.ignoredCounter")).isEqualTo(1);
        assertThat(registry.find("eventProcessor.allTimer").timer()).isNull();
        assertThat(registry.find("eventProcessor.capacity").gauge()).isNull();
    }

    @Test
    void anEventHandledInItsUnitOfWorkIsTimedAndMeasured() {
        var event = GenericEventMessage.asEventMessage("handled");

        DefaultUnitOfWork.startAndGet(event)
                .execute(() -> monitor.onMessageIngested(event).reportSuccess());

        assertThat(registry.get("eventProcessor.successTimer")
                        .tag("processorName", "people")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(counted("eventProcessor.processedCounter")).isEqualTo(1);
        assertThat(registry.find("eventProcessor.capacity").gauge()).isNotNull();
    }

    private double counted(String counter) {
        return registry.get(counter).tag("processorName", "people").counter().count();
    }
}
