package org.dragoman.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dragoman.ingest.BadInputException;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;

/**
 * Scores quote extraction and attribution against PolNeAR (Newell et al. 2018, political news attribution
 * relations): content spans (exact and overlap), source and cue among matched contents, overall and per gold
 * kind (direct, mixed, indirect).
 *
 * <p>A split directory holds {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann} in brat standoff
 * format: text-bound annotations {@code T1<TAB>Source 12 20<TAB>text} (types Source, Cue, Content; a
 * discontinuous one lists its fragments as {@code 10 20;25 40}) and events
 * {@code E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1} (or {@code Attribution-no-source:...}) that tie them
 * into one attribution; {@code Content2} is a second Content piece. Offsets are brat's: code points of the
 * {@code .txt} as stored. When several annotators annotated an article, only the first {@code .ann} in
 * file-name order is read. {@code metadata.tsv} in the parent directory gives the publication dates.
 *
 * <p>A system quote is compared by its span (from its first to its last part) for exact matches and by its parts
 * for overlap; its source by the speaker mention and the mentions of the speaker entity (a gold Source that is a
 * relative pronoun, "who", stands for the noun phrase right before it); its cue by its cue span.
 * Matching is one-to-one: same trimmed spans first, then the remaining pairs whose shared chars cover at least
 * half of the shorter content (a discontinuous gold content and a quote in several parts count only the chars of
 * their pieces), largest overlap first.
 */
public final class PolnearEval {

    private static final Pattern ANN_NAME = Pattern.compile("^(.+)_([A-Za-z0-9]+)\\.ann$");
    private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\t(.*)$");
    private static final Pattern EVENT = Pattern.compile("^(E\\d+)\t(.*)$");
    private static final Pattern ROLE = Pattern.compile("^([A-Za-z-]+?)\\d*$");
    private static final int SNIPPET = 40;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");

    private PolnearEval() {
    }

    /**
     * Runs {@code system} on every article of the PolNeAR split {@code dir} (a folder with {@code text/} and
     * {@code attributions/}, e.g. {@code polnear/data/dev}), in name order, and scores its quotes. A text without
     * annotation file, an annotation file without text, a file that cannot be read or whose offsets do not match
     * its text, and an article on which {@code system} throws are listed in {@link PolnearReport#skipped()} and
     * left out; the run goes on. Throws {@link IllegalArgumentException} when {@code dir} is not such a folder
     * and {@link IOException} when it cannot be listed.
     */
    public static PolnearReport run(Path dir, Function<Article, Analysis> system) throws IOException {
        return run(dir, system, line -> { });
    }

