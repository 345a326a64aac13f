package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void noCommandPrintsUsageAndExits2() {
        Cli.Run run = Cli.run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: dragoman").contains("analyze").contains("bench");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void versionAndHelpExit0() {
        Cli.Run version = Cli.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("dragoman ");
        Cli.Run help = Cli.run("analyze", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--jsonl").contains("--published-from");
    }

    @Test
    void unknownOptionIsOneLineAndAHint() {
        Cli.Run run = Cli.run("analyze", "--bogus", "x.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("dragoman: ").contains("--bogus");
        assertThat(run.errLines().get(1)).isEqualTo("Try 'dragoman analyze --help' for more information.");
    }

    @Test
    void unknownCommandIsOneLineAndAHint() {
        Cli.Run run = Cli.run("analyse", "x.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(1)).isEqualTo("Try 'dragoman --help' for more information.");
    }

    @Test
    void internalErrorIsOneLineWithoutStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Some text.");
        Cli.Run run = Cli.run(Cli.services(article -> {
            throw new IllegalStateException("model missing");
        }), "analyze", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "dragoman: internal error: IllegalStateException: model missing (run with --debug for the stack trace)");
    }

    @Test
    void debugShowsTheStackTraceWhereverTheOptionIsAndFromTheEnvironment() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Some text.");
        Services failing = Cli.services(article -> {
            throw new IllegalStateException("model missing");
        });
        for (Cli.Run run : new Cli.Run[] {
                Cli.run(failing, "--debug", "analyze", file.toString()),
                Cli.run(failing, "analyze", "--debug", file.toString()),
                Cli.run(failing.withDebug(true), "analyze", file.toString())}) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines().get(0)).isEqualTo("dragoman: internal error: IllegalStateException: model missing");
            assertThat(run.err()).contains("\tat ");
        }
    }

    @Test
    void oneLineCollapsesLineBreaks() {
        assertThat(Main.oneLine(" a\n  b\r\nc ")).isEqualTo("a b c");
        assertThat(Main.oneLine("x".repeat(600))).hasSize(500).endsWith("...");
    }
}
