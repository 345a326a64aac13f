package org.dragoman.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read: its whole text (every offset Dragoman emits points into it) and its metadata.
 * The id is the SHA-256 of the text, so the same text always has the same id.
 */
public record Article(String id, String text, Optional<String> title, Optional<LocalDate> published,
                      Optional<String> source, Optional<String> url, Optional<String> author) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(author, "author");
    }

    /** An article with the given text and no metadata; its id is computed from the text. */
    public static Article of(String text) {
        return new Article(idOf(text), text, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String idOf(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public Article withTitle(Optional<String> title) {
        return new Article(id, text, title, published, source, url, author);
    }

    public Article withPublished(Optional<LocalDate> published) {
        return new Article(id, text, title, published, source, url, author);
    }

    public Article withSource(Optional<String> source) {
        return new Article(id, text, title, published, source, url, author);
    }

    public Article withUrl(Optional<String> url) {
        return new Article(id, text, title, published, source, url, author);
    }

    public Article withAuthor(Optional<String> author) {
        return new Article(id, text, title, published, source, url, author);
    }
}
