package nl.opgroeiruimte.casefile.infra.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.research.EventTypes.EventType;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Writes, for every stored event, one delivery per subscription that wants it, in the transaction that moves
 * this processor's token: after a crash the batch is handled again and finds its deliveries already there, so
 * each event is in the outbox exactly once per subscription. The events of one case are handled in order by
 * one segment, so their deliveries are numbered in the order of the case.
 */
@Component
@ProcessingGroup(NotificationOutbox.PROCESSOR)
class NotificationOutbox {
    static final String PROCESSOR = "notification-outbox";
    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final NotificationEvents events;
    private final StreamMunicipalities municipalities;
    private final Clock clock;

    NotificationOutbox(
            Subscriptions subscriptions,
            Deliveries deliveries,
            NotificationEvents events,
            StreamMunicipalities municipalities,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.events = events;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> message) {
        List<Subscription> active = subscriptions.active();
        if (active.isEmpty()) return;
        EventType type = events.typeOf(payload).orElse(null);
        if (type == null) return; // not an event of the case file's language
        String stream = message.getAggregateIdentifier();
        String municipality = municipalities.of(stream, payload);
        String kind = RecordedEvent.kindOf(payload.getClass());
        JsonNode data = null;
        Instant now = Instant.now(clock);
        for (Subscription subscription : active) {
            if (!subscription.wants(stream, municipality, kind, message.getTimestamp())) continue;
            if (data == null) data = events.data(payload);
            byte[] body =
                    events.body(type, message, data, subscription.pseudonymised() ? subscription.pseudonymKey() : null);
            deliveries.enqueue(
                    subscription.subscriptionId(),
                    message.getIdentifier(),
                    type.cloudEventsType(),
                    stream,
                    message.getSequenceNumber(),
                    new String(body, StandardCharsets.UTF_8),
                    now);
        }
    }
}
