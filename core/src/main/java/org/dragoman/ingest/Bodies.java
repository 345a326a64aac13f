package org.dragoman.ingest;

import java.util.List;
import java.util.Optional;
import org.dragoman.model.Article;

/** Turns the body text or HTML carried in a feed item or a JSON record into an article. */
final class Bodies {
    private static final HtmlArticleReader HTML = new HtmlArticleReader();
    private static final TextArticleReader TEXT = new TextArticleReader();

    private Bodies() {
    }

    /**
     * The article in {@code body}: a whole HTML page goes through {@link HtmlArticleReader} (main text and page
     * metadata), an HTML fragment becomes its paragraphs, plain text is kept as written (line endings
     * normalized). A {@code title} given with an HTML body starts the text, as it does for pages; plain text is
     * never changed, so offsets point into the record's own field. Throws {@link BadInputException} naming
     * {@code name} when no text is left.
     */
    static Article read(String body, Optional<String> title, boolean html, String name) throws BadInputException {
        if (body.isBlank()) {
            throw new BadInputException(name, "empty text");
        }
        if (!html) {
            Article article = TEXT.read(body, name);
            return title.isPresent() ? article.withTitle(title) : article;
        }
        if (HtmlFragments.isDocument(body)) {
            Article article = HTML.read(body, name);
            return title.isPresent() ? article.withTitle(title) : article;
        }
        List<String> paragraphs;
        try {
            paragraphs = HtmlFragments.paragraphs(body);
        } catch (RuntimeException | StackOverflowError e) {
            throw new BadInputException(name, "unreadable HTML (" + e.getClass().getSimpleName() + ")");
        }
        if (paragraphs.isEmpty()) {
            throw new BadInputException(name, "no text in the HTML");
        }
        String text = String.join("\n\n", paragraphs);
        Optional<String> t = title.map(Texts::collapse).filter(s -> !s.isEmpty());
        return Article.of(t.map(s -> s + "\n\n" + text).orElse(text)).withTitle(t);
    }
}
