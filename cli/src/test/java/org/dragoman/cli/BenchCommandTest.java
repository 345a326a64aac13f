package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dragoman bench} with fake systems: the table, the ratios and failure handling, not real speed. */
class BenchCommandTest {

    @TempDir
    Path dir;

    private final AtomicInteger quoteLoads = new AtomicInteger();
    private final AtomicInteger dragomanRuns = new AtomicInteger();

    @BeforeEach
    void texts() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "three words here");
        Files.writeString(dir.resolve("a.txt"), "one two\nthree  four\tfive");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.txt"), "six");
        Files.writeString(dir.resolve("notes.md"), "not a text article");
        Files.write(dir.resolve("z.txt"), new byte[] {1, 0, 2});
    }

    private Services services(boolean quoteFails) {
        BenchSystem dragoman = new BenchSystem("dragoman", "fake Dragoman", BenchSystem.Role.DRAGOMAN,
                () -> article -> dragomanRuns.incrementAndGet());
        BenchSystem plain = new BenchSystem("corenlp", "fake plain", BenchSystem.Role.BASELINE,
                () -> article -> Thread.sleep(2));
        BenchSystem quote = new BenchSystem("corenlp-quote", "fake quote", BenchSystem.Role.QUOTE_BASELINE, () -> {
            quoteLoads.incrementAndGet();
            if (quoteFails) {
                throw new OutOfMemoryError("Java heap space");
            }
            return article -> Thread.sleep(4);
        });
        return Cli.services().withBenchSystems(List.of(dragoman, plain, quote));
    }

    @Test
    void printsEverySystemAtEveryThreadCountWithRatios() {
        Cli.Run run = Cli.run(services(false), "bench", "--threads", "1,2", "--warmup", "1", "--rounds", "3",
                dir.toString());
        assertThat(run.exitCode()).isZero();
        // a.txt, b.txt, sub/c.txt: 5 + 3 + 1 whitespace tokens; z.txt is binary and skipped
        assertThat(run.out()).contains("dragoman bench: 3 articles from " + dir + " (every usable *.txt file), 9 tokens");
        assertThat(run.err()).contains("skipping " + dir.resolve("z.txt") + ": binary file");
        List<String> rows = run.out().lines().filter(l -> l.matches("^(dragoman|corenlp|corenlp-quote|)\\s+[12]\\s.*"))
                .toList();
        assertThat(rows).hasSize(6);
        assertThat(run.out()).containsPattern("Dragoman / corenlp-quote articles/s:  1 thread \\d+\\.\\d\\dx  2 threads \\d+\\.\\d\\dx")
                .containsPattern("Dragoman / corenlp articles/s:  1 thread \\d+\\.\\d\\dx");
        // one warm-up article plus 3 rounds per thread count over 3 articles
        assertThat(dragomanRuns.get()).isEqualTo(1 + 3 * 3 + 3 * 3);
        assertThat(run.out()).containsPattern("  per round:  1 thread( \\d+\\.\\d\\dx){3}  2 threads( \\d+\\.\\d\\dx){3}");
    }

    @Test
    void everySystemIsWarmedUpBeforeAnyIsTimedAndTheRoundsAlternate() {
        List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        BenchSystem a = new BenchSystem("dragoman", "A", BenchSystem.Role.DRAGOMAN, () -> {
            log.add("load A");
            return article -> log.add("A");
        });
        BenchSystem b = new BenchSystem("dragoman-noev", "B", BenchSystem.Role.NO_EVENTS_BASELINE, () -> {
            log.add("load B");
            return article -> log.add("B");
        });
        Cli.Run run = Cli.run(Cli.services().withBenchSystems(List.of(a, b)), "bench", "--threads", "1",
                "--warmup", "1", "--rounds", "2", "--limit", "1", dir.toString());
        assertThat(run.exitCode()).isZero();
        // load and warm up A, then B; round 1 times A then B, round 2 B then A
        assertThat(log).containsExactly("load A", "A", "load B", "B", "A", "B", "B", "A");
        log.clear();
        Cli.Run turns = Cli.run(Cli.services().withBenchSystems(List.of(a, b)), "bench", "--threads", "1",
                "--warmup", "0", "--rounds", "1", "--turn", "2", "--limit", "3", dir.toString());
        assertThat(turns.exitCode()).isZero();
        // 3 articles in turns of 2 and 1: A A B B, then B first
        assertThat(log).containsExactly("load A", "load B", "A", "A", "B", "B", "B", "A");
        assertThat(run.out()).containsPattern("Dragoman / dragoman-noev articles/s:  1 thread \\d+\\.\\d\\dx")
                .containsPattern("  per round:  1 thread \\d+\\.\\d\\dx \\d+\\.\\d\\dx")
                // the figure issue 4 bounds, said outright
                .containsPattern("Event coding cost, Dragoman / dragoman-noev per article:  1 thread "
                        + "(\\d+\\.\\d\\dx|n/a) CPU, \\d+\\.\\d\\dx wall")
                .doesNotContain("Quote extraction cost");
        BenchSystem c = new BenchSystem("dragoman-noquo", "C", BenchSystem.Role.NO_QUOTES_BASELINE,
                () -> article -> { });
        Cli.Run quotes = Cli.run(Cli.services().withBenchSystems(List.of(a, b, c)), "bench", "--threads", "1",
                "--warmup", "0", "--rounds", "1", "--limit", "1", dir.toString());
        assertThat(quotes.exitCode()).isZero();
        // the figure issue 3 bounds
        assertThat(quotes.out()).containsPattern("Quote extraction cost, Dragoman / dragoman-noquo per article:  "
                + "1 thread (\\d+\\.\\d\\dx|n/a) CPU, \\d+\\.\\d\\dx wall");
    }

    @Test
    void aBaselineThatFailsToLoadIsReportedAndTheRestStillRuns() {
        Cli.Run run = Cli.run(services(true), "bench", "--threads", "1", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("corenlp-quote   failed to load: OutOfMemoryError: Java heap space")
                .contains("Dragoman / corenlp-quote articles/s:  1 thread n/a")
                .containsPattern("Dragoman / corenlp articles/s:  1 thread \\d+\\.\\d\\dx");
        assertThat(run.err()).contains("corenlp-quote failed to load: OutOfMemoryError: Java heap space");
    }

    @Test
    void skipQuoteBaselineDoesNotLoadIt() {
        Cli.Run run = Cli.run(services(false), "bench", "--skip-quote-baseline", "--limit", "2", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(quoteLoads.get()).isZero();
        assertThat(run.out()).contains("2 articles from " + dir + " (the first 2 *.txt files by path)")
                .doesNotContain("corenlp-quote");
    }

    @Test
    void dragomanFailingToLoadExits1AfterTheTable() {
        BenchSystem broken = new BenchSystem("dragoman", "broken", BenchSystem.Role.DRAGOMAN, () -> {
            throw new UnsupportedOperationException("being written");
        });
        BenchSystem plain = new BenchSystem("corenlp", "fake plain", BenchSystem.Role.BASELINE, () -> article -> { });
        Cli.Run run = Cli.run(Cli.services().withBenchSystems(List.of(broken, plain)), "bench", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("dragoman        failed to load: UnsupportedOperationException: being written")
                .contains("Dragoman / corenlp articles/s:  1 thread n/a  2 threads n/a");
    }

    @Test
    void badArgumentsExit2WithOneLine() throws Exception {
        Cli.Run threads = Cli.run(services(false), "bench", "--threads", "1,x", dir.toString());
        assertThat(threads.exitCode()).isEqualTo(2);
        assertThat(threads.errLines()).hasSize(2);
        Cli.Run zero = Cli.run(services(false), "bench", "--threads", "0", dir.toString());
        assertThat(zero.exitCode()).isEqualTo(2);
        Cli.Run missing = Cli.run(services(false), "bench", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("dragoman: " + dir.resolve("nope") + ": no such directory\n");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Cli.Run none = Cli.run(services(false), "bench", empty.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("dragoman: " + empty + ": no usable *.txt files\n");
    }

    @Test
    void whitespaceTokens() {
        assertThat(BenchCommand.whitespaceTokens("  a b\n\nc\t d ")).isEqualTo(4);
        assertThat(BenchCommand.whitespaceTokens(" \n ")).isZero();
    }
}
