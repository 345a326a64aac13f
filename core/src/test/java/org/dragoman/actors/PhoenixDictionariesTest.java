package org.dragoman.actors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the public Phoenix and PETRARCH validation dictionaries from {@code ../shared/data} (skipped when
 * absent): they load, their known flaws are reported as problems, and dated codes resolve.
 */
class PhoenixDictionariesTest {
    // Maven runs tests in core/, so the shared data sits two levels up, beside the project checkout.
    static final Path PETRARCH = Path.of("../../shared/data/petrarch2/dictionaries");
    static final Path UNIVERSAL = Path.of("../../shared/data/universal-petrarch");

    @Test
    void phoenixDictionariesLoadWithTheirFlawsReported() {
        Assumptions.assumeTrue(Files.isDirectory(PETRARCH), "no " + PETRARCH);
        List<Path> actors = List.of(PETRARCH.resolve("Phoenix.Countries.actors.txt"),
                PETRARCH.resolve("Phoenix.International.actors.txt"), PETRARCH.resolve("Phoenix.MilNonState.actors.txt"));
        List<DictionaryProblem> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        ActorDictionary d = ActorDictionary.read(actors, List.of(PETRARCH.resolve("Phoenix.agents.txt")), problems);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("Phoenix: %d actor entries, %d actor phrases, %d agent phrases, %d problems, %d ms%n",
                d.actorEntries(), d.actorPhrases(), d.agentPhrases(), problems.size(), ms);
        problems.forEach(p -> System.out.println("  " + p));
        long t1 = System.nanoTime();
        ActorDictionary.read(actors, List.of(PETRARCH.resolve("Phoenix.agents.txt")), new ArrayList<>());
        System.out.printf("Phoenix, second load in the same JVM: %d ms%n", (System.nanoTime() - t1) / 1_000_000);

        assertThat(d.actorEntries()).isGreaterThan(10_000);
        assertThat(d.agentPhrases()).isGreaterThan(2_000);
        // Known flaws of these files: an agent code closed with '}', an agent without a code.
        assertThat(problems).anySatisfy(p -> assertThat(p.reason()).contains("without ']'"));
        assertThat(problems).anySatisfy(p -> assertThat(p.reason()).contains("agent without a code"));
        assertThat(problems.size()).isLessThan(200);

        LocalDate date = LocalDate.of(2012, 6, 1);
        assertThat(d.codeOn("Barack Obama", date)).contains("USAGOV");
        assertThat(d.codeOn("Barack Obama", LocalDate.of(2005, 6, 1))).isNotEqualTo(d.codeOn("Barack Obama", date));
        assertThat(d.longestMatch(List.of("Egyptian", "police", "said"), 0, date).orElseThrow().code()).isEqualTo("EGYCOP");
    }

    @Test
    void petrarchValidationDictionariesLoad() {
        Assumptions.assumeTrue(Files.isDirectory(PETRARCH), "no " + PETRARCH);
        List<DictionaryProblem> problems = new ArrayList<>();
        ActorDictionary d = ActorDictionary.read(List.of(PETRARCH.resolve("PETR.Validate.actors.txt")),
                List.of(PETRARCH.resolve("PETR.Validate.agents.txt")), problems);
        problems.forEach(p -> System.out.println("  " + p));
        assertThat(problems).isEmpty();
        // GOLLUM: [HOB < 950601], [HOBGOV 19950601 - 19990815], [HOBREB > 990816]
        assertThat(d.codeOn("Smeagol", LocalDate.of(1994, 1, 1))).contains("HOB");
        assertThat(d.codeOn("Smeagol", LocalDate.of(1997, 1, 1))).contains("HOBGOV");
        assertThat(d.codeOn("Smeagol", LocalDate.of(2001, 1, 1))).contains("HOBREB");
        // SAM_GAMGEE: the three-day ORCHOB range overrides the enclosing HOBMIL one
        assertThat(d.codeOn("Sam Gamgee", LocalDate.of(2010, 1, 10))).contains("ORCHOB");
        assertThat(d.codeOn("Sam Gamgee", LocalDate.of(2011, 1, 10))).contains("HOBMIL");
        assertThat(d.longestMatch(List.of("Arnor", "'s", "foreign", "minister"), 0, LocalDate.of(2001, 1, 1))
                .orElseThrow().code()).isEqualTo("ARNGOVFRM"); // FOREIGN_MINISTER [~GOVFRM]
        assertThat(d.longestMatch(List.of("congressmen"), 0, LocalDate.of(2001, 1, 1)).orElseThrow().code())
                .isEqualTo("LEG");
    }

    @Test
    void universalPetrarchDictionariesLoad() {
        Assumptions.assumeTrue(Files.isDirectory(UNIVERSAL), "no " + UNIVERSAL);
        List<DictionaryProblem> problems = new ArrayList<>();
        ActorDictionary d = ActorDictionary.read(List.of(UNIVERSAL.resolve("PETR_Validate_actors_2_02.txt")),
                List.of(UNIVERSAL.resolve("PETR_Validate_agents_2_02.txt")), problems);
        problems.forEach(p -> System.out.println("  " + p));
        assertThat(problems).isEmpty();
        assertThat(d.codeOn("Putin", LocalDate.of(2015, 1, 1))).contains("RUSGOV");
    }
}
