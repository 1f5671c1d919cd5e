package nl.opgroeiruimte.casefile.kernel.common;

/**
 * A count with its noun in the right number, for English text outside the message bundles (logs, the
 * command line, import reports): "1 event", "3 events", never "event(s)". Text in the bundles uses
 * {@code Labels.enCount} / {@code nlCount} with {@code .one} / {@code .other} keys.
 */
public final class Counts {
    private Counts() {}

    public static String of(long count, String one, String other) {
        return count + " " + (count == 1 ? one : other);
    }
}
