package nl.opgroeiruimte.casefile.infra.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The projections' processors keep Axon's metrics (messages counted and timed, latency, capacity,
 * under {@code eventProcessor.*} with a {@code processorName} tag), but capacity is measured over a
 * short window. Axon's own capacity monitor keeps every handled event's duration for ten minutes: at a
 * rebuild's pace that is millions of entries, and with the 10,000-case bench dataset it filled a
 * 512 MB heap on its own (BENCHMARKS.md, "heap"). Events a processor ignores are only counted
 * ({@link IgnoredEventsOnlyCounted}).
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionMetricsConfig {
    static final String PREFIX = "eventProcessor";

    @Bean
    ConfigurerModule processorMetricsWithShortCapacityWindow(
            MeterRegistry registry, ProcessorMetricsProperties settings) {
        Duration window = settings.capacityWindow();
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.configureMessageMonitor(
                        EventProcessor.class, (configuration, componentType, name) -> monitor(registry, name, window));
            }

            /** After Axon's own metrics module, whose event-processor monitors this replaces. */
            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    static MessageMonitor<Message<?>> monitor(MeterRegistry registry, String processor, Duration window) {
        Tags processorTag = Tags.of("processorName", processor);
        Function<Message<?>, Iterable<Tag>> tags = message -> processorTag;
        return new IgnoredEventsOnlyCounted(handled(registry, window, tags), registry, PREFIX, processorTag);
    }

    private static MessageMonitor<Message<?>> handled(
            MeterRegistry registry, Duration window, Function<Message<?>, Iterable<Tag>> tags) {
        return new MultiMessageMonitor<>(List.of(
                MessageTimerMonitor.buildMonitor(PREFIX, registry, tags),
                eventsOnly(EventProcessorLatencyMonitor.builder()
                        .meterNamePrefix(PREFIX)
                        .meterRegistry(registry)
                        .tagsBuilder(tags)
                        .build()),
                CapacityMonitor.buildMonitor(PREFIX, registry, window.toMillis(), TimeUnit.MILLISECONDS, tags),
                MessageCountingMonitor.buildMonitor(PREFIX, registry, tags)));
    }

    /** The latency monitor reads an event's timestamp; processors only ever hand it events. */
    @SuppressWarnings("unchecked")
    private static MessageMonitor<Message<?>> eventsOnly(MessageMonitor<? super EventMessage<?>> monitor) {
        return (MessageMonitor<Message<?>>) (MessageMonitor<?>) monitor;
    }
}
