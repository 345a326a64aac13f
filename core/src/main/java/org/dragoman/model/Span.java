package org.dragoman.model;

/**
 * A half-open character range {@code [start, end)} into an article's text, in Java {@code String} char offsets.
 * Rejects negative or reversed ranges.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span [" + start + ", " + end + ")");
        }
    }

    /** The span {@code [start, end)} of {@code text} with surrounding whitespace left out. */
    public static Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    /** Number of chars covered. */
    public int length() {
        return end - start;
    }

    /** The covered text of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** True if the two spans share at least one char. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** True if {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** True if {@code offset} lies inside this span. */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
