package org.dragoman.store;

import java.time.LocalDate;
import java.util.Optional;

/** A full-text query with an optional published-date range and a page (offset, limit). */
public record SearchQuery(String text, Optional<LocalDate> from, Optional<LocalDate> to, int offset, int limit) {
}
