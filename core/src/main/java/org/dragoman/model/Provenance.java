package org.dragoman.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an article came from: the source (file path, feed, WARC file) and the record inside it (line number,
 * WARC record offset, feed item id, or empty for a whole file), plus the URL and outlet that carried it.
 */
public record Provenance(String source, String locator, Optional<String> url, Optional<String> outlet) {
    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outlet, "outlet");
    }
}
