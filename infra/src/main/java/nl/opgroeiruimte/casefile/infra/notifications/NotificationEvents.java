package nl.opgroeiruimte.casefile.infra.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.infra.research.CaseFileCloudEvents;
import nl.opgroeiruimte.casefile.infra.research.EventTypes;
import nl.opgroeiruimte.casefile.infra.research.EventTypes.EventType;
import nl.opgroeiruimte.casefile.infra.research.Pseudonymiser;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * A stored event as the notification that tells of it: the NL GOV CloudEvent of the research export
 * (docs/research-export.md), full or pseudonymised, written as structured-mode JSON
 * ({@code application/cloudevents+json}).
 */
@Component
class NotificationEvents {
    static final String CONTENT_TYPE = "application/cloudevents+json";
    private final EventTypes types;
    private final ObjectMapper caseFileJson;
    private final ObjectMapper cloudEventsJson = CaseFileCloudEvents.json();
    private final Clock clock;

    NotificationEvents(EventTypes types, ObjectMapper caseFileJson, Clock clock) {
        this.types = types;
        this.caseFileJson = caseFileJson;
        this.clock = clock;
    }

    Optional<EventType> typeOf(Object payload) {
        return types.ofStoredPayloadType(payload.getClass().getName());
    }

    /** The event's JSON as Axon stores it (the same ObjectMapper serialises events). */
    JsonNode data(Object payload) {
        return caseFileJson.valueToTree(payload);
    }

    /** The notification's body; {@code pseudonymKey} null for the full event. */
    byte[] body(EventType type, DomainEventMessage<?> message, JsonNode data, byte[] pseudonymKey) {
        Pseudonymiser pseudonymiser = pseudonymKey == null ? null : Pseudonymiser.withKey(pseudonymKey, List.of());
        CloudEvent event = CaseFileCloudEvents.of(
                type,
                message.getIdentifier(),
                message.getAggregateIdentifier(),
                message.getSequenceNumber(),
                data.deepCopy(),
                message.getTimestamp().atOffset(ZoneOffset.UTC),
                clock.getZone(),
                pseudonymiser,
                null);
        try {
            return cloudEventsJson.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as a CloudEvent", e);
        }
    }
}
