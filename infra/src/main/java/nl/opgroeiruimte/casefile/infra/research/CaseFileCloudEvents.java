package nl.opgroeiruimte.casefile.infra.research;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import nl.opgroeiruimte.casefile.infra.research.EventTypes.EventType;

/**
 * One stored event as an NL GOV CloudEvent (docs/research-export.md, "The format"): the one shape in which
 * events leave the case file, in an export line and in a notification alike.
 */
public final class CaseFileCloudEvents {
    private CaseFileCloudEvents() {}

    /**
     * @param sequenceNumber the event store's sequence number (from 0); the CloudEvent's {@code sequence} counts from 1
     * @param pseudonymiser  null for the full event; otherwise person ids become pseudonyms and free text is withheld
     * @param metadata       the stored metadata as JSON, carried only by a full event; may be null
     */
    public static CloudEvent of(
            EventType type,
            String eventId,
            String aggregateId,
            long sequenceNumber,
            JsonNode data,
            OffsetDateTime recorded,
            ZoneId zone,
            Pseudonymiser pseudonymiser,
            String metadata) {
        String subject = aggregateId;
        if (pseudonymiser != null) {
            data = pseudonymiser.data((ObjectNode) data, type.javaType());
            subject = pseudonymiser.aggregateId(aggregateId);
        }
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(eventId)
                .withSource(Streams.source(subject))
                .withType(type.cloudEventsType())
                .withSubject(subject)
                .withTime(occurredOn(data, recorded, zone))
                .withDataContentType(EventExporter.JSON)
                .withData(JsonCloudEventData.wrap(data))
                .withExtension(EventExporter.RECORDED_TIME, recorded)
                .withExtension(EventExporter.SEQUENCE, String.valueOf(sequenceNumber + 1))
                .withExtension(EventExporter.SEQUENCE_TYPE, "Integer");
        String role = data.path("actor").path("role").asText(null);
        if (role != null) event.withExtension(EventExporter.ACTOR_ROLE, role);
        if (pseudonymiser == null && metadata != null) {
            // correlation ids come from callers and may say anything: only a full event carries them
            event.withExtension(EventExporter.AXON_METADATA, metadata);
        }
        return event.build();
    }

    /** The JSON that export lines and notifications are written with (numbers kept exactly as stored). */
    public static ObjectMapper json() {
        return ResearchJson.mapper();
    }

    /** When it happened: the start of {@code occurredOn} in the case file's time zone. */
    private static OffsetDateTime occurredOn(JsonNode data, OffsetDateTime recorded, ZoneId zone) {
        String day = data.path("occurredOn").asText(null);
        if (day == null) return recorded;
        return LocalDate.parse(day).atStartOfDay(zone).toOffsetDateTime();
    }
}
