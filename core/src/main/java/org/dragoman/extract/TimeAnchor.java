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
    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "’ll", "shall");
    private static final Set<String> SCHEDULED = Set.of("due", "expected", "set", "scheduled", "slated", "going",
            "poised", "planning", "planned", "to");

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
     * The tense of the clause holding the time: the nearest tense-bearing verb before it decides, or, when
     * there is none before it, the nearest after it. "will"/"shall" and "is due/expected/set/scheduled to" are
     * future; a past-tense verb is past; any other present tense leaves the question to SUTime.
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
        Tense before = null;
        for (int i = 0; i < tokens.size() && tokens.get(i).span().end() <= t.span().start(); i++) {
            Tense tense = tenseAt(tokens, i);
            if (tense != null) {
                before = tense;
            }
        }
        if (before != null) {
            return before;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() >= t.span().end()) {
                Tense tense = tenseAt(tokens, i);
                if (tense != null) {
                    return tense;
                }
            }
        }
        return Tense.UNKNOWN;
    }

    /** The tense token {@code i} marks, or null if it marks none. */
    private static Tense tenseAt(List<Token> tokens, int i) {
        Token tok = tokens.get(i);
        String word = tok.word().toLowerCase(Locale.ROOT);
        if (FUTURE_MODALS.contains(word)) {
            return Tense.FUTURE;
        }
        String pos = tok.pos();
        if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD")) {
            int next = i + 1;
            while (next < tokens.size() && tokens.get(next).pos().startsWith("RB")) {
                next++;
            }
            boolean scheduled = next < tokens.size() && SCHEDULED.contains(tokens.get(next).word().toLowerCase(Locale.ROOT));
            if (pos.equals("VBD")) {
                return scheduled ? Tense.UNKNOWN : Tense.PAST; // "was due to" looks ahead from the past
            }
            return scheduled ? Tense.FUTURE : Tense.UNKNOWN;
        }
        return null;
    }
}
