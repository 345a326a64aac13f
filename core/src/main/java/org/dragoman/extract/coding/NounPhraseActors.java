package org.dragoman.extract.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dragoman.actors.ActorDictionary;


/**
 * Combines actor and agent phrases found in a sentence into one actor per noun phrase, the PETRARCH way:
 * "Dagolath's first Deputy Prime Minister Telemar" is one actor, Dagolath's code with the government agent
 * (DAGGOV); "soldiers from Gondor" GONMIL; an agent on a compound reaches each member ("the ambassadors of
 * Arnor, Osgiliath and Gondor": ARNGOV, OSGGOV, GONGOV). Noun phrases are read from the dependency tree.
 */
public final class NounPhraseActors {

    /**
     * A phrase found by a dictionary: tokens {@code first..last}, its actor code (already combined with an
     * agent when the dictionary matched both), the raw code of an agent in it ("~GOV", "NGO~") if any, and a
     * reference (the dictionary phrase).
     */
    public record Piece(int first, int last, Optional<String> actorCode, Optional<String> agentCode, String ref) {
    }

    private NounPhraseActors() {
    }

    /**
     * One slot per noun phrase holding pieces, in text order. A phrase with agents but no actor is uncoded
     * unless {@code agentsAlone}, when it gets the agent's code after PETRARCH's null country ("---GOV").
     */
    public static List<ActorSlot> merge(DepSentence sentence, List<Piece> pieces, boolean agentsAlone) {
        List<DepToken> tokens = sentence.tokens();
        int n = tokens.size();
        int[] pieceAt = new int[n];
        java.util.Arrays.fill(pieceAt, -1);
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.first() < 0 || p.last() >= n || p.first() > p.last()) {
                continue;
            }
            for (int t = p.first(); t <= p.last(); t++) {
                pieceAt[t] = i;
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.first() < 0 || p.last() >= n || p.first() > p.last()) {
                continue;
            }
            int root = root(tokens, pieces, pieceAt, head(tokens, p));
            groups.computeIfAbsent(root, k -> new ArrayList<>()).add(i);
        }
        // Group data: code, core (the actor code without the head noun's agent), agents, span
        Map<Integer, String[]> codes = new LinkedHashMap<>();
        Map<Integer, String> cores = new LinkedHashMap<>();
        Map<Integer, List<String>> agentsOf = new LinkedHashMap<>();
        Map<Integer, int[]> spans = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
            String code = null;
            List<String> agents = new ArrayList<>();
            int first = g.getKey();
            int last = g.getKey();
            StringBuilder ref = new StringBuilder();
            String headAgent = null;
            for (int i : g.getValue()) {
                Piece p = pieces.get(i);
                first = Math.min(first, p.first());
                last = Math.max(last, p.last());
                if (ref.length() > 0) {
                    ref.append(' ');
                }
                ref.append(p.ref());
                if (p.actorCode().isPresent() && code == null) {
                    code = p.actorCode().get();
                }
                p.agentCode().ifPresent(agents::add);
                if (p.first() <= g.getKey() && g.getKey() <= p.last()) {
                    headAgent = p.agentCode().orElse(null);
                }
            }
            for (int i : g.getValue()) {
                Piece p = pieces.get(i);
                if (p.actorCode().isEmpty() && p.agentCode().isPresent() && code != null) {
                    code = mix(code, p.agentCode().get());
                }
            }
            String core = code == null ? null : headAgent == null ? code : strip(code, headAgent);
            if (code == null && agentsAlone && !agents.isEmpty()) {
                code = "---" + agents.get(0).replace("~", "");
            }
            codes.put(g.getKey(), new String[] {code, ref.toString()});
            cores.put(g.getKey(), core);
            agentsOf.put(g.getKey(), agents);
            spans.put(g.getKey(), new int[] {first, last});
        }
        // An agent on the first member of a compound reaches the other members ("the ambassadors of Arnor,
        // Osgiliath and Gondor").
        Map<Integer, List<String>> receivers = new LinkedHashMap<>();
        for (Integer root : groups.keySet()) {
            List<String> agents = agentsOf.get(root);
            if (agents.isEmpty() || cores.get(root) == null) {
                continue;
            }
            int[] span = spans.get(root);
            for (Integer other : groups.keySet()) {
                if (other.equals(root) || !agentsOf.get(other).isEmpty() || codes.get(other)[0] == null) {
                    continue;
                }
                if (conjOf(tokens, other, span)) {
                    String c = codes.get(other)[0];
                    receivers.computeIfAbsent(root, k -> new ArrayList<>()).add(c);
                    for (String a : agents) {
                        c = mix(c, a);
                    }
                    codes.get(other)[0] = c;
                }
            }
        }
        // An agent alone conjoined with an actor's agent belongs to the same actors ("Danish media and
        // government": DNKMED, DNKGOV; "lawmakers and officials in Fornost and Gondor").
        for (Integer root : groups.keySet()) {
            if (cores.get(root) == null) {
                continue;
            }
            int[] span = spans.get(root);
            for (Integer other : groups.keySet()) {
                if (other.equals(root) || cores.get(other) != null || agentsOf.get(other).isEmpty()
                        || !conjOf(tokens, other, span)) {
                    continue;
                }
                List<String> all = new ArrayList<>();
                List<String> bases = new ArrayList<>();
                bases.add(cores.get(root));
                bases.addAll(receivers.getOrDefault(root, List.of()));
                for (String b : bases) {
                    String c = b;
                    for (String a : agentsOf.get(other)) {
                        c = mix(c, a);
                    }
                    all.add(c);
                }
                codes.get(other)[0] = String.join("/", all);
            }
        }
        List<ActorSlot> slots = new ArrayList<>();
        for (Integer root : groups.keySet()) {
            int[] span = spans.get(root);
            String[] c = codes.get(root);
            slots.add(new ActorSlot(span[0], span[1], Optional.ofNullable(c[0]), c[1]));
        }
        slots.sort((a, b) -> Integer.compare(a.first(), b.first()));
        // A phrase inside another ("Eriadori and Calenardhon leaders") stays, nested; crossing spans do not.
        List<ActorSlot> out = new ArrayList<>();
        for (ActorSlot s : slots) {
            boolean crosses = false;
            for (ActorSlot o : out) {
                boolean disjoint = s.last() < o.first() || o.last() < s.first();
                boolean nested = s.first() >= o.first() && s.last() <= o.last()
                        || o.first() >= s.first() && o.last() <= s.last();
                crosses |= !disjoint && !nested;
            }
            if (!crosses) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * An actor code with an agent code added the PETRARCH way ({@code ~GOV} appended, {@code NGO~}
     * prepended), unless the actor code already has that agent as one of its three-letter parts.
     */
    public static String mix(String actorCode, String agentCode) {
        boolean prefix = agentCode.endsWith("~");
        String agent = agentCode.replace("~", "");
        if (agent.isEmpty() || ActorDictionary.hasPart(actorCode, agent)) {
            return actorCode;
        }
        return prefix ? agent + actorCode : actorCode + agent;
    }

    /** {@code code} without the agent {@code agentCode} at its end ({@code ~GOV}) or start ({@code NGO~}). */
    static String strip(String code, String agentCode) {
        String agent = agentCode.replace("~", "");
        if (agent.isEmpty() || code.length() <= agent.length()) {
            return code;
        }
        if (agentCode.endsWith("~")) {
            return code.startsWith(agent) ? code.substring(agent.length()) : code;
        }
        return code.endsWith(agent) ? code.substring(0, code.length() - agent.length()) : code;
    }

    /** True when token {@code t} is a conjunct of a token inside {@code span} (or of the span's conjuncts). */
    private static boolean conjOf(List<DepToken> tokens, int t, int[] span) {
        int x = t;
        for (int guard = 0; guard < 10; guard++) {
            DepToken tok = tokens.get(x);
            if (!tok.rel().equals("conj") || tok.head() < 0) {
                return false;
            }
            x = tok.head();
            if (x >= span[0] && x <= span[1]) {
                return true;
            }
        }
        return false;
    }

    private static int head(List<DepToken> tokens, Piece p) {
        for (int t = p.first(); t <= p.last(); t++) {
            int h = tokens.get(t).head();
            if (h < p.first() || h > p.last()) {
                return t;
            }
        }
        return p.last();
    }

    /** The head of the noun phrase a piece's head token belongs to. */
    private static int root(List<DepToken> tokens, List<Piece> pieces, int[] pieceAt, int start) {
        int t = start;
        for (int guard = 0; guard < 12; guard++) {
            DepToken tok = tokens.get(t);
            int parent = tok.head();
            if (parent < 0 || parent >= tokens.size()) {
                return t;
            }
            String rel = tok.rel().toLowerCase(Locale.ROOT);
            boolean nominalParent = tokens.get(parent).pos().startsWith("NN") || pieceAt[parent] >= 0;
            if (!nominalParent) {
                return t;
            }
            boolean modifier = rel.equals("compound") || rel.startsWith("flat") || rel.equals("nmod:poss")
                    || rel.equals("amod") || rel.equals("name") || rel.equals("appos");
            boolean ofAgent = (rel.equals("nmod") || rel.equals("nmod:of") || rel.equals("nmod:from"))
                    && pieceAt[parent] >= 0 && pieces.get(pieceAt[parent]).actorCode().isEmpty();
            if (modifier || ofAgent) {
                t = parent;
            } else {
                return t;
            }
        }
        return t;
    }

    /**
     * PETRARCH's {@code new_actor_length} option: noun phrases the dictionaries do not know become actors of
     * their own, named by their text, when they have at most {@code maxWords} words ("the Ministry of Magic").
     * A phrase is a nominal head with its modifiers, without its own preposition, conjuncts, appositions,
     * clauses, punctuation and possessive markers; a phrase holding a known actor, a pronoun, or words that are
     * not contiguous in the text is not one. The new slots have the phrase's upper-cased text in double
     * quotes as their code, as PETRARCH writes them ({@code "THE MINISTRY OF MAGIC"}). {@code maxWords} 0 or
     * less gives none.
     */
    public static List<ActorSlot> newActors(DepSentence sentence, List<ActorSlot> known, int maxWords) {
        List<ActorSlot> out = new ArrayList<>();
        if (maxWords <= 0) {
            return out;
        }
        List<DepToken> tokens = sentence.tokens();
        int n = tokens.size();
        boolean[] covered = new boolean[n];
        for (ActorSlot a : known) {
            for (int t = Math.max(0, a.first()); t <= Math.min(n - 1, a.last()); t++) {
                covered[t] = true;
            }
        }
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (DepToken t : tokens) {
            if (t.head() >= 0 && t.head() < n) {
                children.get(t.head()).add(t.index());
            }
        }
        boolean[] taken = new boolean[n];
        for (DepToken head : tokens) {
            String rel = head.rel();
            if (!head.pos().startsWith("NN") || covered[head.index()] || taken[head.index()]
                    || rel.equals("compound") || rel.equals("flat") || rel.startsWith("nmod")
                    || rel.equals("fixed")) {
                continue; // only heads of whole noun phrases: a modifier belongs to its head's phrase
            }
            java.util.TreeSet<Integer> phrase = new java.util.TreeSet<>();
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
            todo.add(head.index());
            while (!todo.isEmpty()) {
                int t = todo.poll();
                if (!phrase.add(t)) {
                    continue; // a malformed parse with a cycle
                }
                for (int c : children.get(t)) {
                    String r = tokens.get(c).rel();
                    if (r.equals("conj") || r.equals("cc") || r.equals("punct") || r.equals("appos")
                            || r.startsWith("acl") || r.equals("parataxis") || r.startsWith("advcl")
                            || (t == head.index() && (r.equals("case") || r.equals("mark")))
                            || tokens.get(c).pos().equals("POS")) {
                        continue;
                    }
                    todo.add(c);
                }
            }
            boolean ok = phrase.size() <= maxWords;
            for (int t = phrase.first(); t <= phrase.last(); t++) {
                ok &= phrase.contains(t) || tokens.get(t).pos().equals("POS"); // "Gryffindor's head": one phrase
            }
            for (int t : phrase) {
                ok &= !covered[t] && !tokens.get(t).pos().startsWith("PRP") && !tokens.get(t).pos().startsWith("W");
            }
            if (!ok) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int t : phrase) {
                taken[t] = true;
                text.append(text.length() == 0 ? "" : " ").append(tokens.get(t).word().toUpperCase(Locale.ROOT));
            }
            out.add(new ActorSlot(phrase.first(), phrase.last(), Optional.of("\"" + text + "\""), text.toString()));
        }
        return out;
    }
}
