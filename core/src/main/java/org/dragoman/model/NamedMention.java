package org.dragoman.model;

/**
 * A named-entity mention found by the tagger: span, text, fine-grained type (PERSON, ORGANIZATION, COUNTRY,
 * CITY, NATIONALITY, TITLE, ...), and its tokens {@code [firstToken, endToken)}.
 */
public record NamedMention(Span span, String text, String type, int sentence, int firstToken, int endToken) {
}
