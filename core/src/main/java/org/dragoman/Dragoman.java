package org.dragoman;

import org.dragoman.ingest.BadInputException;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;

/**
 * The analysis pipeline: article in, {@link Analysis} out. Loading is expensive (CoreNLP models, seconds);
 * do it once per process with {@link #load()} and share the instance: {@link #analyze} is thread-safe.
 */
public final class Dragoman {

    private Dragoman() {
    }

    /** Loads the NLP models and builds every stage. */
    public static Dragoman load() {
        throw new UnsupportedOperationException("being written");
    }

    /**
     * Analyses one article. Throws {@link BadInputException} for content that cannot be analysed
     * (no text, too long, not English); never throws for odd but analysable text.
     */
    public Analysis analyze(Article article) throws BadInputException {
        throw new UnsupportedOperationException("being written");
    }
}
