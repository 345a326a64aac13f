package org.dragoman.model;

/**
 * One token: its index in the article's token list, its span, the word as written, part-of-speech tag
 * (Penn Treebank), lemma and named-entity tag ({@code O} when none).
 */
public record Token(int index, Span span, String word, String pos, String lemma, String ner) {
}
