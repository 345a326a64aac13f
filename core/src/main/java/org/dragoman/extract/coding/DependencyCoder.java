package org.dragoman.extract.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Codes events from a dependency-parsed sentence with a TABARI/PETRARCH verb dictionary. For each verb the
 * dictionary knows, its patterns are matched against the words before and after it (actors as slots); the
 * most specific matching pattern gives the code, else the verb's own code. The source is the actor of the
 * subject (for a passive, the "by" agent), the target the actor of the object or a prepositional complement,
 * unless the pattern places them with {@code $} and {@code +}; compound actors give one event per pair; a
 * paired code {@code a:b} gives an event back from target to source. Only events with a code and coded actors
 * at both ends are returned. Immutable and thread-safe once built.
 */
public final class DependencyCoder {

    /** Backtracking steps one pattern may take on one verb: bounds the time on long sentences. */
    private static final int MATCH_BUDGET = 5_000;

    private final VerbDictionary verbs;
    private final Discards discards;
    private final boolean requireDyad;
    private final boolean passiveSubjectSource;
    private final boolean passiveSourceAfter;

    /** A coder over {@code verbs}; sentences matching {@code discards} are not coded; events need both actors. */
    public DependencyCoder(VerbDictionary verbs, Discards discards) {
        this(verbs, discards, true);
    }

    /**
     * As above; with {@code requireDyad} false (PETRARCH's {@code require_dyad = false}), an event whose verb
     * has a coded source but no target is returned with an empty target.
     */
    public DependencyCoder(VerbDictionary verbs, Discards discards, boolean requireDyad) {
        this(verbs, discards, requireDyad, false, false);
    }

    private DependencyCoder(VerbDictionary verbs, Discards discards, boolean requireDyad,
                            boolean passiveSubjectSource, boolean passiveSourceAfter) {
        this.verbs = Objects.requireNonNull(verbs, "verbs");
        this.discards = Objects.requireNonNull(discards, "discards");
        this.requireDyad = requireDyad;
        this.passiveSubjectSource = passiveSubjectSource;
        this.passiveSourceAfter = passiveSourceAfter;
    }

    /** This coder with PETRARCH's {@code require_dyad} option set to {@code value}. */
    public DependencyCoder requireDyad(boolean value) {
        return value == requireDyad ? this
                : new DependencyCoder(verbs, discards, value, passiveSubjectSource, passiveSourceAfter);
    }

    /**
     * This coder with PETRARCH's reading of a passive without a "by" agent when {@code value} is true: the
     * subject stays the source and the target is the first actor after the verb ("The Philippines was
     * criticized over its dispute with Eriador": PHL → ERI), as TABARI and PETRARCH code it and their test
     * suites expect. Off by default, where that passive has no known source and its subject is the target.
     */
    public DependencyCoder passiveSubjectSource(boolean value) {
        return value == passiveSubjectSource ? this
                : new DependencyCoder(verbs, discards, requireDyad, value, passiveSourceAfter);
    }

    /**
     * This coder with UniversalPetrarch's reading of a passive without a "by" agent when {@code value} is true:
     * the subject is the target and the source the first actor after the verb ("The Philippines was criticized
     * over its dispute with Eriador": ERI → PHL), as its test suite expects. Off by default.
     */
    public DependencyCoder passiveSourceAfter(boolean value) {
        return value == passiveSourceAfter ? this
                : new DependencyCoder(verbs, discards, requireDyad, passiveSubjectSource, value);
    }

    /**
     * Why {@code sentence} is not coded at all, when it is not: {@code "storydiscard"} or
     * {@code "sentencediscard"} (a discard phrase), {@code "dateline"} (the sentence is a dateline, upper-case
     * words before a colon or dash). Empty when it is coded.
     */
    public Optional<String> irregularity(DepSentence sentence) {
        List<String> words = new ArrayList<>(sentence.tokens().size());
        for (DepToken t : sentence.tokens()) {
            words.add(t.word());
        }
        Discards.Scope scope = discards.match(words);
        if (scope == Discards.Scope.STORY) {
            return Optional.of("storydiscard");
        }
        if (scope == Discards.Scope.SENTENCE) {
            return Optional.of("sentencediscard");
        }
        if (isDateline(words)) {
            return Optional.of("dateline");
        }
        return Optional.empty();
    }

