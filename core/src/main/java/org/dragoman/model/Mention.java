package org.dragoman.model;

/** One place where an entity is named or referred to: its span and the text as written. */
public record Mention(Span span, String text) {
}
