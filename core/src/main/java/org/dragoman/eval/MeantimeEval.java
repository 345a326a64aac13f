package org.dragoman.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dragoman.ingest.BadInputException;
import org.dragoman.model.Article;
import org.dragoman.extract.EntityResolver;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Scores named-entity mentions against MEANTIME (NewsReader, English Wikinews): persons, organizations and
 * locations, strict (same span) and relaxed (overlap, one-to-one), type-aware, per type, micro-averaged and
 * per corpus folder.
 *
 * <p>Only the annotated part of each article is scored: MEANTIME annotates the headline, the dateline and the
 * first four body sentences (further if a file has markables beyond), so system mentions starting after it
 * are left out (and counted). The system still gets the whole article.
 *
 * <p>Gold: the {@code ENTITY_MENTION}s with {@code syntactic_type="NAM"} (named mentions) that refer to an
 * entity of type PER, ORG or LOC. System: the mentions of entities of type PERSON (PER), ORGANIZATION (ORG),
 * and COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION (LOC), except mentions that are pronouns or descriptions ("the president"); other entity
 * types (NATIONALITY, ...) are not scored.
 */
public final class MeantimeEval {

    /** The scored types, in report order. */
    static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

    private static final Map<String, EntityType> GOLD_TYPES = Map.of(
            "PER", EntityType.PERSON, "ORG", EntityType.ORGANIZATION, "LOC", EntityType.LOCATION);

    private static final Set<String> PRONOUNS = Set.of(
            "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
            "you", "your", "yours", "yourself", "yourselves",
            "he", "him", "his", "himself", "she", "her", "hers", "herself",
            "it", "its", "itself", "they", "them", "their", "theirs", "themselves",
            "this", "that", "these", "those", "who", "whom", "whose", "which");

    /** MEANTIME annotates sentences 0 to 5: the headline, the dateline and the first four body sentences. */
    static final int ANNOTATED_SENTENCES = 6;

    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMMM d , uuuu", Locale.ENGLISH);

    private MeantimeEval() {
    }

