package org.dragoman.model;

/**
 * A time expression with its TIMEX3 type ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET})
 * and value normalized against the article's published date (e.g. {@code 2025-06-24}, {@code 2025-W25}, {@code P3D}).
 */
public record TimeExpr(Span span, String text, String type, String value) {
}
