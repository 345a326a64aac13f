package org.dragoman.extract.coding;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class VerbLexiconTest {

    private static VerbLexicon parse(String... lines) {
        return VerbLexicon.parse(List.of(lines), "test.txt");
    }

    @Test
    void blockCodeVerbCodeAndPatternsAreRead() {
        VerbLexicon v = parse("&WEAPON", "+MISSILE", "+DRONE", "", "####### VERB PATTERNS #######",
                "---  GIVE   [070]  ---", "GIVE {GIVES GAVE GIVEN}", "PLEDGE [033]", "- * &WEAPON  [072]  # GIVE",
                "- * (TO +) &WEAPON [072]");
        assertThat(v.verb("GIVE")).get().extracting(VerbLexicon.Verb::code).isEqualTo("070");
        assertThat(v.verb("PLEDGE")).get().extracting(VerbLexicon.Verb::code).isEqualTo("033");
        VerbLexicon.Pattern p = v.verb("GIVE").get().patterns().get(0);
        assertThat(p.after()).hasSize(1);
        assertThat(p.after().get(0)).containsExactlyInAnyOrder("MISSILE", "DRONE");
        assertThat(p.code()).isEqualTo("072");
        assertThat(v.verb("GIVE").get().patterns().get(1).after()).hasSize(2); // TO, &WEAPON; + is a slot
        assertThat(v.problems()).isEmpty();
    }

    @Test
    void phrasalVerbsAndPassiveCodesAreKeyedByTheirWords() {
        VerbLexicon v = parse("---  LAUNCH   [---]  ---", "+KICK_OFF {+KICKS_OFF +KICKED_OFF}", "---  CALL   [041:041]  ---",
                "CALL");
        assertThat(v.verb("KICK_OFF")).isPresent();
        assertThat(v.hasHead("kick")).isTrue();
        assertThat(v.verb("CALL").get().code()).isEqualTo("041");
    }

    @Test
    void mayCodeAloneLeavesOutStatementsAndConsultationsWhichNeedATarget() {
        VerbLexicon v = parse("---  MEET   [040]  ---", "MEET", "- * TO DISCUSS AID [070]", "---  SAY   [010]  ---", "SAY",
                "---  ATTACK   [190]  ---", "ATTACK");
        java.util.Set<String> plain = java.util.Set.of("MEET", "SAY", "ATTACK");
        assertThat(v.mayCode("meet", plain)).isTrue();
        assertThat(v.mayCodeAlone("meet", plain)).isFalse();
        // a pattern whose words are there may give another code
        assertThat(v.mayCodeAlone("meet", java.util.Set.of("MEET", "TO", "DISCUSS", "AID"))).isTrue();
        assertThat(v.mayCode("say", plain)).isFalse();
        assertThat(v.mayCodeAlone("say", plain)).isFalse();
        assertThat(v.mayCodeAlone("attack", plain)).isTrue();
        assertThat(v.mayCodeAlone("shell", plain)).isFalse();
    }

    @Test
    void malformedLinesAreReportedWithFileAndLineAndSkipped() {
        VerbLexicon v = parse("---  ATTACK   [190]  ---", "ATTACK", "- * AIRSTRIKE", "---  BROKEN  190 ---", "- no star [190]",
                "---  SHELL   [194]  ---", "SHELL");
        assertThat(v.problems()).containsExactly("test.txt:3: malformed pattern", "test.txt:4: malformed verb block header",
                "test.txt:5: line outside a verb block");
        assertThat(v.verb("SHELL").get().code()).isEqualTo("194");
        assertThat(v.verb("ATTACK").get().code()).isEqualTo("190");
    }

    @Test
    void dragomansOwnDictionaryReadsCleanly() {
        VerbLexicon v = VerbLexicon.defaults();
        assertThat(v.problems()).isEmpty();
        assertThat(v.size()).isGreaterThan(250);
        for (String verb : List.of("ATTACK", "URGE", "MEET", "SANCTION", "ACCUSE", "REJECT", "THREATEN", "ARREST",
                "BOMB", "SHELL", "GIVE", "VISIT", "PROTEST", "DEPLOY", "MASSACRE", "INVESTIGATE", "DEMAND")) {
            assertThat(v.verb(verb)).as(verb).isPresent();
        }
    }

    @Test
    void petrarchsOwnDictionaryIsReadable() throws Exception {
        Path file = Path.of("../../shared/data/petrarch2/dictionaries/CAMEO.2.0.txt");
        assumeTrue(Files.exists(file), "shared PETRARCH dictionaries not present");
        VerbLexicon v = VerbLexicon.read(file);
        assertThat(v.size()).isGreaterThan(1500);
        assertThat(v.verb("ATTACK")).isPresent();
        // PETRARCH's file is large and old; a few odd lines are fine, a misread format is not
        assertThat(v.problems().size()).isLessThan(v.size() / 50);
    }
}
