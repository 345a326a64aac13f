package org.dragoman.extract;

import org.dragoman.extract.coding.DepSentence;
import org.dragoman.model.QuotedArticle;
import org.dragoman.model.Sentence;

import java.util.List;

/**
 * A quoted article with the dependency parses of its event candidate sentences ({@link EventExtractor#candidates}),
 * each parse beside its sentence: the input of {@link EventExtractor#extract}.
 */
public record ParsedArticle(QuotedArticle quoted, List<Parse> parses) {

    /** One sentence of the article and its parse (tokens with character offsets into the article text). */
    public record Parse(Sentence sentence, DepSentence deps) {
    }

    public ParsedArticle {
        parses = List.copyOf(parses);
    }
}