    private static boolean isDateline(List<String> words) {
        int i = 0;
        while (i < words.size() && i < 6 && isUpperWord(words.get(i))) {
            i++;
        }
        if (i == 0 || i >= words.size()) {
            return false;
        }
        String next = words.get(i);
        return next.equals(":") || next.equals("--") || (next.equals(",") && i + 1 < words.size()
                && words.get(i + 1).equals("--"));
    }

    private static boolean isUpperWord(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter && w.length() > 1;
    }

    /**
     * The events of {@code sentence}, given the actors found in it (slots must not overlap; bad slots are
     * ignored). Returns events in verb order; empty for a discarded sentence or one with no coded verb.
     */
    public List<CodedEvent> code(DepSentence sentence, List<ActorSlot> actors) {
        if (sentence.tokens().isEmpty() || irregularity(sentence).isPresent()) {
            return List.of();
        }
        Clause s = new Clause(sentence, actors, verbs.matchesLemmas(), passiveSubjectSource, passiveSourceAfter);
        List<CodedEvent> events = new ArrayList<>();
        for (int v = 0; v < s.n; v++) {
            if (!s.isVerb(v)) {
                continue;
            }
            codeVerb(s, v, events);
        }
        if (!requireDyad) {
            // TABARI's one event per clause: a one-sided event in an adverbial clause of a coded verb ("restores
            // ties with Gondor five years after crowds burned down its embassy") is that event's background
            Set<Integer> coded = new HashSet<>();
            events.forEach(e -> coded.add(e.verb()));
            events.removeIf(e -> e.target().isEmpty() && s.rel[e.verb()].equals("advcl")
                    && codedAncestor(s, e.verb(), coded));
        }
        return events;
    }

    private static boolean codedAncestor(Clause s, int v, Set<Integer> coded) {
        // up to the clause's top: not across a reported clause ("..., a senior official said")
        int guard = 0;
        for (int t = v; s.head[t] >= 0 && guard++ < s.n; t = s.head[t]) {
            if (coded.contains(s.head[t])) {
                return true;
            }
            String r = s.rel[s.head[t]];
            if (r.equals("ccomp") || r.equals("parataxis") || r.equals("root")) {
                return false;
            }
        }
        return false;
    }

