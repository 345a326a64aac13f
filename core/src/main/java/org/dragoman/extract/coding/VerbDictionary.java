package org.dragoman.extract.coding;

import org.dragoman.actors.DictionaryProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A TABARI/PETRARCH verb dictionary, read once and indexed for the coder.
 *
 * <p>Format, as in {@code CAMEO.2.0.txt} and the {@code PETR.Validate.verbs.txt} files: {@code <!-- -->} and
 * {@code #} comments; synsets {@code &NAME} followed by {@code +member} lines (a member may be several words,
 * another synset, or end in {@code _} to forbid inflected forms); verb blocks {@code --- NAME [code] ---}
 * followed by verb lines ({@code WORD {IRREGULAR FORMS}}, multi-word verbs {@code +BREAK_DOWN} or
 * {@code WIRE_+TAP} where {@code +} marks the verb itself, optionally with their own {@code [code]}) and
 * pattern lines {@code - words * words [code]}. In patterns {@code *} is the verb, {@code $} the source,
 * {@code +} the target, {@code ^} a skipped noun phrase, {@code %} a compound actor, {@code &NAME} a synset,
 * {@code _} joins neighbours that must be adjacent, {@code {..}} a noun phrase (adjacent words) and
 * {@code (..)} a prepositional phrase. Codes {@code [a:b]} give a paired event (a from source to target, b
 * back); {@code [---]} codes nothing.
 *
 * <p>A malformed line is recorded as a {@link DictionaryProblem} and skipped; the rest of the file is read.
 */
public final class VerbDictionary {

    /**
     * A verb block: its name, default code ({@code "---"} for none) and patterns, those that can cover most
     * words first, then those with most elements, then in file order.
     */
    public record Block(String name, String code, List<VerbPattern> patterns) {
    }

    /**
     * One way a verb is written: its words in text order (upper case), which of them is the inflected verb,
     * its block and its own code (the block's unless the verb line gave one).
     */
    public record Sense(List<String> words, int head, Block block, String code) {
    }

    private final Map<String, List<Sense>> byHeadForm;
    private final int blocks;
    private final int patterns;
    private final boolean phraseSyntax;

    private VerbDictionary(Map<String, List<Sense>> byHeadForm, int blocks, int patterns, boolean phraseSyntax) {
        this.byHeadForm = byHeadForm;
        this.blocks = blocks;
        this.patterns = patterns;
        this.phraseSyntax = phraseSyntax;
    }

    /**
     * True for PETRARCH-2 dictionaries (patterns written with {@code {noun phrases}} and
     * {@code (prepositional phrases)}, as in CAMEO.2.0): their pattern words name head nouns, so they also match
     * inflected forms through the token's lemma. PETRARCH-1/TABARI dictionaries match words as written.
     */
    public boolean matchesLemmas() {
        return phraseSyntax;
    }

    /** Senses whose inflected verb word is {@code word} (any case); empty when the word is not a verb here. */
    public List<Sense> senses(String word) {
        return byHeadForm.getOrDefault(word.toUpperCase(Locale.ROOT), List.of());
    }

    /** Number of verb blocks read. */
    public int blockCount() {
        return blocks;
    }

    /** Number of patterns read (after nothing is expanded: a synset stays one element). */
    public int patternCount() {
        return patterns;
    }

    /** Number of distinct verb word forms indexed. */
    public int formCount() {
        return byHeadForm.size();
    }

    /**
     * Reads {@code files} in order (later blocks add to earlier ones); malformed lines go to {@code problems}.
     *
     * @throws IOException when a file cannot be read
     */
    public static VerbDictionary read(List<Path> files, List<DictionaryProblem> problems) throws IOException {
        Reader reader = new Reader(problems);
        for (Path file : files) {
            reader.read(file);
        }
        return reader.build();
    }

