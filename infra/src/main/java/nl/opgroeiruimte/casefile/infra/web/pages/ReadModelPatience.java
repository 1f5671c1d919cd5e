package nl.opgroeiruimte.casefile.infra.web.pages;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A page opened right after a command (a case requested, an initiative or person registered) may ask a read
 * model that has not yet caught up with the event: it asks again every 100 ms, a bounded number of times.
 */
final class ReadModelPatience {
    private ReadModelPatience() {}

    /** What {@code find} gives, asked again while it is empty, at most {@code attempts} times more. */
    static <T> Optional<T> awaitPresent(Supplier<Optional<T>> find, int attempts) {
        Optional<T> found = find.get();
        for (int attempt = 0; attempt < attempts && found.isEmpty(); attempt++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = find.get();
        }
        return found;
    }
}