    /**
     * Runs {@code system} on every {@code .xml} file under {@code dir} (recursively, in path order) and scores
     * its entity mentions. A file that cannot be read or is not a MEANTIME document, a second file with an
     * already scored {@code doc_id}, or a file on which {@code system} throws is listed in
     * {@link MeantimeReport#skipped()} and left out. Throws {@link IllegalArgumentException} when {@code dir}
     * is not a directory and {@link IOException} when it cannot be listed.
     */
    public static MeantimeReport run(Path dir, Function<Article, List<Entity>> system) throws IOException {
        Objects.requireNonNull(system, "system");
        List<Path> files = CorpusFiles.list(dir, ".xml");
        Tally all = new Tally();
        Map<String, Tally> bySubset = new TreeMap<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            String name = dir.relativize(file).toString();
            MeantimeDocument doc;
            try {
                doc = read(file, name);
            } catch (BadInputException e) {
                skipped.add(new SkippedFile(name, e.reason()));
                continue;
            } catch (IOException e) {
                skipped.add(new SkippedFile(name, "unreadable: " + Xml.oneLine(e.toString())));
                continue;
            }
            String first = seen.putIfAbsent(doc.docId().isEmpty() ? doc.article().id() : doc.docId(), name);
            if (first != null) {
                skipped.add(new SkippedFile(name, "same document as " + first));
                continue;
            }
            List<Entity> found;
            try {
                found = List.copyOf(system.apply(doc.article()));
            } catch (RuntimeException e) {
                skipped.add(new SkippedFile(name, "system failed: " + Xml.oneLine(e.toString())));
                continue;
            }
            Tally one = score(doc, found);
            all.merge(one);
            bySubset.computeIfAbsent(TimemlEval.subsetOf(dir, file), k -> new Tally()).merge(one);
        }
        List<MeantimeReport.Row> types = TYPES.stream()
                .map(t -> new MeantimeReport.Row(t.name(), all.documents, all.strict.get(t), all.relaxed.get(t)))
                .toList();
        List<MeantimeReport.Row> subsets = bySubset.entrySet().stream().map(e -> e.getValue().micro(e.getKey())).toList();
        return new MeantimeReport(dir.toString(), types, all.micro("micro"), subsets, all.unscoredOverlaps,
                all.outside, skipped);
    }

    /**
     * Reads one MEANTIME file. The text is its tokens joined by one space within a sentence and a newline
     * between sentences; the first sentence (the headline) is also the title; the published date is the value
     * of the creation-time TIMEX3 when it is an ISO date, else the Wikinews dateline (second sentence); the
     * annotated part ends with sentence 5, or with the last sentence holding a markable if that is later.
     * A mention spans its first to its last anchored token; its type is that of the ENTITY its REFERS_TO
     * relation points at.
     * Throws {@link BadInputException} naming {@code name} for malformed XML, a root other than
     * {@code Document}, or a mention anchored on a token the file does not have.
     */
    public static MeantimeDocument read(Path file, String name) throws IOException, BadInputException {
        Document xml = Xml.parse(file, name);
        Element root = xml.getDocumentElement();
        if (!root.getTagName().equals("Document")) {
            throw new BadInputException(name, "root element is <" + root.getTagName() + ">, not <Document>");
        }
        StringBuilder text = new StringBuilder();
        Map<String, Span> tokens = new HashMap<>();
        Map<String, Integer> tokenSentence = new HashMap<>();
        List<Integer> sentenceEnds = new ArrayList<>();
        String sentence = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !e.getTagName().equals("token")) {
                continue;
            }
            String s = e.getAttribute("sentence");
            if (sentence != null && s.equals(sentence)) {
                text.append(' ');
            } else {
                if (sentence != null) {
                    sentenceEnds.add(text.length());
                    text.append('\n');
                }
                sentence = s;
            }
            int start = text.length();
            text.append(e.getTextContent().strip());
            tokens.put(e.getAttribute("t_id"), new Span(start, text.length()));
            tokenSentence.put(e.getAttribute("t_id"), sentenceEnds.size());
        }
        if (tokens.isEmpty()) {
            throw new BadInputException(name, "no <token> elements");
        }
        sentenceEnds.add(text.length());
        String plain = text.toString();
        String[] lines = plain.split("\n", 3);
        String title = lines[0];

        Optional<Element> markables = Xml.child(root, "Markables");
        Optional<Element> relations = Xml.child(root, "Relations");
        Map<String, String> entityTypes = new HashMap<>();
        Optional<LocalDate> published = Optional.empty();
        int lastAnnotated = ANNOTATED_SENTENCES - 1;
        for (Element anchor : elements(markables, "token_anchor")) {
            lastAnnotated = Math.max(lastAnnotated, tokenSentence.getOrDefault(anchor.getAttribute("t_id"), 0));
        }
        for (Element e : elements(markables, "ENTITY")) {
            entityTypes.put(e.getAttribute("m_id"), e.getAttribute("ent_type").strip());
        }
        for (Element e : elements(markables, "TIMEX3")) {
            if (published.isEmpty() && "CREATION_TIME".equals(e.getAttribute("functionInDocument"))) {
                published = date(e.getAttribute("value"));
            }
        }
        Map<String, String> mentionTypes = new HashMap<>();
        for (Element r : elements(relations, "REFERS_TO")) {
            Optional<String> type = Xml.child(r, "target").map(t -> entityTypes.get(t.getAttribute("m_id")));
            for (Element source : elements(Optional.of(r), "source")) {
                type.ifPresent(t -> mentionTypes.putIfAbsent(source.getAttribute("m_id"), t));
            }
        }
        List<MeantimeMention> mentions = new ArrayList<>();
        for (Element m : elements(markables, "ENTITY_MENTION")) {
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (Element anchor : elements(Optional.of(m), "token_anchor")) {
                Span t = tokens.get(anchor.getAttribute("t_id"));
                if (t == null) {
                    throw new BadInputException(name, "ENTITY_MENTION m_id=" + m.getAttribute("m_id")
                            + " anchors unknown token t_id=" + anchor.getAttribute("t_id"));
                }
                start = Math.min(start, t.start());
                end = Math.max(end, t.end());
            }
            if (end < 0) {
                continue;
            }
            Span span = new Span(start, end);
            mentions.add(new MeantimeMention(span, span.of(plain),
                    mentionTypes.getOrDefault(m.getAttribute("m_id"), ""), m.getAttribute("syntactic_type").strip()));
        }
        if (published.isEmpty() && lines.length > 1) {
            published = dateline(lines[1]);
        }
        Article article = Article.of(plain).withTitle(Optional.of(title)).withPublished(published);
        Span annotated = new Span(0, sentenceEnds.get(Math.min(lastAnnotated, sentenceEnds.size() - 1)));
        return new MeantimeDocument(name, root.getAttribute("doc_id"), article, annotated, mentions);
    }

    /** The scored type of a system entity type: PERSON, ORGANIZATION, LOCATION (for every place kind), or empty. */
    static Optional<EntityType> scoredType(EntityType type) {
        return switch (type) {
            case PERSON -> Optional.of(EntityType.PERSON);
            case ORGANIZATION -> Optional.of(EntityType.ORGANIZATION);
            case COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION -> Optional.of(EntityType.LOCATION);
            default -> Optional.empty();
        };
    }

    /**
     * True when a mention is a name, as the gold's NAM mentions are: not a pronoun and not a description
     * ("the Ukrainian president", "the chancellor").
     */
    static boolean isName(String text) {
        String t = text.strip();
        return !t.isEmpty() && !isPronoun(t) && !EntityResolver.isRoleDescription(t);
    }

    /** True when {@code text} is a pronoun; "US" and other all-capital forms are names, not pronouns. */
    static boolean isPronoun(String text) {
        String t = text.strip();
        boolean allCaps = t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.equals(t.toLowerCase(Locale.ROOT));
        return !allCaps && PRONOUNS.contains(t.toLowerCase(Locale.ROOT));
    }

    private static Tally score(MeantimeDocument doc, List<Entity> entities) {
        Map<EntityType, List<Span>> gold = new EnumMap<>(EntityType.class);
        Map<EntityType, List<Span>> unscored = new EnumMap<>(EntityType.class);
        Map<EntityType, List<Span>> found = new EnumMap<>(EntityType.class);
        for (EntityType t : TYPES) {
            gold.put(t, new ArrayList<>());
            unscored.put(t, new ArrayList<>());
            found.put(t, new ArrayList<>());
        }
        Tally tally = new Tally();
        tally.documents = 1;
        List<Span> untyped = new ArrayList<>();
        for (MeantimeMention m : doc.mentions()) {
            EntityType t = GOLD_TYPES.get(m.entityType());
            if (t == null) {
                if (m.entityType().isEmpty()) {
                    untyped.add(m.span());
                }
            } else if (m.syntacticType().equals("NAM")) {
                gold.get(t).add(m.span());
            } else {
                unscored.get(t).add(m.span());
            }
        }
        for (Entity e : entities) {
            Optional<EntityType> t = scoredType(e.type());
            if (t.isEmpty()) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.span().start() >= doc.annotated().end()) {
                    tally.outside++;
                } else if (isName(m.text())) {
                    found.get(t.get()).add(m.span());
                }
            }
        }
        for (EntityType t : TYPES) {
            List<Span> g = gold.get(t);
            List<Span> s = found.get(t);
            int[] relaxed = Alignment.relaxed(g, s);
            tally.strict.put(t, Score.of(Alignment.count(Alignment.strict(g, s)), s.size(), g.size()));
            tally.relaxed.put(t, Score.of(Alignment.count(relaxed), s.size(), g.size()));
            boolean[] matched = new boolean[s.size()];
            for (int p : relaxed) {
                if (p >= 0) {
                    matched[p] = true;
                }
            }
            for (int i = 0; i < s.size(); i++) {
                Span span = s.get(i);
                if (!matched[i] && Stream.concat(unscored.get(t).stream(), untyped.stream())
                        .anyMatch(u -> u.overlaps(span) && span.length() > 0)) {
                    tally.unscoredOverlaps++;
                }
            }
        }
        return tally;
    }

    private static Optional<LocalDate> date(String value) {
        Matcher m = DATE.matcher(value.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // Wikinews articles carry their date as the second sentence, tokenized: "October 10 , 2008"
    private static Optional<LocalDate> dateline(String line) {
        try {
            return Optional.of(LocalDate.parse(line.strip(), DATELINE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<Element> elements(Optional<Element> parent, String tag) {
        if (parent.isEmpty()) {
            return List.of();
        }
        NodeList list = parent.get().getElementsByTagName(tag);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** Running counts: per type, over one or more documents. */
    private static final class Tally {
        private int documents;
        private int unscoredOverlaps;
        private int outside;
        private final Map<EntityType, Score> strict = new EnumMap<>(EntityType.class);
        private final Map<EntityType, Score> relaxed = new EnumMap<>(EntityType.class);

        Tally() {
            for (EntityType t : TYPES) {
                strict.put(t, Score.ZERO);
                relaxed.put(t, Score.ZERO);
            }
        }

        void merge(Tally other) {
            documents += other.documents;
            unscoredOverlaps += other.unscoredOverlaps;
            outside += other.outside;
            for (EntityType t : TYPES) {
                strict.merge(t, other.strict.get(t), Score::plus);
                relaxed.merge(t, other.relaxed.get(t), Score::plus);
            }
        }

        MeantimeReport.Row micro(String name) {
            return new MeantimeReport.Row(name, documents,
                    strict.values().stream().reduce(Score.ZERO, Score::plus),
                    relaxed.values().stream().reduce(Score.ZERO, Score::plus));
        }
    }
}
