package org.dragoman.extract;

import org.dragoman.model.AnnotatedArticle;
import org.dragoman.model.Sentence;
import org.dragoman.model.TimeExpr;
import org.dragoman.model.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-anchors bare weekday references ("on Sunday", "late on Sunday night") to the published date by the tense
 * of the verb that governs them: in "the deal was agreed on Sunday" in an article of Monday 22 June it is
 * 21 June, in "ministers will meet on Sunday" 28 June. SUTime resolves such days without regard to tense.
 * Expressions with their own direction ("last Sunday", "next Sunday") and articles without a date are left
 * as they are. Thread-safe.
 */
public final class TimeAnchor {

    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    /** Words that give the expression its own direction or date: "last Sunday", "Saturday, April 25". */
    private static final Pattern DIRECTED = Pattern.compile("(?i)\\b(last|next|this|coming|past|previous|following|ago|every|each"
            + "|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
            + "|september|october|november|december)\\b|\\d");
    private static final Pattern DATED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(.*)$");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "’ll", "shall", "due", "expected", "set",
            "scheduled", "plans", "planned", "going", "upcoming", "expects", "intends");

    private enum Tense { PAST, FUTURE, UNKNOWN }

    /** The article with its weekday times re-anchored; the same article when there is nothing to change. */
    public AnnotatedArticle anchor(AnnotatedArticle doc) {
        Optional<LocalDate> published = doc.source().article().published();
        if (published.isEmpty() || doc.times().isEmpty()) {
            return doc;
        }
        List<TimeExpr> times = new ArrayList<>(doc.times().size());
        boolean changed = false;
        for (TimeExpr t : doc.times()) {
            TimeExpr anchored = anchor(doc, t, published.get());
            changed |= anchored != t;
            times.add(anchored);
        }
        return changed ? new AnnotatedArticle(doc.source(), doc.tokens(), doc.sentences(), doc.names(), times) : doc;
    }

    private static TimeExpr anchor(AnnotatedArticle doc, TimeExpr t, LocalDate published) {
        Matcher day = WEEKDAY.matcher(t.text());
        Matcher dated = DATED.matcher(t.value());
        if (!day.find() || DIRECTED.matcher(t.text()).find() || !dated.matches()) {
            return t;
        }
        Tense tense = tense(doc, t);
        if (tense == Tense.UNKNOWN) {
            return t;
        }
        DayOfWeek weekday = DayOfWeek.valueOf(day.group(1).toUpperCase(Locale.ROOT));
        LocalDate date = tense == Tense.PAST
                ? published.with(TemporalAdjusters.previousOrSame(weekday))
                : published.with(TemporalAdjusters.nextOrSame(weekday));
        try {
            if (LocalDate.parse(dated.group(1)).equals(date)) {
                return t;
            }
        } catch (DateTimeParseException e) {
            return t;
        }
        return new TimeExpr(t.span(), t.text(), t.type(), date + dated.group(2));
    }

    /**
     * The tense of the clause holding the time: a future marker ("will", "is due to", "expected") anywhere
     * before it in the sentence makes it future; otherwise the nearest finite verb before it, or after it
     * when there is none before, decides (past tense: past; present: unknown).
     */
    private static Tense tense(AnnotatedArticle doc, TimeExpr t) {
        Sentence sentence = null;
        for (Sentence s : doc.sentences()) {
            if (s.span().contains(t.span().start())) {
                sentence = s;
                break;
            }
        }
        if (sentence == null) {
            return Tense.UNKNOWN;
        }
        List<Token> tokens = doc.tokens(sentence);
        Tense before = Tense.UNKNOWN;
        for (Token tok : tokens) {
            if (tok.span().start() >= t.span().start()) {
                break;
            }
            if (FUTURE_WORDS.contains(tok.word().toLowerCase(Locale.ROOT))) {
                before = Tense.FUTURE;
            } else if (tok.pos().equals("VBD")) {
                before = Tense.PAST;
            } else if (tok.pos().equals("VBZ") || tok.pos().equals("VBP")) {
                before = Tense.UNKNOWN;
            }
        }
        if (before != Tense.UNKNOWN) {
            return before;
        }
        boolean sawVerbBefore = tokens.stream().anyMatch(tok -> tok.span().start() < t.span().start() && tok.pos().startsWith("VB"));
        if (sawVerbBefore) {
            return Tense.UNKNOWN;
        }
        for (Token tok : tokens) {
            if (tok.span().start() < t.span().end()) {
                continue;
            }
            if (FUTURE_WORDS.contains(tok.word().toLowerCase(Locale.ROOT))) {
                return Tense.FUTURE;
            }
            if (tok.pos().equals("VBD")) {
                return Tense.PAST;
            }
            if (tok.pos().equals("VBZ") || tok.pos().equals("VBP")) {
                return Tense.UNKNOWN;
            }
        }
        return Tense.UNKNOWN;
    }
}
