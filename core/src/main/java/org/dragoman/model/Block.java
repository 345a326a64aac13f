package org.dragoman.model;

/**
 * A unit of an article's layout: its headline, a section heading or a body paragraph.
 * Sentences never cross a block boundary.
 */
public record Block(Span span, Kind kind) {
    /** What a block is. */
    public enum Kind { TITLE, HEADING, PARAGRAPH }
}
