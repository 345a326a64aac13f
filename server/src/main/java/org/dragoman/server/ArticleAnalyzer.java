package org.dragoman.server;

import org.dragoman.ingest.BadInputException;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;

/**
 * What {@code POST /api/articles} needs from Dragoman: one article in, its analysis out; thread-safe.
 * The real one is {@link org.dragoman.Dragoman#analyze}; {@link BadInputException} for content that cannot be
 * analysed (the API answers 422).
 */
@FunctionalInterface
public interface ArticleAnalyzer {

    /** The analysis of {@code article}, or {@link BadInputException} with a one-line reason. */
    Analysis analyze(Article article) throws BadInputException;
}
