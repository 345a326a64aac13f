package org.dragoman.model;

/**
 * A part of the article text that is kept in {@link Article#text()} but excluded from analysis,
 * with why: {@code promotion}, {@code boilerplate}, {@code byline}, {@code copyright}, {@code navigation}, ...
 */
public record Removal(Span span, String reason) {
}
