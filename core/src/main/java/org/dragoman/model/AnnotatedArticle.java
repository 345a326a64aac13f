package org.dragoman.model;

import java.util.List;

/**
 * A segmented article after linguistic annotation: tokens, sentences, named mentions and normalized
 * time expressions, all with offsets into {@code source().article().text()}.
 */
public record AnnotatedArticle(SegmentedArticle source, List<Token> tokens, List<Sentence> sentences,
                               List<NamedMention> names, List<TimeExpr> times) {
    public AnnotatedArticle {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        times = List.copyOf(times);
    }

    /** The article's text, into which every offset points. */
    public String text() {
        return source.article().text();
    }

    /** The tokens of one sentence. */
    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }
}
