package org.dragoman.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dragoman.model.QuoteKind;
import org.dragoman.model.Span;

/**
 * One gold attribution of PolNeAR (a brat event of type {@code Attribution} or {@code Attribution-no-source}):
 * its event id and the char spans of its Content, Cue and Source, each the fragments of its text-bound
 * annotations in text order (a discontinuous annotation gives several fragments; {@code Content2} counts as
 * Content). Lists may be empty: an attribution without Source is common, one without Content is not scored.
 */
public record PolnearAttribution(String id, List<Span> content, List<Span> cues, List<Span> sources) {

    /** Quotation marks trimmed off the edges of contents (and of system quotes) before spans are compared. */
    static final String QUOTATION_MARKS = "\"'“”‘’«»„‟‚‛‹›";

    /** Quotation marks that decide whether gold content is quoted: the straight and curly double marks, guillemets. */
    private static final String OPENING = "“«";
    private static final String CLOSING = "”»";
    private static final char STRAIGHT = '"';

    /** Share of unquoted letters and digits up to which quoted content still counts as direct. */
    static final double DIRECT_UNQUOTED_SHARE = 0.05;

    /** Sorts and copies the span lists; rejects a null id. */
    public PolnearAttribution {
        Objects.requireNonNull(id, "id");
        content = sorted(content);
        cues = sorted(cues);
        sources = sorted(sources);
    }

    /**
     * The content as one span of {@code text}: from its first to its last char, with whitespace and quotation
     * marks trimmed at both edges; empty when there is no content.
     */
    public Optional<Span> extent(String text) {
        if (content.isEmpty()) {
            return Optional.empty();
        }
        int start = content.stream().mapToInt(Span::start).min().orElseThrow();
        int end = content.stream().mapToInt(Span::end).max().orElseThrow();
        return Optional.of(trim(text, new Span(start, end)));
    }

    /**
     * The content chars as disjoint trimmed fragments in text order (the text between two fragments of a
     * discontinuous content, typically the source and cue, is not part of it).
     */
    public List<Span> fragments(String text) {
        List<Span> out = new ArrayList<>();
        for (Span s : content) {
            Span t = trim(text, s);
            if (t.length() == 0) {
                continue;
            }
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && t.start() <= last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), t.end())));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** The content text: its fragments joined by a space. */
    public String contentText(String text) {
        StringBuilder b = new StringBuilder();
        for (Span s : content) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s.of(text));
        }
        return b.toString();
    }

    /** How the content is reported, judged by {@link #kindOf} on {@link #contentText}. */
    public QuoteKind kind(String text) {
        return kindOf(contentText(text));
    }

    /**
     * DIRECT when {@code content} has quotation marks (“ ” " « », or '' doubled apostrophes) and at most {@link #DIRECT_UNQUOTED_SHARE} of its
     * letters and digits lie outside them; INDIRECT when it has no quotation mark or nothing inside them; MIXED
     * otherwise. Marks nest by kind (a curly quotation inside a straight one does not end it; a second “ while one
     * is open continues it, as in multi-paragraph quotations); a content whose first mark is a closing one is taken
     * to start inside a quotation.
     */
    static QuoteKind kindOf(String content) {
        // two apostrophes serve as a double mark in the New York Times archive (''…'')
        content = content.replace("''", "\"");
        Deque<Character> open = new ArrayDeque<>();
        boolean sawMark = false;
        int quoted = 0;
        int unquoted = 0;
        int beforeFirstMark = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            int opening = OPENING.indexOf(c);
            int closing = CLOSING.indexOf(c);
            if (opening < 0 && closing < 0 && c != STRAIGHT) {
                if (!Character.isLetterOrDigit(c)) {
                    continue;
                }
                if (!sawMark) {
                    beforeFirstMark++;
                } else if (open.isEmpty()) {
                    unquoted++;
                } else {
                    quoted++;
                }
                continue;
            }
            if (!sawMark) {
                if (closing >= 0) {
                    quoted += beforeFirstMark;
                } else {
                    unquoted += beforeFirstMark;
                }
                sawMark = true;
            }
            if (c == STRAIGHT) {
                if (!open.isEmpty() && open.peek() == STRAIGHT) {
                    open.pop();
                } else {
                    open.push(c);
                }
            } else if (opening >= 0) {
                if (open.isEmpty() || open.peek() != c) {
                    open.push(c);
                }
            } else {
                char opener = OPENING.charAt(closing);
                if (open.contains(opener)) {
                    while (open.pop() != opener) {
                        // marks opened inside the quotation this one closes end with it
                    }
                }
            }
        }
        if (!sawMark || quoted == 0) {
            return QuoteKind.INDIRECT;
        }
        return unquoted <= DIRECT_UNQUOTED_SHARE * (quoted + unquoted) ? QuoteKind.DIRECT : QuoteKind.MIXED;
    }

    /** {@code span} of {@code text} without whitespace or {@link #QUOTATION_MARKS} at its edges. */
    static Span trim(String text, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && isEdge(text.charAt(start))) {
            start++;
        }
        while (end > start && isEdge(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || QUOTATION_MARKS.indexOf(c) >= 0;
    }

    private static List<Span> sorted(List<Span> spans) {
        List<Span> copy = new ArrayList<>(spans);
        copy.sort(Comparator.naturalOrder());
        return List.copyOf(copy);
    }
}
