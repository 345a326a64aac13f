package org.dragoman.store;

import java.time.LocalDate;
import java.util.Optional;

/** A search result: the article, where it came from, a snippet around the match, and its score. */
public record SearchHit(String articleId, Optional<String> title, Optional<String> outlet,
                        Optional<LocalDate> published, String snippet, float score) {
}
