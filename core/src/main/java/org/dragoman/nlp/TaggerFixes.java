package org.dragoman.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dragoman.model.Token;

/**
 * Corrects part-of-speech errors of CoreNLP's default tagger that hide a reporting verb or its speaker from quote
 * attribution:
 * <ul>
 *   <li>a verb of intention taken for a plural noun after a singular subject ("The candidate plans/NNS to be back",
 *   "The party wants/NNS to");</li>
 *   <li>a verb of stance taken for a plural noun after a name and an adverb ("Sanders often questions/NNS Clinton's
 *   ties");</li>
 *   <li>"support" taken for a noun after a plural subject or a share ("college students polled support/NN Clinton",
 *   "40 percent support/NN Trump", "voters support/NN temporarily banning …");</li>
 *   <li>a possessive "’s" after a pronoun ("That’s/POS according to"), which is "is" or "has";</li>
 *   <li>a verb taken for a noun after a report whose subject follows a relative pronoun ("rules, which critics say
 *   target/NN renters");</li>
 *   <li>"both" taken for a conjunction after a subject ("Karzai and Ghani both/CC said");</li>
 *   <li>an adjective taken for the head of a subject right before its verb ("The general/JJ denied").</li>
 * </ul>
 * Only these words, only in these contexts; the lemma stays as the tagger gave it, but for the clitic, the plural
 * taken for a noun and the adjective taken for a noun.
 */
final class TaggerFixes {

    /**
     * Verbs of intention: the tagger may read their third person singular as a plural noun before "to" ("plans/NNS
     * to"), and the "to" after them as a preposition ("sought to/IN puncture/NN").
     */
    private static final Set<String> INTENTIONS = Set.of("plan", "want", "hope", "vow", "pledge", "aim", "intend",
            "promise", "threaten", "seek", "refuse", "need", "try", "decide");
    /** Verbs taking a clause that the tagger may read as a noun after "of the NOUN": "Supporters of the law hope …". */
    private static final Set<String> CLAUSE_NOUN_VERBS = Set.of("hope", "fear", "worry", "doubt");
    /** Verbs of demanding whose clause has its verb in the subjunctive: "demanded that parliament review it". */
    private static final Set<String> MANDATIVES = Set.of("demand", "insist", "propose", "recommend", "urge", "ask",
            "require", "request", "suggest", "order");
    /** Verbs whose past tense is spelled as their base form, which the tagger may read as the base form. */
    private static final Set<String> SAME_PAST = Set.of("fit", "put", "hit", "cut", "set", "let", "cost", "hurt",
            "spread", "quit", "shut", "split", "cast", "burst", "upset", "shed", "thrust", "broadcast", "forecast");
    /** Verbs after whose object a bare verb follows: "let the deal hit them", "made the result fit". */
    private static final Set<String> CAUSATIVES = Set.of("let", "make", "help", "have", "see", "watch", "hear", "bid");
    /** Verbs of stance the tagger may read as a singular noun after a plural subject. */
    private static final Set<String> STANCES = Set.of("support", "favor", "favour");
    /** Verbs of stance whose third person singular the tagger may read as a plural noun after an adverb. */
    private static final Set<String> STANCE_VERBS = Set.of("questions", "supports", "opposes", "favors", "backs",
            "criticizes", "attacks", "praises", "defends", "rejects");
    /**
     * Verbs in the third person a headline puts after a singular subject and before a participle on its object,
     * which the tagger may read as a plural noun: "President signs/NNS disputed/VBD finance law".
     */
    private static final Set<String> HEADLINE_VERBS = Set.of("signs", "vows", "rejects", "backs", "slams", "approves",
            "unveils", "defends", "blocks", "passes", "seeks", "orders", "bans", "lifts");
    /** Particles after which a verb in the third person is a noun: "brushed aside demands/VBZ that …". */
    private static final Set<String> PARTICLES = Set.of("aside", "off", "away");
    /** Tags that may open the object of a stance: a name, a determiner, a pronoun, a participle, an adverb. */
    private static final Set<String> OBJECT_OPENERS = Set.of("NNP", "NNPS", "DT", "PRP", "PRP$", "VBG", "RB", "CD");

