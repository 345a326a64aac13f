package org.dragoman.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did what to whom, when and where, as one sentence of the article reports it. {@code code} is the CAMEO
 * event code ("190"), {@code ploverEvent}/{@code ploverMode} its PLOVER translation; {@code span} covers the
 * evidence (the clause or verb phrase), {@code sentence} the whole sentence it is in. {@code quoted} events are
 * reported inside a quote (attributed through {@code quote}); negated and hypothetical events are flagged,
 * never plain facts.
 */
public record Event(String id, String code, Optional<String> ploverEvent, Optional<String> ploverMode,
                    EventParty source, Optional<EventParty> target, Optional<LocalDate> date,
                    Optional<EventParty> location, boolean quoted, Optional<String> quote, boolean negated,
                    boolean hypothetical, Span span, Span sentence) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ploverEvent, "ploverEvent");
        Objects.requireNonNull(ploverMode, "ploverMode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(sentence, "sentence");
    }
}
