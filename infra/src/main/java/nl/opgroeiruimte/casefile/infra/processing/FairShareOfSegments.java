package nl.opgroeiruimte.casefile.infra.processing;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.opgroeiruimte.casefile.kernel.common.Counts;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shares the segments of every projection evenly between the instances running on one database. Axon's
 * pooled streaming processor asks this for the most segments it may hold, claims up to that many and
 * releases the surplus when the number drops: a starting instance gets its share from the others, and
 * the segments of an instance that stopped or fell silent are claimed by the rest. The number is the
 * processor's segments divided by the live instances that run that processor, rounded up, so the shares
 * always cover every segment; a single instance holds them all, and so does the only instance that runs
 * a processor the others do not have (yet).
 *
 * <p>Every heartbeat the instance records itself in {@code processing_instance}, and the processors that
 * asked it for their share in {@code processing_instance_processor}; an instance not heard of
 * for the instance timeout no longer counts, and its row is removed by whoever notices. Only the
 * database's clock is used, so the machines' clocks need not agree.
 */
public class FairShareOfSegments implements MaxSegmentProvider, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(FairShareOfSegments.class);
    private final JdbcClient jdbc;
    private final ProcessingProperties properties;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "processing-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int liveInstances = 1;
    private volatile Map<String, Integer> othersPerProcessor = Map.of();
    private final Set<String> processors = ConcurrentHashMap.newKeySet();
    private final Set<String> recorded = ConcurrentHashMap.newKeySet();
    private volatile Map<String, Integer> segmentsPerProcessor = Map.of();
    private volatile boolean running;

    public FairShareOfSegments(JdbcClient jdbc, ProcessingProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public int getMaxSegments(String processor) {
        processors.add(processor);
        Integer segments = segmentsPerProcessor.get(processor);
        // not in the token store (yet): the processor's first start, the next beat shares its segments out;
        // or a processor that keeps its position in memory, per instance (live updates)
        if (segments == null || segments == 0) return Short.MAX_VALUE;
        int sharing = 1 + othersPerProcessor.getOrDefault(processor, 0);
        return (segments + sharing - 1) / sharing;
    }

    void beat() {
        try {
            if (jdbc.sql("update processing_instance set last_seen = current_timestamp where node_id = :id")
                            .param("id", properties.nodeId())
                            .update()
                    == 0) {
                jdbc.sql(
                                "insert into processing_instance (node_id, started_at, last_seen) values (:id, current_timestamp, current_timestamp)")
                        .param("id", properties.nodeId())
                        .update();
                recorded.clear(); // the others removed this instance as silent, with its processors
            }
            for (String processor : processors) {
                if (recorded.contains(processor)) continue;
                jdbc.sql("""
                                insert into processing_instance_processor (node_id, processor) select :id, :processor
                                where not exists (select 1 from processing_instance_processor where node_id = :id and processor = :processor)""")
                        .param("id", properties.nodeId())
                        .param("processor", processor)
                        .update();
                recorded.add(processor);
            }
            OffsetDateTime now = jdbc.sql("select current_timestamp")
                    .query(OffsetDateTime.class)
                    .single();
            OffsetDateTime silentSince = now.minus(properties.instanceTimeout());
            jdbc.sql("delete from processing_instance where last_seen < :silentSince")
                    .param("silentSince", silentSince)
                    .update();
            jdbc.sql(
                            "delete from processing_instance_processor where node_id not in (select node_id from processing_instance)")
                    .update();
            Map<String, Integer> others = new HashMap<>();
            jdbc.sql(
                            "select processor, count(*) from processing_instance_processor where node_id <> :id group by processor")
                    .param("id", properties.nodeId())
                    .query((rs, n) -> others.put(rs.getString(1), rs.getInt(2)))
                    .list();
            othersPerProcessor = Map.copyOf(others);
            List<String> live = jdbc.sql("select node_id from processing_instance order by node_id")
                    .query(String.class)
                    .list();
            Map<String, Integer> segments = new HashMap<>();
            jdbc.sql("select processorname, count(*) from tokenentry group by processorname")
                    .query((rs, n) -> segments.put(rs.getString(1), rs.getInt(2)))
                    .list();
            segmentsPerProcessor = Map.copyOf(segments);
            int count = Math.max(1, live.size());
            if (count != liveInstances)
                log.info(
                        "{} share the projections' segments: {} (this one: {})",
                        Counts.of(count, "instance", "instances"),
                        live,
                        properties.nodeId());
            liveInstances = count;
        } catch (RuntimeException e) {
            // the last known share stays in force; the database being away is reported by health and requests
            log.warn("Heartbeat of {} failed: {}", properties.nodeId(), e.toString());
        }
    }

    @Override
    public void start() {
        beat();
        log.info(
                "Instance {} shares the projections' segments with {}",
                properties.nodeId(),
                liveInstances == 1
                        ? "no other instance"
                        : Counts.of(liveInstances - 1, "other instance", "other instances"));
        long millis = properties.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        heartbeat.shutdownNow();
        try {
            // the others take this instance's share at their next heartbeat instead of after the timeout
            jdbc.sql("delete from processing_instance_processor where node_id = :id")
                    .param("id", properties.nodeId())
                    .update();
            jdbc.sql("delete from processing_instance where node_id = :id")
                    .param("id", properties.nodeId())
                    .update();
        } catch (RuntimeException e) {
            log.warn(
                    "{} could not sign off; the others take over its segments after the instance timeout: {}",
                    properties.nodeId(),
                    e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Known before Axon's processors start claiming, and signed off only after they have released their claims. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE - 1;
    }
}