    /** Words after which a tagged possessive "’s" can only be "is" or "has": "That’s", "it’s", "there’s". */
    private static final Set<String> CLITIC_HOSTS = Set.of("that", "this", "it", "there", "here", "what", "who",
            "he", "she", "where", "how");

    /** Verbs that report a clause whose subject may be a relative pronoun before them: "which critics say …". */
    private static final Set<String> REPORTING = Set.of("say", "claim", "believe", "argue", "think", "allege",
            "contend", "insist", "fear", "suspect", "charge", "warn");

    /** Past forms of verbs of speech that may open a sentence before their speaker and a quote: "Said Comey, “…”". */
    private static final java.util.Map<String, String> FRONTED_CUES = java.util.Map.ofEntries(
            java.util.Map.entry("said", "say"), java.util.Map.entry("added", "add"), java.util.Map.entry("stated", "state"),
            java.util.Map.entry("wrote", "write"), java.util.Map.entry("noted", "note"),
            java.util.Map.entry("explained", "explain"), java.util.Map.entry("continued", "continue"),
            java.util.Map.entry("replied", "reply"), java.util.Map.entry("responded", "respond"),
            java.util.Map.entry("declared", "declare"), java.util.Map.entry("insisted", "insist"),
            java.util.Map.entry("observed", "observe"), java.util.Map.entry("remarked", "remark"),
            java.util.Map.entry("tweeted", "tweet"), java.util.Map.entry("quipped", "quip"),
            java.util.Map.entry("concluded", "conclude"), java.util.Map.entry("countered", "counter"));

    private TaggerFixes() {
    }

