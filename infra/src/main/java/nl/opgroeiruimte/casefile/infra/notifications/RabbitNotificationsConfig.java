package nl.opgroeiruimte.casefile.infra.notifications;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.amqp.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * RabbitMQ, only when {@code casefile.notifications.rabbitmq.enabled}: Spring Boot's RabbitMQ auto-configuration
 * is excluded in application.yml and imported here, so without it nothing of RabbitMQ starts (no connection
 * factory, no health check that would fail without a broker).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "casefile.notifications.rabbitmq.enabled", havingValue = "true")
// a plain import: @ImportAutoConfiguration would honour the exclusion
@Import(RabbitAutoConfiguration.class)
public class RabbitNotificationsConfig {

    /** Declared on the broker whenever a connection opens (RabbitAdmin): durable, so bindings survive restarts. */
    @Bean
    TopicExchange notificationExchange(NotificationsProperties properties) {
        return new TopicExchange(properties.rabbitmq().exchange(), true, false);
    }

    @Bean
    RabbitPublisher rabbitPublisher(
            RabbitTemplate rabbit,
            NotificationEvents events,
            StreamMunicipalities municipalities,
            NotificationsProperties properties) {
        return new RabbitPublisher(rabbit, events, municipalities, properties);
    }

    /** Switched on in a running installation, the broker gets the events from then on, not the whole history. */
    @Bean
    ConfigurerModule rabbitPublisherStartsAtHead() {
        return configurer -> configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(
                        RabbitPublisher.PROCESSOR,
                        (config, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
    }
}
