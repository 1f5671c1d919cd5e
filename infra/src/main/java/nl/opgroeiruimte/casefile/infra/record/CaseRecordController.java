package nl.opgroeiruimte.casefile.infra.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;
import nl.opgroeiruimte.casefile.kernel.common.Recorder;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case's own audit log (who recorded what, when, through which request) and the proof that its
 * history was not rewritten since (the hash chain recomputed from the store).
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "case history")
public class CaseRecordController {
    private final EventStore eventStore;
    private final CaseAccess access;
    private final ChainVerifier verifier;
    private final Clock clock;

    public CaseRecordController(EventStore eventStore, CaseAccess access, ChainVerifier verifier, Clock clock) {
        this.eventStore = eventStore;
        this.access = access;
        this.verifier = verifier;
        this.clock = clock;
    }

    /** One recording: what was recorded, when, by whom, in whose name, through which request, and the resource it made. */
    public record Recording(
            long sequenceNumber,
            String eventId,
            String what,
            Instant recordedAt,
            Recorder recorder,
            Actor actor,
            String correlationId,
            String commandId,
            String resource,
            String chainHash) {}

    /** A page of recordings, oldest first, in the manner of the ZGW APIs' audit trail. */
    public record Recordings(long count, int page, int pageSize, List<Recording> results) {}

    public record Verification(
            String caseId,
            long events,
            boolean intact,
            Long brokenAt,
            String problem,
            String head,
            long sealedEvents,
            Instant verifiedAt) {}

    @GetMapping("/{caseId}/recordings")
    @Operation(summary = "The case's audit log: who recorded what, when, through which request (paged, oldest first)")
    public Recordings recordings(
            @PathVariable String caseId,
            @RequestParam(defaultValue = "1") @Min(1) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int pageSize) {
        access.requireRead(caseId);
        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(caseId, 0L).asStream().toList();
        if (events.isEmpty()) throw new UnknownEntity("case", caseId);
        List<Recording> results = events.stream()
                .skip((long) (page - 1) * pageSize)
                .limit(pageSize)
                .map(CaseRecordController::recording)
                .toList();
        return new Recordings(events.size(), page, pageSize, results);
    }

    @GetMapping("/{caseId}/verification")
    @Operation(summary = "Recompute the case's hash chain from the store and name the first broken link, if any")
    public Verification verification(@PathVariable String caseId) {
        access.requireRead(caseId);
        ChainVerifier.Verdict verdict = verifier.verify(caseId);
        if (verdict.events() == 0) throw new UnknownEntity("case", caseId);
        return new Verification(
                caseId,
                verdict.events(),
                verdict.intact(),
                verdict.brokenAt(),
                verdict.problem(),
                verdict.head(),
                verdict.sealedEvents(),
                Instant.now(clock));
    }

    private static Recording recording(DomainEventMessage<?> event) {
        Map<String, Object> metaData = event.getMetaData();
        Actor actor = event.getPayload() instanceof CaseFileEvent fact ? fact.actor() : null;
        return new Recording(
                event.getSequenceNumber(),
                event.getIdentifier(),
                event.getPayloadType().getSimpleName(),
                event.getTimestamp(),
                Recorder.fromMetaData(metaData),
                actor,
                text(metaData.get("correlationId")),
                text(metaData.get("commandId")),
                text(metaData.get("resource")),
                text(metaData.get(EventChain.HASH)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