    /**
     * Whether the sentence opens at token {@code i} with a verb of speech, its speaker, and a comma or colon before a
     * quotation: "Said Comey, “…”", "Stated Stone: “…”", "Added the mayor: “…”".
     */
    private static boolean frontedCue(List<Token> sentence, int i) {
        if (!FRONTED_CUES.containsKey(sentence.get(i).word().toLowerCase(Locale.ROOT))
                || !Character.isUpperCase(sentence.get(i).word().charAt(0))) {
            return false;
        }
        for (int j = i + 1; j + 1 < sentence.size() && j - i <= 8; j++) {
            String w = sentence.get(j).word();
            String pos = sentence.get(j).pos();
            if ((w.equals(",") || w.equals(":")) && j > i + 1) {
                return sentence.get(j + 1).pos().equals("``");
            }
            if (!(pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS")
                    || pos.equals("PRP$") || pos.equals("CD") || w.equals(","))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the noun at {@code i} follows a reporting verb whose subject follows a relative pronoun ("that some
     * say", "which critics said"), with an object after it: then it can only be the reported clause's verb, its
     * subject the relative pronoun.
     */
    private static boolean gapAfterReport(List<Token> sentence, int i) {
        Token cue = sentence.get(i - 1);
        if (!cue.pos().startsWith("VB") || !REPORTING.contains(cue.lemma().toLowerCase(Locale.ROOT))
                || !OBJECT_OPENERS.contains(sentence.get(i + 1).pos()) && !sentence.get(i + 1).pos().startsWith("NN")
                && !sentence.get(i + 1).pos().startsWith("JJ")) {
            return false;
        }
        for (int j = i - 2; j >= 1 && i - 2 - j < 4; j--) {
            String pos = sentence.get(j).pos();
            String w = sentence.get(j).word().toLowerCase(Locale.ROOT);
            if ((w.equals("that") || w.equals("which") || w.equals("who")) && (pos.equals("WDT") || pos.equals("WP")
                    || pos.equals("IN")) && j < i - 2) {
                return true;
            }
            if (!(pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD")
                    || pos.equals("PRP"))) {
                return false;
            }
        }
        return false;
    }

    /** The tokens of one sentence, in order, with the corrections made; the same list when none applies. */
    static List<Token> apply(List<Token> sentence) {
        List<Token> out = null;
        int first = 0;
        while (first + 1 < sentence.size() && sentence.get(first).pos().equals("''")) {
            first++; // (a closing mark the splitter left at the start)
        }
        if (first + 2 < sentence.size() && frontedCue(sentence, first) && !sentence.get(first).pos().equals("VBD")) {
            Token t = sentence.get(first);
            out = new ArrayList<>(sentence);
            out.set(first, new Token(t.index(), t.span(), t.word(), "VBD",
                    FRONTED_CUES.get(t.word().toLowerCase(Locale.ROOT)), t.ner()));
        }
        if (first + 1 < sentence.size() && pronounInName(sentence, first)) {
            Token t = sentence.get(first); // "He Yadong, the ministry's spokesman, said"
            out = out == null ? new ArrayList<>(sentence) : out;
            out.set(first, new Token(t.index(), t.span(), t.word(), "NNP", t.word(), "PERSON"));
        }
        for (int i = 0; i + 1 < sentence.size(); i++) {
            Token t = sentence.get(i);
            Token after = sentence.get(i + 1);
            if (t.pos().equals("''") && t.word().equals("''") && after.span().start() == t.span().end()
                    && (i == 0 || sentence.get(i - 1).span().end() < t.span().start())
                    && Character.isLetterOrDigit(after.word().charAt(0))) {
                out = out == null ? new ArrayList<>(sentence) : out; // "on NBC's ''Meet the Press''": two
                out.set(i, new Token(t.index(), t.span(), t.word(), "``", t.lemma(), t.ner())); // marks that open
            }
        }
        for (int i = 1; i + 1 < sentence.size(); i++) {
            Token t = sentence.get(i);
            String before = sentence.get(i - 1).pos();
            String fixed = null;
            String lemma = t.lemma();
            if (t.pos().equals("POS") && CLITIC_HOSTS.contains(sentence.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                fixed = "VBZ"; // "That’s according to …": a pronoun has no possessive "’s"
                lemma = sentence.get(i + 1).pos().equals("VBN") ? "have" : "be";
            } else if (t.pos().equals("NNS") && INTENTIONS.contains(t.lemma().toLowerCase(Locale.ROOT))
                    && t.word().toLowerCase(Locale.ROOT).endsWith("s") && (before.equals("NN") || before.equals("NNP"))
                    && i + 2 < sentence.size() && sentence.get(i + 1).word().equalsIgnoreCase("to")
                    && sentence.get(i + 2).pos().equals("VB")) {
                fixed = "VBZ"; // "The Republican presidential candidate plans to be back …"
            } else if (t.pos().equals("NNS") && STANCE_VERBS.contains(t.word().toLowerCase(Locale.ROOT))
                    && before.equals("RB") && i >= 2 && (sentence.get(i - 2).pos().startsWith("NNP")
                    || sentence.get(i - 2).pos().equals("PRP"))
                    && OBJECT_OPENERS.contains(sentence.get(i + 1).pos())) {
                fixed = "VBZ"; // "Sanders often questions/NNS Clinton's ties": a name, an adverb, a verb
                lemma = t.word().toLowerCase(Locale.ROOT).substring(0, t.word().length() - 1);
            } else if (t.pos().equals("NN") && STANCES.contains(t.word().toLowerCase(Locale.ROOT))
                    && (before.equals("NNS") || before.equals("NNPS") || (before.equals("VBN") || before.equals("VBD"))
                    && i >= 2 && sentence.get(i - 2).pos().startsWith("NNS") || isShare(sentence, i - 1))
                    && (OBJECT_OPENERS.contains(sentence.get(i + 1).pos()) || atLeast(sentence, i + 1))
                    || t.pos().equals("NN") && STANCES.contains(t.word().toLowerCase(Locale.ROOT))
                    && before.startsWith("NN") && i + 2 < sentence.size() && sentence.get(i + 1).pos().equals("RB")
                    && sentence.get(i + 2).pos().equals("VBG")) {
                // "19 percent of college students polled support Clinton", "40 percent support Trump", "the
                // senators surveyed/VBD support at least lowering …", "voters in five states voting Tuesday
                // support temporarily banning …" (an adverb and a gerund after it)
                fixed = "VBP";
            }
            if (t.pos().equals("IN") && t.word().equalsIgnoreCase("once") && (before.startsWith("NN") || before.equals("PRP"))
                    && (sentence.get(i + 1).pos().equals("VBN") || sentence.get(i + 1).pos().equals("VBD"))) {
                fixed = "RB"; // "whom the mayor once/IN described/VBN as …": an adverb, then the past verb
            } else if (t.pos().equals("VBN") && sentence.get(i - 1).word().equalsIgnoreCase("once")
                    && before.equals("IN") && i >= 2 && (sentence.get(i - 2).pos().startsWith("NN")
                    || sentence.get(i - 2).pos().equals("PRP"))) {
                fixed = "VBD";
            }
            if (fixed == null && t.pos().equals("NN") && CLAUSE_NOUN_VERBS.contains(t.word().toLowerCase(Locale.ROOT))
                    && before.startsWith("NN") && i >= 3 && sentence.get(i - 2).pos().equals("DT")
                    && sentence.get(i - 3).word().equalsIgnoreCase("of") && i + 2 < sentence.size()
                    && Set.of("DT", "PRP", "NNP").contains(sentence.get(i + 1).pos())
                    && Set.of("VBZ", "VBD", "VBP", "MD").contains(sentence.get(i + 2).pos())) {
                fixed = "VBP"; // "Supporters of the law hope/NN this is just a transition": a verb with its clause
                lemma = t.word().toLowerCase(Locale.ROOT);
            }
            if (fixed == null && t.pos().equals("IN") && t.word().equalsIgnoreCase("to") && infinitiveMistaken(sentence, i)) {
                fixed = "TO"; // "she sought to/IN puncture/NN his appeal": an intention, then its verb
            } else if (fixed == null && t.pos().equals("NN") && infinitiveMistaken(sentence, i - 1)) {
                fixed = "VB";
                lemma = t.word().toLowerCase(Locale.ROOT);
            }
            if (t.pos().equals("JJ") && t.word().equalsIgnoreCase("long") && isHave(sentence.get(i - 1))
                    && (sentence.get(i + 1).pos().equals("VBN") || sentence.get(i + 1).pos().equals("VBD"))) {
                fixed = "RB"; // "who has long/JJ opposed/VBD the tax": an adverb, then the participle
            } else if (t.pos().equals("VBD") && i >= 2 && sentence.get(i - 1).word().equalsIgnoreCase("long")
                    && isHave(sentence.get(i - 2))) {
                fixed = "VBN";
            }
            if (fixed == null && (t.pos().equals("NN") || t.pos().equals("NNS")) && gapAfterReport(sentence, i)) {
                // "laws that some say target/NN Muslims", "rules, which critics say targets/NNS renters": the
                // relative pronoun is the subject of the reported verb
                boolean third = t.pos().equals("NNS") && t.word().toLowerCase(Locale.ROOT).endsWith("s");
                fixed = third ? "VBZ" : "VBP";
                lemma = third ? t.word().toLowerCase(Locale.ROOT).substring(0, t.word().length() - 1)
                        : t.word().toLowerCase(Locale.ROOT);
            }
            String next = sentence.get(i + 1).pos();
            boolean finiteNext = next.equals("VBD") || next.equals("VBZ") || next.equals("VBP") || next.equals("MD");
            if (fixed == null && t.pos().equals("CC") && t.word().equalsIgnoreCase("both") && finiteNext
                    && (before.startsWith("NN") || before.equals("PRP"))) {
                fixed = "DT"; // "Karzai and Ghani both/CC said": a quantifier after the subject, no conjunction
            } else if (fixed == null && t.pos().equals("JJ") && before.equals("DT") && finiteNext
                    && Set.of("the", "a", "an").contains(sentence.get(i - 1).word().toLowerCase(Locale.ROOT))
                    && Character.isLowerCase(t.word().charAt(0))) {
                fixed = "NN"; // "The general/JJ denied that …": an adjective before a verb heads its noun phrase
                lemma = t.word().toLowerCase(Locale.ROOT);
            }
            if (fixed == null && t.pos().equals("UH") && Character.isUpperCase(t.word().charAt(0))
                    && sentence.get(i + 1).pos().startsWith("NNP") && sentence.get(i + 1).ner().equals("PERSON")) {
                fixed = "NNP"; // "said Um/UH Khaled": an interjection's spelling opening a name
                lemma = t.word();
            }
            if (fixed == null && pronounInName(sentence, i)) {
                fixed = "NNP"; // "the spokesman, He/PRP Yadong, said": a family name spelled like a pronoun
                lemma = t.word();
            }
            if (fixed == null && t.pos().equals("VBZ") && t.word().endsWith("s") && t.word().length() > 3
                    && (before.equals("PRP$") || Set.of("the", "dozen", "hundred", "thousand", "million")
                    .contains(sentence.get(i - 1).word().toLowerCase(Locale.ROOT)))) {
                // "in the dozen states/VBZ that held primaries": a plural noun after a number or "the" (not "One
                // says", "this provides", which are subjects)
                fixed = "NNS";
                lemma = t.word().substring(0, t.word().length() - 1).toLowerCase(Locale.ROOT);
            }
            if (fixed == null && pastSpelledAsBase(sentence, i)) {
                fixed = "VBD"; // "said the result fit/VB a long pattern": a past whose spelling is the base form
            }
            if (fixed == null && t.pos().equals("NN") && subjunctiveAfter(sentence, i)) {
                fixed = "VBP"; // "demanded that parliament review/NN it": the verb of a demand, in the subjunctive
                lemma = t.word().toLowerCase(Locale.ROOT);
            }
            if (fixed == null && t.pos().startsWith("VB") && Set.of("show", "programme", "program")
                    .contains(t.word().toLowerCase(Locale.ROOT)) && i >= 2 && sentence.get(i - 2).pos().equals("POS")
                    && Character.isUpperCase(sentence.get(i - 1).word().charAt(0))) {
                fixed = "NN"; // "told NBC's Today show/VBP that …": a named show of a network
                lemma = t.word().toLowerCase(Locale.ROOT);
            }
            String word = t.word().toLowerCase(Locale.ROOT);
            if (fixed == null && t.pos().equals("NNS") && HEADLINE_VERBS.contains(word)
                    && (before.equals("NN") || before.equals("NNP")) && headlineParticiple(sentence, i + 1)) {
                fixed = "VBZ"; // "Kenya's president signs/NNS disputed finance law"
                lemma = word.substring(0, word.length() - (word.endsWith("sses") ? 2 : 1)); // "passes": "pass"
            } else if (fixed == null && (t.pos().equals("VBD") || t.pos().equals("VBN")) && i >= 2
                    && sentence.get(i - 1).pos().equals("NNS")
                    && HEADLINE_VERBS.contains(sentence.get(i - 1).word().toLowerCase(Locale.ROOT))
                    && (sentence.get(i - 2).pos().equals("NN") || sentence.get(i - 2).pos().equals("NNP"))
                    && headlineParticiple(sentence, i)) {
                fixed = "JJ"; // "signs disputed/VBD finance law": the participle is the object's adjective
                lemma = word;
            }
            if (fixed == null && t.pos().equals("VBZ") && i >= 2 && PARTICLES.contains(sentence.get(i - 1).word()
                    .toLowerCase(Locale.ROOT)) && sentence.get(i - 2).pos().equals("VBD") && word.endsWith("s")) {
                fixed = "NNS"; // "brushed aside demands/VBZ that she apologize": the object, a plural noun
                lemma = word.substring(0, word.length() - 1);
            }
            if (fixed != null) {
                out = out == null ? new ArrayList<>(sentence) : out;
                String ner = fixed.equals("NNP") && t.pos().equals("PRP") ? "PERSON" : t.ner();
                out.set(i, new Token(t.index(), t.span(), t.word(), fixed, lemma, ner));
            }
        }
        return out == null ? sentence : out;
    }

    /**
     * Whether token {@code to} is "to/IN" after a verb of intention and before a singular noun that is followed by
     * the start of a noun phrase: the tagger's reading of an infinitive ("sought to/IN puncture/NN his appeal").
     */
    private static boolean infinitiveMistaken(List<Token> sentence, int to) {
        if (to < 1 || to + 2 >= sentence.size() || !sentence.get(to).word().equalsIgnoreCase("to")
                || !sentence.get(to).pos().equals("IN")) {
            return false;
        }
        Token verb = sentence.get(to - 1);
        return verb.pos().startsWith("VB") && INTENTIONS.contains(verb.lemma().toLowerCase(Locale.ROOT))
                && sentence.get(to + 1).pos().equals("NN")
                && Set.of("PRP$", "DT", "NNP").contains(sentence.get(to + 2).pos());
    }

    /**
     * Whether the base form at {@code i} is a past tense spelled the same ("the result fit/VB a pattern", "the ruling
     * cut/VB aid"): right after a singular subject, which would need "fits" in the present, and not the bare verb
     * of a demand ("demanded that the board cut costs") or of a verb that makes or lets ("let the deal hit them").
     */
    private static boolean pastSpelledAsBase(List<Token> sentence, int i) {
        Token t = sentence.get(i);
        Token subject = sentence.get(i - 1);
        if (!t.pos().equals("VB") || !SAME_PAST.contains(t.word())
                || !(subject.pos().equals("NN") || subject.pos().equals("NNP")
                        || Set.of("he", "she", "it").contains(subject.word().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        int j = i - 1;
        while (j > 0 && Set.of("NN", "NNP", "NNPS", "DT", "JJ", "PRP$", "POS", "CD").contains(sentence.get(j).pos())) {
            j--;
        }
        Token before = sentence.get(j);
        if (before.word().equalsIgnoreCase("that") && j > 0) {
            before = sentence.get(j - 1);
        }
        String lemma = before.lemma().toLowerCase(Locale.ROOT);
        return !(before.pos().startsWith("VB") && (MANDATIVES.contains(lemma) || CAUSATIVES.contains(lemma)))
                && !before.pos().equals("MD") && !before.pos().equals("TO");
    }

    /**
     * Whether the noun at {@code i} is the bare verb of a demand's clause: after "that" and the clause's short subject,
     * with an object after it ("insisted that the board review it", "demanded that Israel halt the strikes").
     */
    private static boolean subjunctiveAfter(List<Token> sentence, int i) {
        if (i + 1 >= sentence.size() || !Set.of("PRP", "DT", "PRP$", "NNP").contains(sentence.get(i + 1).pos())
                || !Character.isLowerCase(sentence.get(i).word().charAt(0))) {
            return false;
        }
        for (int j = i - 1; j >= 1 && i - j <= 4; j--) {
            Token w = sentence.get(j);
            if (w.word().equalsIgnoreCase("that")) {
                return j < i - 1 && MANDATIVES.contains(sentence.get(j - 1).lemma().toLowerCase(Locale.ROOT))
                        && sentence.get(j - 1).pos().startsWith("VB") && sentence.get(i - 1).pos().startsWith("NN");
            }
            if (!(w.pos().startsWith("NN") || w.pos().equals("DT") || w.pos().startsWith("JJ"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the pronoun at {@code i} opens a person's name: "He Yadong", "He Lifeng". The recognizer may leave the
     * family name out ("He/O Yongqing/PERSON"), but no pronoun stands right before a name, so "He" does too.
     */
    private static boolean pronounInName(List<Token> sentence, int i) {
        Token t = sentence.get(i);
        return t.pos().equals("PRP") && (t.ner().equals("PERSON") || t.word().equals("He"))
                && Character.isUpperCase(t.word().charAt(0))
                && sentence.get(i + 1).pos().startsWith("NNP") && sentence.get(i + 1).ner().equals("PERSON");
    }

    /** Whether a past form at {@code i} stands before a noun phrase of common nouns: "disputed finance law". */
    private static boolean headlineParticiple(List<Token> sentence, int i) {
        return i + 1 < sentence.size() && (sentence.get(i).pos().equals("VBD") || sentence.get(i).pos().equals("VBN"))
                && sentence.get(i + 1).pos().startsWith("NN") && !sentence.get(i + 1).pos().startsWith("NNP");
    }

    /** Whether {@code t} is a form of "have" as an auxiliary: "has", "had", "’ve". */
    private static boolean isHave(Token t) {
        return t.pos().startsWith("VB") && t.lemma().equalsIgnoreCase("have");
    }

    /** Whether token {@code i} is "percent" or "%" after a number: a share of people, plural in meaning. */
    private static boolean isShare(List<Token> sentence, int i) {
        String w = sentence.get(i).word();
        return (w.equalsIgnoreCase("percent") || w.equals("%")) && i >= 1 && sentence.get(i - 1).pos().equals("CD");
    }

    /** Whether "at least" or "at most" starts at token {@code i}. */
    private static boolean atLeast(List<Token> sentence, int i) {
        return i + 1 < sentence.size() && sentence.get(i).word().equalsIgnoreCase("at")
                && (sentence.get(i + 1).word().equalsIgnoreCase("least") || sentence.get(i + 1).word().equalsIgnoreCase("most"));
    }
}