    private void codeVerb(Clause s, int v, List<CodedEvent> events) {
        List<VerbDictionary.Sense> senses = verbs.senses(s.words[v]);
        if (senses.isEmpty()) {
            return;
        }
        // The longest multi-word senses present win (BREAK DOWN over BREAK); blocks of the same verb pool
        // their patterns.
        List<VerbDictionary.Sense> best = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int bestWords = 0;
        for (VerbDictionary.Sense c : senses) {
            int[] sp = s.senseSpan(c, v);
            if (sp == null || c.words().size() < bestWords) {
                continue;
            }
            if (c.words().size() > bestWords) {
                best.clear();
                spans.clear();
                bestWords = c.words().size();
            }
            best.add(c);
            spans.add(sp);
        }
        if (best.isEmpty()) {
            return;
        }
        // The matching pattern that covers most words wins (AUSTRIAN GOLD FLORIN over FLORIN); then the one with
        // more elements; then dictionary order.
        Match match = null;
        int[] span = spans.get(0);
        for (int k = 0; k < best.size(); k++) {
            for (VerbPattern p : best.get(k).block().patterns()) {
                if (match != null && p.maxWords() <= match.words && p.size() <= match.pattern.size()) {
                    break;  // patterns are sorted: none after this one can do better
                }
                Match m = s.match(p, spans.get(k)[0], spans.get(k)[1]);
                if (m != null && (match == null || m.words > match.words
                        || m.words == match.words && p.size() > match.pattern.size())) {
                    match = m;
                    span = spans.get(k);
                }
            }
        }
        String code = null;
        if (match != null) {
            code = match.pattern.code();
        } else {
            for (VerbDictionary.Sense c : best) {
                if (!isNull(c.code())) {
                    code = c.code();
                    break;
                }
            }
        }
        if (code == null || isNull(code)) {
            return;
        }
        List<int[]> pairs = new ArrayList<>();
        if (match != null && match.compound >= 0 && match.compoundAfter) {
            List<Integer> sources = match.source >= 0 ? s.conjuncts(match.source) : s.sources(v);
            for (int a : sources) {
                for (int b : s.conjuncts(match.compound)) {
                    pairs.add(new int[] {a, b});
                }
            }
        } else if (match != null && match.compound >= 0) {
            List<Integer> members = s.conjuncts(match.compound);
            for (int a : members) {
                for (int b : members) {
                    pairs.add(new int[] {a, b});
                }
            }
        } else {
            List<Integer> sources = match != null && match.source >= 0 ? s.conjuncts(match.source) : s.sources(v);
            List<Integer> targets = match != null && match.target >= 0 ? s.conjuncts(match.target)
                    : s.targets(v, span[1]);
            if (match != null && match.target >= 0 && match.source < 0 && sources.contains(match.target)
                    && s.head[v] >= 0) {
                // "Falastur noted + regretted": the pattern made the clause's subject the target, so the
                // source is the governing clause's
                sources = s.sources(s.head[v]);
            }
            for (int a : sources) {
                for (int b : targets) {
                    pairs.add(new int[] {a, b});
                }
            }
        }
        String[] codes = code.split(":");
        int first = Math.min(span[0], match != null ? match.first : span[0]);
        int last = Math.max(span[1], match != null ? match.last : span[1]);
        if (pairs.isEmpty() && !requireDyad) {
            List<Integer> sources = match != null && match.source >= 0 ? s.conjuncts(match.source) : s.sources(v);
            for (int a : sources) {
                ActorSlot src = s.slots.get(a);
                if (src.code().isPresent()) {
                    for (ActorSlot one : single(src)) {
                        add(events, new CodedEvent(v, codes[0], one, Optional.empty(), Math.min(first, src.first()),
                                Math.max(last, src.last())));
                    }
                }
            }
        }
        for (int[] pair : pairs) {
            ActorSlot a = s.slots.get(pair[0]);
            ActorSlot b = s.slots.get(pair[1]);
            if (pair[0] == pair[1] || a.code().isEmpty() || b.code().isEmpty()) {
                continue;
            }
            int lo = Math.min(first, Math.min(a.first(), b.first()));
            int hi = Math.max(last, Math.max(a.last(), b.last()));
            // an actor with several codes ("FRO/BIL/SAM") is each of them
            for (ActorSlot a1 : single(a)) {
                for (ActorSlot b1 : single(b)) {
                    if (a1.code().equals(b1.code())) {
                        continue;
                    }
                    add(events, new CodedEvent(v, codes[0], a1, Optional.of(b1), lo, hi));
                    if (codes.length > 1) {
                        add(events, new CodedEvent(v, codes[1], b1, Optional.of(a1), lo, hi));
                    }
                }
            }
        }
    }

    private static List<ActorSlot> single(ActorSlot a) {
        String c = a.code().orElse("");
        if (c.indexOf('/') < 0) {
            return List.of(a);
        }
        List<ActorSlot> out = new ArrayList<>();
        for (String one : c.split("/")) {
            if (!one.isBlank()) {
                out.add(new ActorSlot(a.first(), a.last(), Optional.of(one.strip()), a.ref()));
            }
        }
        return out;
    }

    /** Adds an event unless its code is null or the sentence already has the same code and dyad. */
    private static void add(List<CodedEvent> events, CodedEvent e) {
        if (isNull(e.code())) {
            return;
        }
        for (CodedEvent o : events) {
            if (o.code().equals(e.code()) && o.source().code().equals(e.source().code())
                    && o.target().flatMap(ActorSlot::code).equals(e.target().flatMap(ActorSlot::code))) {
                return;
            }
        }
        events.add(e);
    }

    /** A code that codes nothing: {@code ---}, or anything without a digit. */
    private static boolean isNull(String code) {
        return code.chars().noneMatch(Character::isDigit);
    }

    /** A pattern match: the pattern, the slots bound to {@code $ + %} (-1 if none) and the matched token range. */
    private record Match(VerbPattern pattern, int source, int target, int compound, boolean compoundAfter, int first,
                         int last, int words) {
    }

