package org.dragoman.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reported speech: what was said, how it is reported, the cue (reporting verb lemma or phrase) with the span of
 * the cue as written, the speaker and the addressee when the text names them ("told Dasha Burns", "told
 * reporters"), and what kind of source the speaker is.
 *
 * <p>What was said is {@code parts}, the content without quotation marks, in text order: one span for most
 * quotes, several for a quotation interrupted by its own attribution (“A,” she said, “B.” is one quote with the
 * parts A and B). {@code span} covers all parts, from the first one's start to the last one's end (so it includes
 * what interrupts them); {@code text} is the parts' text joined by single spaces.
 */
public record Quote(String id, QuoteKind kind, Span span, List<Span> parts, String text, Optional<String> cue,
                    Optional<Span> cueSpan, Optional<Speaker> speaker, Optional<Speaker> addressee,
                    Optional<SourceType> sourceType) {

    /**
     * Copies {@code parts}; an empty list stands for the one part {@code span}. Throws
     * {@link IllegalArgumentException} when the parts overlap, are out of order, or {@code span} does not run
     * from the first part's start to the last one's end.
     */
    public Quote {
        Objects.requireNonNull(span, "span");
        parts = parts.isEmpty() ? List.of(span) : List.copyOf(parts);
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i).start() < parts.get(i - 1).end()) {
                throw new IllegalArgumentException("Quote " + id + ": parts out of order or overlapping: " + parts);
            }
        }
        if (span.start() != parts.get(0).start() || span.end() != parts.get(parts.size() - 1).end()) {
            throw new IllegalArgumentException("Quote " + id + ": span " + span + " does not cover parts " + parts);
        }
    }

    /** A quote in one part, {@code span}. */
    public Quote(String id, QuoteKind kind, Span span, String text, Optional<String> cue, Optional<Span> cueSpan,
                 Optional<Speaker> speaker, Optional<Speaker> addressee, Optional<SourceType> sourceType) {
        this(id, kind, span, List.of(span), text, cue, cueSpan, speaker, addressee, sourceType);
    }

    /** A quote in one part with no addressee and no source type. */
    public Quote(String id, QuoteKind kind, Span span, String text, Optional<String> cue, Optional<Span> cueSpan,
                 Optional<Speaker> speaker) {
        this(id, kind, span, text, cue, cueSpan, speaker, Optional.empty(), Optional.empty());
    }

    /** The text of {@code parts} of {@code articleText}, joined by single spaces. */
    public static String joined(String articleText, List<Span> parts) {
        StringBuilder b = new StringBuilder();
        for (Span p : parts) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(p.of(articleText));
        }
        return b.toString();
    }

    /** True if {@code other} lies inside one of the parts (not in what interrupts them). */
    public boolean inContent(Span other) {
        return parts.stream().anyMatch(p -> p.contains(other));
    }
}
