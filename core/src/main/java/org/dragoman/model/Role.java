package org.dragoman.model;

/**
 * A role the text gives a person ("Ukrainian president", "Secretary of State", "NATO’s secretary general"),
 * with the span of the words that say so.
 */
public record Role(String title, Span evidence) {
}
