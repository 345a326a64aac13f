package org.dragoman.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dragoman.ingest.BadInputException;
import org.dragoman.model.Article;
import org.dragoman.model.Span;
import org.dragoman.model.TimeExpr;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Scores a time-expression system against a TimeML corpus (TimeBank, AQUAINT, TempEval-3): extent
 * (strict and relaxed), TIMEX3 type and value, per folder and overall.
 *
 * <p>Counting follows TempEval-3 (UzZaman et al. 2013), with char rather than token offsets: a strict
 * match has the gold offsets exactly, a relaxed match overlaps a gold expression (one-to-one); type and
 * value accuracy are over relaxed matches; value precision and recall count relaxed matches with the
 * gold value among all system and all gold expressions.
 */
public final class TimemlEval {

    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private TimemlEval() {
    }

    /**
     * Runs {@code system} on every {@code .tml} file under {@code dir} (recursively, in path order) and
     * scores it. A file that cannot be read or parsed, a copy of a file already scored (same text and creation
     * time), or a file on which
     * {@code system} throws is listed in {@link TimemlReport#skipped()} and left out; the run goes on.
     * Throws {@link IllegalArgumentException} when {@code dir} is not a directory and {@link IOException}
     * when it cannot be listed.
     */
    public static TimemlReport run(Path dir, Function<Article, List<TimeExpr>> system) throws IOException {
        Objects.requireNonNull(system, "system");
        List<Path> files = CorpusFiles.list(dir, ".tml");
        Map<String, Tally> bySubset = new TreeMap<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            String name = dir.relativize(file).toString();
            TimemlDocument doc;
            try {
                doc = read(file, name);
            } catch (BadInputException e) {
                skipped.add(new SkippedFile(name, e.reason()));
                continue;
            } catch (IOException e) {
                skipped.add(new SkippedFile(name, "unreadable: " + Xml.oneLine(e.toString())));
                continue;
            }
            // TBAQ holds texts twice: as a copy (skip it) and with another creation time (a distinct document)
            String first = seen.putIfAbsent(doc.article().id() + " " + doc.article().published(), name);
            if (first != null) {
                skipped.add(new SkippedFile(name, "same text and creation time as " + first));
                continue;
            }
            List<TimeExpr> found;
            try {
                found = List.copyOf(system.apply(doc.article()));
            } catch (RuntimeException e) {
                skipped.add(new SkippedFile(name, "system failed: " + Xml.oneLine(e.toString())));
                continue;
            }
            bySubset.computeIfAbsent(subsetOf(dir, file), k -> new Tally()).add(doc.gold(), found);
        }
        Tally all = new Tally();
        Map<String, TimemlReport.Subset> subsets = new LinkedHashMap<>();
        bySubset.forEach((k, t) -> {
            subsets.put(k, t.toSubset(k));
            all.merge(t);
        });
        return new TimemlReport(dir.toString(), List.copyOf(subsets.values()), all.toSubset("overall"), skipped);
    }

    /**
     * Reads one TimeML file: the plain text of its {@code <TEXT>} element (tags removed, entities decoded,
     * whitespace kept), the gold {@code TIMEX3}s inside it that cover at least one char, and the document
     * creation time as published date (absent when there is none or its value is not a date).
     * Throws {@link BadInputException} naming {@code name} for malformed XML or a file without {@code <TEXT>}.
     */
    public static TimemlDocument read(Path file, String name) throws IOException, BadInputException {
        Document xml = Xml.parse(file, name);
        NodeList texts = xml.getElementsByTagName("TEXT");
        if (texts.getLength() == 0) {
            throw new BadInputException(name, "no <TEXT> element");
        }
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        collect(texts.item(0), text, gold);
        String plain = text.toString();
        List<TimeExpr> timexes = gold.stream()
                .filter(g -> g.end > g.start)
                .map(g -> new TimeExpr(new Span(g.start, g.end), plain.substring(g.start, g.end), g.type, g.value))
                .toList();
        Article article = Article.of(plain).withPublished(creationDate(xml));
        return new TimemlDocument(name, article, timexes);
    }

    private static void collect(Node node, StringBuilder text, List<Gold> gold) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof CharacterData c && n.getNodeType() != Node.COMMENT_NODE) {
                text.append(c.getData());
            } else if (n instanceof Element e) {
                int start = text.length();
                collect(e, text, gold);
                if (e.getTagName().equals("TIMEX3")) {
                    gold.add(new Gold(start, text.length(), Xml.attr(e, "type").strip(), Xml.attr(e, "value").strip()));
                }
            }
        }
    }

    private static Optional<LocalDate> creationDate(Document xml) {
        NodeList all = xml.getElementsByTagName("TIMEX3");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if ("CREATION_TIME".equals(e.getAttribute("functionInDocument"))) {
                Matcher m = DATE.matcher(e.getAttribute("value").strip());
                if (m.find()) {
                    try {
                        return Optional.of(LocalDate.parse(m.group(1)));
                    } catch (DateTimeParseException ignored) {
                        return Optional.empty();
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static String subsetOf(Path dir, Path file) {
        Path parent = dir.relativize(file).getParent();
        if (parent != null) {
            return parent.toString();
        }
        Path own = dir.toAbsolutePath().normalize().getFileName();
        return own == null ? "." : own.toString();
    }

    private record Gold(int start, int end, String type, String value) {
    }

    /** Running counts for one subset. */
    private static final class Tally {
        private int documents;
        private int gold;
        private int system;
        private int strict;
        private int relaxed;
        private int valueCorrect;
        private int typeCorrect;

        void add(List<TimeExpr> goldTimes, List<TimeExpr> systemTimes) {
            List<Span> g = goldTimes.stream().map(TimeExpr::span).toList();
            List<Span> s = systemTimes.stream().map(TimeExpr::span).toList();
            documents++;
            gold += g.size();
            system += s.size();
            strict += Alignment.count(Alignment.strict(g, s));
            int[] pairs = Alignment.relaxed(g, s);
            for (int i = 0; i < pairs.length; i++) {
                if (pairs[i] < 0) {
                    continue;
                }
                relaxed++;
                TimeExpr gt = goldTimes.get(i);
                TimeExpr st = systemTimes.get(pairs[i]);
                if (gt.value().equals(st.value() == null ? "" : st.value().strip())) {
                    valueCorrect++;
                }
                if (gt.type().equalsIgnoreCase(st.type() == null ? "" : st.type().strip())) {
                    typeCorrect++;
                }
            }
        }

        void merge(Tally t) {
            documents += t.documents;
            gold += t.gold;
            system += t.system;
            strict += t.strict;
            relaxed += t.relaxed;
            valueCorrect += t.valueCorrect;
            typeCorrect += t.typeCorrect;
        }

        TimemlReport.Subset toSubset(String name) {
            return new TimemlReport.Subset(name, documents, Score.of(strict, system, gold),
                    Score.of(relaxed, system, gold), valueCorrect, typeCorrect);
        }
    }
}