    /** Regular forms of an English verb (base, -s, -ed, -ing), upper case. */
    static List<String> regularForms(String verb) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(verb);
        int n = verb.length();
        if (n < 2 || !Character.isLetter(verb.charAt(n - 1))) {
            return List.copyOf(forms);
        }
        char last = verb.charAt(n - 1);
        boolean consonantY = last == 'Y' && !isVowel(verb.charAt(n - 2));
        if (consonantY) {
            forms.add(verb.substring(0, n - 1) + "IES");
            forms.add(verb.substring(0, n - 1) + "IED");
        } else if (verb.endsWith("S") || verb.endsWith("X") || verb.endsWith("Z") || verb.endsWith("CH")
                || verb.endsWith("SH") || verb.endsWith("O")) {
            forms.add(verb + "ES");
        } else {
            forms.add(verb + "S");
        }
        if (!consonantY) {
            forms.add(last == 'E' ? verb + "D" : verb + "ED");
        }
        if (last == 'E' && !verb.endsWith("EE") && n > 2) {
            forms.add(verb.substring(0, n - 1) + "ING");
        } else {
            forms.add(verb + "ING");
        }
        return List.copyOf(forms);
    }

    /** A noun and its regular plural, upper case (PETRARCH's rule for synset members). */
    static List<String> nounForms(String noun) {
        int n = noun.length();
        if (n < 2 || !Character.isLetter(noun.charAt(n - 1))) {
            return List.of(noun);
        }
        if (noun.endsWith("Y") && !isVowel(noun.charAt(n - 2))) {
            return List.of(noun, noun.substring(0, n - 1) + "IES");
        }
        if (noun.endsWith("S") || noun.endsWith("X") || noun.endsWith("CH") || noun.endsWith("SH")) {
            return List.of(noun, noun + "ES");
        }
        return List.of(noun, noun + "S");
    }

    private static boolean isVowel(char c) {
        return "AEIOU".indexOf(c) >= 0;
    }

    /** The stateful line reader; one per {@link #read} call. */
    private static final class Reader {
        private final List<DictionaryProblem> problems;
        /** Synset name (without {@code &} and trailing {@code _}) to its raw member lines. */
        private final Map<String, List<String>> synsetMembers = new LinkedHashMap<>();
        private final Map<String, List<List<String>>> synsetCache = new HashMap<>();
        private final List<PendingBlock> pending = new ArrayList<>();
        private Path file;
        private boolean phraseSyntax;

        Reader(List<DictionaryProblem> problems) {
            this.problems = problems;
        }

        private static final class PendingBlock {
            final String name;
            final String code;
            final List<String[]> verbLines = new ArrayList<>(); // {text, line}
            final List<String[]> patternLines = new ArrayList<>();
            final Path file;

            PendingBlock(String name, String code, Path file) {
                this.name = name;
                this.code = code;
                this.file = file;
            }
        }

        void read(Path path) throws IOException {
            this.file = path;
            String synset = null;
            PendingBlock block = null;
            for (DictionaryLines.Line line : DictionaryLines.read(path)) {
                String text = line.text().toUpperCase(Locale.ROOT);
                if (text.startsWith("---")) {
                    synset = null;
                    block = header(text, line.number());
                } else if (text.startsWith("&")) {
                    String name = synsetName(text.split("\\s+")[0]);
                    if (name.isEmpty()) {
                        problem(line.number(), "synset without a name");
                        synset = null;
                    } else {
                        synset = name;
                        synsetMembers.computeIfAbsent(name, k -> new ArrayList<>());
                    }
                } else if (text.startsWith("-")) {
                    synset = null;
                    if (block == null) {
                        problem(line.number(), "pattern outside a verb block");
                    } else {
                        block.patternLines.add(new String[] {text.substring(1).strip(), Integer.toString(line.number())});
                    }
                } else if (synset != null && text.startsWith("+")) {
                    String member = text.substring(1).strip();
                    if (member.isEmpty()) {
                        problem(line.number(), "empty synset member");
                    } else {
                        synsetMembers.get(synset).add(member);
                    }
                } else if (block != null) {
                    synset = null;
                    block.verbLines.add(new String[] {text, Integer.toString(line.number())});
                } else {
                    problem(line.number(), "line outside a synset or verb block: " + shorten(text));
                }
            }
        }

        private PendingBlock header(String text, int number) {
            String inner = text.replaceAll("^-+", "").replaceAll("-+$", "").strip();
            int open = inner.indexOf('[');
            int close = inner.indexOf(']', open + 1);
            if (open <= 0 || close < 0) {
                problem(number, "verb block header without a name and [code]: " + shorten(text));
                return null;
            }
            String name = inner.substring(0, open).strip();
            String code = inner.substring(open + 1, close).strip();
            name = name.replaceAll("\\s+", "_");
            if (name.isEmpty() || code.isEmpty()) {
                problem(number, "verb block header without a name and [code]: " + shorten(text));
                return null;
            }
            PendingBlock b = new PendingBlock(name, code, file);
            pending.add(b);
            return b;
        }

        VerbDictionary build() {
            Map<String, List<Sense>> index = new HashMap<>();
            int patternCount = 0;
            for (PendingBlock pb : pending) {
                file = pb.file;
                List<VerbPattern> patterns = new ArrayList<>();
                for (String[] pl : pb.patternLines) {
                    parsePattern(pl[0], Integer.parseInt(pl[1])).ifPresent(patterns::add);
                }
                // Patterns that can cover more words first, then longer ones; the sort is stable so file order
                // breaks ties. The coder relies on this order to stop early.
                patterns.sort((a, b) -> a.maxWords() != b.maxWords() ? Integer.compare(b.maxWords(), a.maxWords())
                        : Integer.compare(b.size(), a.size()));
                patternCount += patterns.size();
                Block block = new Block(pb.name, pb.code, List.copyOf(patterns));
                if (pb.verbLines.isEmpty()) {
                    addSense(index, List.of(pb.name.replace("_", "")), 0, block, pb.code);
                }
                for (String[] vl : pb.verbLines) {
                    verbLine(index, vl[0], Integer.parseInt(vl[1]), block);
                }
            }
            Map<String, List<Sense>> frozen = new HashMap<>();
            index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new VerbDictionary(Map.copyOf(frozen), pending.size(), patternCount, phraseSyntax);
        }

        private void verbLine(Map<String, List<Sense>> index, String text, int number, Block block) {
            String code = block.code();
            String rest = text;
            int open = rest.indexOf('[');
            if (open >= 0) {
                int close = rest.indexOf(']', open);
                if (close < 0) {
                    problem(number, "unclosed [code] on verb line: " + shorten(text));
                    return;
                }
                code = rest.substring(open + 1, close).strip();
                rest = (rest.substring(0, open) + rest.substring(close + 1)).strip();
            }
            List<String> irregular = new ArrayList<>();
            int brace = rest.indexOf('{');
            if (brace >= 0) {
                int end = rest.indexOf('}', brace);
                if (end < 0) {
                    problem(number, "unclosed {forms} on verb line: " + shorten(text));
                    return;
                }
                for (String f : rest.substring(brace + 1, end).strip().split("\\s+")) {
                    if (!f.isEmpty()) {
                        irregular.add(f);
                    }
                }
                rest = rest.substring(0, brace).strip();
            }
            rest = rest.replaceAll("\\s+", "_");
            if (rest.isEmpty() || !rest.matches("[A-Z0-9_+'.&-]+")) {
                problem(number, "verb line is not one word or _-joined words: " + shorten(text));
                return;
            }
            String[] base = splitVerb(rest);
            if (base == null) {
                problem(number, "bad multi-word verb: " + shorten(text));
                return;
            }
            int head = Integer.parseInt(base[base.length - 1]);
            List<String> words = List.of(base).subList(0, base.length - 1);
            for (String form : regularForms(words.get(head))) {
                List<String> w = new ArrayList<>(words);
                w.set(head, form);
                addSense(index, w, head, block, code);
            }
            for (String f : irregular) {
                String[] parts = splitVerb(f);
                if (parts == null) {
                    problem(number, "bad verb form {" + f + "}");
                    continue;
                }
                int h = Integer.parseInt(parts[parts.length - 1]);
                addSense(index, List.of(parts).subList(0, parts.length - 1), h, block, code);
            }
        }

        /** Words of a {@code _}-joined verb with the {@code +}-marked head's index appended; null if malformed. */
        private static String[] splitVerb(String token) {
            String[] parts = token.split("_");
            List<String> words = new ArrayList<>();
            int head = -1;
            for (String p : parts) {
                if (p.isEmpty()) {
                    continue;
                }
                if (p.startsWith("+")) {
                    if (head >= 0 || p.length() == 1) {
                        return null;
                    }
                    head = words.size();
                    p = p.substring(1);
                }
                if (p.contains("+")) {
                    return null;
                }
                words.add(p);
            }
            if (words.isEmpty()) {
                return null;
            }
            words.add(Integer.toString(Math.max(head, 0)));
            return words.toArray(String[]::new);
        }

        private static void addSense(Map<String, List<Sense>> index, List<String> words, int head, Block block, String code) {
            Sense s = new Sense(List.copyOf(words), head, block, code);
            List<Sense> list = index.computeIfAbsent(words.get(head), k -> new ArrayList<>());
            for (Sense o : list) {
                if (o.words().equals(s.words()) && o.block() == block) {
                    return;
                }
            }
            list.add(s);
        }

        private Optional<VerbPattern> parsePattern(String text, int number) {
            int open = text.lastIndexOf('[');
            int close = text.lastIndexOf(']');
            if (open < 0 || close < open) {
                problem(number, "pattern without a [code]: " + shorten(text));
                return Optional.empty();
            }
            String code = text.substring(open + 1, close).strip();
            if (code.isEmpty() || code.contains(" ")) {
                problem(number, "pattern with an empty or spaced [code]: " + shorten(text));
                return Optional.empty();
            }
            if (!code.matches("-+") && !code.matches(".*[0-9].*")) {
                problem(number, "pattern code [" + code + "] is neither a CAMEO code nor [---]");
                return Optional.empty();
            }
            String body = text.substring(0, open);
            phraseSyntax |= body.indexOf('{') >= 0 || body.indexOf('(') >= 0;
            // {A B} is a noun phrase of adjacent words; (P N) a prepositional phrase.
            StringBuilder sb = new StringBuilder();
            boolean inBrace = false;
            for (char c : body.toCharArray()) {
                if (c == '{') {
                    inBrace = true;
                } else if (c == '}') {
                    inBrace = false;
                } else if (c == '(' || c == ')') {
                    sb.append(' ');
                } else if (inBrace && Character.isWhitespace(c)) {
                    sb.append('_');
                } else {
                    sb.append(c);
                }
            }
            if (inBrace) {
                problem(number, "unclosed { in pattern: " + shorten(text));
                return Optional.empty();
            }
            // Flatten to atoms; joined[i] says atom i and atom i+1 must be adjacent.
            List<String> atoms = new ArrayList<>();
            List<Boolean> joined = new ArrayList<>();
            for (String chunk : sb.toString().strip().split("\\s+")) {
                if (chunk.isEmpty()) {
                    continue;
                }
                String[] parts = chunk.split("_", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i].isEmpty()) {
                        // leading/trailing/double underscore: joins to the neighbour chunk
                        if (i == 0 && !joined.isEmpty()) {
                            joined.set(joined.size() - 1, true);
                        }
                        continue;
                    }
                    atoms.add(parts[i]);
                    joined.add(i < parts.length - 1);
                }
            }
            int star = atoms.indexOf("*");
            if (star < 0 || atoms.lastIndexOf("*") != star) {
                problem(number, "pattern needs exactly one * (the verb): " + shorten(text));
                return Optional.empty();
            }
            List<VerbPattern.Element> before = new ArrayList<>();
            for (int i = star - 1; i >= 0; i--) {
                VerbPattern.Element e = element(atoms.get(i), joined.get(i), number);
                if (e == null) {
                    return Optional.empty();
                }
                before.add(e);
            }
            List<VerbPattern.Element> after = new ArrayList<>();
            for (int i = star + 1; i < atoms.size(); i++) {
                VerbPattern.Element e = element(atoms.get(i), joined.get(i - 1), number);
                if (e == null) {
                    return Optional.empty();
                }
                after.add(e);
            }
            return Optional.of(new VerbPattern(before, after, code, number, text.strip()));
        }

        private VerbPattern.Element element(String atom, boolean adjacent, int number) {
            switch (atom) {
                case "$":
                    return new VerbPattern.Element(VerbPattern.Kind.SOURCE, List.of(), adjacent);
                case "+":
                    return new VerbPattern.Element(VerbPattern.Kind.TARGET, List.of(), adjacent);
                case "^":
                    return new VerbPattern.Element(VerbPattern.Kind.SKIP, List.of(), adjacent);
                case "%":
                    return new VerbPattern.Element(VerbPattern.Kind.COMPOUND, List.of(), adjacent);
                default:
                    break;
            }
            if (atom.startsWith("&")) {
                List<List<String>> phrases = synset(synsetName(atom), new LinkedHashSet<>());
                if (phrases == null) {
                    problem(number, "undefined synset " + atom);
                    return null;
                }
                return new VerbPattern.Element(VerbPattern.Kind.WORDS, phrases, adjacent);
            }
            if (!atom.matches("[A-Z0-9'.,!?/:;-]+") || atom.matches("[^A-Z0-9]+")) {
                problem(number, "unexpected pattern element '" + atom + "'");
                return null;
            }
            // A literal word matches itself only (PETRARCH: RESOLUTION does not match RESOLUTIONS); synset
            // members also match their plurals.
            return new VerbPattern.Element(VerbPattern.Kind.WORDS, List.of(List.of(atom)), adjacent);
        }

        /** Member phrases of a synset, nested synsets flattened; null if undefined or cyclic. */
        private List<List<String>> synset(String name, Set<String> seen) {
            List<List<String>> cached = synsetCache.get(name);
            if (cached != null) {
                return cached;
            }
            List<String> members = synsetMembers.get(name);
            if (members == null || !seen.add(name)) {
                return null;
            }
            Set<List<String>> phrases = new LinkedHashSet<>();
            for (String m : members) {
                if (m.startsWith("&")) {
                    List<List<String>> nested = synset(synsetName(m.split("\\s+")[0]), seen);
                    if (nested != null) {
                        phrases.addAll(nested);
                    }
                    continue;
                }
                boolean exact = m.endsWith("_");
                List<String> words = new ArrayList<>();
                for (String w : m.split("[\\s_]+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
                if (words.isEmpty()) {
                    continue;
                }
                phrases.add(List.copyOf(words));
                if (!exact) {
                    for (String plural : nounForms(words.get(words.size() - 1))) {
                        List<String> p = new ArrayList<>(words);
                        p.set(p.size() - 1, plural);
                        phrases.add(List.copyOf(p));
                    }
                }
            }
            List<List<String>> result = List.copyOf(phrases);
            synsetCache.put(name, result);
            return result;
        }

        private static String synsetName(String token) {
            String n = token.startsWith("&") ? token.substring(1) : token;
            n = n.replaceAll("[{}()]", "");
            while (n.endsWith("_")) {
                n = n.substring(0, n.length() - 1);
            }
            return n;
        }

        private void problem(int line, String reason) {
            problems.add(new DictionaryProblem(file.toString(), line, reason));
        }

        private static String shorten(String s) {
            return s.length() <= 60 ? s : s.substring(0, 57) + "...";
        }
    }
}
