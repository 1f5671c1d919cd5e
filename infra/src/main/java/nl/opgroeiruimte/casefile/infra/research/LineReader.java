package nl.opgroeiruimte.casefile.infra.research;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads JSON Lines as raw bytes, line by line, so that what is hashed is exactly what was written. A
 * line is its bytes including the closing {@code \n}; the last line may lack it (a cut export).
 */
final class LineReader implements Closeable {
    /** Longer lines are refused rather than read: an event is far smaller, a file without newlines is not an export. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long number;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** A line with its number (1-based), its bytes with the newline, and whether it ended in one. */
    record Line(long number, byte[] raw, boolean terminated, boolean tooLong) {
        /** The content without the line end. */
        byte[] content() {
            int end = raw.length - (terminated ? 1 : 0);
            if (end > 0 && raw[end - 1] == '\r') end--;
            return Arrays.copyOf(raw, end);
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
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line.size() == 0 && !tooLong ? null : new Line(++number, line.toByteArray(), false, tooLong);
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') position++;
            boolean ended = position < limit;
            if (ended) position++;
            int length = position - start;
            if (line.size() + length <= MAX_LINE_BYTES) line.write(buffer, start, length);
            else tooLong = true;
            if (ended) return new Line(++number, line.toByteArray(), !tooLong, tooLong);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
