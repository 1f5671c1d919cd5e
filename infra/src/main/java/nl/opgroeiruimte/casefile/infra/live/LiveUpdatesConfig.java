package nl.opgroeiruimte.casefile.infra.live;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live-updates processor only tells open pages about what is recorded from now on: it begins at the
 * head of the event stream, never at the tail, and one segment is enough. Its position is kept in memory,
 * not in the database: the pages are connected to one instance, and every instance must see every event
 * to tell its own pages, whichever instance recorded it (docs/scaling.md).
 */
@Configuration(proxyBeanMethods = false)
public class LiveUpdatesConfig {

    @Bean
    ConfigurerModule liveUpdatesFromTheHeadOnEveryInstance() {
        return configurer -> configurer
                .eventProcessing()
                .registerTokenStore(LiveUpdates.GROUP, config -> new InMemoryTokenStore())
                .registerPooledStreamingEventProcessorConfiguration(
                        LiveUpdates.GROUP,
                        (config, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken)
                                .initialSegmentCount(1));
    }
}
