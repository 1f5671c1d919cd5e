package nl.opgroeiruimte.casefile.infra.processing;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance shares the projections' segments with the other instances on the same database
 * ({@code casefile.processing.*}, docs/scaling.md). Each instance claims segments under its node id
 * and tells the others it is alive every {@code heartbeat}; one not heard of for
 * {@code instance-timeout} no longer counts when the segments are shared out.
 */
@ConfigurationProperties("casefile.processing")
public record ProcessingProperties(
        /* unique per running instance; blank: the JVM's name (pid@host) and a random suffix */
        String nodeId,
        @DefaultValue("PT2S") Duration heartbeat,
        @DefaultValue("PT10S") Duration instanceTimeout) {

    public ProcessingProperties {
        if (nodeId == null || nodeId.isBlank()) {
            // two instances under one name would both think they hold the same claims: never default to a shared name
            nodeId = ManagementFactory.getRuntimeMXBean().getName() + "/"
                    + UUID.randomUUID().toString().substring(0, 8);
        }
        if (instanceTimeout.compareTo(heartbeat.multipliedBy(2)) <= 0) {
            throw new IllegalArgumentException(
                    "casefile.processing.instance-timeout must be more than two heartbeats, so that "
                            + "one late heartbeat does not make the other instances take this one's segments");
        }
    }
}
