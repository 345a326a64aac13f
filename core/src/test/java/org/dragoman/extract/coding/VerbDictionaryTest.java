package org.dragoman.extract.coding;

import org.dragoman.actors.DictionaryProblem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerbDictionaryTest {

    static final Path PETRARCH = Path.of("../../shared/data/petrarch2/dictionaries");
    static final Path UD = Path.of("../../shared/data/universal-petrarch");

    @TempDir
    Path dir;

    private VerbDictionary read(String text, List<DictionaryProblem> problems) throws IOException {
        Path f = dir.resolve("verbs.txt");
        Files.writeString(f, text);
        return VerbDictionary.read(List.of(f), problems);
    }

    @Test
    void blocksFormsSynsetsAndPatterns() throws IOException {
        List<DictionaryProblem> problems = new ArrayList<>();
        VerbDictionary d = read("""
                <!-- a comment
                     over two lines -->
                &MONEY_
                +GOLD COINS
                +SILVER
                # a comment line

                --- SCOLD [121] ---
                SCOLD {SCOLT}   # irregular form
                +TELL_OFF {+TOLD_OFF}
                - * $ FOR &MONEY [122]  # slot and synset
                - SHARPLY_* [123]
                - * (ABOUT {TRADE DEFICIT}) [124]
                - % * [030:030]
                """, problems);
        assertThat(problems).isEmpty();
        assertThat(d.blockCount()).isEqualTo(1);
        assertThat(d.senses("scolded")).hasSize(1);
        assertThat(d.senses("SCOLT").get(0).code()).isEqualTo("121");
        assertThat(d.senses("told").get(0).words()).containsExactly("TOLD", "OFF");
        assertThat(d.senses("telling").get(0).words()).containsExactly("TELLING", "OFF");
        VerbDictionary.Block b = d.senses("scold").get(0).block();
        assertThat(b.patterns()).hasSize(4);
        VerbPattern first = b.patterns().get(0);
        assertThat(first.code()).isEqualTo("122");
        assertThat(first.after()).extracting(VerbPattern.Element::kind).containsExactly(
                VerbPattern.Kind.SOURCE, VerbPattern.Kind.WORDS, VerbPattern.Kind.WORDS);
        assertThat(first.after().get(2).phrases()).contains(List.of("GOLD", "COINS"), List.of("SILVER"),
                List.of("SILVERS"));
        VerbPattern sharply = b.patterns().stream().filter(p -> p.code().equals("123")).findFirst().orElseThrow();
        assertThat(sharply.before()).hasSize(1);
        assertThat(sharply.before().get(0).adjacent()).isTrue();
        VerbPattern about = b.patterns().stream().filter(p -> p.code().equals("124")).findFirst().orElseThrow();
        assertThat(about.after()).hasSize(3);
        assertThat(about.after().get(0).adjacent()).isFalse();
        assertThat(about.after().get(2).adjacent()).isTrue();
    }

    @Test
    void malformedLinesAreReportedWithLineNumbersAndSkipped() throws IOException {
        List<DictionaryProblem> problems = new ArrayList<>();
        VerbDictionary d = read("""
                - * STRAY [010]
                --- BROKEN HEADER ---
                --- PRAISE [041] ---
                PRAISE
                - * WARMLY
                - WARMLY [042]
                - * &NOSUCHSET [043]
                - * * [044]
                - * LAVISHLY [045]
                """, problems);
        assertThat(problems).extracting(DictionaryProblem::line).containsExactly(1, 2, 5, 6, 7, 8);
        assertThat(problems).allSatisfy(p -> assertThat(p.reason()).doesNotContain("\n"));
        assertThat(d.senses("praised")).hasSize(1);
        assertThat(d.senses("praise").get(0).block().patterns()).extracting(VerbPattern::code).containsExactly("045");
    }

    @Test
    void regularFormsDoNotAcceptMisspellings() {
        assertThat(VerbDictionary.regularForms("DEPART")).containsExactly("DEPART", "DEPARTS", "DEPARTED", "DEPARTING");
        assertThat(VerbDictionary.regularForms("CARRY")).contains("CARRIES", "CARRIED", "CARRYING");
        assertThat(VerbDictionary.regularForms("RELEASE")).contains("RELEASES", "RELEASED", "RELEASING");
    }

    @Test
    void discardsAndIssues() throws IOException {
        List<DictionaryProblem> problems = new ArrayList<>();
        Path disc = dir.resolve("discards.txt");
        Files.writeString(disc, "# comment\nCRICKET\n+GRAND PRIX_\n+\n");
        Discards discards = Discards.read(List.of(disc), problems);
        assertThat(discards.match(List.of("The", "cricketers", "won"))).isEqualTo(Discards.Scope.SENTENCE);
        assertThat(discards.match(List.of("the", "Grand", "Prix", "ended"))).isEqualTo(Discards.Scope.STORY);
        assertThat(discards.match(List.of("the", "Grand", "Prixes"))).isNull();
        assertThat(problems).extracting(DictionaryProblem::line).containsExactly(4);

        Path iss = dir.resolve("issues.txt");
        Files.writeString(iss, "<ISSUE CATEGORY=\"X\">\nn:refugee camp [REFUGEES]\ncease+fire [CEASEFIRE]\nbroken line\n~refugee camp song\n</ISSUE>\n");
        IssueDictionary issues = IssueDictionary.read(List.of(iss), problems);
        assertThat(issues.issues(List.of("two", "refugees", "camp", "and", "a", "cease-fire")))
                .containsEntry("REFUGEES", 1).containsEntry("CEASEFIRE", 1);
        assertThat(issues.issues(List.of("the", "refugee", "camp", "song"))).isEmpty();
        assertThat(problems).hasSize(2);
    }

    @Test
    void readsTheCommunityDictionaries() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(PETRARCH), "PETRARCH dictionaries absent: " + PETRARCH);
        List<DictionaryProblem> problems = new ArrayList<>();
        VerbDictionary cameo = VerbDictionary.read(List.of(PETRARCH.resolve("CAMEO.2.0.txt")), problems);
        assertThat(cameo.blockCount()).isGreaterThan(200);
        assertThat(cameo.patternCount()).isGreaterThan(4500);
        assertThat(cameo.senses("condemned")).isNotEmpty();
        assertThat(problems.size()).as(problems.toString()).isLessThan(20);
        problems.clear();
        VerbDictionary validate = VerbDictionary.read(List.of(PETRARCH.resolve("PETR.Validate.verbs.txt")), problems);
        assertThat(validate.senses("broke")).isNotEmpty();
        // the toy dictionary's deliberately broken patterns: codes [DEF] [ABC] [+++] [XXY] and an unclosed code
        assertThat(problems).extracting(DictionaryProblem::line).containsExactly(155, 156, 989, 992, 993);
        Discards.read(List.of(PETRARCH.resolve("Phoenix.discards.txt"), PETRARCH.resolve("PETR.Validate.discards.txt")), problems);
        IssueDictionary.read(List.of(PETRARCH.resolve("Phoenix.IssueCoding.txt")), problems);
        if (Files.isDirectory(UD)) {
            VerbDictionary.read(List.of(UD.resolve("PETR_Validate_verbs_2_02.txt")), problems);
        }
        assertThat(problems).as(problems.toString()).hasSizeLessThan(30);
    }
}