    /** One sentence prepared for matching: words, normalized relations, children, actor slots by token. */
    private static final class Clause {
        final int n;
        final boolean phraseSyntax;
        boolean[] upper;
        int upperVerb = -1;
        /** Backtracking steps left for the current pattern; a pattern that needs more does not match. */
        int budget;
        final String[] words;
        final String[] lemmas;
        final String[] pos;
        final String[] rel;
        final int[] head;
        final List<List<Integer>> children;
        final List<ActorSlot> slots;
        final int[] slotAt;
        final boolean passiveSubjectSource;
        final boolean passiveSourceAfter;

        Clause(DepSentence sentence, List<ActorSlot> actors, boolean withLemmas, boolean passiveSubjectSource,
               boolean passiveSourceAfter) {
            this.passiveSubjectSource = passiveSubjectSource;
            this.passiveSourceAfter = passiveSourceAfter;
            List<DepToken> tokens = sentence.tokens();
            n = tokens.size();
            words = new String[n];
            lemmas = new String[n];
            phraseSyntax = withLemmas;
            pos = new String[n];
            rel = new String[n];
            head = new int[n];
            children = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                children.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                DepToken t = tokens.get(i);
                words[i] = t.word().toUpperCase(Locale.ROOT);
                lemmas[i] = withLemmas && t.lemma() != null ? t.lemma().toUpperCase(Locale.ROOT) : words[i];
                pos[i] = t.pos() == null ? "" : t.pos();
                head[i] = t.head() >= 0 && t.head() < n && t.head() != i ? t.head() : -1;
            }
            // A malformed parse may have cycles: a token that does not reach the root becomes a root.
            for (int i = 0; i < n; i++) {
                int x = i;
                int steps = 0;
                while (x >= 0 && steps <= n) {
                    x = head[x];
                    steps++;
                }
                if (x >= 0) {
                    head[i] = -1;
                }
            }
            for (int i = 0; i < n; i++) {
                rel[i] = normalize(tokens.get(i).rel(), head[i] >= 0 ? pos[head[i]] : "");
                if (head[i] >= 0) {
                    children.get(head[i]).add(i);
                }
            }
            slots = new ArrayList<>();
            slotAt = new int[n];
            java.util.Arrays.fill(slotAt, -1);
            // Widest first, so a phrase nested in another owns its own tokens; crossing spans are dropped.
            List<ActorSlot> bySize = new ArrayList<>();
            for (ActorSlot a : actors) {
                if (a.first() >= 0 && a.last() < n && a.first() <= a.last()) {
                    bySize.add(a);
                }
            }
            bySize.sort((a, b) -> Integer.compare(b.last() - b.first(), a.last() - a.first()));
            for (ActorSlot a : bySize) {
                boolean ok = true;
                for (ActorSlot o : slots) {
                    boolean disjoint = a.last() < o.first() || o.last() < a.first();
                    boolean inside = a.first() >= o.first() && a.last() <= o.last() && !a.equals(o);
                    ok &= disjoint || inside;
                }
                if (!ok) {
                    continue;
                }
                for (int i = a.first(); i <= a.last(); i++) {
                    slotAt[i] = slots.size();
                }
                slots.add(a);
            }
        }

        /** UD v1 names (CoNLL-U suites, older converters) to the UD v2 names the coder reads. */
        private static String normalize(String r, String headPos) {
            if (r == null) {
                return "dep";
            }
            String x = r.toLowerCase(Locale.ROOT);
            switch (x) {
                case "dobj":
                    return "obj";
                case "nsubjpass":
                    return "nsubj:pass";
                case "csubjpass":
                    return "csubj:pass";
                case "auxpass":
                    return "aux:pass";
                case "nmod:agent":
                    return "obl:agent";
                default:
                    break;
            }
            if ((x.equals("nmod") || x.startsWith("nmod:")) && headPos.startsWith("VB") && !x.equals("nmod:poss")) {
                return "obl" + x.substring(4);
            }
            return x;
        }

        boolean isVerb(int i) {
            return pos[i].startsWith("VB");
        }

