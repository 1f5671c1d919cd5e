package nl.opgroeiruimte.casefile.infra.support;

import java.time.Duration;

/**
 * Projections follow the event store asynchronously: a test that reads right after it writes retries
 * its assertion for a while before it fails with the last assertion error.
 */
public final class Eventually {
    private static final Duration DEFAULT = Duration.ofSeconds(15);

    private Eventually() {}

    public static void eventually(Runnable assertion) {
        eventually(DEFAULT, assertion);
    }

    public static void eventually(Duration within, Runnable assertion) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError | RuntimeException e) {
                // a read model not there yet may also show as a missing field
                if (System.nanoTime() > deadline) throw e;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
