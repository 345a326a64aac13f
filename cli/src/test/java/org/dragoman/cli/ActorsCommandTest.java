package org.dragoman.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dragoman actors lookup}: dated roles from Dragoman's dictionaries or a user's directory. */
class ActorsCommandTest {

    @TempDir
    Path dir;

    @Test
    void sameNameBeforeAndAfterTakingOffice() {
        Cli.Run before = Cli.run("actors", "lookup", "Marco Rubio", "--date", "2024-06-01");
        assertThat(before.exitCode()).isZero();
        assertThat(before.outLines().get(0)).isEqualTo("Marco Rubio on 2024-06-01: USALEG  (MARCO RUBIO)");
        assertThat(before.out()).contains("USAGOV").contains("from 2025-01-21").contains("2011-01-03 – 2025-01-20");
        Cli.Run after = Cli.run("actors", "lookup", "rubio", "--date", "2025-06-01");
        assertThat(after.outLines().get(0)).startsWith("rubio on 2025-06-01: USAGOV");
        assertThat(after.outLines()).filteredOn(l -> l.contains("<- on 2025-06-01")).hasSize(1)
                .allSatisfy(l -> assertThat(l).contains("USAGOV"));
    }

    @Test
    void severalNamesAndADescription() {
        Cli.Run run = Cli.run("actors", "lookup", "Jens Stoltenberg", "Iranian foreign minister", "Nobody Atall",
                "--date", "2025-03-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Jens Stoltenberg on 2025-03-01: NORGOV")
                .contains("Iranian foreign minister on 2025-03-01: IRNGOV")
                .contains("Nobody Atall on 2025-03-01: not in the actor dictionaries");
    }

    @Test
    void userDictionaryDirectoryReplacesTheDefaults() throws IOException {
        Files.writeString(dir.resolve("my.actors.txt"), "MARCO_RUBIO [XXXGOV]\nBROKEN [X 20100931-20111231]\n");
        Files.writeString(dir.resolve("my.agents.txt"), "POLICE {} [~COP]\n");
        Cli.Run run = Cli.run("actors", "lookup", "Marco Rubio", "Joe Biden", "--date", "2025-06-01",
                "--dictionaries", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Marco Rubio on 2025-06-01: XXXGOV")
                .contains("Joe Biden on 2025-06-01: not in the actor dictionaries");
        assertThat(run.err()).contains("1 dictionary line skipped").contains("my.actors.txt:2: no such date 20100931");
        Cli.Run with = Cli.run("actors", "lookup", "Joe Biden", "--date", "2025-06-01", "--dictionaries",
                dir.toString(), "--with-defaults");
        assertThat(with.out()).contains("Joe Biden on 2025-06-01: USAELI");
    }

    @Test
    void badDateAndBadDirectoryAreOneLineErrors() {
        Cli.Run date = Cli.run("actors", "lookup", "Putin", "--date", "2025-13-01");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.errLines()).containsExactly("dragoman: --date 2025-13-01: not a date (YYYY-MM-DD)");
        Cli.Run missing = Cli.run("actors", "lookup", "Putin", "--dictionaries", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).hasSize(1);
        assertThat(missing.err()).contains("not a directory");
        Cli.Run empty = Cli.run("actors", "lookup", "Putin", "--dictionaries", dir.toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("no *actors*.txt");
    }

    @Test
    void checkListsEverySkippedLine() throws IOException {
        Files.writeString(dir.resolve("my.actors.txt"), "GOOD [GOD]\nBROKEN [X 20100931-20111231]\nBARE [Y 120101]\n");
        Files.writeString(dir.resolve("my.agents.txt"), "POLICE {} [~COP]\nNO_CODE\n");
        Cli.Run run = Cli.run("actors", "check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.outLines()).hasSize(4);
        assertThat(run.outLines().get(0)).endsWith("my.actors.txt:2: no such date 20100931 in [X 20100931-20111231]");
        assertThat(run.outLines().get(2)).endsWith("my.agents.txt:2: agent without a code: NO_CODE");
        assertThat(run.outLines().get(3)).startsWith("1 actor entries (1 phrases), 1 agent phrases read in ")
                .endsWith("; 3 lines skipped");
        Cli.Run own = Cli.run("actors", "check");
        assertThat(own.exitCode()).isZero();
        assertThat(own.out()).endsWith("; 0 lines skipped\n");
    }
}
