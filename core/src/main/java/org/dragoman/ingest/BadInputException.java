package org.dragoman.ingest;

import java.util.Objects;

/**
 * Content Dragoman will not analyse (empty, binary, undecodable, too long, not an article, not English),
 * naming the input and, where known, the byte or char offset of the problem. The message is one line.
 */
public final class BadInputException extends Exception {
    private final String input;
    private final long offset;
    private final String reason;

    /** A rejection of {@code input} at {@code offset} (-1 when not tied to a position) for {@code reason}. */
    public BadInputException(String input, long offset, String reason) {
        super(input + (offset >= 0 ? " at offset " + offset : "") + ": " + reason);
        this.input = Objects.requireNonNull(input, "input");
        this.offset = offset;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** A rejection of {@code input} as a whole. */
    public BadInputException(String input, String reason) {
        this(input, -1, reason);
    }

    /** The file, URL or record id that was rejected. */
    public String input() {
        return input;
    }

    /** The offset of the problem, or -1 when it concerns the whole input. */
    public long offset() {
        return offset;
    }

    /** The one-line reason, without the input name. */
    public String reason() {
        return reason;
    }
}
