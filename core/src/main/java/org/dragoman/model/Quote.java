package org.dragoman.model;

import java.util.Optional;

/**
 * Reported speech: what was said ({@code span}, without the quotation marks), how it is reported,
 * the cue (reporting verb lemma or phrase) with the span of the cue as written, and the speaker, when the text says.
 */
public record Quote(String id, QuoteKind kind, Span span, String text, Optional<String> cue, Optional<Span> cueSpan,
                    Optional<Speaker> speaker) {
}