        /** Token range of a (multi-word) verb sense around {@code v}, or null if its other words are absent. */
        int[] senseSpan(VerbDictionary.Sense sense, int v) {
            List<String> w = sense.words();
            int h = sense.head();
            int first = v - h;
            if (first < 0) {
                return null;
            }
            for (int j = 0; j < h; j++) {
                if (!words[first + j].equals(w.get(j))) {
                    return null;
                }
            }
            int last = v;
            for (int j = h + 1; j < w.size(); j++) {
                String want = w.get(j);
                int at = last + 1;
                if (at < n && words[at].equals(want)) {
                    last = at;
                    continue;
                }
                // a separated particle: "cordoned the area off"
                int prt = -1;
                for (int c : children.get(v)) {
                    if (c > last && rel[c].equals("compound:prt") && words[c].equals(want)) {
                        prt = c;
                    }
                }
                if (prt < 0) {
                    return null;
                }
                last = Math.max(last, prt);
            }
            return new int[] {first, last};
        }

        // ---------------------------------------------------------------- pattern matching

        /**
         * For PETRARCH-2 dictionaries, words before the verb in a pattern belong to the verb's subject or to its
         * prepositional phrases ("RECENTLY *" does not match an adverb); PETRARCH-1 patterns read the words.
         */
        private void upperFor(int v) {
            upper = new boolean[n];
            if (!phraseSyntax) {
                java.util.Arrays.fill(upper, true);
                return;
            }
            for (int c : children.get(v)) {
                String r = rel[c];
                if (c < v && (r.startsWith("nsubj") || r.startsWith("csubj") || r.startsWith("obl")
                        || r.startsWith("nmod"))) {
                    java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
                    stack.push(c);
                    while (!stack.isEmpty()) {
                        int t = stack.pop();
                        upper[t] = true;
                        for (int d : children.get(t)) {
                            stack.push(d);
                        }
                    }
                }
            }
        }

        Match match(VerbPattern p, int vFirst, int vLast) {
            if (upper == null || upperVerb != vFirst) {
                upperFor(vFirst);
                upperVerb = vFirst;
            }
            budget = MATCH_BUDGET;
            int[] bind = {-1, -1, -1, vFirst, vLast, 0};
            int end = afterLimit(vFirst, vLast);
            if (!matchAfter(p.after(), 0, vLast + 1, end, bind)) {
                return null;
            }
            int[] after = bind.clone();
            bind[3] = vFirst;
            bind[5] = 0;
            if (!matchBefore(p.before(), 0, vFirst - 1, bind)) {
                return null;
            }
            return new Match(p, first(bind[0], after[0]), first(bind[1], after[1]), first(bind[2], after[2]),
                    after[2] >= 0, bind[3], after[4], bind[5] + after[5]);
        }

        private static int first(int a, int b) {
            return a >= 0 ? a : b;
        }

        /** Last token after the verb that its clause reaches: its subtree, without conjoined clauses. */
        int afterLimit(int vFirst, int vLast) {
            int max = vLast;
            java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
            for (int i = vFirst; i <= vLast; i++) {
                stack.push(i);
            }
            while (!stack.isEmpty()) {
                int t = stack.pop();
                max = Math.max(max, t);
                for (int c : children.get(t)) {
                    if (t >= vFirst && t <= vLast && (rel[c].equals("conj") && isVerb(c) || rel[c].equals("parataxis"))) {
                        continue;
                    }
                    stack.push(c);
                }
            }
            return max;
        }

        private boolean matchAfter(List<VerbPattern.Element> els, int k, int cursor, int end, int[] bind) {
            if (--budget < 0) {
                return false;
            }
            if (k == els.size()) {
                bind[4] = Math.max(bind[4], cursor - 1);
                return true;
            }
            VerbPattern.Element e = els.get(k);
            int lastStart = e.adjacent() ? cursor : end;
            for (int p = cursor; p <= lastStart && p <= end; p++) {
                int[] saved = bind.clone();
                int next = consumeForward(e, p, end, bind);
                if (next >= 0 && matchAfter(els, k + 1, next, end, bind)) {
                    return true;
                }
                System.arraycopy(saved, 0, bind, 0, bind.length);
            }
            return false;
        }

        private boolean matchBefore(List<VerbPattern.Element> els, int k, int cursor, int[] bind) {
            if (--budget < 0) {
                return false;
            }
            if (k == els.size()) {
                bind[3] = Math.min(bind[3], cursor + 1);
                return true;
            }
            VerbPattern.Element e = els.get(k);
            int lastEnd = e.adjacent() ? cursor : 0;
            for (int p = cursor; p >= lastEnd && p >= 0; p--) {
                int[] saved = bind.clone();
                int next = consumeBackward(e, p, bind);
                if (next >= -1 && next < p + 1 && matchBefore(els, k + 1, next, bind)) {
                    return true;
                }
                System.arraycopy(saved, 0, bind, 0, bind.length);
            }
            return false;
        }

