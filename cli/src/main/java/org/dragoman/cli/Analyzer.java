package org.dragoman.cli;

import org.dragoman.ingest.BadInputException;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;

/**
 * What the commands need from Dragoman: one article in, its analysis out; must be thread-safe, since
 * {@code analyze --jsonl} calls it from several threads at once. Tests pass a fake; the real one is
 * {@link org.dragoman.Dragoman#analyze}.
 */
@FunctionalInterface
public interface Analyzer {

    /** The analysis of {@code article}; {@link BadInputException} for content that cannot be analysed. */
    Analysis analyze(Article article) throws BadInputException;
}
