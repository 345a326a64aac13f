package org.dragoman.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dragoman.ingest.BadInputException;
import org.dragoman.ingest.HtmlArticleReader;
import org.dragoman.model.Article;

/**
 * Scores {@link HtmlArticleReader} on the article-extraction-benchmark (Zyte/Scrapinghub, 181 pages): for each
 * page the extracted body (text without the headline, since the gold {@code articleBody} excludes it) is
 * compared with the gold body as multisets of word 4-grams, exactly as the benchmark's {@code evaluate.py}:
 * words are runs of Unicode {@code \w}; tp, fp and fn are normalized to sum to 1 per page; precision is
 * averaged over pages with a non-empty prediction, recall over pages with a non-empty gold; F1 is the harmonic
 * mean of the two averages. A page the reader rejects counts as an empty prediction.
 */
public final class ExtractionEval {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private ExtractionEval() {
    }

    /** The score of one page: normalized counts and the per-page precision and recall derived from them. */
    public record PageScore(String id, double tp, double fp, double fn, boolean failed) {
        /** Precision as the benchmark defines it: 1 when nothing is wrong, 0 when nothing was predicted. */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        /** Recall as the benchmark defines it: 1 when nothing is wrong, 0 when nothing was found. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }

        /** F1 of this page alone, for finding the worst pages. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The result of a run: page count, averaged precision and recall, their F1, rejected pages, per-page scores. */
    public record Report(int pages, double precision, double recall, double f1, int failures,
                         List<PageScore> perPage) {
        public Report {
            perPage = List.copyOf(perPage);
        }

        /** A few printable lines: the summary, then the five pages with the lowest F1. */
        public String format() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT,
                    "article-extraction-benchmark: %d pages, %d rejected%n"
                            + "precision=%.4f recall=%.4f F1=%.4f%n", pages, failures, precision, recall, f1));
            perPage.stream().sorted(Comparator.comparingDouble(PageScore::f1)).limit(5).forEach(s ->
                    out.append(String.format(Locale.ROOT, "  worst: %s p=%.3f r=%.3f%s%n",
                            s.id().substring(0, Math.min(16, s.id().length())), s.precision(), s.recall(),
                            s.failed() ? " (rejected)" : "")));
            return out.toString();
        }
    }

    /**
     * Runs the reader on every page of the benchmark in {@code dir} (holding {@code ground-truth.json} and
     * {@code html/ID.html.gz}) and scores it. Throws {@link UncheckedIOException} when the data cannot be read.
     */
    public static Report run(Path dir) {
        Objects.requireNonNull(dir, "dir");
        HtmlArticleReader reader = new HtmlArticleReader();
        JsonNode truth;
        try {
            truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("ground-truth.json"), e);
        }
        List<PageScore> scores = new ArrayList<>();
        int failures = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            String gold = entry.getValue().path("articleBody").asText("");
            String predicted = "";
            boolean failed = false;
            try {
                Article article = reader.read(readPage(dir.resolve("html").resolve(id + ".html.gz")), id);
                predicted = HtmlArticleReader.body(article);
            } catch (BadInputException e) {
                failed = true;
                failures++;
            }
            double[] counts = score(gold, predicted);
            scores.add(new PageScore(id, counts[0], counts[1], counts[2], failed));
        }
        return summarize(scores, failures);
    }

    /** Averages per-page scores the benchmark's way. */
    static Report summarize(List<PageScore> scores, int failures) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        for (PageScore s : scores) {
            if (s.tp() + s.fp() > 0) {
                precisionSum += s.precision();
                precisionPages++;
            }
            if (s.tp() + s.fn() > 0) {
                recallSum += s.recall();
                recallPages++;
            }
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Report(scores.size(), precision, recall, f1, failures, scores);
    }

    /** Normalized {tp, fp, fn} of the word 4-gram multisets of {@code gold} and {@code predicted}. */
    static double[] score(String gold, String predicted) {
        Map<String, Integer> g = shingles(gold);
        Map<String, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Set<String> keys = new HashSet<>(g.keySet());
        keys.addAll(p.keySet());
        for (String k : keys) {
            int gc = g.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {0, 0, 0};
    }

    /** Word 4-gram counts; a text of fewer than four words is one shingle of all its words, as in the benchmark. */
    static Map<String, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<String, Integer> counts = new HashMap<>();
        int n = Math.max(1, words.size() - N + 1);
        for (int i = 0; i < n; i++) {
            List<String> gram = words.subList(Math.min(i, words.size()), Math.min(i + N, words.size()));
            if (!gram.isEmpty()) {
                counts.merge(String.join("\u0001", gram), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String readPage(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
