package nl.opgroeiruimte.casefile.infra.live;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live-updates processor only tells open pages about what is recorded from now on: on its first
 * start it begins at the head of the event stream, never at the tail, and one segment is enough.
 */
@Configuration(proxyBeanMethods = false)
public class LiveUpdatesConfig {

    @Bean
    ConfigurerModule liveUpdatesFromTheHead() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                LiveUpdates.GROUP,
                (config, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken).initialSegmentCount(1));
    }
}
