package org.dragoman.ingest;

import org.dragoman.model.Article;

/**
 * Reads a plain-text article: line endings normalized to {@code \n}, nothing else changed, so offsets point
 * into the user's own file; the first line becomes the title when it looks like a headline.
 */
public final class TextArticleReader {

    /** Reads one text. Throws {@link BadInputException} naming {@code inputName} when it holds no text. */
    public Article read(String text, String inputName) throws BadInputException {
        throw new UnsupportedOperationException("being written");
    }
}
