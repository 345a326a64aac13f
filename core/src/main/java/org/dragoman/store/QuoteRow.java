package org.dragoman.store;

import java.time.LocalDate;
import java.util.Optional;
import org.dragoman.model.Quote;

/** A stored quote with its article's id, title, outlet and date, and its speaker's canonical name and code. */
public record QuoteRow(String articleId, Optional<String> title, Optional<String> outlet,
                       Optional<LocalDate> published, Quote quote, Optional<String> speakerName,
                       Optional<String> speakerActor) {
}
