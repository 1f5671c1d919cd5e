package nl.opgroeiruimte.casefile.query.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import nl.opgroeiruimte.casefile.query.support.Page;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stored events of one case exactly as the event store keeps them: the raw record that every
 * projection is built from, in recording order.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "case history")
public class CaseEventsController {
    private final EventStore eventStore;

    private final CaseAccess access;

    public CaseEventsController(EventStore eventStore, CaseAccess access) {
        this.eventStore = eventStore;
        this.access = access;
    }

    /** One stored event: its place in the case, what it is, when it was recorded, and what it says. */
    public record StoredEvent(
            long sequenceNumber,
            String eventId,
            String type,
            Instant recordedAt,
            Object payload,
            Map<String, ?> metadata) {}

    @GetMapping("/{caseId}/events")
    @Operation(summary = "The stored events of a case, in recording order, a page at a time")
    public Page<StoredEvent> events(
            @PathVariable String caseId,
            @RequestParam(defaultValue = "1") @Min(1) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int pageSize) {
        access.requireRead(caseId);
        long total = eventStore
                .lastSequenceNumberFor(caseId)
                .map(last -> last + 1)
                .orElseThrow(() -> new UnknownEntity("case", caseId));
        // sequence numbers count from 0 without gaps, so a page starts at its offset
        List<StoredEvent> events = eventStore
                .readEvents(caseId, Page.offset(page, pageSize))
                .asStream()
                .limit(pageSize)
                .map(CaseEventsController::stored)
                .toList();
        return Page.of(events, page, pageSize, total);
    }

    static StoredEvent stored(DomainEventMessage<?> message) {
        return new StoredEvent(
                message.getSequenceNumber(),
                message.getIdentifier(),
                message.getPayloadType().getSimpleName(),
                message.getTimestamp(),
                message.getPayload(),
                message.getMetaData());
    }
}
