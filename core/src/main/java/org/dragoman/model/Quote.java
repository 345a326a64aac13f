package org.dragoman.model;

import java.util.Optional;

/**
 * Reported speech: what was said ({@code span}, without the quotation marks), how it is reported, the cue
 * (reporting verb lemma or phrase) with the span of the cue as written, the speaker and the addressee when
 * the text names them ("told Dasha Burns", "told reporters"), and what kind of source the speaker is.
 */
public record Quote(String id, QuoteKind kind, Span span, String text, Optional<String> cue, Optional<Span> cueSpan,
                    Optional<Speaker> speaker, Optional<Speaker> addressee, Optional<SourceType> sourceType) {

    /** A quote with no addressee and no source type. */
    public Quote(String id, QuoteKind kind, Span span, String text, Optional<String> cue, Optional<Span> cueSpan,
                 Optional<Speaker> speaker) {
        this(id, kind, span, text, cue, cueSpan, speaker, Optional.empty(), Optional.empty());
    }
}
