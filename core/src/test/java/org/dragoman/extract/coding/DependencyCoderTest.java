package org.dragoman.extract.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dragoman.actors.DictionaryProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phenomenon tests on hand-made dependency parses of sentences written for these tests. */
class DependencyCoderTest {

    @TempDir
    Path dir;

    DependencyCoder coder;

    @BeforeEach
    void dictionary() throws IOException {
        Path verbs = dir.resolve("verbs.txt");
        Files.writeString(verbs, """
                &SANCTIONS
                +SANCTION
                +EMBARGO

                --- ATTACK [190] ---
                ATTACK
                --- IMPOSE [---] ---
                IMPOSE
                - * NEW &SANCTIONS [163]
                --- MEET [036:036] ---
                MEET {MET}
                --- WARN [130] ---
                WARN
                - * $ ABOUT + [131]
                --- TALK [030] ---
                TALK
                - % * [031]
                --- CALL [---] ---
                +CALL_OFF {+CALLED_OFF}
                - * TALKS [161]
                """);
        Path discards = dir.resolve("discards.txt");
        Files.writeString(discards, "FOOTBALL\n");
        List<DictionaryProblem> problems = new ArrayList<>();
        coder = new DependencyCoder(VerbDictionary.read(List.of(verbs), problems),
                Discards.read(List.of(discards), problems));
        assertThat(problems).isEmpty();
    }

