package org.dragoman.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actor and agent dictionaries in the TABARI/PETRARCH formats, held as two token tries keyed by lower-case
 * word, so a phrase is found in time proportional to its length whatever the dictionary's size.
 *
 * <p>Actor files: a root phrase ({@code BARACK_OBAMA}, words joined by {@code _} or spaces, a trailing
 * {@code _} ignored), {@code +synonym} lines, and codes in brackets on the root line or on lines of their own:
 * {@code [USA]}, {@code [EGYGOV 120812-140326]}, {@code [USAGOV >090120]} (from), {@code [RHO <790606]}
 * (until); dates are {@code YYMMDD} (years 00–30 are 20YY, others 19YY, as in PETRARCH) or {@code YYYYMMDD},
 * ranges inclusive. Several codes per actor are allowed: on a date the dated code that covers it wins (the
 * narrowest range when several do), else the first undated code. {@code [---]} marks a phrase known but not
 * coded. Agent files: {@code PHRASE {plural} [~GOV]} with a suffix ({@code ~GOV}) or prefix ({@code NGO~}) code,
 * regular plurals made automatically ({@code {}} for none), and substitution sets {@code !PERSON! = MAN, MEN}.
 * Comments: {@code #} to the end of a line and {@code <!-- ... -->}, possibly over several lines.
 *
 * <p>Malformed lines are added to the caller's problem list (file, line, one-line reason) and skipped;
 * reading never throws for bad content. Later definitions of the same phrase replace earlier ones, as in
 * PETRARCH. Immutable after loading and thread-safe.
 */
public final class ActorDictionary {

    /** The code of a phrase that is known but has no code valid on the date asked. */
    public static final String NO_CODE = "---";

    /** Dragoman's own dictionary files, as classpath resources, in load order. */
    public static final List<String> DEFAULT_ACTOR_FILES = List.of(
            "org/dragoman/actors/dragoman.organizations.actors.txt",
            "org/dragoman/actors/dragoman.countries.actors.txt",
            "org/dragoman/actors/dragoman.leaders.actors.txt");
    /** Dragoman's own agent file, as a classpath resource. */
    public static final List<String> DEFAULT_AGENT_FILES = List.of("org/dragoman/actors/dragoman.agents.txt");

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(?:/[A-Z0-9]+)*|---|\\+\\+\\+");
    private static final Pattern AGENT_CODE = Pattern.compile("~[A-Z0-9]+|[A-Z0-9]+~");
    private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");
    private static final Pattern MARKER = Pattern.compile("!([^!\\s=]+)!");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACED_OPEN = Pattern.compile("\\s*([<>])\\s*(?=\\d)");
    private static final Pattern SPACED_RANGE = Pattern.compile("(?<=\\d)\\s*-\\s*(?=\\d)");

    /** A node of a token trie. */
    private static final class Node<T> {
        Map<String, Node<T>> next;
        T value;

        Node<T> child(String word) {
            return next == null ? null : next.get(word);
        }

        Node<T> add(String word) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(word, w -> new Node<>());
        }
    }

    /** An actor entry: its root phrase and its coded roles in file order. */
    private record Entry(String name, List<ActorRole> roles) {
    }

    /** An agent: its phrase as written and its code ("~GOV" or "NGO~"). */
    private record Agent(String phrase, String code) {
    }

    private static final class Holder {
        static final ActorDictionary DEFAULTS = loadDefaults();
    }

    private final Node<Entry> actors;
    private final Node<Agent> agents;
    private final int actorPhrases;
    private final int agentPhrases;
    private final int entries;

    private ActorDictionary(Node<Entry> actors, Node<Agent> agents, int actorPhrases, int agentPhrases, int entries) {
        this.actors = actors;
        this.agents = agents;
        this.actorPhrases = actorPhrases;
        this.agentPhrases = agentPhrases;
        this.entries = entries;
    }

    /**
     * Reads actor and agent files in the given order; each unreadable file or malformed line is added to
     * {@code problems} and skipped. Never throws for bad content or missing files.
     */
    public static ActorDictionary read(List<Path> actorFiles, List<Path> agentFiles, List<DictionaryProblem> problems) {
        Builder b = new Builder(problems);
        b.readFiles(actorFiles, agentFiles);
        return b.build();
    }

    /**
     * Reads every {@code *actors*.txt} and {@code *agents*.txt} file of {@code dir} (sorted by name; agent files
     * are the ones whose name contains "agents"). With {@code withDefaults}, Dragoman's own files are read
     * first, so the directory's entries replace Dragoman's where both define a phrase. A file that cannot be
     * read is a problem at line 0; only a directory that cannot be listed throws.
     */
    public static ActorDictionary readDirectory(Path dir, boolean withDefaults, List<DictionaryProblem> problems)
            throws IOException {
        List<Path> actorFiles = new ArrayList<>();
        List<Path> agentFiles = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".txt") || !Files.isRegularFile(p)) {
                    continue;
                }
                if (name.contains("agents")) {
                    agentFiles.add(p);
                } else if (name.contains("actors")) {
                    actorFiles.add(p);
                }
            }
        }
        Builder b = new Builder(problems);
        if (withDefaults) {
            b.readDefaults();
        }
        b.readFiles(actorFiles, agentFiles);
        return b.build();
    }

    /** Dragoman's own dictionaries (countries, organizations, office holders, agents), loaded once per process. */
    public static ActorDictionary defaults() {
        return Holder.DEFAULTS;
    }

    private static ActorDictionary loadDefaults() {
        List<DictionaryProblem> problems = new ArrayList<>();
        Builder b = new Builder(problems);
        b.readDefaults();
        if (!problems.isEmpty()) {
            // Dragoman's own files are checked by tests; a problem here is a packaging bug.
            throw new IllegalStateException("bundled actor dictionaries have " + problems.size() + " problems, first: "
                    + problems.get(0));
        }
        return b.build();
    }

    /** Number of actor entries (root phrases with their synonyms). */
    public int actorEntries() {
        return entries;
    }

    /** Number of distinct actor phrases (roots and synonyms). */
    public int actorPhrases() {
        return actorPhrases;
    }

    /** Number of distinct agent phrases, plurals and substitutions included. */
    public int agentPhrases() {
        return agentPhrases;
    }

    /**
     * The longest actor or agent phrase starting at token {@code start} of {@code words} (matched
     * case-insensitively, one dictionary word per token, except that a one-word actor must have a capital
     * letter in the text: "us" and "turkey" are not countries), with its code on {@code date}. An actor followed by
     * an agent ("Egyptian police", "Russia's foreign minister") gives the combined code (EGYCOP, RUSGOV), as
     * does an agent followed by "of" and an actor ("the foreign minister of Iran", from "foreign"); an agent
     * alone gives its own code. Empty when nothing starts at {@code start}.
     */
    public Optional<ActorMatch> longestMatch(List<String> words, int start, LocalDate date) {
        if (start < 0 || start >= words.size()) {
            return Optional.empty();
        }
        Found<Entry> actor = longest(actors, words, start);
        if (actor != null && actor.length == 1 && isLowerCase(words.get(start))) {
            actor = null; // "us" is not the United States, nor "turkey" Turkey: one-word names are capitalized
        }
        if (actor != null) {
            String code = codeOn(actor.value.roles(), date).orElse(NO_CODE);
            int end = start + actor.length;
            int agentStart = end < words.size() && isPossessive(words.get(end)) ? end + 1 : end;
            Found<Agent> agent = agentStart < words.size() ? longest(agents, words, agentStart) : null;
            if (agent != null && !code.equals(NO_CODE)) {
                int length = agentStart + agent.length - start;
                return Optional.of(new ActorMatch(length, mix(code, agent.value.code()),
                        actor.phrase + " " + agent.phrase, actor.value.name(), ActorMatch.Kind.ACTOR_AGENT));
            }
            return Optional.of(new ActorMatch(actor.length, code, actor.phrase, actor.value.name(),
                    ActorMatch.Kind.ACTOR));
        }
        Found<Agent> agent = longest(agents, words, start);
        if (agent == null) {
            return Optional.empty();
        }
        int end = start + agent.length;
        if (end + 1 < words.size() && norm(words.get(end)).equals("of")) {
            int actorStart = norm(words.get(end + 1)).equals("the") ? end + 2 : end + 1;
            Found<Entry> owner = actorStart < words.size() ? longest(actors, words, actorStart) : null;
            if (owner != null && !(owner.length == 1 && isLowerCase(words.get(actorStart)))) {
                Optional<String> code = codeOn(owner.value.roles(), date);
                if (code.isPresent()) {
                    return Optional.of(new ActorMatch(actorStart + owner.length - start,
                            mix(code.get(), agent.value.code()), agent.phrase + " of " + owner.phrase,
                            owner.value.name(), ActorMatch.Kind.ACTOR_AGENT));
                }
            }
        }
        return Optional.of(new ActorMatch(agent.length, agent.value.code().replace("~", ""), agent.phrase,
                agent.value.phrase(), ActorMatch.Kind.AGENT));
    }

    /** The agent phrase starting at token {@code start}, with its raw code ("~GOV", "NGO~"), if any. */
    public Optional<ActorMatch> agentAt(List<String> words, int start) {
        if (start < 0 || start >= words.size()) {
            return Optional.empty();
        }
        Found<Agent> agent = longest(agents, words, start);
        return agent == null ? Optional.empty() : Optional.of(new ActorMatch(agent.length, agent.value.code(),
                agent.phrase, agent.value.phrase(), ActorMatch.Kind.AGENT));
    }

    /**
     * The roles of the actor that {@code name} names exactly (words separated by spaces or underscores,
     * case-insensitive, a leading "the" tried without it), in dictionary order; empty when unknown.
     */
    public List<ActorRole> lookup(String name) {
        List<String> words = phraseWords(name.replace('_', ' '));
        Entry e = exact(words);
        if (e == null && words.size() > 1 && words.get(0).equals("the")) {
            e = exact(words.subList(1, words.size()));
        }
        return e == null ? List.of() : e.roles();
    }

    /** The code that {@code name} has on {@code date}, if the name is known and coded then. */
    public Optional<String> codeOn(String name, LocalDate date) {
        return codeOn(lookup(name), date);
    }

    /** The code among {@code roles} valid on {@code date} (see {@link #roleOn}); never {@code [---]}. */
    public static Optional<String> codeOn(List<ActorRole> roles, LocalDate date) {
        return roleOn(roles, date).map(ActorRole::code).filter(c -> !c.equals(NO_CODE));
    }

    /**
     * The role among {@code roles} in force on {@code date}: the dated role covering it (the narrowest range
     * when several do, the first on ties), else the first undated role; empty when none applies.
     */
    public static Optional<ActorRole> roleOn(List<ActorRole> roles, LocalDate date) {
        ActorRole best = null;
        long bestWidth = Long.MAX_VALUE;
        for (ActorRole r : roles) {
            if (r.dated() && r.covers(date)) {
                long width = r.from().isPresent() && r.until().isPresent()
                        ? r.until().get().toEpochDay() - r.from().get().toEpochDay() : Long.MAX_VALUE - 1;
                if (best == null || width < bestWidth) {
                    best = r;
                    bestWidth = width;
                }
            }
        }
        if (best == null) {
            best = roles.stream().filter(r -> !r.dated()).findFirst().orElse(null);
        }
        return Optional.ofNullable(best);
    }

    /**
     * An actor code with an agent code added the PETRARCH way: {@code ~GOV} is appended and {@code NGO~}
     * prepended, unless the actor code already contains it ("USAGOV" + "~GOV" stays "USAGOV"); an international
     * or non-governmental organization's leaders ({@code ~GOV}) keep the organization's code.
     */
    public static String mix(String actorCode, String agentCode) {
        if (agentCode.startsWith("~")) {
            String suffix = agentCode.substring(1);
            if (suffix.equals("GOV") && (actorCode.startsWith("IGO") || actorCode.startsWith("NGO"))) {
                return actorCode; // the leaders and officials of an organization are the organization
            }
            return hasPart(actorCode, suffix) ? actorCode : actorCode + suffix;
        }
        String prefix = agentCode.substring(0, agentCode.length() - 1);
        return hasPart(actorCode, prefix) ? actorCode : prefix + actorCode;
    }

    /**
     * Whether {@code agent} is one of the three-letter parts of {@code code}: "NGOARNGOV" has GOV and NGO, but
     * "ARNGOV" has no NGO even though the letters occur in it.
     */
    public static boolean hasPart(String code, String agent) {
        if (agent.isEmpty()) {
            return true;
        }
        for (int i = 0; i + agent.length() <= code.length(); i += 3) {
            if (code.startsWith(agent, i)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- matching

    private record Found<T>(int length, T value, String phrase) {
    }

    private static <T> Found<T> longest(Node<T> root, List<String> words, int start) {
        Node<T> node = root;
        int bestLength = 0;
        T best = null;
        for (int i = start; i < words.size(); i++) {
            node = node.child(norm(words.get(i)));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                bestLength = i - start + 1;
                best = node.value;
            }
        }
        if (best == null) {
            return null;
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = start; i < start + bestLength; i++) {
            phrase.append(i > start ? " " : "").append(norm(words.get(i)));
        }
        return new Found<>(bestLength, best, phrase.toString());
    }

    private Entry exact(List<String> words) {
        Node<Entry> node = actors;
        for (String w : words) {
            node = node.child(w);
            if (node == null) {
                return null;
            }
        }
        return node.value;
    }

    private static boolean isLowerCase(String word) {
        return word.codePoints().noneMatch(Character::isUpperCase);
    }

    private static boolean isPossessive(String word) {
        String w = norm(word);
        return w.equals("'s") || w.equals("'");
    }

    /** A text token as the tries key it: lower case, typographic apostrophes made straight. */
    static String norm(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * Dictionary words of a phrase as a tokenizer would see them: split at spaces and underscores, lower case,
     * a possessive "'s" and a trailing comma as tokens of their own.
     */
    static List<String> phraseWords(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(phrase.replace('_', ' ').strip())) {
            if (w.isEmpty()) {
                continue;
            }
            String n = norm(w);
            String comma = null;
            if (n.length() > 1 && n.endsWith(",")) {
                n = n.substring(0, n.length() - 1);
                comma = ",";
            }
            if (n.length() > 2 && n.endsWith("'s")) {
                out.add(n.substring(0, n.length() - 2));
                out.add("'s");
            } else {
                out.add(n);
            }
            if (comma != null) {
                out.add(comma);
            }
        }
        return out;
    }

    /**
     * The phrase as written and, when a word has an inner hyphen ("secretary-general", "al-qaeda"), the same
     * phrase with the hyphen as a token of its own, as tokenizers that split hyphenated words give it.
     */
    static List<List<String>> variants(List<String> words) {
        if (words.stream().noneMatch(w -> w.length() > 2 && w.indexOf('-', 1) > 0 && w.indexOf('-', 1) < w.length() - 1)) {
            return List.of(words);
        }
        List<String> split = new ArrayList<>();
        for (String w : words) {
            if (w.length() > 2 && w.indexOf('-', 1) > 0 && w.indexOf('-', 1) < w.length() - 1) {
                String[] parts = w.split("-", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        split.add("-");
                    }
                    if (!parts[i].isEmpty()) {
                        split.add(parts[i]);
                    }
                }
            } else {
                split.add(w);
            }
        }
        return List.of(words, split);
    }

    private static BufferedReader reader(InputStream in) {
        // Malformed UTF-8 becomes U+FFFD instead of an exception: a bad byte spoils one word, not the file.
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        return new BufferedReader(r);
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }

    // ---------------------------------------------------------------- reading

    /** Accumulates entries from several files; not thread-safe, used only while loading. */
    private static final class Builder {
        private final List<DictionaryProblem> problems;
        private final Node<Entry> actors = new Node<>();
        private final Node<Agent> agents = new Node<>();
        private int actorPhrases;
        private int agentPhrases;
        private int entries;

        // the entry being read
        private String file;
        private int rootLine;
        private String rootName;
        private List<List<String>> phrases;
        private List<ActorRole> roles;
        private boolean entryProblem;

        Builder(List<DictionaryProblem> problems) {
            this.problems = problems;
        }

        void readDefaults() {
            for (String resource : DEFAULT_ACTOR_FILES) {
                try (BufferedReader r = reader(resource(resource))) {
                    readActors(resource, r);
                } catch (IOException e) {
                    problems.add(new DictionaryProblem(resource, 0, "cannot read: " + oneLine(e)));
                }
            }
            for (String resource : DEFAULT_AGENT_FILES) {
                try (BufferedReader r = reader(resource(resource))) {
                    readAgents(resource, r);
                } catch (IOException e) {
                    problems.add(new DictionaryProblem(resource, 0, "cannot read: " + oneLine(e)));
                }
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = ActorDictionary.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in;
        }

        /** Reads the files in order; a file that cannot be read is a problem at line 0. */
        void readFiles(List<Path> actorFiles, List<Path> agentFiles) {
            for (Path p : actorFiles) {
                try (BufferedReader r = reader(Files.newInputStream(p))) {
                    readActors(p.toString(), r);
                } catch (IOException | RuntimeException e) {
                    problems.add(new DictionaryProblem(p.toString(), 0, "cannot read: " + oneLine(e)));
                }
            }
            for (Path p : agentFiles) {
                try (BufferedReader r = reader(Files.newInputStream(p))) {
                    readAgents(p.toString(), r);
                } catch (IOException | RuntimeException e) {
                    problems.add(new DictionaryProblem(p.toString(), 0, "cannot read: " + oneLine(e)));
                }
            }
        }

        ActorDictionary build() {
            return new ActorDictionary(actors, agents, actorPhrases, agentPhrases, entries);
        }

        private void problem(int line, String reason) {
            problems.add(new DictionaryProblem(file, line, reason));
            entryProblem = true;
        }

        /** Lines without comments, with their numbers; {@code <!-- -->} may span lines. */
        private List<Object[]> contentLines(BufferedReader r) throws IOException {
            List<Object[]> out = new ArrayList<>();
            String line;
            int n = 0;
            boolean inComment = false;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                StringBuilder kept = new StringBuilder();
                int i = 0;
                while (i < line.length()) {
                    if (inComment) {
                        int close = line.indexOf("-->", i);
                        if (close < 0) {
                            i = line.length();
                        } else {
                            inComment = false;
                            i = close + 3;
                        }
                    } else {
                        int open = line.indexOf("<!", i);
                        if (open < 0) {
                            kept.append(line, i, line.length());
                            i = line.length();
                        } else {
                            kept.append(line, i, open);
                            // "<!-- ... -->" and the sloppy "<! -- ... -->" seen in the wild
                            int close = line.indexOf(">", open);
                            int closeComment = line.indexOf("-->", open);
                            if (closeComment >= 0) {
                                i = closeComment + 3;
                            } else if (line.startsWith("<!--", open)) {
                                inComment = true;
                                i = line.length();
                            } else {
                                i = close >= 0 ? close + 1 : line.length();
                            }
                        }
                    }
                }
                String s = kept.toString();
                int hash = s.indexOf('#');
                if (hash >= 0) {
                    s = s.substring(0, hash);
                }
                s = s.strip();
                if (!s.isEmpty()) {
                    out.add(new Object[] {n, s});
                }
            }
            return out;
        }

        void readActors(String name, BufferedReader r) throws IOException {
            this.file = name;
            rootName = null;
            for (Object[] l : contentLines(r)) {
                int n = (Integer) l[0];
                String s = (String) l[1];
                if (s.startsWith("[")) {
                    if (rootName == null) {
                        problem(n, "code line before any actor: " + abbreviate(s));
                        continue;
                    }
                    codes(n, s);
                } else if (s.startsWith("+")) {
                    if (rootName == null) {
                        problem(n, "synonym before any actor: " + abbreviate(s));
                        continue;
                    }
                    int bracket = s.indexOf('[');
                    String phrase = (bracket >= 0 ? s.substring(1, bracket) : s.substring(1)).strip();
                    List<String> words = phraseWords(phrase);
                    if (words.isEmpty() || words.size() == 1 && words.get(0).isEmpty()) {
                        problem(n, "empty synonym");
                        continue;
                    }
                    phrases.add(words);
                    if (bracket >= 0) {
                        codes(n, s.substring(bracket));
                    }
                } else {
                    finishEntry();
                    int bracket = s.indexOf('[');
                    String phrase = (bracket >= 0 ? s.substring(0, bracket) : s).strip();
                    List<String> words = phraseWords(phrase);
                    if (words.isEmpty()) {
                        problem(n, "code without an actor phrase: " + abbreviate(s));
                        continue;
                    }
                    rootName = String.join(" ", phrase.replace('_', ' ').strip().split("\\s+"));
                    rootLine = n;
                    entryProblem = false;
                    phrases = new ArrayList<>();
                    phrases.add(words);
                    roles = new ArrayList<>();
                    if (bracket >= 0) {
                        codes(n, s.substring(bracket));
                    }
                }
            }
            finishEntry();
        }

        private void finishEntry() {
            if (rootName == null) {
                return;
            }
            if (roles.isEmpty()) {
                if (!entryProblem) {
                    problem(rootLine, "actor without a code: " + abbreviate(rootName));
                }
            } else {
                Entry e = new Entry(rootName, List.copyOf(roles));
                entries++;
                for (List<String> written : phrases) {
                    for (List<String> words : variants(written)) {
                        Node<Entry> node = actors;
                        for (String w : words) {
                            node = node.add(w);
                        }
                        if (node.value == null) {
                            actorPhrases++;
                        }
                        node.value = e;
                    }
                }
            }
            rootName = null;
        }

        /** Reads the bracketed code blocks of {@code s}; anything else on the line is a problem. */
        private void codes(int n, String s) {
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                if (c != '[') {
                    problem(n, "text outside a code block: " + abbreviate(s.substring(i)));
                    return;
                }
                int close = s.indexOf(']', i);
                int next = s.indexOf('[', i + 1);
                if (close < 0 || next >= 0 && next < close) {
                    problem(n, "code block without ']': " + abbreviate(s.substring(i)));
                    return;
                }
                code(n, s.substring(i + 1, close));
                i = close + 1;
            }
        }

        private void code(int n, String block) {
            // "[HOB < 950601]", "[X 19950601 - 19990815]": spaces inside the date are tolerated
            String b = block.strip();
            if (b.indexOf(' ') >= 0 || b.indexOf('\t') >= 0) {
                b = SPACED_RANGE.matcher(SPACED_OPEN.matcher(b).replaceAll(" $1")).replaceAll("-");
            }
            String[] parts = SPACES.split(b);
            String code = parts[0].toUpperCase(Locale.ROOT);
            if (parts[0].isEmpty() || !CODE.matcher(code).matches()) {
                problem(n, "bad code [" + block + "]");
                return;
            }
            if (parts.length > 2) {
                problem(n, "bad code block [" + block + "]");
                return;
            }
            Optional<LocalDate> from = Optional.empty();
            Optional<LocalDate> until = Optional.empty();
            if (parts.length == 2) {
                String d = parts[1];
                try {
                    if (d.startsWith(">")) {
                        from = Optional.of(date(d.substring(1)));
                    } else if (d.startsWith("<")) {
                        until = Optional.of(date(d.substring(1)));
                    } else if (d.indexOf('-') > 0) {
                        String[] range = d.split("-", -1);
                        if (range.length != 2) {
                            throw new IllegalArgumentException("bad date range " + d);
                        }
                        from = Optional.of(date(range[0]));
                        until = Optional.of(date(range[1]));
                        if (until.get().isBefore(from.get())) {
                            throw new IllegalArgumentException("range ends before it starts: " + d);
                        }
                    } else {
                        throw new IllegalArgumentException("date without '>', '<' or a range: " + d);
                    }
                } catch (IllegalArgumentException | DateTimeException e) {
                    problem(n, oneLine(e) + " in [" + block.strip() + "]");
                    return;
                }
            }
            roles.add(new ActorRole(rootName, code, from, until, file, n));
        }

        /** A PETRARCH date: YYMMDD (00–30 → 2000s, else 1900s) or YYYYMMDD. */
        private static LocalDate date(String s) {
            if (!DATE.matcher(s).matches()) {
                throw new IllegalArgumentException("bad date " + (s.isEmpty() ? "(empty)" : s));
            }
            int year;
            int rest;
            if (s.length() == 6) {
                int yy = Integer.parseInt(s.substring(0, 2));
                year = yy <= 30 ? 2000 + yy : 1900 + yy;
                rest = 2;
            } else {
                year = Integer.parseInt(s.substring(0, 4));
                rest = 4;
            }
            try {
                return LocalDate.of(year, Integer.parseInt(s.substring(rest, rest + 2)),
                        Integer.parseInt(s.substring(rest + 2, rest + 4)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such date " + s);
            }
        }

        void readAgents(String name, BufferedReader r) throws IOException {
            this.file = name;
            Map<String, List<String>> markers = new HashMap<>();
            for (Object[] l : contentLines(r)) {
                int n = (Integer) l[0];
                String s = (String) l[1];
                int eq = s.indexOf('=');
                if (s.startsWith("!") && eq > 0) {
                    Matcher m = MARKER.matcher(s.substring(0, eq).strip());
                    if (!m.matches()) {
                        problem(n, "bad substitution marker definition: " + abbreviate(s));
                        continue;
                    }
                    List<String> values = new ArrayList<>();
                    for (String v : s.substring(eq + 1).split(",")) {
                        if (!v.isBlank()) {
                            values.add(v.strip());
                        }
                    }
                    if (values.isEmpty()) {
                        problem(n, "empty substitution set !" + m.group(1) + "!");
                        continue;
                    }
                    markers.put(m.group(1), values);
                    continue;
                }
                int open = s.indexOf('[');
                if (open < 0) {
                    problem(n, "agent without a code: " + abbreviate(s));
                    continue;
                }
                int close = s.indexOf(']', open);
                if (close < 0) {
                    problem(n, "code block without ']': " + abbreviate(s.substring(open)));
                    continue;
                }
                if (!s.substring(close + 1).isBlank()) {
                    problem(n, "text after the code: " + abbreviate(s.substring(close + 1)));
                    continue;
                }
                String code = s.substring(open + 1, close).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
                if (!AGENT_CODE.matcher(code).matches()) {
                    problem(n, "bad agent code [" + s.substring(open + 1, close) + "] (needs ~ before or after)");
                    continue;
                }
                String phrase = s.substring(0, open).strip();
                String plural = null; // null: make the regular plural
                int brace = phrase.indexOf('{');
                if (brace >= 0) {
                    int end = phrase.indexOf('}', brace);
                    if (end < 0 || !phrase.substring(end + 1).isBlank()) {
                        problem(n, end < 0 ? "plural without '}'" : "text after the plural");
                        continue;
                    }
                    plural = phrase.substring(brace + 1, end).strip();
                    phrase = phrase.substring(0, brace).strip();
                }
                if (phrase.isEmpty()) {
                    problem(n, "code without an agent phrase");
                    continue;
                }
                if (phrase.indexOf('!') >= 0) {
                    List<String> expanded = expand(phrase, markers, n);
                    if (expanded == null) {
                        continue;
                    }
                    // substitutions carry their own singular and plural forms: no plural is made
                    expanded.forEach(p -> addAgent(p, code));
                    if (plural != null && !plural.isEmpty()) {
                        addAgent(plural, code);
                    }
                    continue;
                }
                addAgent(phrase, code);
                if (plural == null) {
                    plurals(phrase).forEach(p -> addAgent(p, code));
                } else if (!plural.isEmpty()) {
                    addAgent(plural, code);
                }
            }
        }

        private List<String> expand(String phrase, Map<String, List<String>> markers, int n) {
            Matcher m = MARKER.matcher(phrase);
            if (!m.find()) {
                problem(n, "substitution marker without closing '!': " + abbreviate(phrase));
                return null;
            }
            List<String> values = markers.get(m.group(1));
            if (values == null) {
                problem(n, "undefined substitution marker !" + m.group(1) + "!");
                return null;
            }
            List<String> out = new ArrayList<>();
            for (String v : values) {
                String p = phrase.substring(0, m.start()) + v + phrase.substring(m.end());
                if (p.indexOf('!') >= 0) {
                    List<String> more = expand(p, markers, n);
                    if (more == null) {
                        return null;
                    }
                    out.addAll(more);
                } else {
                    out.add(p);
                }
            }
            return out;
        }

        /**
         * The regular plurals of a phrase's last word. PETRARCH's rule (…Y → …IES, …S → …ES, else …S) is kept,
         * and where it is not English (a vowel before the Y, …CH/…SH/…X) the English plural is added too.
         */
        private static List<String> plurals(String phrase) {
            String p = phrase.strip();
            String upper = p.toUpperCase(Locale.ROOT);
            List<String> out = new ArrayList<>();
            String petrarch;
            if (upper.endsWith("Y")) {
                petrarch = p.substring(0, p.length() - 1) + "IES";
            } else if (upper.endsWith("S")) {
                petrarch = p + "ES";
            } else {
                petrarch = p + "S";
            }
            out.add(petrarch);
            String english = null;
            if (upper.length() > 1 && upper.endsWith("Y") && "AEIOU".indexOf(upper.charAt(upper.length() - 2)) >= 0) {
                english = p + "S";
            } else if (upper.endsWith("CH") || upper.endsWith("SH") || upper.endsWith("X")) {
                english = p + "ES";
            }
            if (english != null && !english.equalsIgnoreCase(petrarch)) {
                out.add(english);
            }
            return out;
        }

        private void addAgent(String phrase, String code) {
            List<String> words = phraseWords(phrase);
            if (words.isEmpty()) {
                return;
            }
            Agent agent = new Agent(String.join(" ", words), code);
            for (List<String> variant : variants(words)) {
                Node<Agent> node = agents;
                for (String w : variant) {
                    node = node.add(w);
                }
                if (node.value == null) {
                    agentPhrases++;
                }
                node.value = agent;
            }
        }

        private static String abbreviate(String s) {
            return s.length() > 60 ? s.substring(0, 57) + "..." : s;
        }
    }
}
