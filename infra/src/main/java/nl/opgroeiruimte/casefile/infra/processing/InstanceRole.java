package nl.opgroeiruimte.casefile.infra.processing;

import java.util.Set;
import nl.opgroeiruimte.casefile.infra.live.LiveUpdates;

/**
 * What one instance of the service does ({@code casefile.instance.role}, docs/scaling.md). A deployment
 * of {@code api} and {@code projector} instances does everything a deployment of {@code all} instances
 * does, each part on one side only: commands and pages do not share cores with keeping the read models.
 */
public enum InstanceRole {
    /** HTTP, commands, deadlines and every event processor: one instance is the whole service. */
    ALL,
    /**
     * HTTP (pages and API), commands, deadlines and the live updates of the pages connected to it; no
     * processor whose position is in {@code tokenentry}, so it claims no segment.
     */
    API,
    /**
     * Every processor whose position is in {@code tokenentry} (projections, notifications, the
     * municipal-reorganisations process) and the indicator refresh; HTTP only for health and the
     * processor and dead-letter administration; no deadlines, no live updates.
     */
    PROJECTOR;

    /** The processors that serve the pages connected to this instance: their position is in memory, per instance. */
    private static final Set<String> OF_THE_PAGES = Set.of(LiveUpdates.GROUP);

    /** Whether this instance runs the processor of a processing group (named after it, as all are here). */
    public boolean runs(String processingGroup) {
        return switch (this) {
            case ALL -> true;
            case API -> OF_THE_PAGES.contains(processingGroup);
            case PROJECTOR -> !OF_THE_PAGES.contains(processingGroup);
        };
    }
}
