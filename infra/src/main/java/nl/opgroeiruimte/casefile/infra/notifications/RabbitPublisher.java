package nl.opgroeiruimte.casefile.infra.notifications;

import java.util.Base64;
import nl.opgroeiruimte.casefile.infra.research.EventTypes;
import nl.opgroeiruimte.casefile.infra.research.EventTypes.EventType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes every stored event to the topic exchange, each confirmed by the broker before the processor moves
 * on: when the broker is away the processor stops and publishes the same events again once it is back (so an
 * event may arrive twice, never not at all). Routing key {@code {municipality}.{kind}.v{revision}}
 * ({@code GM0193.milestone-planned.v1}; {@code none} for initiatives' and people's streams).
 */
@ProcessingGroup(RabbitPublisher.PROCESSOR)
class RabbitPublisher {
    static final String PROCESSOR = "notification-rabbitmq";
    static final String NO_MUNICIPALITY = "none";

    private final RabbitTemplate rabbit;
    private final NotificationEvents events;
    private final StreamMunicipalities municipalities;
    private final NotificationsProperties.Rabbitmq settings;
    private final byte[] pseudonymKey;

    RabbitPublisher(
            RabbitTemplate rabbit,
            NotificationEvents events,
            StreamMunicipalities municipalities,
            NotificationsProperties properties) {
        this.rabbit = rabbit;
        this.events = events;
        this.municipalities = municipalities;
        this.settings = properties.rabbitmq();
        this.pseudonymKey = settings.pseudonymise() ? key(settings.pseudonymKey()) : null;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> message) {
        EventType type = events.typeOf(payload).orElse(null);
        if (type == null) return;
        String municipality = municipalities.of(message.getAggregateIdentifier(), payload);
        String routingKey = (municipality == null ? NO_MUNICIPALITY : municipality) + "."
                + type.cloudEventsType().substring(EventTypes.PREFIX.length());
        MessageProperties properties = new MessageProperties();
        properties.setContentType(NotificationEvents.CONTENT_TYPE);
        properties.setContentEncoding("UTF-8");
        properties.setMessageId(message.getIdentifier());
        properties.setType(type.cloudEventsType());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setHeader("cloudEvents:subject", message.getAggregateIdentifier());
        Message amqp = new Message(events.body(type, message, events.data(payload), pseudonymKey), properties);
        rabbit.invoke(channel -> {
            channel.send(settings.exchange(), routingKey, amqp);
            channel.waitForConfirmsOrDie(settings.confirmTimeout().toMillis());
            return null;
        });
    }

    private static byte[] key(String base64) {
        byte[] key = base64 == null ? new byte[0] : Base64.getDecoder().decode(base64);
        if (key.length < 32) {
            throw new IllegalStateException(
                    "casefile.notifications.rabbitmq.pseudonym-key must hold at least 32 bytes (Base64)"
                            + " when pseudonymise is on");
        }
        return key;
    }
}
