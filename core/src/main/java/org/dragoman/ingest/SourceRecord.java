package org.dragoman.ingest;

import java.util.Objects;
import java.util.Optional;
import org.dragoman.model.Article;
import org.dragoman.model.Provenance;

/**
 * One record read from a source: where it came from and exactly one of an article, an error (a one-line reason
 * the record could not be read) or a pending link (a feed item that carries only a link to the article, whose
 * URL is in {@code from.url()}).
 */
public record SourceRecord(Provenance from, Optional<Article> article, Optional<String> error, boolean pending) {

    /** Rejects nulls and any combination other than exactly one of article, error and pending. */
    public SourceRecord {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(error, "error");
        int kinds = (article.isPresent() ? 1 : 0) + (error.isPresent() ? 1 : 0) + (pending ? 1 : 0);
        if (kinds != 1) {
            throw new IllegalArgumentException("a source record holds exactly one of article, error, pending: "
                    + from);
        }
        if (pending && from.url().isEmpty()) {
            throw new IllegalArgumentException("a pending record needs the URL it points to: " + from);
        }
    }

    /** A record holding {@code article}, read from {@code from}. */
    public static SourceRecord of(Provenance from, Article article) {
        return new SourceRecord(from, Optional.of(article), Optional.empty(), false);
    }

    /** A record that could not be read, with a one-line {@code reason}. */
    public static SourceRecord failed(Provenance from, String reason) {
        return new SourceRecord(from, Optional.empty(), Optional.of(oneLine(reason)), false);
    }

    /** A feed item that only links to its article; {@code from.url()} must hold the link. */
    public static SourceRecord pending(Provenance from) {
        return new SourceRecord(from, Optional.empty(), Optional.empty(), true);
    }

    /** True when the record holds an article. */
    public boolean ok() {
        return article.isPresent();
    }

    /** {@code text} with line breaks collapsed to spaces and cut to 300 characters. */
    static String oneLine(String text) {
        String line = text == null || text.isBlank() ? "unreadable" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return line.length() <= 300 ? line : line.substring(0, 297) + "...";
    }
}