    /** Tokens as "word/TAG/head/rel" (head is a 0-based index, -1 for the root). */
    static DepSentence parse(String spec) {
        List<DepToken> tokens = new ArrayList<>();
        String[] parts = spec.trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/");
            tokens.add(new DepToken(i, f[0], f[0].toLowerCase(), f[1], Integer.parseInt(f[2]), f[3], -1, -1));
        }
        return new DepSentence(tokens);
    }

    static ActorSlot actor(int first, int last, String code) {
        return new ActorSlot(first, last, Optional.of(code), code.toLowerCase());
    }

    static List<String> codes(List<CodedEvent> events) {
        return events.stream().map(e -> e.code() + " " + e.source().code().orElse("-") + " "
                + e.target().flatMap(ActorSlot::code).orElse("-")).toList();
    }

    @Test
    void subjectIsSourceAndObjectTarget() {
        DepSentence s = parse("Russia/NNP/1/nsubj attacked/VBD/-1/root Ukraine/NNP/1/obj ./PUNCT/1/punct");
        assertThat(codes(coder.code(s, List.of(actor(0, 0, "RUS"), actor(2, 2, "UKR"))))).containsExactly("190 RUS UKR");
    }

    @Test
    void passiveByAgentIsTheSource() {
        DepSentence s = parse("Kyiv/NNP/2/nsubj:pass was/VBD/2/aux:pass attacked/VBN/-1/root by/IN/4/case "
                + "Russia/NNP/2/obl:agent");
        assertThat(codes(coder.code(s, List.of(actor(0, 0, "UKR"), actor(4, 4, "RUS"))))).containsExactly("190 RUS UKR");
    }

    @Test
    void passiveWithoutAgentCodesNothing() {
        DepSentence s = parse("Kyiv/NNP/2/nsubj:pass was/VBD/2/aux:pass attacked/VBN/-1/root overnight/RB/2/advmod");
        assertThat(coder.code(s, List.of(actor(0, 0, "UKR")))).isEmpty();
    }

    @Test
    void petrarchReadsAnAgentlessPassiveWithItsSubjectAsSource() {
        // "Hungary was warned over its dispute with Austria"
        DepSentence s = parse("Hungary/NNP/2/nsubj:pass was/VBD/2/aux:pass warned/VBN/-1/root over/IN/5/case "
                + "its/PRP$/5/nmod:poss dispute/NN/2/obl with/IN/7/case Austria/NNP/5/nmod");
        List<ActorSlot> actors = List.of(actor(0, 0, "HUN"), actor(7, 7, "AUT"));
        assertThat(coder.code(s, actors)).isEmpty();
        assertThat(codes(coder.passiveSubjectSource(true).code(s, actors))).containsExactly("130 HUN AUT");
        // UniversalPetrarch's reading: the subject is the target, the actor after the verb the source
        assertThat(codes(coder.passiveSourceAfter(true).code(s, actors))).containsExactly("130 AUT HUN");
        // with a "by" agent the reading is the same either way
        DepSentence by = parse("Kyiv/NNP/2/nsubj:pass was/VBD/2/aux:pass attacked/VBN/-1/root by/IN/4/case "
                + "Russia/NNP/2/obl:agent");
        List<ActorSlot> two = List.of(actor(0, 0, "UKR"), actor(4, 4, "RUS"));
        assertThat(codes(coder.passiveSubjectSource(true).code(by, two))).containsExactly("190 RUS UKR");
    }

    @Test
    void petrarchReadsAReducedRelativeWithItsNounAsSource() {
        // "a Serbian envoy warned about Kosovo left": the participle's noun is its passive subject
        DepSentence s = parse("a/DT/2/det Serbian/JJ/2/amod envoy/NN/6/nsubj warned/VBN/2/acl about/IN/5/case "
                + "Kosovo/NNP/3/obl left/VBD/-1/root");
        List<ActorSlot> actors = List.of(actor(1, 2, "SRB"), actor(5, 5, "KOS"));
        assertThat(codes(coder.passiveSubjectSource(true).code(s, actors))).containsExactly("130 SRB KOS");
    }

    @Test
    void aOneSidedEventInAnAdverbialClauseOfACodedVerbIsItsBackground() {
        // "Chile attacked Peru years after Bolivia attacked." (require_dyad false)
        DepSentence s = parse("Chile/NNP/1/nsubj attacked/VBD/-1/root Peru/NNP/1/obj years/NNS/6/obl:npmod "
                + "after/IN/6/mark Bolivia/NNP/6/nsubj attacked/VBD/1/advcl ./PUNCT/1/punct");
        List<ActorSlot> actors = List.of(actor(0, 0, "CHL"), actor(2, 2, "PER"), actor(5, 5, "BOL"));
        assertThat(codes(coder.requireDyad(false).code(s, actors))).containsExactly("190 CHL PER");
        // when the governing verb codes nothing, the clause's event stands
        DepSentence quiet = parse("Chile/NNP/1/nsubj slept/VBD/-1/root years/NNS/5/obl:npmod "
                + "after/IN/5/mark Bolivia/NNP/5/nsubj attacked/VBD/1/advcl ./PUNCT/1/punct");
        List<ActorSlot> two = List.of(actor(0, 0, "CHL"), actor(4, 4, "BOL"));
        assertThat(codes(coder.requireDyad(false).code(quiet, two))).containsExactly("190 BOL -");
    }

    @Test
    void compoundSourceGivesOneEventPerPair() {
        DepSentence s = parse("Russia/NNP/3/nsubj and/CC/2/cc Iran/NNP/0/conj attacked/VBD/-1/root "
                + "Israel/NNP/3/obj and/CC/6/cc Ukraine/NNP/4/conj");
        List<ActorSlot> actors = List.of(actor(0, 0, "RUS"), actor(2, 2, "IRN"), actor(4, 4, "ISR"), actor(6, 6, "UKR"));
        assertThat(codes(coder.code(s, actors))).containsExactlyInAnyOrder("190 RUS ISR", "190 RUS UKR", "190 IRN ISR",
                "190 IRN UKR");
    }

    @Test
    void patternWithSynsetOverridesTheDefaultCode() {
        DepSentence s = parse("Washington/NNP/1/nsubj imposed/VBD/-1/root new/JJ/3/amod sanctions/NNS/1/obj "
                + "on/IN/5/case Iran/NNP/1/obl");
        assertThat(codes(coder.code(s, List.of(actor(0, 0, "USA"), actor(5, 5, "IRN"))))).containsExactly("163 USA IRN");
    }

    @Test
    void verbWithoutCodeAndNoPatternCodesNothing() {
        DepSentence s = parse("Washington/NNP/1/nsubj imposed/VBD/-1/root tariffs/NNS/1/obj on/IN/4/case Iran/NNP/1/obl");
        assertThat(coder.code(s, List.of(actor(0, 0, "USA"), actor(4, 4, "IRN")))).isEmpty();
    }

    @Test
    void pairedCodeGivesTheEventBack() {
        DepSentence s = parse("Macron/NNP/1/nsubj met/VBD/-1/root Zelenskyy/NNP/1/obj");
        assertThat(codes(coder.code(s, List.of(actor(0, 0, "FRAGOV"), actor(2, 2, "UKRGOV")))))
                .containsExactly("036 FRAGOV UKRGOV", "036 UKRGOV FRAGOV");
    }

    @Test
    void patternSlotsPlaceSourceAndTarget() {
        DepSentence s = parse("Officials/NNS/1/nsubj warned/VBD/-1/root Iran/NNP/1/obj about/IN/4/case "
                + "Israel/NNP/1/obl");
        // "* $ ABOUT +": the warned party is the source of the threat pattern, as the dictionary says
        assertThat(codes(coder.code(s, List.of(actor(2, 2, "IRN"), actor(4, 4, "ISR"))))).containsExactly("131 IRN ISR");
    }

    @Test
    void compoundMarkerCodesMembersWithEachOther() {
        DepSentence s = parse("Armenia/NNP/3/nsubj and/CC/2/cc Azerbaijan/NNP/0/conj talked/VBD/-1/root");
        assertThat(codes(coder.code(s, List.of(actor(0, 0, "ARM"), actor(2, 2, "AZE")))))
                .containsExactlyInAnyOrder("031 ARM AZE", "031 AZE ARM");
    }

    @Test
    void multiWordVerbNeedsItsParticle() {
        DepSentence off = parse("Israel/NNP/1/nsubj called/VBD/-1/root off/RP/1/compound:prt talks/NNS/1/obj "
                + "with/IN/5/case Hamas/NNP/1/obl");
        List<ActorSlot> actors = List.of(actor(0, 0, "ISR"), actor(5, 5, "PSEHMS"));
        assertThat(codes(coder.code(off, actors))).containsExactly("161 ISR PSEHMS");
        DepSentence plain = parse("Israel/NNP/1/nsubj called/VBD/-1/root talks/NNS/1/obj with/IN/4/case Hamas/NNP/1/obl");
        assertThat(coder.code(plain, List.of(actor(0, 0, "ISR"), actor(4, 4, "PSEHMS")))).isEmpty();
    }

    @Test
    void discardedSentenceIsNotCoded() {
        DepSentence s = parse("Brazil/NNP/1/nsubj attacked/VBD/-1/root in/IN/4/case the/DT/4/det football/NN/1/obl "
                + "final/JJ/4/amod");
        assertThat(coder.irregularity(s)).contains("sentencediscard");
        assertThat(coder.code(s, List.of(actor(0, 0, "BRA")))).isEmpty();
    }

    @Test
    void uncodedOrOverlappingSlotsAreIgnored() {
        DepSentence s = parse("Russia/NNP/1/nsubj attacked/VBD/-1/root Ukraine/NNP/1/obj");
        List<ActorSlot> actors = List.of(actor(0, 0, "RUS"), new ActorSlot(0, 1, Optional.of("XXX"), "bad"),
                new ActorSlot(2, 2, Optional.empty(), "ukraine"), new ActorSlot(5, 9, Optional.of("YYY"), "outside"));
        assertThat(coder.code(s, actors)).isEmpty();
    }

    @Test
    void requireDyadFalseCodesEventsWithoutTarget() {
        DepSentence s = parse("Russia/NNP/1/nsubj attacked/VBD/-1/root overnight/RB/1/advmod");
        assertThat(coder.code(s, List.of(actor(0, 0, "RUS")))).isEmpty();
        assertThat(codes(coder.requireDyad(false).code(s, List.of(actor(0, 0, "RUS"))))).containsExactly("190 RUS -");
    }

    @Test
    void neverThrowsOnOddInput() {
        assertThat(coder.code(new DepSentence(List.of()), List.of())).isEmpty();
        // a head pointing outside the sentence and a cycle
        DepSentence odd = parse("Russia/NNP/7/nsubj attacked/VBD/2/root Ukraine/NNP/1/obj");
        assertThat(coder.code(odd, List.of(actor(0, 0, "RUS"), actor(2, 2, "UKR")))).isNotNull();
    }

    @Test
    void longSentencesWithHopelessPatternsTerminate() throws IOException {
        Path verbs = dir.resolve("many.txt");
        Files.writeString(verbs, "--- SAY [010] ---\nSAY {SAID}\n- A * B C D E F G [011]\n- * A B C D E F G H [012]\n");
        DependencyCoder slow = new DependencyCoder(VerbDictionary.read(List.of(verbs), new ArrayList<>()), Discards.none());
        StringBuilder spec = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            String w = i == 100 ? "said" : i % 2 == 0 ? "A" : "B";
            String rel = i == 0 ? "nsubj" : i == 198 ? "obj" : "dep";
            spec.append(w).append(i == 100 ? "/VBD/-1/root " : "/NN/100/" + rel + " ");
        }
        DepSentence s = parse(spec.toString());
        // without the backtracking budget these patterns try ~100^7 placements; with it, coding returns
        assertThat(slow.code(s, List.of(actor(0, 0, "AAA"), actor(198, 198, "BBB")))).extracting(CodedEvent::code)
                .containsExactly("010");
    }

    @Test
    void newActorLengthNamesShortUnknownNounPhrasesByTheirText() {
        // "The harbour workers' union attacked the city council of Port Vell": no dictionary actor at all
        DepSentence s = parse("The/DT/4/det harbour/NN/2/compound workers/NNS/4/nmod:poss '/POS/2/case "
                + "union/NN/5/nsubj attacked/VBD/-1/root the/DT/8/det city/NN/8/compound council/NN/5/obj "
                + "of/IN/11/case Port/NNP/11/compound Vell/NNP/8/nmod ./PUNCT/5/punct");
        List<ActorSlot> none = NounPhraseActors.newActors(s, List.of(), 0);
        assertThat(none).isEmpty();
        // four words at most: the union is one ("'" is no word), the council with its "of" phrase is six
        List<ActorSlot> four = NounPhraseActors.newActors(s, List.of(), 4);
        assertThat(four).extracting(a -> a.code().orElseThrow()).containsExactly("\"THE HARBOUR WORKERS UNION\"");
        assertThat(codes(coder.code(s, four))).isEmpty();
        List<ActorSlot> six = NounPhraseActors.newActors(s, List.of(), 6);
        assertThat(codes(coder.code(s, six)))
                .containsExactly("190 \"THE HARBOUR WORKERS UNION\" \"THE CITY COUNCIL OF PORT VELL\"");
        // a phrase holding a known actor is that actor's, never a new one
        List<ActorSlot> known = List.of(actor(10, 11, "PVL"));
        assertThat(NounPhraseActors.newActors(s, known, 6)).extracting(ActorSlot::ref)
                .containsExactly("THE HARBOUR WORKERS UNION");
    }
}
