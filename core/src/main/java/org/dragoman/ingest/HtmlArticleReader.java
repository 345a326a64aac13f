package org.dragoman.ingest;

import java.util.List;
import java.util.Optional;
import org.dragoman.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from an HTML page: headline and body paragraphs as plain text, plus title,
 * published date, author, outlet and canonical URL from the page's metadata.
 *
 * <p>The body is found by structural markers ({@code itemprop=articleBody}, content class names,
 * {@code <article>}) checked against a text-density score, with the page's JSON-LD {@code articleBody} as a
 * fallback; navigation, ads, cookie banners, share bars, related-story lists, newsletter boxes, comments,
 * footers, bylines and captions are left out. Instances are immutable and thread-safe.
 */
public final class HtmlArticleReader {
    /** Pages above this size are rejected rather than parsed: no news article comes near it. */
    public static final int MAX_CHARS = 20_000_000;
    private static final int MIN_BODY_CHARS = 100;
    private static final int MIN_LONGEST_PARAGRAPH = 40;

    /**
     * Reads one page. The text is the headline, a blank line, then the body paragraphs separated by blank lines
     * (just the paragraphs when the page has no headline). Throws {@link BadInputException} naming
     * {@code inputName} when the page is null, too large or holds no article text; never throws anything else.
     */
    public Article read(String html, String inputName) throws BadInputException {
        String name = inputName == null || inputName.isBlank() ? "(unnamed input)" : inputName;
        if (html == null || html.isBlank()) {
            throw new BadInputException(name, "no article text found");
        }
        if (html.length() > MAX_CHARS) {
            throw new BadInputException(name, "page of " + html.length() + " chars exceeds the limit of "
                    + MAX_CHARS);
        }
        try {
            return extract(html, name);
        } catch (RuntimeException | StackOverflowError e) {
            // jsoup and Jackson are robust, but one odd page must never stop a batch: report it as bad input.
            throw new BadInputException(name, "unreadable HTML (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Article extract(String html, String name) throws BadInputException {
        Document doc = Jsoup.parse(html);
        PageMetadata meta = PageMetadata.of(doc);
        Element body = doc.body();
        List<String> paragraphs = MainText.paragraphs(body, meta.title(), meta.jsonLdBody());
        int longest = paragraphs.stream().mapToInt(String::length).max().orElse(0);
        if (MainText.length(paragraphs) < MIN_BODY_CHARS || longest < MIN_LONGEST_PARAGRAPH) {
            throw new BadInputException(name, "no article text found");
        }
        String bodyText = String.join("\n\n", paragraphs);
        String text = meta.title().map(t -> t + "\n\n" + bodyText).orElse(bodyText);
        return Article.of(text)
                .withTitle(meta.title())
                .withPublished(meta.published())
                .withAuthor(meta.author())
                .withSource(meta.source())
                .withUrl(meta.url());
    }

    /** The body of an article read by this class: its text without the headline and the blank line after it. */
    public static String body(Article article) {
        Optional<String> title = article.title();
        String text = article.text();
        if (title.isPresent() && text.startsWith(title.get() + "\n\n")) {
            return text.substring(title.get().length() + 2);
        }
        return text;
    }
}
