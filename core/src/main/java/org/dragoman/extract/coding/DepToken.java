package org.dragoman.extract.coding;

/**
 * One token of a dependency-parsed sentence: 0-based {@code index} in the sentence, the word, lemma and Penn
 * tag, the index of its head ({@code -1} for the root), its Universal Dependencies relation ("nsubj",
 * "obj", "obl", "nsubj:pass", ...), and its character offsets ({@code -1} when the parse has no text offsets,
 * as in test suites).
 */
public record DepToken(int index, String word, String lemma, String pos, int head, String rel, int start, int end) {
}
