package org.dragoman.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of {@link PolnearEval#run}: counts of what was read, one row for all attributions and one per
 * gold kind (direct, mixed, indirect), and the files left out.
 *
 * @param corpus the split directory scored
 * @param articles articles scored
 * @param severalAnnotators scored articles that more than one annotator annotated (only the first was read)
 * @param dated scored articles whose published date came from {@code metadata.tsv}
 * @param withoutContent attribution events left out because they have no Content
 * @param all the row over every scored attribution and system quote
 * @param kinds one row per gold kind, in the order direct, mixed, indirect; they sum to {@code all}
 * @param skipped files left out, with the reason
 * @param perArticle one row per scored article, in name order: the annotator whose file was scored and counts
 * @param otherPieces unmatched system quotes (false positives) that lie within another piece of a matched
 *                    discontinuous gold content, as the second quote of “A,” he said, “B.”; a diagnostic only
 * @param nested unmatched system quotes (false positives) nested inside the content of another system quote, as a
 *               quote within a quote, which PolNeAR (one label per token) does not annotate; a diagnostic only
 * @param agreement the system and a second human annotator, each scored against the first annotator on the
 *                  articles two annotators annotated: how far the system is from human agreement
 */
public record PolnearReport(String corpus, int articles, int severalAnnotators, int dated, int withoutContent,
                            Row all, List<Row> kinds, List<SkippedFile> skipped, List<ArticleRow> perArticle,
                            int otherPieces, int nested, Agreement agreement) {
    /** Copies the lists; rejects null fields. */
    public PolnearReport {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(all, "all");
        kinds = List.copyOf(kinds);
        skipped = List.copyOf(skipped);
        perArticle = List.copyOf(perArticle);
    }

    /**
     * One scored article.
     *
     * @param article the article name (its text file without {@code .txt})
     * @param annotator the annotator whose {@code .ann} was scored
     * @param annotators every annotator with a file for the article, in file-name order
     * @param gold gold attributions scored
     * @param system system quotes
     * @param matched gold attributions with an overlap match
     */
    public record ArticleRow(String article, String annotator, List<String> annotators, int gold, int system,
                             int matched) {
        /** Copies the list; rejects null fields. */
        public ArticleRow {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(annotator, "annotator");
            annotators = List.copyOf(annotators);
        }
    }

    /**
     * The system and the other human annotators on the same gold: on the articles with several annotators, the
     * first annotator's attributions are the gold (as in the main rows); each other annotator's attributions
     * (content fragments as parts, Source as speaker mention, Cue as cue span) are scored as a system against it,
     * and the system's quotes are scored once per such comparison, so both rows count the same gold.
     *
     * @param articles articles with several annotators compared
     * @param comparisons pairs (first annotator, other annotator) compared; each counts the article's gold once
     * @param system the system against the first annotator, once per comparison
     * @param annotator the other annotators against the first
     */
    public record Agreement(int articles, int comparisons, Row system, Row annotator) {
        /** Rejects null rows and rows of different gold. */
        public Agreement {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(annotator, "annotator");
            if (system.gold() != annotator.gold()) {
                throw new IllegalArgumentException("Agreement rows of different gold");
            }
        }
    }

    /** How many scored articles each annotator's file was used for, by annotator id. */
    public SortedMap<String, Integer> articlesByAnnotator() {
        SortedMap<String, Integer> n = new TreeMap<>();
        perArticle.forEach(r -> n.merge(r.annotator(), 1, Integer::sum));
        return n;
    }

    /** One line per scored article: name, annotator used (and the ones not used), gold, system and matched counts. */
    public List<String> formatArticles() {
        List<String> lines = new ArrayList<>();
        for (ArticleRow r : perArticle) {
            List<String> others = r.annotators().stream().filter(a -> !a.equals(r.annotator())).toList();
            lines.add(String.format(Locale.ROOT, "article %s annotator %s%s gold %d system %d matched %d", r.article(),
                    r.annotator(), others.isEmpty() ? "" : " (not used: " + String.join(", ", others) + ")", r.gold(),
                    r.system(), r.matched()));
        }
        return lines;
    }

    /**
     * Scores over a set of gold attributions and the system quotes counted with them.
     *
     * @param name "all" or the gold kind
     * @param goldWithoutSource gold attributions of the row that have no Source
     * @param exact content matches with the same trimmed span, one-to-one
     * @param overlap content matches sharing at least half of the shorter span, one-to-one, greedy by overlap
     * @param sourceJudged overlap matches whose gold has a Source
     * @param sourceByMention of those, how many have a system speaker mention overlapping a gold Source span
     * @param sourceByEntity of those, how many have that, or any mention of the speaker's entity overlapping it
     * @param matchedWithoutSource overlap matches whose gold has no Source (not judged)
     * @param cueJudged overlap matches whose gold has a Cue
     * @param cueCorrect of those, how many have a system cue span overlapping a gold Cue span
     */
    public record Row(String name, int goldWithoutSource, Score exact, Score overlap, int sourceJudged,
                      int sourceByMention, int sourceByEntity, int matchedWithoutSource, int cueJudged,
                      int cueCorrect) {
        /** Rejects counts that contradict each other. */
        public Row {
            Objects.requireNonNull(name, "name");
            if (sourceByMention > sourceByEntity || sourceByEntity > sourceJudged
                    || sourceJudged + matchedWithoutSource != overlap.truePositives()
                    || cueCorrect > cueJudged || cueJudged > overlap.truePositives()
                    || exact.gold() != overlap.gold() || exact.system() != overlap.system()) {
                throw new IllegalArgumentException("Inconsistent counts in row " + name);
            }
        }

        /** Number of gold attributions. */
        public int gold() {
            return overlap.gold();
        }

        /** Number of system quotes. */
        public int system() {
            return overlap.system();
        }

        /** Share of judged matches whose speaker mention is right; 0 when none was judged. */
        public double sourceMentionAccuracy() {
            return Score.ratio(sourceByMention, sourceJudged);
        }

        /** Share of judged matches whose speaker mention or speaker entity is right; 0 when none was judged. */
        public double sourceEntityAccuracy() {
            return Score.ratio(sourceByEntity, sourceJudged);
        }

        /** Share of judged matches whose cue is right; 0 when none was judged. */
        public double cueAccuracy() {
            return Score.ratio(cueCorrect, cueJudged);
        }
    }

    /** The report as aligned text lines: header, how things are counted, the rows, the skipped files. */
    public List<String> format() {
        List<String> lines = new ArrayList<>();
        lines.add("PolNeAR attribution evaluation of " + corpus + ": " + articles + " articles scored, "
                + skipped.size() + " skipped; " + all.gold() + " gold attributions, " + all.system()
                + " system quotes");
        lines.add("gold: one annotator per article, the first .ann in file-name order (" + severalAnnotators
                + " articles have several; the others are ignored); " + withoutContent
                + " attribution events without Content left out; " + all.goldWithoutSource()
                + " attributions without Source; published date from metadata.tsv for " + dated + " articles");
        StringBuilder used = new StringBuilder("annotator used (articles):");
        articlesByAnnotator().forEach((a, n) -> used.append(' ').append(a).append(' ').append(n).append(','));
        used.setLength(used.length() - (perArticle.isEmpty() ? 0 : 1));
        List<String> several = perArticle.stream().filter(r -> r.annotators().size() > 1)
                .map(r -> r.article() + " -> " + r.annotator()).toList();
        if (!several.isEmpty()) {
            used.append("; of several: ").append(String.join(", ", several));
        }
        lines.add(used.toString());
        lines.add("content: gold = first to last char of its Content, system = quote span (first to last part), both"
                + " trimmed of whitespace and quotation marks; exact = same span; overlap = shared chars (of the Content"
                + " pieces and the quote parts) cover at least half of the shorter content; one-to-one, greedy by overlap"
                + " size");
        lines.add("source: among overlap matches with a gold Source (those without are not judged, counted in"
                + " 'no src'): mention = the speaker mention overlaps a Source span (or, for a Source"
                + " that is a relative pronoun, ends right before it: the noun phrase it hangs on); +entity = or any mention of the"
                + " speaker's entity does; a quote without speaker is wrong. cue: among overlap matches with a gold"
                + " Cue, the system cue span overlaps it");
        lines.add(String.format(Locale.ROOT, "kind: gold content almost entirely (<= %d%% of letters outside) inside"
                        + " “ ” \" « » or '' … '' = direct, quoted and unquoted parts = mixed, no marks = indirect; an unmatched"
                        + " system quote counts under its own kind",
                Math.round(PolnearAttribution.DIRECT_UNQUOTED_SHARE * 100)));
        lines.add(String.format(Locale.ROOT, "%-9s %5s %6s | %-19s | %-19s | %5s %7s %7s %6s | %5s %6s",
                "kind", "gold", "system", "exact P / R / F1", "overlap P / R / F1",
                "src n", "mention", "+entity", "no src", "cue n", "cue ok"));
        lines.add(row(all));
        for (Row r : kinds) {
            lines.add(row(r));
        }
        lines.add("of the " + (all.system() - all.overlap().truePositives()) + " unmatched system quotes, " + otherPieces
                + " lie within another piece of a matched discontinuous gold content (“A,” he said, “B.” is one"
                + " attribution in PolNeAR), and " + nested + " more lie inside another system quote (a quote within a"
                + " quote, which PolNeAR does not annotate); all count as false positives above");
        if (agreement.articles() > 0) {
            lines.add("human agreement: on the " + agreement.articles() + " articles with several annotators, each"
                    + " other annotator's attributions scored as a system against the first's (the gold above; "
                    + agreement.comparisons() + " comparisons), beside the system scored the same way");
            lines.add(row(agreement.annotator()));
            lines.add(row(agreement.system()));
        }
        for (SkippedFile f : skipped) {
            lines.add("skipped " + f.file() + ": " + f.reason());
        }
        return lines;
    }

    private static String row(Row r) {
        return String.format(Locale.ROOT, "%-9s %5d %6d | %s | %s | %5d %7.3f %7.3f %6d | %5d %6.3f",
                r.name(), r.gold(), r.system(), TimemlReport.prf(r.exact()), TimemlReport.prf(r.overlap()),
                r.sourceJudged(), r.sourceMentionAccuracy(), r.sourceEntityAccuracy(), r.matchedWithoutSource(),
                r.cueJudged(), r.cueAccuracy());
    }
}
