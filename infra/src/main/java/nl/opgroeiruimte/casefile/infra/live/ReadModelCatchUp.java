package nl.opgroeiruimte.casefile.infra.live;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.opgroeiruimte.casefile.query.cases.CaseSummaryProjection;
import nl.opgroeiruimte.casefile.query.indicators.CaseIndicatorProjection;
import nl.opgroeiruimte.casefile.query.timeline.TimelineProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds a live update back until the pages would show it: the projections the pages read (timeline,
 * case summaries, indicator marks) have processed the event's position in the stream, and the
 * indicators of the cases concerned have been evaluated again. A page that re-fetches on the update
 * then sees the new fact, not the state before it. Updates for the same subject are merged while they
 * wait; after {@code casefile.live.max-wait} an update goes out anyway.
 */
@Component
class ReadModelCatchUp {
    private static final Logger log = LoggerFactory.getLogger(ReadModelCatchUp.class);
    private static final List<String> READ_MODELS =
            List.of(TimelineProjection.GROUP, CaseSummaryProjection.GROUP, CaseIndicatorProjection.GROUP);

    /** What is waiting for one subject: a case or a municipality, up to a position in the event stream. */
    record Subject(String caseId, String municipality) {
    }

    private record Pending(long position, long deadlineNanos, Runnable publish) {
        Pending merge(Pending later) {
            return new Pending(Math.max(position, later.position), Math.min(deadlineNanos, later.deadlineNanos), later.publish);
        }
    }

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final Duration maxWait;
    private final Map<Subject, Pending> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-updates-catch-up");
        thread.setDaemon(true);
        return thread;
    });

    ReadModelCatchUp(EventProcessingConfiguration processing, JdbcClient jdbc,
                     @Value("${casefile.live.max-wait:PT10S}") Duration maxWait) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.maxWait = maxWait;
        poller.scheduleWithFixedDelay(this::poll, 100, 100, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code publish} once the read models have caught up with {@code position} for this subject. */
    void whenCaughtUp(Subject subject, long position, Runnable publish) {
        pending.merge(subject, new Pending(position, System.nanoTime() + maxWait.toNanos(), publish), Pending::merge);
    }

    private void poll() {
        try {
            for (Iterator<Map.Entry<Subject, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Subject, Pending> entry = it.next();
                Pending waiting = entry.getValue();
                boolean ready = caughtUp(waiting.position()) && indicatorsEvaluated(entry.getKey());
                if (ready || System.nanoTime() > waiting.deadlineNanos()) {
                    if (!ready) log.debug("Live update for {} sent before the read models caught up", entry.getKey());
                    // a newer update for the subject may have been merged meanwhile: only remove what we publish
                    if (pending.remove(entry.getKey(), waiting)) waiting.publish().run();
                }
            }
        } catch (RuntimeException e) {
            log.warn("Live updates could not check the read models", e);
        }
    }

    private boolean caughtUp(long position) {
        for (String name : READ_MODELS) {
            var processor = processing.eventProcessor(name, StreamingEventProcessor.class);
            if (processor.isEmpty()) continue;
            Map<Integer, EventTrackerStatus> status = processor.get().processingStatus();
            if (status.isEmpty()) return false;
            for (EventTrackerStatus segment : status.values()) {
                if (segment.getCurrentPosition().orElse(-1) < position) return false;
            }
        }
        return true;
    }

    private boolean indicatorsEvaluated(Subject subject) {
        String where = subject.caseId() != null ? "case_id = :id" : "municipality = :id";
        String id = subject.caseId() != null ? subject.caseId() : subject.municipality();
        return jdbc.sql("select count(*) from rm_case_indicator where stale = true and " + where)
                .param("id", id).query(Long.class).single() == 0;
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }
}
