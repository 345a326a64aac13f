package org.dragoman.extract.coding;

import org.dragoman.extract.SentenceCoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Codes the clauses of a dependency parse with a {@link VerbLexicon}: each verb of the lexicon whose clause has
 * an actor as subject becomes one event per (source, target) pair. The source is the actor of the subject
 * (inherited from the governing verb by infinitives, coordinated verbs and participles; the {@code by} phrase of
 * a passive), the target the actor of the indirect object, object or a prepositional phrase (against, on, at,
 * to, into, with; in, for attacks), or of a prepositional phrase of the object ("attacks on Tel Aviv"); the
 * passive subject is the target. Conjoined actors ("Russia and Iran") give one event each. The code is that of
 * the longest pattern of the verb matching the clause's lemmas, else the verb's own. Immutable, thread-safe.
 */
public final class ClauseCoder implements SentenceCoder {

    private static final Set<String> TARGET_PREPS = Set.of("against", "on", "at", "to", "into", "with", "toward",
            "towards", "upon", "onto");
    private static final Set<String> FORCE_PREPS = Set.of("in", "inside", "across", "over");
    /** Modifiers inside a noun phrase that can hold the actor of the phrase ("Russia's military"). */
    private static final Set<String> NOUN_MODIFIERS = Set.of("compound", "amod", "nmod:poss", "flat", "appos",
            "det", "nmod", "nummod");

    private final VerbLexicon lexicon;

