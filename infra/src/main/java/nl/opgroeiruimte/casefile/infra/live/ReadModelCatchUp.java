package nl.opgroeiruimte.casefile.infra.live;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.opgroeiruimte.casefile.query.admin.StoredTokens;
import nl.opgroeiruimte.casefile.query.admin.StoredTokens.StoredToken;
import nl.opgroeiruimte.casefile.query.cases.CaseSummaryProjection;
import nl.opgroeiruimte.casefile.query.indicators.CaseIndicatorProjection;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorQueries;
import nl.opgroeiruimte.casefile.query.timeline.TimelineProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Holds a live update back until the pages would show it: the projections the pages read (timeline,
 * case summaries, indicator marks) have committed the event, and the indicators of the cases concerned
 * have been evaluated again. A page that re-fetches on the update then sees the new fact, not the state
 * before it. Updates for the same subject are merged while they wait; after {@code casefile.live.max-wait}
 * an update goes out anyway.
 *
 * <p>"Committed" is read from the token store ({@link StoredTokens}), not from this instance's processors:
 * with several instances the segment that handles a case may be processed by another instance
 * (docs/scaling.md). Each projection stores its token in the transaction that writes its rows, so the
 * token of the segment that handles the event having passed it means the rows are there.
 */
@Component
class ReadModelCatchUp {
    private static final Logger log = LoggerFactory.getLogger(ReadModelCatchUp.class);
    private static final List<String> READ_MODELS =
            List.of(TimelineProjection.GROUP, CaseSummaryProjection.GROUP, CaseIndicatorProjection.GROUP);

    /** What is waiting for one subject: a case or a municipality. */
    record Subject(String caseId, String municipality) {}

    /** The events recorded for a subject since its last update, and the update that tells about them. */
    private record Pending(List<Recorded> events, long deadlineNanos, Runnable publish) {
        Pending merge(Pending later) {
            List<Recorded> all = new ArrayList<>(events);
            all.addAll(later.events);
            return new Pending(all, Math.min(deadlineNanos, later.deadlineNanos), later.publish);
        }
    }

    private record Recorded(EventMessage<?> event, long position) {}

    private final EventProcessingConfiguration processing;
    private final IndicatorQueries indicators;
    private final StoredTokens storedTokens;
    private final Duration maxWait;
    private final Map<Subject, Pending> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-updates-catch-up");
        thread.setDaemon(true);
        return thread;
    });

    ReadModelCatchUp(
            EventProcessingConfiguration processing,
            IndicatorQueries indicators,
            StoredTokens storedTokens,
            LiveProperties settings) {
        this.processing = processing;
        this.indicators = indicators;
        this.storedTokens = storedTokens;
        this.maxWait = settings.maxWait();
        poller.scheduleWithFixedDelay(this::poll, 100, 100, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code publish} once the read models have committed {@code event}, at {@code position} in the stream. */
    void whenCaughtUp(Subject subject, EventMessage<?> event, long position, Runnable publish) {
        pending.merge(
                subject,
                new Pending(List.of(new Recorded(event, position)), System.nanoTime() + maxWait.toNanos(), publish),
                Pending::merge);
    }

    private void poll() {
        if (pending.isEmpty()) return;
        try {
            Map<String, Map<Integer, StoredToken>> committed = storedTokens.of(READ_MODELS);
            for (Iterator<Map.Entry<Subject, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Subject, Pending> entry = it.next();
                Pending waiting = entry.getValue();
                boolean ready = waiting.events().stream().allMatch(e -> committed(e, committed))
                        && indicatorsEvaluated(entry.getKey());
                if (ready || System.nanoTime() > waiting.deadlineNanos()) {
                    if (!ready) log.debug("Live update for {} sent before the read models caught up", entry.getKey());
                    // a newer update for the subject may have been merged meanwhile: only remove what we publish
                    if (pending.remove(entry.getKey(), waiting))
                        waiting.publish().run();
                }
            }
        } catch (RuntimeException e) {
            log.warn("Live updates could not check the read models", e);
        }
    }

    /** Every read model that handles the event has stored a token past it for the segment that handles it. */
    private boolean committed(Recorded recorded, Map<String, Map<Integer, StoredToken>> committed) {
        for (String name : READ_MODELS) {
            // by group: on an api instance the read models' processors run elsewhere, under another name here
            var processor = processing.eventProcessorByProcessingGroup(name, AbstractEventProcessor.class);
            if (processor.isEmpty()) continue;
            Map<Integer, StoredToken> tokens = committed.getOrDefault(name, Map.of());
            if (tokens.isEmpty()) return false;
            EventHandlerInvoker handlers = processor.get().eventHandlerInvoker();
            for (Segment segment : Segment.computeSegments(
                    tokens.keySet().stream().mapToInt(Integer::intValue).toArray())) {
                if (handlers.canHandle(recorded.event(), segment)
                        && !passed(tokens.get(segment.getSegmentId()).token(), recorded.position())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean passed(TrackingToken token, long position) {
        if (token == null) return false;
        OptionalLong at = token.position();
        if (at.isEmpty() || at.getAsLong() < position) return false;
        // an event whose transaction committed late is still a gap below the token's position until it is processed
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(t -> !t.getGaps().contains(position))
                .orElse(true);
    }

    private boolean indicatorsEvaluated(Subject subject) {
        return subject.caseId() != null
                ? indicators.evaluatedCase(subject.caseId())
                : indicators.evaluatedMunicipality(subject.municipality());
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }
}
