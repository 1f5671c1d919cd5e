package nl.opgroeiruimte.casefile.infra.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock a test can set: the service then believes it is that day, both for "is this in the future?"
 * and for the recording time of events and deadlines. Follows the system clock until set, and after
 * {@link #reset()}.
 */
public final class MutableClock extends Clock {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return AMSTERDAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The case file lives in " + AMSTERDAM);
    }

    @Override
    public Instant instant() {
        // the clock keeps ticking from the day it was set to: schedulers measure their waits by it
        return Instant.now().plus(offset);
    }

    /** From now on it is noon of this day in Amsterdam, and time goes on from there. */
    public void setDay(String isoDate) {
        Instant noon = LocalDate.parse(isoDate).atTime(12, 0).atZone(AMSTERDAM).toInstant();
        offset = Duration.between(Instant.now(), noon);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
