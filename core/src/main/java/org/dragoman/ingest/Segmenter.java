package org.dragoman.ingest;

import org.dragoman.model.Article;
import org.dragoman.model.Block;
import org.dragoman.model.Removal;
import org.dragoman.model.SegmentedArticle;
import org.dragoman.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Divides an article's text into blocks (title, headings, paragraphs) and sets aside the parts that are not
 * the story: promotions, bylines, copyright lines, navigation crumbs, photo credits. Those stay in the text,
 * listed as {@link Removal}s with their offsets, and are never analysed. Never throws for any text.
 */
public final class Segmenter {

    /** Lines that only a promotion, sign-up box or share prompt would say. */
    private static final Pattern PROMO_STRONG = Pattern.compile("(?i)\\b(save your (spot|seat)|sign up (now|today|here|for (our|the) newsletter)"
            + "|subscribe (now|today|to (our|the))|register (now|today|here)|start your free trial|claim your|join our (newsletter|webinar|community|telegram|discord)"
            + "|download (our|the) app|follow us on|share (this|on) (article|story|facebook|twitter|x\\b)|click here|sponsored content|promo code"
            + "|read more\\b|also read\\b|recommended for you|don'?t miss\\b|get the latest|get our (\\w+ )?(newsletter|app|emails?|alerts?|updates?)\\b|newsletter\\b.*\\b(inbox|sign|subscribe))");
    /** An advertising slot's label on a line of its own; inside a sentence the word is news ("a campaign advertisement"). */
    private static final Pattern AD_LABEL = Pattern.compile("(?i)^(advertisement|advertising|sponsored|ad)\\s*:?$");
    /** Words that mark selling or sign-up talk; two different ones make a short paragraph a promotion. */
    private static final Pattern PROMO_WEAK = Pattern.compile("(?i)\\b(academy|webclass|webinar|masterclass|course|newsletter|subscribe|subscription"
            + "|sign up|signup|upcoming|learn how|exclusive|offer|discount|free|spot|podcast|inbox|premium|members?hip|unlock|grow your money"
            + "|want to (grow|learn|know)|limited)\\b");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by|reporting by|writing by|editing by|additional reporting by|compiled by|written by)"
            + "\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+[\\p{L}.'’-]+){0,3}(\\s*(,|and|;|&|/|in)\\s*.*)?$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(©|\\(c\\)|copyright\\b)|all rights reserved");
    private static final Pattern NAVIGATION = Pattern.compile("^(?:[\\p{L}&' ]{2,30}\\s*(?:>|»|›|/|\\|)\\s*){2,}[\\p{L}&' ]{2,30}$|^(?i:home|skip to (main )?content|menu|back to top)$");
    private static final Pattern CAPTION = Pattern.compile("(?i)^(photo|image|picture|video|watch|listen)( caption| credit)?\\s*:|^(photograph|photo|image):?\\s.*(getty|reuters|ap photo|afp|shutterstock)|^\\((photo|image)[^)]*\\)$");

    /** Splits and classifies the article's text. */
    public SegmentedArticle segment(Article article) {
        String text = article.text();
        List<Block> blocks = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        for (Span span : paragraphs(text)) {
            String para = span.of(text);
            Optional<String> reason = removalReason(para);
            if (reason.isPresent()) {
                removed.add(new Removal(span, reason.get()));
                continue;
            }
            Block.Kind kind;
            if (blocks.isEmpty() && removed.stream().noneMatch(r -> r.span().start() < span.start())
                    && article.title().map(t -> sameTitle(t, para)).orElse(false)) {
                kind = Block.Kind.TITLE;
            } else if (Layout.looksLikeHeading(para) && !para.strip().endsWith("?")) {
                kind = Block.Kind.HEADING;
            } else {
                kind = Block.Kind.PARAGRAPH;
            }
            blocks.add(new Block(span, kind));
        }
        return new SegmentedArticle(article, blocks, removed);
    }

    /**
     * Whether a first paragraph repeats the title, up to spacing and a full stop some sources add to it
     * ("Poll: Trump leads in Ohio." under the title "Poll: Trump leads in Ohio").
     */
    static boolean sameTitle(String title, String paragraph) {
        String t = title.strip().replaceAll("\\s+", " ");
        String p = paragraph.strip().replaceAll("\\s+", " ");
        return p.equals(t) || p.equals(t + ".") || t.equals(p + ".");
    }

    /** Why a paragraph is not part of the story, if it is not. */
    static Optional<String> removalReason(String paragraph) {
        String p = paragraph.strip();
        int words = Layout.words(p);
        if (COPYRIGHT.matcher(p).find() && words <= 30) {
            return Optional.of("copyright");
        }
        if (words <= 14 && BYLINE.matcher(p).matches()) {
            return Optional.of("byline");
        }
        if (NAVIGATION.matcher(p).matches()) {
            return Optional.of("navigation");
        }
        if (words <= 30 && CAPTION.matcher(p).find()) {
            return Optional.of("caption");
        }
        if (AD_LABEL.matcher(p).matches()) {
            return Optional.of("promotion");
        }
        if (words <= 80) {
            boolean strong = PROMO_STRONG.matcher(p).find();
            // different words: "free speech … free to say … a difficult spot" is not three marks of selling
            long weak = PROMO_WEAK.matcher(p).results().map(m -> m.group().toLowerCase(Locale.ROOT)).distinct().count();
            if (strong && (weak >= 1 || words <= 25) || weak >= 3 && words <= 50) {
                return Optional.of("promotion");
            }
        }
        return Optional.empty();
    }

    /**
     * Paragraph spans, trimmed of surrounding whitespace. Each line is a paragraph, except that a line which
     * does not end a sentence joins the next one when that one continues it (hard-wrapped text).
     */
    static List<Span> paragraphs(String text) {
        List<Span> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            Span line = Span.trimmed(text, pos, end);
            if (line.length() > 0) {
                lines.add(line);
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        // Hard-wrapped text: many long lines stop mid-sentence. Only then may an upper-case line continue one.
        long longLines = lines.stream().filter(l -> l.length() >= 50).count();
        long openLong = lines.stream().filter(l -> l.length() >= 50 && !Layout.endsSentence(l.of(text))).count();
        boolean wrapped = longLines >= 3 && openLong * 3 >= longLines;
        List<Span> paragraphs = new ArrayList<>();
        Span current = null;
        for (Span line : lines) {
            if (current != null && continues(text, current, line, wrapped)) {
                current = new Span(current.start(), line.end());
            } else {
                if (current != null) {
                    paragraphs.add(current);
                }
                current = line;
            }
        }
        if (current != null) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /** True when {@code next} is the continuation of a hard-wrapped {@code current} paragraph. */
    private static boolean continues(String text, Span current, Span next, boolean wrapped) {
        if (text.substring(current.end(), next.start()).chars().filter(c -> c == '\n').count() != 1) {
            return false;
        }
        int lastLineStart = text.lastIndexOf('\n', current.end() - 1) + 1;
        String last = text.substring(Math.max(lastLineStart, current.start()), current.end());
        if (Layout.endsSentence(last)) {
            return false;
        }
        char first = text.charAt(next.start());
        return last.length() >= 40 && (Character.isLowerCase(first) || wrapped);
    }
}
