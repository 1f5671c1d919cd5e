package nl.opgroeiruimte.casefile.infra.research;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads JSON Lines as raw bytes, line by line, so that what is hashed is exactly what was written. A
 * line is its bytes including the closing {@code \n}; the last line may lack it (a cut export).
 */
final class LineReader implements Closeable {
    /** Longer lines are refused rather than read: an event is far smaller, a file without newlines is not an export. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    private final InputStream in;
    private long number;

    LineReader(InputStream in) {
        this.in = new BufferedInputStream(in, 64 * 1024);
    }

    /** A line with its number (1-based), its bytes with the newline, and whether it ended in one. */
    record Line(long number, byte[] raw, boolean terminated, boolean tooLong) {
        /** The content without the line end. */
        byte[] content() {
            int end = raw.length - (terminated ? 1 : 0);
            if (end > 0 && raw[end - 1] == '\r') end--;
            return java.util.Arrays.copyOf(raw, end);
        }

        boolean blank() {
            for (byte b : content()) {
                if (b != ' ' && b != '\t') return false;
            }
            return true;
        }
    }

    /** The next line, or null at the end. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1) {
            if (line.size() < MAX_LINE_BYTES) line.write(b);
            else tooLong = true;
            if (b == '\n') return new Line(++number, line.toByteArray(), true, tooLong);
        }
        if (line.size() == 0) return null;
        return new Line(++number, line.toByteArray(), false, tooLong);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