        /** Matches {@code e} starting at {@code p}; returns the position after it, or -1. */
        private int consumeForward(VerbPattern.Element e, int p, int end, int[] bind) {
            switch (e.kind()) {
                case WORDS:
                    for (List<String> phrase : e.phrases()) {
                        int len = phrase.size();
                        if (p + len - 1 > end) {
                            continue;
                        }
                        boolean ok = true;
                        for (int j = 0; j < len && ok; j++) {
                            ok = wordIs(p + j, phrase.get(j));
                        }
                        if (ok) {
                            bind[5] += len;
                            return p + len;
                        }
                    }
                    return -1;
                case SOURCE:
                case TARGET:
                case COMPOUND: {
                    int s = slotAt[p];
                    if (s < 0 || slots.get(s).first() != p || slots.get(s).code().isEmpty()) {
                        return -1;
                    }
                    if (e.kind() == VerbPattern.Kind.COMPOUND && conjuncts(s).size() < 2) {
                        return -1;
                    }
                    bind[e.kind() == VerbPattern.Kind.SOURCE ? 0 : e.kind() == VerbPattern.Kind.TARGET ? 1 : 2] = s;
                    int last = slots.get(s).last();
                    return last + 1;
                }
                case SKIP:
                    return skipNounPhraseForward(p, end);
                default:
                    return -1;
            }
        }

        /** Matches {@code e} ending at {@code p}; returns the position before it (may be -1), or -2. */
        private int consumeBackward(VerbPattern.Element e, int p, int[] bind) {
            if (!upper[p]) {
                return -2;
            }
            switch (e.kind()) {
                case WORDS:
                    for (List<String> phrase : e.phrases()) {
                        int len = phrase.size();
                        if (p - len + 1 < 0) {
                            continue;
                        }
                        boolean ok = true;
                        for (int j = 0; j < len && ok; j++) {
                            ok = wordIs(p - len + 1 + j, phrase.get(j));
                        }
                        if (ok) {
                            bind[5] += len;
                            return p - len;
                        }
                    }
                    return -2;
                case SOURCE:
                case TARGET:
                case COMPOUND: {
                    int s = slotAt[p];
                    if (s < 0 || slots.get(s).last() != p || slots.get(s).code().isEmpty()) {
                        return -2;
                    }
                    if (e.kind() == VerbPattern.Kind.COMPOUND && conjuncts(s).size() < 2) {
                        return -2;
                    }
                    bind[e.kind() == VerbPattern.Kind.SOURCE ? 0 : e.kind() == VerbPattern.Kind.TARGET ? 1 : 2] = s;
                    return slots.get(s).first() - 1;
                }
                case SKIP:
                    return skipNounPhraseBackward(p);
                default:
                    return -2;
            }
        }

        private boolean wordIs(int i, String w) {
            return words[i].equals(w) || lemmas[i].equals(w);
        }

        private boolean nominal(int i) {
            String t = pos[i];
            return slotAt[i] >= 0 || t.startsWith("NN") || t.equals("PRP") || t.equals("CD");
        }

        private boolean npWord(int i) {
            String t = pos[i];
            return nominal(i) || t.startsWith("JJ") || t.equals("DT") || t.equals("PRP$") || t.equals("POS")
                    || t.equals("PDT");
        }

        private int skipNounPhraseForward(int p, int end) {
            int i = p;
            boolean noun = false;
            while (i <= end && npWord(i)) {
                noun |= nominal(i);
                i++;
            }
            return noun ? i : -1;
        }

        private int skipNounPhraseBackward(int p) {
            int i = p;
            boolean noun = false;
            while (i >= 0 && npWord(i)) {
                noun |= nominal(i);
                i--;
            }
            return noun ? i : -2;
        }

        // ---------------------------------------------------------------- sources and targets