    /**
     * As above, also giving {@code errors} one tab-separated line for each gold attribution no system quote matched
     * ({@code missed}, article, kind, cue, source, content) and each system quote that matched none ({@code extra},
     * article, kind, cue lemma, speaker text, quote text), for error analysis; see {@link #ERRORS_HEADER}.
     */
    public static PolnearReport run(Path dir, Function<Article, Analysis> system, Consumer<String> errors)
            throws IOException {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(errors, "errors");
        Path texts = dir.resolve("text");
        Path annotations = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(annotations)) {
            throw new IllegalArgumentException("Not a PolNeAR split (no text/ and attributions/ folders): " + dir);
        }
        Map<String, List<String>> annotators = new TreeMap<>();
        for (Path ann : list(annotations, ".ann")) {
            Matcher m = ANN_NAME.matcher(ann.getFileName().toString());
            if (m.matches()) {
                annotators.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
            }
        }
        List<SkippedFile> skipped = new ArrayList<>();
        for (Path ann : list(annotations, ".ann")) {
            if (!ANN_NAME.matcher(ann.getFileName().toString()).matches()) {
                skipped.add(new SkippedFile("attributions/" + ann.getFileName(), "no _ANNOTATOR suffix in the name"));
            }
        }
        Map<String, LocalDate> dates;
        Map<String, String> titles;
        try {
            dates = metadataDates(dir.toAbsolutePath().getParent());
            titles = metadataColumn(dir.toAbsolutePath().getParent(), "title");
        } catch (IOException e) {
            dates = Map.of();
            titles = Map.of();
            skipped.add(new SkippedFile("../metadata.tsv", "unreadable, no dates used: " + Xml.oneLine(e.toString())));
        }
        Tally tally = new Tally();
        Tally systemOnDoubled = new Tally();
        Tally otherAnnotators = new Tally();
        int doubled = 0;
        int pairs = 0;
        int articles = 0;
        int several = 0;
        int dated = 0;
        int withoutContent = 0;
        List<PolnearReport.ArticleRow> rows = new ArrayList<>();
        for (Path textFile : list(texts, ".txt")) {
            String file = textFile.getFileName().toString();
            String name = file.substring(0, file.length() - ".txt".length());
            List<String> who = annotators.remove(name);
            if (who == null) {
                skipped.add(new SkippedFile("text/" + file, "no attributions/" + name + "_*.ann"));
                continue;
            }
            String annotator = who.get(0);
            String annName = "attributions/" + name + "_" + annotator + ".ann";
            Optional<LocalDate> published = Optional.ofNullable(dates.get(name));
            PolnearDocument doc;
            try {
                doc = read(textFile, annotations.resolve(name + "_" + annotator + ".ann"), name, annotator, published,
                        Optional.ofNullable(titles.get(name)).filter(t -> !t.isBlank()));
            } catch (BadInputException e) {
                skipped.add(new SkippedFile(e.input(), e.reason()));
                continue;
            } catch (IOException e) {
                skipped.add(new SkippedFile(annName, "unreadable: " + Xml.oneLine(e.toString())));
                continue;
            }
            Analysis analysis;
            try {
                analysis = Objects.requireNonNull(system.apply(doc.article()), "system returned null");
            } catch (RuntimeException e) {
                skipped.add(new SkippedFile("text/" + file, "system failed: " + Xml.oneLine(e.toString())));
                continue;
            }
            int[] counts = score(doc, analysis, tally, errors);
            rows.add(new PolnearReport.ArticleRow(name, annotator, who, counts[0], counts[1], counts[2]));
            boolean compared = false;
            for (String otherAnnotator : who.subList(1, who.size())) {
                String otherName = name + "_" + otherAnnotator + ".ann";
                try {
                    PolnearDocument other = read(textFile, annotations.resolve(otherName), name, otherAnnotator,
                            published, Optional.empty());
                    score(doc, analysis, systemOnDoubled, line -> { });
                    score(doc, asAnalysis(doc.article(), other), otherAnnotators, line -> { });
                    pairs++;
                    compared = true;
                } catch (BadInputException e) {
                    skipped.add(new SkippedFile(e.input(), "not compared with the first annotator: " + e.reason()));
                } catch (IOException e) {
                    skipped.add(new SkippedFile("attributions/" + otherName,
                            "not compared with the first annotator: unreadable: " + Xml.oneLine(e.toString())));
                }
            }
            doubled += compared ? 1 : 0;
            articles++;
            several += who.size() > 1 ? 1 : 0;
            dated += published.isPresent() ? 1 : 0;
            withoutContent += doc.withoutContent();
        }
        annotators.forEach((name, who) -> who.forEach(a -> skipped.add(
                new SkippedFile("attributions/" + name + "_" + a + ".ann", "no text/" + name + ".txt"))));
        List<PolnearReport.Row> kinds = new ArrayList<>();
        for (QuoteKind k : List.of(QuoteKind.DIRECT, QuoteKind.MIXED, QuoteKind.INDIRECT)) {
            kinds.add(tally.byKind.get(k).row(k.name().toLowerCase(Locale.ROOT)));
        }
        return new PolnearReport(dir.toString(), articles, several, dated, withoutContent, tally.all.row("all"),
                kinds, skipped, rows, tally.otherPieces, tally.nested, new PolnearReport.Agreement(doubled, pairs,
                        systemOnDoubled.all.row("system"), otherAnnotators.all.row("annotator")));
    }

    /**
     * Another annotator's attributions of {@code article} as if a system had found them, to score human agreement
     * with the same matching as the system: each attribution is a quote whose parts are its Content fragments,
     * whose speaker mention runs from its first to its last Source char and whose cue span from its first to its
     * last Cue char.
     */
    static Analysis asAnalysis(Article article, PolnearDocument other) {
        String text = article.text();
        List<Quote> quotes = new ArrayList<>();
        for (PolnearAttribution a : other.attributions()) {
            List<Span> parts = a.fragments(text);
            if (parts.isEmpty()) {
                continue;
            }
            Span span = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
            Optional<Speaker> speaker = covering(a.sources())
                    .map(s -> new Speaker(Optional.empty(), Optional.empty(), Optional.of(new Mention(s, s.of(text)))));
            quotes.add(new Quote(a.id(), a.kind(text), span, parts, Quote.joined(text, parts), Optional.empty(),
                    covering(a.cues()), speaker, Optional.empty(), Optional.empty()));
        }
        return new Analysis(article, List.of(), List.of(), List.of(), quotes, List.of(), List.of());
    }

    /** The span from the first start to the last end of {@code spans}; empty for none. */
    private static Optional<Span> covering(List<Span> spans) {
        return spans.isEmpty() ? Optional.empty() : Optional.of(new Span(
                spans.stream().mapToInt(Span::start).min().orElseThrow(),
                spans.stream().mapToInt(Span::end).max().orElseThrow()));
    }

    /**
     * Reads one article and one annotator's attributions. The text is decoded as UTF-8 and kept as it is (a
     * byte-order mark or a carriage return that brat counted becomes a space, so offsets still line up); brat
     * offsets are taken as code points and converted to Java chars. The offsets are checked against the text each
     * annotation line quotes: when they do not line up with the file as stored, the variants without a byte-order
     * mark and with CRLF read as LF are tried. Throws {@link BadInputException} naming the file for undecodable
     * bytes, a malformed annotation line, an event naming an unknown annotation, or offsets that fit no variant.
     */
    public static PolnearDocument read(Path textFile, Path annFile, String name, String annotator,
                                       Optional<LocalDate> published) throws IOException, BadInputException {
        return read(textFile, annFile, name, annotator, published, Optional.empty());
    }

    /** As above, with the article's title from the metadata, which the text repeats as its first line. */
    public static PolnearDocument read(Path textFile, Path annFile, String name, String annotator,
                                       Optional<LocalDate> published, Optional<String> title)
            throws IOException, BadInputException {
        String textName = "text/" + textFile.getFileName();
        String annName = "attributions/" + annFile.getFileName();
        String raw = decode(Files.readAllBytes(textFile), textName);
        List<String> lines = decode(Files.readAllBytes(annFile), annName).lines().toList();
        Map<String, TextBound> bounds = new LinkedHashMap<>();
        List<String[]> events = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("T")) {
                Matcher m = TEXT_BOUND.matcher(line);
                if (m.matches()) {
                    bounds.put(m.group(1), new TextBound(m.group(1), m.group(2), fragments(m.group(3)), m.group(4)));
                } else if (line.matches("^T\\d+\t.*")) {
                    throw new BadInputException(annName, "line " + (i + 1) + ": malformed text-bound annotation");
                }
            } else if (line.startsWith("E")) {
                Matcher m = EVENT.matcher(line);
                if (m.matches()) {
                    events.add(new String[] {m.group(1), m.group(2).strip()});
                }
            }
            // notes (#), relations (R), attributes (A) and continuation lines of multi-line texts are not needed
        }
        Aligned aligned = align(raw, bounds.values(), annName);
        List<PolnearAttribution> attributions = new ArrayList<>();
        int withoutContent = 0;
        for (String[] event : events) {
            String[] parts = event[1].split("\\s+");
            if (parts.length == 0 || !parts[0].startsWith("Attribution")) {
                continue;
            }
            Map<String, List<Span>> roles = new HashMap<>();
            for (int j = 1; j < parts.length; j++) {
                int colon = parts[j].indexOf(':');
                Matcher role = ROLE.matcher(colon < 0 ? "" : parts[j].substring(0, colon));
                if (!role.matches()) {
                    throw new BadInputException(annName, event[0] + ": malformed argument '" + parts[j] + "'");
                }
                TextBound target = bounds.get(parts[j].substring(colon + 1));
                if (target == null) {
                    throw new BadInputException(annName, event[0] + " names unknown annotation "
                            + parts[j].substring(colon + 1));
                }
                for (int[] f : target.fragments()) {
                    roles.computeIfAbsent(role.group(1), k -> new ArrayList<>())
                            .add(new Span(aligned.offset(f[0]), aligned.offset(f[1])));
                }
            }
            List<Span> content = roles.getOrDefault("Content", List.of());
            if (content.isEmpty()) {
                withoutContent++;
                continue;
            }
            attributions.add(new PolnearAttribution(event[0], content, roles.getOrDefault("Cue", List.of()),
                    roles.getOrDefault("Source", List.of())));
        }
        Article article = Article.of(aligned.text()).withPublished(published).withTitle(title);
        return new PolnearDocument(name, annotator, article, attributions, withoutContent);
    }

    /** Publication dates by article name from {@code metadata.tsv} in {@code dataDir}; empty when absent. */
    static Map<String, LocalDate> metadataDates(Path dataDir) throws IOException {
        Map<String, LocalDate> dates = new HashMap<>();
        metadataColumn(dataDir, "publication_date").forEach((name, date) -> {
            try {
                dates.put(name, LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                // a row without a usable date just leaves that article undated
            }
        });
        return dates;
    }

    /** One column of {@code metadata.tsv} in {@code dataDir} by article name, stripped; empty when absent. */
    static Map<String, String> metadataColumn(Path dataDir, String column) throws IOException {
        Map<String, String> values = new HashMap<>();
        Path metadata = dataDir == null ? null : dataDir.resolve("metadata.tsv");
        if (metadata == null || !Files.isRegularFile(metadata)) {
            return values;
        }
        List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return values;
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int file = header.indexOf("filename");
        int wanted = header.indexOf(column);
        if (file < 0 || wanted < 0) {
            return values;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length > Math.max(file, wanted)) {
                values.put(cells[file].strip(), cells[wanted].strip());
            }
        }
        return values;
    }

    /** Adds one article's counts to {@code tally}; returns its gold, system and overlap-matched counts. */
    /** The columns of the error lines of {@link #run(Path, Function, Consumer)}. */
    public static final String ERRORS_HEADER = "error\tarticle\tkind\tcue\tsource\tcontent";

    private static String cell(String s) {
        return s.replaceAll("[\t\r\n]+", " ").strip();
    }

    private static String joined(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            b.append(b.length() > 0 ? " … " : "").append(s.of(text));
        }
        return cell(b.toString());
    }

    private static int[] score(PolnearDocument doc, Analysis analysis, Tally tally,
                               Consumer<String> errors) {
        String text = doc.article().text();
        List<PolnearAttribution> gold = doc.attributions();
        List<Span> goldExtent = new ArrayList<>();
        List<List<Span>> goldChars = new ArrayList<>();
        List<QuoteKind> goldKind = new ArrayList<>();
        for (PolnearAttribution a : gold) {
            goldExtent.add(a.extent(text).orElseThrow());
            goldChars.add(a.fragments(text));
            goldKind.add(a.kind(text));
        }
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : analysis.entities()) {
            entities.putIfAbsent(e.id(), e);
        }
        List<Quote> quotes = analysis.quotes();
        List<Span> predicted = new ArrayList<>();
        List<List<Span>> predictedChars = new ArrayList<>();
        for (Quote q : quotes) {
            predicted.add(PolnearAttribution.trim(text, bounded(q.span(), text)));
            List<Span> parts = new ArrayList<>();
            for (Span part : q.parts()) {
                Span t = PolnearAttribution.trim(text, bounded(part, text));
                if (t.length() > 0) {
                    parts.add(t);
                }
            }
            predictedChars.add(parts);
        }
        int[] exact = exactPairs(goldExtent, predicted);
        int[] overlap = overlapPairs(exact, goldChars, predictedChars);
        QuoteKind[] predictedKind = new QuoteKind[quotes.size()];
        for (int p = 0; p < quotes.size(); p++) {
            predictedKind[p] = quotes.get(p).kind();
        }
        for (int g = 0; g < gold.size(); g++) {
            if (overlap[g] >= 0) {
                predictedKind[overlap[g]] = goldKind.get(g);
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            PolnearAttribution a = gold.get(g);
            for (Counts c : tally.of(goldKind.get(g))) {
                c.gold++;
                c.goldWithoutSource += a.sources().isEmpty() ? 1 : 0;
                c.exact += exact[g] >= 0 ? 1 : 0;
                if (overlap[g] < 0) {
                    continue;
                }
                c.overlap++;
                Quote q = quotes.get(overlap[g]);
                if (a.sources().isEmpty()) {
                    c.matchedWithoutSource++;
                } else {
                    c.sourceJudged++;
                    boolean byMention = q.speaker().flatMap(s -> s.mention())
                            .map(m -> names(text, m.span(), a.sources())).orElse(false);
                    boolean byEntity = byMention || q.speaker().flatMap(s -> s.entity()).map(entities::get)
                            .map(e -> e.mentions().stream().map(Mention::span).anyMatch(s -> names(text, s, a.sources())))
                            .orElse(false);
                    c.sourceByMention += byMention ? 1 : 0;
                    c.sourceByEntity += byEntity ? 1 : 0;
                }
                if (!a.cues().isEmpty()) {
                    c.cueJudged++;
                    c.cueCorrect += q.cueSpan().map(s -> touches(s, a.cues())).orElse(false) ? 1 : 0;
                }
            }
        }
        for (int p = 0; p < quotes.size(); p++) {
            for (Counts c : tally.of(predictedKind[p])) {
                c.system++;
            }
        }
        boolean[] used = new boolean[quotes.size()];
        for (int g = 0; g < gold.size(); g++) {
            PolnearAttribution a = gold.get(g);
            if (overlap[g] >= 0) {
                used[overlap[g]] = true;
            } else {
                errors.accept(String.join("\t", "missed", doc.name(), goldKind.get(g).name().toLowerCase(Locale.ROOT),
                        joined(text, a.cues()), joined(text, a.sources()), joined(text, a.content())));
            }
        }
        for (int p = 0; p < quotes.size(); p++) {
            if (!used[p]) {
                Quote q = quotes.get(p);
                errors.accept(String.join("\t", "extra", doc.name(), q.kind().name().toLowerCase(Locale.ROOT),
                        q.cue().orElse(""), cell(q.speaker().flatMap(sp -> sp.mention()).map(Mention::text).orElse("")),
                        cell(q.text())));
            }
        }
        // diagnostic only: unmatched system quotes lying within a piece of a matched discontinuous content
        // (PolNeAR's “A,” he said, “B.” is one attribution; a system quoting A and B separately has one unmatched)
        boolean[] usedSystem = new boolean[quotes.size()];
        for (int p : overlap) {
            if (p >= 0) {
                usedSystem[p] = true;
            }
        }
        for (int p = 0; p < quotes.size(); p++) {
            for (int g = 0; !usedSystem[p] && g < gold.size(); g++) {
                List<Span> pieces = goldChars.get(g);
                List<Span> sys = predictedChars.get(p);
                int length = length(sys);
                if (overlap[g] >= 0 && pieces.size() > 1 && length > 0
                        && 2 * shared(pieces, sys) >= length && shared(predictedChars.get(overlap[g]), sys) == 0) {
                    tally.otherPieces++;
                    usedSystem[p] = true;
                }
            }
        }
        // diagnostic only: unmatched system quotes nested inside the content of another system quote (a quote
        // within a quote, which PolNeAR, one label a token, does not annotate)
        for (int p = 0; p < quotes.size(); p++) {
            for (int o = 0; !usedSystem[p] && o < quotes.size(); o++) {
                List<Span> inner = predictedChars.get(p);
                List<Span> outers = predictedChars.get(o);
                if (o != p && !inner.isEmpty() && inner.stream().allMatch(piece -> outers.stream()
                        .anyMatch(outer -> outer.contains(piece) && outer.length() > piece.length()))) {
                    tally.nested++;
                    usedSystem[p] = true;
                }
            }
        }
        int matched = (int) Arrays.stream(overlap).filter(p -> p >= 0).count();
        return new int[] {gold.size(), quotes.size(), matched};
    }

    /** One-to-one pairs of gold and system spans that are equal and not empty, in gold order. */
    static int[] exactPairs(List<Span> gold, List<Span> system) {
        int[] pairs = new int[gold.size()];
        Arrays.fill(pairs, -1);
        boolean[] used = new boolean[system.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < system.size(); p++) {
                if (!used[p] && gold.get(g).length() > 0 && gold.get(g).equals(system.get(p))) {
                    used[p] = true;
                    pairs[g] = p;
                    break;
                }
            }
        }
        return pairs;
    }

    /**
     * One-to-one pairs of gold content and system content, each as disjoint fragments in text order (a quote's
     * parts): the {@code exact} pairs first, then, largest overlap first (ties in gold then system order), every
     * pair whose shared chars are at least half of the shorter of the two.
     */
    static int[] overlapPairs(int[] exact, List<List<Span>> gold, List<List<Span>> system) {
        int[] pairs = exact.clone();
        boolean[] used = new boolean[system.size()];
        for (int p : pairs) {
            if (p >= 0) {
                used[p] = true;
            }
        }
        List<int[]> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (pairs[g] >= 0) {
                continue;
            }
            int goldLength = length(gold.get(g));
            for (int p = 0; p < system.size(); p++) {
                int shared = shared(gold.get(g), system.get(p));
                if (!used[p] && shared > 0 && 2 * shared >= Math.min(goldLength, length(system.get(p)))) {
                    candidates.add(new int[] {shared, g, p});
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> -c[0]).thenComparingInt(c -> c[1])
                .thenComparingInt(c -> c[2]));
        for (int[] c : candidates) {
            if (pairs[c[1]] < 0 && !used[c[2]]) {
                pairs[c[1]] = c[2];
                used[c[2]] = true;
            }
        }
        return pairs;
    }

    /** Chars shared by two lists of disjoint fragments. */
    private static int shared(List<Span> fragments, List<Span> others) {
        int n = 0;
        for (Span f : fragments) {
            for (Span o : others) {
                n += Math.max(0, Math.min(f.end(), o.end()) - Math.max(f.start(), o.start()));
            }
        }
        return n;
    }

    private static int length(List<Span> fragments) {
        return fragments.stream().mapToInt(Span::length).sum();
    }

    /** {@code s} cut to the end of {@code text}. */
    private static Span bounded(Span s, String text) {
        return new Span(Math.min(s.start(), text.length()), Math.min(s.end(), text.length()));
    }

    /**
     * True when a system mention names the gold source: it overlaps a Source span, or the Source is a relative
     * pronoun ("who", "which", "that") and the mention is the noun phrase it hangs on, ending right before it (at
     * most a comma between): "radicals who wanted …", "Lionel Sosa, …, who said …" name the same speaker.
     */
    static boolean names(String text, Span mention, List<Span> sources) {
        if (touches(mention, sources)) {
            return true;
        }
        for (Span s : sources) {
            String word = text.substring(s.start(), s.end()).strip().toLowerCase(Locale.ROOT);
            if (mention.length() > 0 && RELATIVE_PRONOUNS.contains(word) && mention.end() <= s.start()
                    && text.substring(mention.end(), s.start()).matches("\\s*,?\\s*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean touches(Span span, List<Span> targets) {
        return span.length() > 0 && targets.stream().anyMatch(span::overlaps);
    }

    private static List<int[]> fragments(String offsets) {
        List<int[]> out = new ArrayList<>();
        for (String f : offsets.split(";")) {
            String[] se = f.split(" ");
            out.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
        }
        return out;
    }

    /** The first variant of {@code raw} under which every annotation's offsets cover the text it quotes. */
    private static Aligned align(String raw, Iterable<TextBound> bounds, String annName) throws BadInputException {
        List<String> variants = new ArrayList<>();
        variants.add(raw);
        boolean bom = raw.startsWith("\uFEFF");
        if (bom) {
            variants.add(raw.substring(1));
        }
        if (raw.indexOf('\r') >= 0) {
            String lf = raw.replace("\r\n", "\n");
            variants.add(lf);
            if (bom) {
                variants.add(lf.substring(1));
            }
        }
        List<String> problems = new ArrayList<>();
        for (String v : variants) {
            Aligned a = new Aligned(v.replace('\uFEFF', ' ').replace('\r', ' '), charOffsets(v));
            Optional<String> problem = mismatch(v, a, bounds);
            if (problem.isEmpty()) {
                return a;
            }
            problems.add(problem.get());
        }
        // the file as stored is what brat counts in, so its problem is the one to report
        throw new BadInputException(annName, "offsets do not match the text: " + problems.get(0));
    }

    /** A description of the first annotation whose offsets do not cover the text it quotes, if any. */
    private static Optional<String> mismatch(String text, Aligned a, Iterable<TextBound> bounds) {
        for (TextBound t : bounds) {
            StringBuilder covered = new StringBuilder();
            for (int[] f : t.fragments()) {
                if (f[0] > f[1] || f[1] > a.codePoints()) {
                    return Optional.of(t.id() + " " + f[0] + "-" + f[1] + " is outside the text ("
                            + a.codePoints() + " code points)");
                }
                if (covered.length() > 0) {
                    covered.append(' ');
                }
                covered.append(text, a.offset(f[0]), a.offset(f[1]));
            }
            String expected = covered.toString();
            int newline = expected.indexOf('\n');
            // brat writes the covered text on the annotation line, so a text with a line break is cut there
            if (!t.text().equals(expected) && !(newline >= 0 && t.text().equals(expected.substring(0, newline)))) {
                return Optional.of(t.id() + " covers '" + snippet(expected) + "' but quotes '" + snippet(t.text())
                        + "'");
            }
        }
        return Optional.empty();
    }

    private static String snippet(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= SNIPPET ? one : one.substring(0, SNIPPET) + "…";
    }

    /** For each code point index of {@code text} (and its end), the char index. */
    private static int[] charOffsets(String text) {
        int[] map = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            map[cp++] = i;
        }
        map[cp] = text.length();
        return map;
    }

    private static String decode(byte[] bytes, String name) throws BadInputException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(name, "not UTF-8");
        }
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    /** One text-bound annotation: id, type, fragments as brat offsets, and the text the line quotes. */
    private record TextBound(String id, String type, List<int[]> fragments, String text) {
    }

    /** The article text to score against and the map from brat offsets (code points) to its char offsets. */
    private record Aligned(String text, int[] chars) {
        int codePoints() {
            return chars.length - 1;
        }

        int offset(int codePoint) {
            return chars[codePoint];
        }
    }

    /** Running counts for one row. */
    private static final class Counts {
        private int gold;
        private int goldWithoutSource;
        private int system;
        private int exact;
        private int overlap;
        private int sourceJudged;
        private int sourceByMention;
        private int sourceByEntity;
        private int matchedWithoutSource;
        private int cueJudged;
        private int cueCorrect;

        PolnearReport.Row row(String name) {
            return new PolnearReport.Row(name, goldWithoutSource, Score.of(exact, system, gold),
                    Score.of(overlap, system, gold), sourceJudged, sourceByMention, sourceByEntity,
                    matchedWithoutSource, cueJudged, cueCorrect);
        }
    }

    /** Counts over all attributions and per gold kind. */
    private static final class Tally {
        private final Counts all = new Counts();
        private int otherPieces;
        private int nested;
        private final Map<QuoteKind, Counts> byKind = new EnumMap<>(QuoteKind.class);

        Tally() {
            for (QuoteKind k : QuoteKind.values()) {
                byKind.put(k, new Counts());
            }
        }

        List<Counts> of(QuoteKind kind) {
            return List.of(all, byKind.get(kind));
        }
    }
}
