package org.dragoman.ingest;

import org.dragoman.model.Article;

/**
 * Extracts an article from an HTML page: headline and body paragraphs as plain text, plus title,
 * published date, author, outlet and canonical URL from the page's metadata.
 */
public final class HtmlArticleReader {

    /**
     * Reads one page. The text is the headline, a blank line, then the body paragraphs separated by blank lines.
     * Throws {@link BadInputException} naming {@code inputName} when the page holds no article text.
     */
    public Article read(String html, String inputName) throws BadInputException {
        throw new UnsupportedOperationException("being written");
    }
}
