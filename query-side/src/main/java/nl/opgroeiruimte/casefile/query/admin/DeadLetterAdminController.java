package nl.opgroeiruimte.casefile.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.DomainRuleViolation;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The events a projection failed on. Such an event is parked in the processor's dead-letter queue
 * (table {@code deadletterentry}) together with the later events of its case, so that one bad fact
 * does not stop the read model for every other case. Once the cause is fixed, a retry hands the parked
 * events to the projection again, in their order; what fails again stays parked.
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
@Tag(name = "administration", description = "Replay projections")
public class DeadLetterAdminController {
    private final EventProcessingConfiguration processing;

    public DeadLetterAdminController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** One parked event: which processor, which fact of which case, since when, and why it failed. */
    public record DeadLetterView(
            String processor,
            String eventId,
            String kind,
            String aggregateId,
            Long sequenceNumber,
            Instant enqueuedAt,
            Instant lastTouched,
            String causeType,
            String causeMessage) {}

    /** What a retry did: how many parked sequences (cases) went through, and how many events are still parked. */
    public record RetryOutcome(
            String processor, long sequencesBefore, long sequencesProcessed, long lettersRemaining) {}

    @GetMapping
    @Operation(summary = "The events projections failed on, per processor (all processors when none is named)")
    public List<DeadLetterView> list(@RequestParam(required = false) String processor) {
        List<String> names = processor != null
                ? List.of(processor)
                : processing.eventProcessors().keySet().stream()
                        .sorted()
                        .filter(name -> processing.deadLetterQueue(name).isPresent())
                        .toList();
        List<DeadLetterView> letters = new ArrayList<>();
        for (String name : names) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence :
                    queue(name).deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) letters.add(view(name, letter));
            }
        }
        return letters;
    }

    @PostMapping("/{processor}/retries")
    @Operation(summary = "Hand every parked sequence to the projection again; what fails again stays parked")
    public RetryOutcome retry(@PathVariable String processor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        SequencedDeadLetterProcessor<EventMessage<?>> letters =
                processing.sequencedDeadLetterProcessor(processor).orElseThrow(() -> noQueue(processor));
        // each attempt takes the sequence touched longest ago; one that fails again goes to the back
        long before = queue.amountOfSequences();
        long processed = 0;
        for (long i = 0; i < before; i++) {
            if (letters.processAny()) processed++;
        }
        return new RetryOutcome(processor, before, processed, queue.size());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        if (!processing.eventProcessors().containsKey(processor)) throw new UnknownEntity("processor", processor);
        return processing.deadLetterQueue(processor).orElseThrow(() -> noQueue(processor));
    }

    private static DomainRuleViolation noQueue(String processor) {
        return new DomainRuleViolation(
                "dead-letter-queue-disabled",
                "processor",
                "Processor " + processor + " has no dead-letter queue (axon.eventhandling.processors." + processor
                        + ".dlq.enabled)");
    }

    private static DeadLetterView view(String processor, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        return new DeadLetterView(
                processor,
                event.getIdentifier(),
                RecordedEvent.kindOf(event.getPayloadType()),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                letter.enqueuedAt(),
                letter.lastTouched(),
                letter.cause().map(c -> c.type()).orElse(null),
                letter.cause().map(c -> c.message()).orElse(null));
    }
}
