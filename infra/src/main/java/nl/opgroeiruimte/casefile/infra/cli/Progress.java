package nl.opgroeiruimte.casefile.infra.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a long command has come, rewritten in place on standard error every half second while a
 * person watches (a console, or {@code --progress}); silent otherwise, so that logs stay clean.
 */
public final class Progress implements AutoCloseable {
    private final PrintWriter err;
    private final String what;
    private final long started = System.nanoTime();
    private final AtomicLong lines = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Thread ticker;

    private Progress(PrintWriter err, String what, boolean shown) {
        this.err = err;
        this.what = what;
        this.ticker = shown ? new Thread(this::tick, "progress") : null;
        if (ticker != null) {
            ticker.setDaemon(true);
            ticker.start();
        }
    }

    /** {@code shown}: true, false, or null for "when a console is attached". */
    public static Progress of(PrintWriter err, String what, Boolean shown) {
        return new Progress(err, what, shown != null ? shown : System.console() != null);
    }

    /** The stream written through, counted as it goes. */
    public OutputStream counting(OutputStream target) {
        return new FilterOutputStream(target) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                count(1, b == '\n' ? 1 : 0);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                out.write(buffer, offset, length);
                int newlines = 0;
                for (int i = offset; i < offset + length; i++) if (buffer[i] == '\n') newlines++;
                count(length, newlines);
            }
        };
    }

    private void count(long moreBytes, long moreLines) {
        bytes.addAndGet(moreBytes);
        lines.addAndGet(moreLines);
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(500);
                show("\r");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void show(String start) {
        double seconds = (System.nanoTime() - started) / 1e9;
        String counts = bytes.get() == 0
                ? ""
                : String.format(Locale.ROOT, ": %,d lines, %.1f MB", lines.get(), bytes.get() / 1e6);
        err.print(String.format(Locale.ROOT, "%s%s%s, %.0f s   ", start, what, counts, seconds));
        err.flush();
    }

    @Override
    public void close() {
        if (ticker == null) return;
        ticker.interrupt();
        try {
            ticker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        show("\r");
        err.println();
    }
}
