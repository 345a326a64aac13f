package org.dragoman.store;

import java.time.LocalDate;
import java.util.Optional;

/** Quotes by speaker (name or actor code), by words in the quote, in a published-date range; newest first. */
public record QuoteQuery(Optional<String> speaker, Optional<String> text, Optional<LocalDate> from,
                         Optional<LocalDate> to, int offset, int limit) {
}
