package org.dragoman.actors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the TABARI/PETRARCH actor and agent formats, and matching phrases with dated codes. */
class ActorDictionaryTest {

    @TempDir
    Path dir;

    private ActorDictionary dictionary(String actors, String agents, List<DictionaryProblem> problems) throws IOException {
        Path a = dir.resolve("test.actors.txt");
        Path g = dir.resolve("test.agents.txt");
        Files.writeString(a, actors, StandardCharsets.UTF_8);
        Files.writeString(g, agents, StandardCharsets.UTF_8);
        return ActorDictionary.read(List.of(a), List.of(g), problems);
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    private static final String ACTORS = """
            # a comment line
            <!-- an XML comment
                 over two lines -->
            NORTHLAND_  [NLD]  # trailing comment
            +NORTHLANDER
            +NORTHLAND_'S_CAPITAL
            NORTH_CITY [NLDGOV]
            JANE_Q._DOE_
            +JANE_DOE
            +DOE
            \t[NLDLEG 100101-150630]
            \t[NLDGOV >150701]
            \t[NLDELI]
            OLD_REGIME
            \t[OLD <911226]
            \t[NLD]
            NESTED_CASE [XXX]
            \t[AAAMIL 20080120-20121109]
            \t[BBBGOV 20100109-20100112]
            KNOWN_BUT_UNCODED [---]
            AL-NORTH_FRONT [NLDREB]
            """;

    private static final String AGENTS = """
            !PERSON! = MAN, MEN, WOMAN
            POLICE {} [~COP]
            FOREIGN_MINISTER [~GOV]
            MINISTRY [~GOV]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
            CONGRESS!PERSON! [~LEG]
            RIGHTS_GROUP [NGO~]
            BOSS [~BUS]
            """;

    @Test
    void agentsAreAddedByThreeLetterPartsNotBySubstrings() {
        assertThat(ActorDictionary.mix("ARNGOV", "NGO~")).isEqualTo("NGOARNGOV");
        assertThat(ActorDictionary.mix("NGOARN", "NGO~")).isEqualTo("NGOARN");
        assertThat(ActorDictionary.mix("EGYGOV", "~GOV")).isEqualTo("EGYGOV");
        assertThat(ActorDictionary.mix("EGY", "~COP")).isEqualTo("EGYCOP");
        assertThat(ActorDictionary.mix("COPEGY", "~COP")).isEqualTo("COPEGY");
    }

    @Test
    void readsRootsSynonymsAndCodes() throws IOException {
        List<DictionaryProblem> problems = new ArrayList<>();
        ActorDictionary d = dictionary(ACTORS, AGENTS, problems);
        assertThat(problems).isEmpty();
        assertThat(d.actorEntries()).isEqualTo(7);
        assertThat(d.codeOn("Northland", LocalDate.of(2020, 1, 1))).contains("NLD");
        assertThat(d.codeOn("northlander", LocalDate.of(2020, 1, 1))).contains("NLD");
        assertThat(d.lookup("Jane Q. Doe")).extracting(ActorRole::code).containsExactly("NLDLEG", "NLDGOV", "NLDELI");
        assertThat(d.lookup("the Northland")).isNotEmpty();
        assertThat(d.lookup("Atlantis")).isEmpty();
    }

    @Test
    void datedRoleChangesWithTheDate() throws IOException {
        ActorDictionary d = dictionary(ACTORS, AGENTS, new ArrayList<>());
        assertThat(d.codeOn("Jane Doe", LocalDate.of(2012, 5, 1))).contains("NLDLEG");
        assertThat(d.codeOn("Jane Doe", LocalDate.of(2015, 6, 30))).contains("NLDLEG"); // ranges are inclusive
        assertThat(d.codeOn("Jane Doe", LocalDate.of(2015, 7, 1))).contains("NLDGOV");
        assertThat(d.codeOn("DOE", LocalDate.of(2030, 1, 1))).contains("NLDGOV");
        assertThat(d.codeOn("Jane Doe", LocalDate.of(2009, 1, 1))).contains("NLDELI"); // the undated fallback
        // two-digit years: 91 is 1991
        assertThat(d.codeOn("old regime", LocalDate.of(1990, 1, 1))).contains("OLD");
        assertThat(d.codeOn("old regime", LocalDate.of(1992, 1, 1))).contains("NLD");
    }

    @Test
    void narrowestRangeWinsWhenRangesNest() throws IOException {
        ActorDictionary d = dictionary(ACTORS, AGENTS, new ArrayList<>());
        assertThat(d.codeOn("nested case", LocalDate.of(2010, 1, 10))).contains("BBBGOV");
        assertThat(d.codeOn("nested case", LocalDate.of(2011, 1, 10))).contains("AAAMIL");
        assertThat(d.codeOn("nested case", LocalDate.of(2013, 1, 10))).contains("XXX");
    }

    @Test
    void longestMatchPrefersTheLongestPhrase() throws IOException {
        ActorDictionary d = dictionary(ACTORS, AGENTS, new ArrayList<>());
        List<String> w = words("yesterday Jane Q. Doe said");
        Optional<ActorMatch> m = d.longestMatch(w, 1, LocalDate.of(2020, 1, 1));
        assertThat(m).isPresent();
        assertThat(m.get().length()).isEqualTo(3);
        assertThat(m.get().code()).isEqualTo("NLDGOV");
        assertThat(m.get().actor()).isEqualTo("JANE Q. DOE");
        assertThat(d.longestMatch(w, 0, LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(d.longestMatch(words("Northland 's capital"), 0, LocalDate.of(2020, 1, 1)).get().length()).isEqualTo(3);
    }

    @Test
    void agentsCombineWithAPrecedingActor() throws IOException {
        ActorDictionary d = dictionary(ACTORS, AGENTS, new ArrayList<>());
        LocalDate date = LocalDate.of(2020, 1, 1);
        ActorMatch police = d.longestMatch(words("Northlander police fired"), 0, date).orElseThrow();
        assertThat(police.code()).isEqualTo("NLDCOP");
        assertThat(police.length()).isEqualTo(2);
        assertThat(police.kind()).isEqualTo(ActorMatch.Kind.ACTOR_AGENT);
        assertThat(d.longestMatch(words("Northland 's foreign minister"), 0, date).get().code()).isEqualTo("NLDGOV");
        assertThat(d.longestMatch(words("the foreign minister of the Northland"), 1, date).get())
                .extracting(ActorMatch::code, ActorMatch::length).containsExactly("NLDGOV", 5);
        assertThat(d.longestMatch(words("Northland rights group"), 0, date).get().code()).isEqualTo("NGONLD");
        // an actor code already holding the agent's code is left alone
        assertThat(d.longestMatch(words("North City ministry"), 0, date).get().code()).isEqualTo("NLDGOV");
        ActorMatch alone = d.longestMatch(words("police"), 0, date).orElseThrow();
        assertThat(alone.kind()).isEqualTo(ActorMatch.Kind.AGENT);
        assertThat(alone.code()).isEqualTo("COP");
    }

    @Test
    void agentPluralsAndSubstitutions() throws IOException {
        ActorDictionary d = dictionary(ACTORS, AGENTS, new ArrayList<>());
        LocalDate date = LocalDate.of(2020, 1, 1);
        assertThat(d.longestMatch(words("foreign ministers"), 0, date).get().code()).isEqualTo("GOV");
        assertThat(d.longestMatch(words("ministries"), 0, date).get().code()).isEqualTo("GOV");
        assertThat(d.longestMatch(words("bosses"), 0, date).get().code()).isEqualTo("BUS");
        assertThat(d.longestMatch(words("attorneys general"), 0, date).get().length()).isEqualTo(2);
        assertThat(d.longestMatch(words("attorney generals"), 0, date)).as("no automatic plural when {} gives one")
                .isEmpty();
        assertThat(d.longestMatch(words("polices"), 0, date)).isEmpty();
        assertThat(d.longestMatch(words("congresswoman"), 0, date).get().code()).isEqualTo("LEG");
        assertThat(d.longestMatch(words("congressmen"), 0, date).get().code()).isEqualTo("LEG");
        assertThat(d.longestMatch(words("congress"), 0, date)).isEmpty();
    }

    @Test
    void oneWordActorsMustBeCapitalizedInTheText() throws IOException {
        ActorDictionary d = dictionary(ACTORS + "UNITED_STATES [USA]\n+US\n", AGENTS, new ArrayList<>());
        LocalDate date = LocalDate.of(2020, 1, 1);
        assertThat(d.longestMatch(words("he told us"), 2, date)).isEmpty();
        assertThat(d.longestMatch(words("the US"), 1, date).get().code()).isEqualTo("USA");
        assertThat(d.longestMatch(words("united states"), 0, date).get().code()).isEqualTo("USA");
        assertThat(d.longestMatch(words("us police"), 0, date)).isEmpty();
        assertThat(d.codeOn("us", date)).as("lookups by name are not text").contains("USA");
    }

    @Test
    void hyphenatedWordsMatchSplitTokensToo() throws IOException {
        ActorDictionary d = dictionary(ACTORS, AGENTS, new ArrayList<>());
        LocalDate date = LocalDate.of(2020, 1, 1);
        assertThat(d.longestMatch(words("al-North Front"), 0, date).get().length()).isEqualTo(2);
        assertThat(d.longestMatch(words("al - North Front"), 0, date).get())
                .extracting(ActorMatch::length, ActorMatch::code).containsExactly(4, "NLDREB");
    }

    @Test
    void uncodedPhraseIsKnownWithoutACode() throws IOException {
        ActorDictionary d = dictionary(ACTORS, AGENTS, new ArrayList<>());
        ActorMatch m = d.longestMatch(words("known but uncoded"), 0, LocalDate.of(2020, 1, 1)).orElseThrow();
        assertThat(m.coded()).isFalse();
        assertThat(d.codeOn("known but uncoded", LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void malformedLinesAreReportedAndSkipped() throws IOException {
        String actors = """
                [ORPHAN]
                +ORPHAN_SYNONYM
                GOOD [GOD]
                BAD_DATE
                \t[BDD 20100931-20111231]
                \t[BDD]
                SEVEN_DIGITS [SVN 2004017-20061201]
                BARE_DATE [BRD 20121204]
                NO_CODE_AT_ALL
                UNCLOSED [UNC 100101-110101
                BACKWARDS [BCK 150101-140101]
                """;
        String agents = """
                NO_CODE_HERE
                UNCLOSED_AGENT [~ENV}
                NOT_AN_AGENT_CODE [GOV]
                !UNDEFINED!_THING [~GOV]
                OPEN_PLURAL {PLURALS [~GOV]
                """;
        List<DictionaryProblem> problems = new ArrayList<>();
        ActorDictionary d = dictionary(actors, agents, problems);
        assertThat(problems).extracting(DictionaryProblem::line)
                .containsExactly(1, 2, 5, 7, 8, 9, 10, 11, 1, 2, 3, 4, 5);
        assertThat(problems).allSatisfy(p -> assertThat(p.reason()).doesNotContain("\n").isNotBlank());
        assertThat(problems.get(2).reason()).contains("20100931");
        assertThat(d.codeOn("good", LocalDate.of(2020, 1, 1))).contains("GOD");
        assertThat(d.codeOn("bad date", LocalDate.of(2010, 10, 1))).contains("BDD");
        assertThat(d.lookup("no code at all")).isEmpty();
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        List<DictionaryProblem> problems = new ArrayList<>();
        ActorDictionary d = ActorDictionary.read(List.of(dir.resolve("absent.actors.txt")), List.of(), problems);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isZero();
        assertThat(d.actorEntries()).isZero();
    }

    @Test
    void neverThrowsOnRandomLines() throws IOException {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "AB_ +[]{}<>-~!=#0123456789\t\n/&'";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<DictionaryProblem> problems = new ArrayList<>();
            ActorDictionary d = dictionary(sb.toString(), sb.toString(), problems);
            d.longestMatch(words("A B AB A_B"), 0, LocalDate.of(2000, 1, 1));
        }
    }
}
