package org.dragoman.extract.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verbs and patterns of a TABARI/PETRARCH verb dictionary, read leniently for lemma-based coding of
 * dependency parses: synonym sets ({@code &NAME} and {@code +WORD} lines), verb blocks
 * ({@code ---  NAME  [code]  ---}), verb lines with irregular forms and own codes, phrasal verbs
 * ({@code +KICK_OFF}), and patterns ({@code - PRE * POST [code]}) whose words must occur in order before and
 * after the verb. Slot markers ({@code + $ %}) and brackets are read as positions only. A malformed line is
 * recorded in {@link #problems()} with its file and line number and skipped. Immutable.
 */
public final class VerbLexicon {

    /** The resource of Dragoman's own verb dictionary. */
    public static final String DEFAULT_RESOURCE = "/org/dragoman/extract/coding/Dragoman.verbs.txt";

    /** One pattern: the words before and after the verb (each a set of alternatives) and its CAMEO code. */
    public record Pattern(List<Set<String>> before, List<Set<String>> after, String code, int line) {
        public Pattern {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        /** Number of words the pattern requires: longer patterns are more specific. */
        public int length() {
            return before.size() + after.size();
        }
    }

    /** A code a verb or pattern gives, with the word sets (alternatives each) a sentence needs for it. */
    private record Way(String code, List<Set<String>> words) {
    }

    /** One verb: its key (lemma, or LEMMA_PARTICLE), its code ("---" for none) and its block's patterns. */
    public record Verb(String key, String code, List<Pattern> patterns) {
        public Verb {
            patterns = List.copyOf(patterns);
        }
    }

    private final Map<String, Verb> verbs;
    private final Set<String> heads;
    /**
     * For each head lemma (lower case): the codes its verbs and patterns may give, each with the word sets a
     * sentence must contain for it.
     */
    private final Map<String, List<Way>> requirements;
    private final List<String> problems;

    private VerbLexicon(Map<String, Verb> verbs, List<String> problems) {
        this.verbs = Map.copyOf(verbs);
        Set<String> h = new LinkedHashSet<>();
        Map<String, List<Way>> req = new HashMap<>();
        for (Verb v : verbs.values()) {
            String[] parts = v.key().split("_");
            String head = parts[0].toLowerCase(Locale.ROOT);
            h.add(head);
            List<Set<String>> particle = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                if (!parts[i].isEmpty()) {
                    particle.add(Set.of(parts[i]));
                }
            }
            List<Way> ways = req.computeIfAbsent(head, k -> new ArrayList<>());
            if (!v.code().startsWith("-")) {
                ways.add(new Way(v.code(), particle));
            }
            for (Pattern p : v.patterns()) {
                if (!p.code().startsWith("-")) {
                    List<Set<String>> all = new ArrayList<>(particle);
                    all.addAll(p.before());
                    all.addAll(p.after());
                    ways.add(new Way(p.code(), all));
                }
            }
        }
        this.heads = Set.copyOf(h);
        Map<String, List<Way>> frozen = new HashMap<>();
        req.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.requirements = Map.copyOf(frozen);
        this.problems = List.copyOf(problems);
    }

    /**
     * True if a verb with this head lemma (lower case) can give an event other than a statement (CAMEO 01) in
     * a sentence with these words (upper-case lemmas and forms): a verb with its own code, or one whose particle
     * and pattern words are all there. A cheap test that keeps sentences that cannot code away from the parser.
     */
    public boolean mayCode(String lemma, Set<String> words) {
        // statements (01) are coded when their sentence is parsed anyway; alone they are not worth a parse
        return mayCode(lemma, words, code -> !code.startsWith("01"));
    }

    /**
     * True if a verb with this head lemma (lower case) can give an event that stands without a target, neither a
     * statement (01) nor a consultation (04), in a sentence with these words; see {@link #mayCode(String, Set)}.
     */
    public boolean mayCodeAlone(String lemma, Set<String> words) {
        return mayCode(lemma, words, code -> !code.startsWith("01") && !code.startsWith("04"));
    }

    private boolean mayCode(String lemma, Set<String> words, java.util.function.Predicate<String> codes) {
        List<Way> ways = requirements.get(lemma);
        if (ways == null) {
            return false;
        }
        for (Way way : ways) {
            if (!codes.test(way.code())) {
                continue;
            }
            boolean all = true;
            for (Set<String> alternatives : way.words()) {
                boolean any = false;
                for (String w : alternatives) {
                    if (words.contains(w.startsWith("(") ? w.substring(1) : w)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Dragoman's own dictionary, bundled in the jar. */
    public static VerbLexicon defaults() {
        try (InputStream in = VerbLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(in, "Dragoman.verbs.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a verb dictionary file; throws for an unreadable file, records malformed lines. */
    public static VerbLexicon read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads a verb dictionary from a stream; {@code name} names it in problems. */
    public static VerbLexicon read(InputStream in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return parse(lines, name);
    }

    static VerbLexicon parse(List<String> lines, String name) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> synsets = new HashMap<>();
        // First pass: synonym sets, which patterns anywhere in the file may use.
        String synset = null;
        for (String raw : lines) {
            String line = stripComment(raw).strip();
            if (line.startsWith("&") && !line.contains(" ")) {
                synset = line.toUpperCase(Locale.ROOT);
                synsets.put(synset, new LinkedHashSet<>());
            } else if (synset != null && line.startsWith("+")) {
                synsets.get(synset).add(word(line.substring(1).split("\\s+")[0]));
            } else if (!line.isEmpty()) {
                synset = null;
            }
        }
        Map<String, Verb> verbs = new HashMap<>();
        String blockCode = null;
        List<String[]> blockVerbs = new ArrayList<>();
        List<Pattern> blockPatterns = new ArrayList<>();
        boolean inVerbs = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = stripComment(lines.get(i)).strip();
            int lineNo = i + 1;
            if (line.startsWith("####")) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.contains("VERB")) {
                    inVerbs = true;
                } else if (inVerbs) {
                    close(verbs, blockVerbs, blockPatterns);
                    blockCode = null;
                    inVerbs = false;
                }
                continue;
            }
            if (line.isEmpty() || line.startsWith("&") || line.startsWith("~")) {
                continue;
            }
            if (line.startsWith("---")) {
                close(verbs, blockVerbs, blockPatterns);
                java.util.regex.Matcher m = java.util.regex.Pattern
                        .compile("^---+\\s*(\\S+)\\s*\\[([^\\]]*)][\\s-]*---$").matcher(line);
                if (!m.matches()) {
                    problems.add(name + ":" + lineNo + ": malformed verb block header");
                    blockCode = null;
                    continue;
                }
                blockCode = code(m.group(2));
                inVerbs = true;
                continue;
            }
            if (blockCode == null) {
                if (inVerbs && !line.startsWith("+")) {
                    problems.add(name + ":" + lineNo + ": line outside a verb block");
                }
                continue;
            }
            if (line.startsWith("-")) {
                Optional<Pattern> p = pattern(line.substring(1).strip(), synsets, lineNo);
                if (p.isEmpty()) {
                    problems.add(name + ":" + lineNo + ": malformed pattern");
                } else {
                    blockPatterns.add(p.get());
                }
                continue;
            }
            // A verb line: VERB {FORMS} [code]
            String own = blockCode;
            int bracket = line.indexOf('[');
            if (bracket >= 0) {
                int close = line.indexOf(']', bracket);
                if (close < 0) {
                    problems.add(name + ":" + lineNo + ": unclosed code");
                    continue;
                }
                own = code(line.substring(bracket + 1, close));
                line = line.substring(0, bracket).strip();
            }
            String base = line.split("[\\s{]+")[0];
            if (base.isEmpty() || !base.matches("\\+?[A-Za-z][A-Za-z_'-]*")) {
                problems.add(name + ":" + lineNo + ": malformed verb");
                continue;
            }
            blockVerbs.add(new String[] {word(base.startsWith("+") ? base.substring(1) : base), own});
        }
        close(verbs, blockVerbs, blockPatterns);
        return new VerbLexicon(verbs, problems);
    }

    private static void close(Map<String, Verb> verbs, List<String[]> blockVerbs, List<Pattern> patterns) {
        for (String[] v : blockVerbs) {
            String key = v[0].replaceAll("_+$", "");
            Verb old = verbs.get(key);
            List<Pattern> all = new ArrayList<>(patterns);
            if (old != null) {
                all.addAll(old.patterns());
            }
            verbs.put(key, new Verb(key, old != null && "---".equals(v[1]) ? old.code() : v[1], all));
        }
        blockVerbs.clear();
        patterns.clear();
    }

    private static Optional<Pattern> pattern(String body, Map<String, Set<String>> synsets, int line) {
        int open = body.lastIndexOf('[');
        int close = body.lastIndexOf(']');
        if (open < 0 || close < open) {
            return Optional.empty();
        }
        String code = code(body.substring(open + 1, close));
        String words = body.substring(0, open);
        int star = words.indexOf('*');
        if (star < 0) {
            return Optional.empty();
        }
        List<Set<String>> before = elements(words.substring(0, star), synsets);
        List<Set<String>> after = elements(words.substring(star + 1), synsets);
        return Optional.of(new Pattern(before, after, code, line));
    }

    /**
     * The words of one side of a pattern, each a set of alternatives; the first word inside parentheses is a
     * preposition, marked with a leading "(" ("(FOR"): it must head a prepositional phrase of the verb.
     */
    private static List<Set<String>> elements(String part, Map<String, Set<String>> synsets) {
        List<Set<String>> out = new ArrayList<>();
        boolean opened = false;
        for (String t : part.replace("(", " ( ").replaceAll("[){}]", " ").strip().split("\\s+")) {
            if (t.equals("(")) {
                opened = true;
                continue;
            }
            boolean preposition = opened;
            opened = false;
            if (t.isEmpty() || t.equals("+") || t.equals("$") || t.equals("%") || t.equals("^") || t.equals("|")) {
                continue;
            }
            if (preposition && !t.startsWith("&") && t.matches("[A-Za-z]+")) {
                out.add(Set.of("(" + word(t)));
                continue;
            }
            if (t.startsWith("&")) {
                Set<String> set = synsets.get(t.toUpperCase(Locale.ROOT));
                out.add(set == null || set.isEmpty() ? Set.of(t.toUpperCase(Locale.ROOT)) : Set.copyOf(set));
            } else {
                String w = word(t.replaceAll("^[+$%]", ""));
                if (!w.isEmpty()) {
                    out.add(Set.of(w));
                }
            }
        }
        return out;
    }

    private static String word(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("_+$", "");
    }

    private static String code(String s) {
        String c = s.strip();
        int colon = c.indexOf(':');
        return colon >= 0 ? c.substring(0, colon).strip() : c;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    /** The verb with this key (upper case lemma, or LEMMA_PARTICLE), if the dictionary has it. */
    public Optional<Verb> verb(String key) {
        return Optional.ofNullable(verbs.get(key.toUpperCase(Locale.ROOT)));
    }

    /** True if some verb of the dictionary has this lemma (lower case) as its first word. */
    public boolean hasHead(String lemma) {
        return heads.contains(lemma);
    }

    /** Number of verbs, phrasal verbs included. */
    public int size() {
        return verbs.size();
    }

    /** Malformed lines, each "file:line: reason", in file order. */
    public List<String> problems() {
        return problems;
    }
}