        /** The slot and the slots conjoined with it ("Russia and Iran"), in text order. */
        List<Integer> conjuncts(int slot) {
            List<Integer> out = new ArrayList<>();
            out.add(slot);
            ActorSlot a = slots.get(slot);
            // climb from the slot's head to the first conjunct, then collect the conjuncts of every token of
            // the slot and of that first conjunct ("the ambassadors of Arnor, Osgiliath and Gondor")
            int root = slotHead(slot);
            while (root >= 0 && rel[root].equals("conj") && head[root] >= 0) {
                root = head[root];
            }
            List<Integer> heads = new ArrayList<>();
            heads.add(root);
            for (int t = a.first(); t <= a.last(); t++) {
                heads.add(t);
            }
            for (int h : heads) {
                for (int m : actorsOfNominal(h, true)) {
                    if (!out.contains(m)) {
                        out.add(m);
                    }
                }
            }
            out.sort((x, y) -> Integer.compare(slots.get(x).first(), slots.get(y).first()));
            return out;
        }

        int slotHead(int slot) {
            ActorSlot a = slots.get(slot);
            for (int i = a.first(); i <= a.last(); i++) {
                if (head[i] < a.first() || head[i] > a.last()) {
                    return i;
                }
            }
            return a.last();
        }

        /**
         * Coded actors a nominal token stands for: its own slot, else a slot among its modifiers (the Gondor
         * government, the president of Gondor); with {@code conj}, also those of its conjuncts.
         */
        List<Integer> actorsOfNominal(int t, boolean withConj) {
            return actorsOfNominal(t, withConj, new boolean[n]);
        }

        private List<Integer> actorsOfNominal(int t, boolean withConj, boolean[] seen) {
            List<Integer> out = new ArrayList<>();
            if (seen[t]) {
                return out;
            }
            seen[t] = true;
            int own = ownActor(t);
            if (own >= 0) {
                out.add(own);
            }
            if (withConj) {
                List<Integer> from = new ArrayList<>();
                from.add(t);
                if (own >= 0) {
                    for (int i = slots.get(own).first(); i <= slots.get(own).last(); i++) {
                        from.add(i);
                    }
                }
                for (int f : from) {
                    for (int c : children.get(f)) {
                        if (rel[c].equals("conj")) {
                            for (int a : actorsOfNominal(c, true, seen)) {
                                if (!out.contains(a)) {
                                    out.add(a);
                                }
                            }
                        }
                    }
                }
            }
            return out;
        }

        private int ownActor(int t) {
            return ownActor(t, 0);
        }

        private int ownActor(int t, int depth) {
            int s = slotAt[t];
            if (depth > 6) {
                return -1;
            }
            if (s >= 0 && slots.get(s).code().isPresent()) {
                return s;
            }
            for (String wanted : new String[] {"compound", "nmod:poss", "amod", "flat", "appos", "nmod", "dep"}) {
                for (int c : children.get(t)) {
                    if (rel[c].startsWith(wanted) && !(wanted.equals("nmod") && rel[c].equals("nmod:poss"))) {
                        int a = slotAt[c];
                        if (a >= 0 && slots.get(a).code().isPresent()) {
                            return a;
                        }
                        if (wanted.equals("nmod") || wanted.equals("appos") || wanted.equals("dep")) {
                            int deeper = ownActor(c, depth + 1);
                            if (deeper >= 0) {
                                return deeper;
                            }
                        }
                    }
                }
            }
            return -1;
        }

