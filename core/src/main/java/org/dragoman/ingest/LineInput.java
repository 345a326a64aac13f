package org.dragoman.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines on {@code \n} (a trailing {@code \r} dropped) without decoding it, so a bad
 * byte spoils only its own line. A line longer than the limit is skipped to its end and reported by
 * {@link #tooLong()} with its length, never held in memory whole.
 */
final class LineInput implements Closeable {
    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private long number;
    private long skippedLength = -1;

    LineInput(InputStream in, long limit) {
        this.in = in;
        this.limit = (int) Math.min(limit, Integer.MAX_VALUE - 16);
    }

    /** The 1-based number of the line last returned. */
    long number() {
        return number;
    }

    /** The length of the line last returned when it was over the limit (its content is then empty), else -1. */
    long tooLong() {
        return skippedLength;
    }

    /**
     * The next line's bytes, or null at the end of the stream. I/O failures (a truncated gzip stream) propagate;
     * the lines before them have been returned.
     */
    byte[] next() throws IOException {
        skippedLength = -1;
        byte[] line = new byte[128];
        int length = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (pos >= end) {
                if (eof || !fill()) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buffer[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? end : nl;
            int n = stop - pos;
            total += n;
            if (total <= limit) {
                if (length + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
                }
                System.arraycopy(buffer, pos, line, length, n);
                length += n;
            }
            pos = nl < 0 ? end : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        number++;
        if (total > limit) {
            skippedLength = total;
            return new byte[0];
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return Arrays.copyOf(line, length);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
