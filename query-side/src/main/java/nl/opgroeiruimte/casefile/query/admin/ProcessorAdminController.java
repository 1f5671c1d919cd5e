package nl.opgroeiruimte.casefile.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import nl.opgroeiruimte.casefile.kernel.common.DomainRuleViolation;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.admin.StoredTokens.StoredToken;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds a projection from the event store while the service stays up: the processor stops, its
 * reset handler clears its tables, its tokens go back to the start, and it catches up again. Progress
 * is the position of each segment against the head of the event store, and which instance processes it:
 * every instance answers for all segments, those held elsewhere as committed in the token store. With
 * several instances a replay needs the other instances stopped (docs/scaling.md).
 */
@RestController
@RequestMapping("/api/v1/admin/processors")
@Tag(name = "administration", description = "Replay projections")
public class ProcessorAdminController {
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final StoredTokens storedTokens;

    public ProcessorAdminController(
            EventProcessingConfiguration processing, EventStore eventStore, StoredTokens storedTokens) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.storedTokens = storedTokens;
    }

    /** Where a processor stands: per segment, its position and whether it is replaying. */
    public record ProcessorProgress(
            String name,
            boolean replayable,
            boolean running,
            boolean replaying,
            boolean caughtUp,
            long headPosition,
            List<SegmentProgress> segments) {}

    /** {@code processedBy}: the node id of the instance that holds the segment, none while nobody does. */
    public record SegmentProgress(
            int segment, Long position, boolean replaying, boolean caughtUp, String processedBy) {}

    @GetMapping
    @Operation(summary = "All projection processors and their progress")
    public List<ProcessorProgress> all() {
        // only the streaming ones: an instance's stand-ins for processors run by other instances have no progress
        return processing.eventProcessors().entrySet().stream()
                .filter(processor -> processor.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey)
                .sorted()
                .map(this::progress)
                .toList();
    }

    @GetMapping("/{name}")
    @Operation(summary = "Progress of one projection processor")
    public ProcessorProgress one(@PathVariable String name) {
        return progress(name);
    }

    @PostMapping("/{name}/replay")
    @Operation(summary = "Reset a projection and rebuild it from the event store while the service stays up")
    @ApiResponse(
            responseCode = "202",
            description = "The rebuild has begun; follow its progress at Location",
            headers = @Header(name = "Location", description = "The processor's progress (GET)"),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ProcessorProgress.class)))
    public ResponseEntity<ProcessorProgress> replay(@PathVariable String name) {
        StreamingEventProcessor processor = streaming(name);
        if (!processor.supportsReset()) {
            throw new DomainRuleViolation(
                    "processor-not-replayable",
                    "name",
                    "Processor " + name + " keeps no read model to rebuild (it has no reset handler)");
        }
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException e) {
            // the reset claims every segment first and changes nothing when one is held elsewhere
            throw new DomainRuleViolation(
                    "processor-claimed-elsewhere",
                    "name",
                    "Another instance of the service is processing " + "segments of " + name
                            + "; stop the other instances to rebuild it (docs/scaling.md)");
        } finally {
            processor.start();
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/admin/processors/" + name))
                .body(progress(name));
    }

    private ProcessorProgress progress(String name) {
        StreamingEventProcessor processor = streaming(name);
        long head = eventStore.createHeadToken() == null
                ? 0
                : eventStore.createHeadToken().position().orElse(0);
        Map<Integer, EventTrackerStatus> processedHere = processor.processingStatus();
        Map<Integer, StoredToken> stored = storedTokens.of(name);
        Set<Integer> segmentIds = new TreeSet<>(stored.keySet());
        segmentIds.addAll(processedHere.keySet());
        List<SegmentProgress> segments = segmentIds.stream()
                .map(segment -> {
                    EventTrackerStatus here = processedHere.get(segment);
                    StoredToken committed = stored.get(segment);
                    // this instance knows its own segments best; the others stand where their last batch committed
                    TrackingToken token = committed == null ? null : committed.token();
                    OptionalLong at = here != null
                            ? here.getCurrentPosition()
                            : token == null ? OptionalLong.empty() : token.position();
                    Long position = at.isPresent() ? at.getAsLong() : null;
                    boolean replaying =
                            here != null ? here.isReplaying() : token != null && ReplayToken.isReplay(token);
                    // caught up means: has processed everything stored up to now, not merely "was at the head once"
                    return new SegmentProgress(
                            segment,
                            position,
                            replaying,
                            position != null && position >= head,
                            committed == null ? null : committed.owner());
                })
                .toList();
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(SegmentProgress::caughtUp);
        // as Axon counts it: a segment still holding its replay token once at the head has nothing left to replay
        boolean replaying = processor.isReplaying()
                || segments.stream().anyMatch(segment -> segment.replaying() && !segment.caughtUp());
        return new ProcessorProgress(
                name, processor.supportsReset(), processor.isRunning(), replaying, caughtUp, head, segments);
    }

    private StreamingEventProcessor streaming(String name) {
        return processing
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownEntity("processor", name));
    }
}
