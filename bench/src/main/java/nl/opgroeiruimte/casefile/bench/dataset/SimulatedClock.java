package nl.opgroeiruimte.casefile.bench.dataset;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of the generated world: it stands at the moment each command is recorded, so that the
 * aggregates decide "not in the future" and schedule their deadlines as they would have on that day,
 * and Axon stamps each event with the moment it was recorded.
 */
final class SimulatedClock extends Clock {
    private final ZoneId zone;
    private Instant now;

    SimulatedClock(ZoneId zone, Instant start) {
        this.zone = zone;
        this.now = start;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