    /** A coder with the given verb dictionary. */
    public ClauseCoder(VerbLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean mayCode(String lemma) {
        return lexicon.hasHead(lemma.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean mayCode(String lemma, Set<String> words) {
        return lexicon.mayCode(lemma.toLowerCase(Locale.ROOT), words);
    }

    @Override
    public boolean mayCodeAlone(String lemma, Set<String> words) {
        return lexicon.mayCodeAlone(lemma.toLowerCase(Locale.ROOT), words);
    }

    @Override
    public List<CodedEvent> code(DepSentence sentence, List<ActorSlot> actors) {
        List<DepToken> tokens = sentence.tokens();
        List<CodedEvent> events = new ArrayList<>();
        if (tokens.isEmpty() || actors.isEmpty()) {
            return events;
        }
        DepTree tree = new DepTree(tokens);
        for (DepToken t : tokens) {
            if (!t.pos().startsWith("VB") || !mayCode(t.lemma())) {
                continue;
            }
            Optional<VerbLexicon.Verb> verb = verbOf(tree, t);
            if (verb.isEmpty()) {
                continue;
            }
            List<Integer> clause = tree.clause(t.index());
            String code = codeOf(verb.get(), tree, t.index(), clause);
            if (code.isEmpty() || code.startsWith("-")) {
                continue;
            }
            boolean passive = tree.has(t.index(), "nsubj:pass") || tree.has(t.index(), "aux:pass");
            List<ActorSlot> sources = passive ? agents(tree, t.index(), actors) : subjects(tree, t.index(), actors);
            if (sources.isEmpty()) {
                continue;
            }
            List<ActorSlot> targets = passive
                    ? actorsOf(tree, tree.child(t.index(), "nsubj:pass"), actors)
                    : targets(tree, t.index(), actors, code.startsWith("18") || code.startsWith("19")
                            || code.startsWith("20"));
            int first = clause.stream().mapToInt(Integer::intValue).min().orElse(t.index());
            int last = clause.stream().mapToInt(Integer::intValue).max().orElse(t.index());
            for (ActorSlot source : sources) {
                int f = Math.min(first, source.first());
                int l = Math.max(last, source.last());
                if (targets.isEmpty()) {
                    events.add(new CodedEvent(t.index(), code, source, Optional.empty(), f, l));
                }
                for (ActorSlot target : targets) {
                    if (target.ref().equals(source.ref())) {
                        continue;
                    }
                    events.add(new CodedEvent(t.index(), code, source, Optional.of(target),
                            Math.min(f, target.first()), Math.max(l, target.last())));
                }
            }
        }
        return events;
    }

    /** The verb entry: a phrasal verb with its particle or preposition first, then the lemma alone. */
    private Optional<VerbLexicon.Verb> verbOf(DepTree tree, DepToken t) {
        String lemma = t.lemma().toUpperCase(Locale.ROOT);
        for (int c : tree.children(t.index())) {
            DepToken child = tree.token(c);
            String key = null;
            if (child.rel().equals("compound:prt") || child.rel().equals("advmod") && child.index() == t.index() + 1) {
                // "hit back at": the parser may read the particle as an adverb
                key = lemma + "_" + child.word().toUpperCase(Locale.ROOT);
            } else if (child.rel().startsWith("obl")) {
                int prep = tree.child(c, "case");
                if (prep >= 0) {
                    key = lemma + "_" + tree.token(prep).word().toUpperCase(Locale.ROOT);
                }
            }
            if (key != null) {
                Optional<VerbLexicon.Verb> v = lexicon.verb(key);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return lexicon.verb(lemma);
    }

    private static String codeOf(VerbLexicon.Verb verb, DepTree tree, int v, List<Integer> clause) {
        VerbLexicon.Pattern best = null;
        for (VerbLexicon.Pattern p : verb.patterns()) {
            if ((best == null || specificity(p) > specificity(best)) && matches(p, tree, v, clause)) {
                best = p;
            }
        }
        return best != null ? best.code() : verb.code();
    }

    /**
     * Longer patterns first; between patterns of one length, the one with more words other than prepositions
     * ("attacked the plan on Monday": "* &POLICY" over "* (ON +)").
     */
    private static int specificity(VerbLexicon.Pattern p) {
        int words = 0;
        for (List<Set<String>> side : List.of(p.before(), p.after())) {
            for (Set<String> w : side) {
                if (w.stream().noneMatch(x -> x.startsWith("("))) {
                    words++;
                }
            }
        }
        return 2 * p.length() + words;
    }

    private static boolean matches(VerbLexicon.Pattern p, DepTree tree, int v, List<Integer> clause) {
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (int i : clause) {
            if (i < v) {
                before.add(i);
            } else if (i > v) {
                after.add(i);
            }
        }
        return inOrder(p.before(), before, tree, v) && inOrder(p.after(), after, tree, v);
    }

    private static boolean inOrder(List<Set<String>> words, List<Integer> positions, DepTree tree, int v) {
        int at = 0;
        for (Set<String> w : words) {
            boolean found = false;
            while (at < positions.size()) {
                DepToken t = tree.token(positions.get(at++));
                String word = t.word().toUpperCase(Locale.ROOT);
                if (w.contains(t.lemma().toUpperCase(Locale.ROOT)) || w.contains(word)
                        || w.contains("(" + word) && prepositionOf(tree, t, v)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** True if the token marks a phrase of the verb itself ("called for talks", not "called a choice for X"). */
    private static boolean prepositionOf(DepTree tree, DepToken t, int v) {
        if (!t.rel().equals("case") && !t.rel().equals("mark") || t.head() < 0) {
            return false;
        }
        return tree.token(t.head()).head() == v;
    }

    /** Subject actors: the verb's own subject, else the governing verb's for infinitives and coordination. */
    private static List<ActorSlot> subjects(DepTree tree, int v, List<ActorSlot> actors) {
        for (int depth = 0; v >= 0 && depth < 6; depth++) {
            int subject = tree.child(v, "nsubj");
            if (subject < 0) {
                subject = tree.child(v, "nsubj:pass");
            }
            if (subject >= 0) {
                List<ActorSlot> found = actorsOf(tree, subject, actors);
                coSubject(tree, v, subject, actors).filter(s -> found.stream().noneMatch(f -> f.ref().equals(s.ref())))
                        .ifPresent(s -> found.add(0, s));
                return found;
            }
            DepToken t = tree.token(v);
            if (t.rel().equals("xcomp") && t.head() >= 0) {
                // object control: in "urged Scholz to send missiles" Scholz, not Merz, would send them
                int object = tree.child(t.head(), "obj");
                if (object < 0) {
                    object = tree.child(t.head(), "iobj");
                }
                if (object >= 0 && object < v) {
                    return actorsOf(tree, object, actors);
                }
            }
            boolean inherits = t.rel().equals("xcomp") || t.rel().equals("conj")
                    || t.rel().equals("advcl") && t.pos().equals("VBG");
            if (!inherits) {
                return List.of();
            }
            v = t.head();
        }
        return List.of();
    }

    /**
     * A first conjunct the parser attached elsewhere: in "hours before X, the Ukrainian president, and Y were
     * expected to", the verb's subject is Y and its "and" precedes it, while X hangs off "before". X (through
     * an apposition) is the word before the comma before that "and".
     */
    private static Optional<ActorSlot> coSubject(DepTree tree, int v, int subject, List<ActorSlot> actors) {
        int cc = -1;
        for (int c : tree.children(v)) {
            if (tree.token(c).rel().equals("cc") && c < subject && c > 1) {
                cc = c;
            }
        }
        if (cc < 0) {
            return Optional.empty();
        }
        int t = cc - 1;
        if (!tree.token(t).word().equals(",")) {
            return Optional.empty();
        }
        t = t - 1;
        for (int depth = 0; depth < 4 && t >= 0; depth++) {
            String rel = tree.token(t).rel();
            if (!(rel.equals("appos") || rel.equals("amod") || rel.equals("det") || rel.equals("compound")
                    || rel.equals("flat") || rel.equals("nmod:poss")) || tree.token(t).head() < 0) {
                break;
            }
            t = tree.token(t).head();
        }
        if (t < 0 || t >= cc || !tree.token(t).pos().startsWith("NN")) {
            return Optional.empty();
        }
        return slotOf(tree, t, actors);
    }

    /** The by-phrase of a passive verb. */
    private static List<ActorSlot> agents(DepTree tree, int v, List<ActorSlot> actors) {
        for (int c : tree.children(v)) {
            String rel = tree.token(c).rel();
            if ((rel.startsWith("obl") || rel.startsWith("nmod")) && "by".equalsIgnoreCase(tree.prep(c))) {
                return actorsOf(tree, c, actors);
            }
        }
        return List.of();
    }

    private static List<ActorSlot> targets(DepTree tree, int v, List<ActorSlot> actors, boolean force) {
        for (String rel : List.of("iobj", "obj")) {
            int c = tree.child(v, rel);
            if (c >= 0) {
                List<ActorSlot> found = actorsOf(tree, c, actors);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        List<Integer> phrases = new ArrayList<>();
        for (int c : tree.children(v)) {
            if (tree.token(c).rel().startsWith("obl")) {
                phrases.add(c);
            }
        }
        int object = tree.child(v, "obj");
        if (object >= 0) {
            for (int c : tree.children(object)) {
                if (tree.token(c).rel().startsWith("nmod")) {
                    phrases.add(c);
                }
            }
        }
        for (int c : phrases) {
            String prep = tree.prep(c).toLowerCase(Locale.ROOT);
            if (TARGET_PREPS.contains(prep) || force && FORCE_PREPS.contains(prep)) {
                List<ActorSlot> found = actorsOf(tree, c, actors);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** The actors a noun phrase headed by {@code head} names, with those of its conjuncts. */
    private static List<ActorSlot> actorsOf(DepTree tree, int head, List<ActorSlot> actors) {
        List<ActorSlot> out = new ArrayList<>();
        if (head < 0) {
            return out;
        }
        List<Integer> heads = new ArrayList<>();
        heads.add(head);
        for (int c : tree.children(head)) {
            if (tree.token(c).rel().equals("conj")) {
                heads.add(c);
            }
        }
        for (int h : heads) {
            slotOf(tree, h, actors).filter(s -> out.stream().noneMatch(o -> o.ref().equals(s.ref())))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** The actor covering the head word, else one in its noun modifiers ("Russia's military"). */
    private static Optional<ActorSlot> slotOf(DepTree tree, int head, List<ActorSlot> actors) {
        for (ActorSlot s : actors) {
            if (s.first() <= head && head <= s.last()) {
                return Optional.of(s);
            }
        }
        for (int c : tree.children(head)) {
            if (!NOUN_MODIFIERS.contains(tree.token(c).rel()) || tree.token(c).rel().equals("nmod")
                    && !"of".equalsIgnoreCase(tree.prep(c))) {
                continue;
            }
            for (ActorSlot s : actors) {
                if (s.first() <= c && c <= s.last()) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }
}
