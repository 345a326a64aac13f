package org.dragoman.ingest;

import org.dragoman.model.Article;

import java.util.Optional;

/**
 * Reads a plain-text article: line endings normalized to {@code \n}, nothing else changed, so offsets point
 * into the user's own file; the first line becomes the title when it looks like a headline.
 */
public final class TextArticleReader {

    /** Reads one text. Throws {@link BadInputException} naming {@code inputName} when it holds no text. */
    public Article read(String text, String inputName) throws BadInputException {
        if (text == null || text.isBlank()) {
            throw new BadInputException(inputName, "empty file");
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        return Article.of(normalized).withTitle(headline(normalized));
    }

    /** The first non-blank line, when it reads as a headline and more text follows it. */
    static Optional<String> headline(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        if (end < 0 || text.substring(end).isBlank()) {
            return Optional.empty();
        }
        String line = text.substring(start, end).strip();
        return Layout.looksLikeHeading(line) ? Optional.of(line) : Optional.empty();
    }
}
