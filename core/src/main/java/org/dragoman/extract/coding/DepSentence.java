package org.dragoman.extract.coding;

import java.util.List;

/** A dependency-parsed sentence, tokens in order; the input of the event coder whatever parser made it. */
public record DepSentence(List<DepToken> tokens) {
    public DepSentence {
        tokens = List.copyOf(tokens);
    }
}
