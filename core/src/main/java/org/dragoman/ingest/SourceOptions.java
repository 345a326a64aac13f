package org.dragoman.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Sources} reads: the size limit of one article (a whole text or HTML file, a JSON line, a WARC
 * payload, after decompression) and, for JSON Lines, the field that holds the text when it is not one of the
 * usual names. Misconfiguration fails in the constructor, naming the bad value.
 *
 * @param maxBytes  size limit of one article in bytes, positive
 * @param textField the JSON Lines field holding the text; empty to look for the usual names
 */
public record SourceOptions(long maxBytes, Optional<String> textField) {

    /** Rejects a non-positive limit and a blank field name. */
    public SourceOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        Objects.requireNonNull(textField, "textField");
        if (textField.isPresent() && textField.get().isBlank()) {
            throw new IllegalArgumentException("text field name is blank");
        }
    }

    /** The default limit ({@link ArticleFiles#DEFAULT_MAX_BYTES}) and the usual text field names. */
    public static SourceOptions defaults() {
        return new SourceOptions(ArticleFiles.DEFAULT_MAX_BYTES, Optional.empty());
    }

    /** The same options reading JSON Lines text from {@code field}. */
    public SourceOptions withTextField(String field) {
        return new SourceOptions(maxBytes, Optional.of(field));
    }

    /** The same options with another size limit. */
    public SourceOptions withMaxBytes(long maxBytes) {
        return new SourceOptions(maxBytes, textField);
    }
}
