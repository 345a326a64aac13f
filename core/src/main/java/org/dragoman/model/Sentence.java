package org.dragoman.model;

/**
 * One sentence: its index, span, and its tokens as the half-open range {@code [firstToken, endToken)}
 * of {@link AnnotatedArticle#tokens()}.
 */
public record Sentence(int index, Span span, int firstToken, int endToken) {
}
