package nl.opgroeiruimte.casefile.infra.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Axon runs here: events in our own database (JDBC engine, schema by Flyway), Jackson for every
 * message, snapshots for long cases, bean validation on every command whichever way it is sent, and
 * the metadata that every event keeps about how it was recorded.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

    @Bean
    Clock clock(@Value("${casefile.time-zone:Europe/Amsterdam}") ZoneId zone) {
        return Clock.system(zone);
    }

    /** A case with a long history is rebuilt from its latest snapshot and the events after it. */
    @Bean
    SnapshotTriggerDefinition caseSnapshotTrigger(Snapshotter snapshotter,
                                                  @Value("${casefile.snapshot-threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Each event records when it was recorded, by which command, and in which chain of causes; the
     * command's own metadata (correlation id from the caller) is carried over.
     */
    @Bean
    CorrelationDataProvider recordingMetadata(Clock clock) {
        return new RecordingMetadataProvider(clock);
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
            return data;
        }
    }
}