        /** The verb's clause-level governor chain: the token whose subject the verb shares. */
        List<Integer> sources(int v) {
            int t = v;
            boolean fromXcomp = false;
            for (int guard = 0; guard < 8 && t >= 0; guard++) {
                boolean passive = hasChild(t, "aux:pass") || hasChild(t, "nsubj:pass");
                if (passive && fromXcomp) {
                    // "Gollum was seen to break into ...": the passive subject does the xcomp's action
                    for (int c : children.get(t)) {
                        if (rel[c].equals("nsubj:pass")) {
                            return actorsOfNominal(c, true);
                        }
                    }
                }
                if (t == v && passiveSubjectSource && rel[t].equals("acl") && pos[t].equals("VBN") && head[t] >= 0
                        && !hasChild(t, "aux:pass") && !hasChild(t, "mark") && passiveAgent(t).isEmpty()) {
                    // "a woman believed linked to ...": a past participle's noun is its passive subject
                    return actorsOfNominal(head[t], false);
                }
                if (passive) {
                    List<Integer> agent = passiveAgent(t);
                    if (agent.isEmpty() && passiveSubjectSource && t == v) {
                        for (int c : children.get(t)) {
                            if (rel[c].equals("nsubj:pass")) {
                                return actorsOfNominal(c, true);
                            }
                        }
                    }
                    // not "Arnor is said to be about to ...", "it has been noted that ...": evidential passives
                    if (agent.isEmpty() && passiveSourceAfter && t == v && !hasChild(t, "xcomp")
                            && !hasChild(t, "ccomp")) {
                        int end = afterLimit(t, t);
                        for (int i = t + 1; i <= end && i < n; i++) {
                            if (slotAt[i] >= 0 && slots.get(slotAt[i]).code().isPresent()) {
                                return conjuncts(slotAt[i]);
                            }
                        }
                    }
                    return agent;
                }
                int subject = -1;
                for (int c : children.get(t)) {
                    if (rel[c].equals("nsubj") || rel[c].equals("csubj")) {
                        subject = c;
                        break;
                    }
                }
                if (subject >= 0) {
                    List<Integer> a = actorsOfNominal(subject, true);
                    // a pronoun subject of a reported or embedded clause is the governing clause's subject
                    // ("Ethiopia indicated it would act")
                    if (!a.isEmpty() || !isPronoun(subject) || !embedded(t)) {
                        return a;
                    }
                    t = head[t];
                    fromXcomp = false;
                    continue;
                }
                if (embedded(t) || rel[t].equals("conj") && head[t] >= 0) {
                    fromXcomp = rel[t].equals("xcomp");
                    t = head[t];
                    continue;
                }
                break;
            }
            return List.of();
        }

        /** Clauses whose missing or pronoun subject is the governing clause's. */
        private boolean embedded(int t) {
            if (head[t] < 0) {
                return false;
            }
            String r = rel[t];
            return r.equals("xcomp") || r.equals("ccomp") || r.equals("dep")
                    || r.equals("advcl") && isVerb(t) && !hasChild(t, "mark");
        }

        private boolean isPronoun(int t) {
            return pos[t].equals("PRP") && !words[t].equals("I") && !words[t].equals("YOU");
        }

        /** The "by" agent of a passive verb: an obl:agent, or a "by" phrase anywhere in its clause. */
        private List<Integer> passiveAgent(int t) {
            for (int c : children.get(t)) {
                if (rel[c].equals("obl:agent") || rel[c].equals("obl") && hasCaseWord(c, "BY")) {
                    List<Integer> a = actorsOfNominal(c, true);
                    if (!a.isEmpty()) {
                        return a;
                    }
                }
            }
            int end = afterLimit(t, t);
            for (int i = t + 1; i < end; i++) {
                if (words[i].equals("BY") && slotAt[i + 1] >= 0 && slots.get(slotAt[i + 1]).code().isPresent()) {
                    return conjuncts(slotAt[i + 1]);
                }
            }
            return List.of();
        }


        List<Integer> targets(int v, int vLast) {
            List<Integer> out = new ArrayList<>();
            boolean passive = hasChild(v, "aux:pass") || hasChild(v, "nsubj:pass");
            if (passive && !(passiveSubjectSource && passiveAgent(v).isEmpty())) {
                for (int c : children.get(v)) {
                    if (rel[c].equals("nsubj:pass")) {
                        out.addAll(actorsOfNominal(c, true));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
            // As TABARI does: the first coded actor after the verb in its clause.
            int end = afterLimit(v, vLast);
            for (int i = vLast + 1; i <= end; i++) {
                int a = slotAt[i];
                if (a >= 0 && slots.get(a).code().isPresent()) {
                    return conjuncts(a);
                }
            }
            // Objects placed before the verb
            for (int c : children.get(v)) {
                if (rel[c].equals("obj") || rel[c].equals("iobj") || rel[c].equals("obl")) {
                    List<Integer> a = actorsOfNominal(c, true);
                    if (!a.isEmpty()) {
                        return a;
                    }
                }
            }
            return out;
        }

        boolean hasChild(int t, String r) {
            for (int c : children.get(t)) {
                if (rel[c].equals(r)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasCaseWord(int t, String word) {
            for (int c : children.get(t)) {
                if (rel[c].equals("case") && words[c].equals(word)) {
                    return true;
                }
            }
            return false;
        }
    }
}
