package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dragoman analyze --jsonl}: order, bad inputs, timeouts, dates. */
class BatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path article(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static List<JsonNode> lines(Cli.Run run) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.outLines()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static List<String> inputs(List<JsonNode> lines) {
        return lines.stream().map(n -> n.get("input").asText()).toList();
    }

    private static String firstKey(JsonNode node) {
        Iterator<String> names = node.fieldNames();
        return names.next();
    }

    /** Analyses slowly in reverse order of the number in the text, so results finish out of input order. */
    private static Analyzer slowerForSmallerNumbers() {
        return article -> {
            int n = Integer.parseInt(article.text().replaceAll("\\D", ""));
            try {
                Thread.sleep(Math.max(0, 60 - 6L * n));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Cli.fakeAnalysis(article);
        };
    }

    @Test
    void linesComeInInputOrderWhateverOrderTheyFinishIn() throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze", "--jsonl", "--threads", "4"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String path = article("n" + i + ".txt", "Article " + i).toString();
            args.add(path);
            expected.add(path);
        }
        Cli.Run run = Cli.run(Cli.services(slowerForSmallerNumbers()), args.toArray(String[]::new));
        assertThat(run.exitCode()).isZero();
        List<JsonNode> lines = lines(run);
        assertThat(inputs(lines)).containsExactlyElementsOf(expected);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(firstKey(lines.get(i))).isEqualTo("input");
            assertThat(lines.get(i).at("/article/text").asText()).isEqualTo("Article " + i);
        }
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("dragoman: analysed 10, errors 0, ");
    }

    @Test
    void badInputsBecomeErrorLinesAndTheBatchGoesOn() throws Exception {
        Path good1 = article("1.txt", "Ruiz spoke.");
        Path binary = Files.write(dir.resolve("2.txt"), new byte[] {'a', 0, 'b'});
        Path empty = article("3.txt", "");
        String missing = dir.resolve("4.txt").toString();
        Path good2 = article("5.txt", "Lee spoke.");
        Cli.Run run = Cli.run("analyze", "--jsonl", "--threads", "2", good1.toString(), binary.toString(),
                empty.toString(), missing, good2.toString());
        assertThat(run.exitCode()).isZero();
        List<JsonNode> lines = lines(run);
        assertThat(inputs(lines)).containsExactly(good1.toString(), binary.toString(), empty.toString(), missing,
                good2.toString());
        assertThat(lines.get(0).has("article")).isTrue();
        assertThat(run.outLines().get(1)).isEqualTo("{\"input\":\"" + binary + "\",\"error\":\"binary file\"}");
        assertThat(lines.get(2).get("error").asText()).isEqualTo("empty file");
        assertThat(lines.get(3).get("error").asText()).isEqualTo("no such file");
        assertThat(lines.get(4).at("/article/text").asText()).isEqualTo("Lee spoke.");
        assertThat(run.err()).startsWith("dragoman: analysed 2, errors 3, ").doesNotContain("\tat ");
    }

    @Test
    void directoriesExpandRecursivelyInSortedOrderWithoutHiddenFiles() throws Exception {
        article("b/2.txt", "Two 2");
        article("b/1.txt", "One 1");
        article("a.txt", "A 3");
        article(".hidden.txt", "Hidden 4");
        article(".git/config", "Hidden 5");
        article("c/.secret/x.txt", "Hidden 6");
        Cli.Run run = Cli.run("analyze", "--jsonl", dir.toString());
        assertThat(inputs(lines(run))).containsExactly(dir.resolve("a.txt").toString(),
                dir.resolve("b/1.txt").toString(), dir.resolve("b/2.txt").toString());
    }

    @Test
    void aFileGivenTwiceIsAnalysedOnce() throws Exception {
        Path a = article("sub/a.txt", "A 1");
        Cli.Run run = Cli.run("analyze", "--jsonl", a.toString(), dir.resolve("sub").toString());
        assertThat(inputs(lines(run))).containsExactly(a.toString());
    }

    @Test
    void slowArticleTimesOutAndTheBatchGoesOn() throws Exception {
        Path fast1 = article("1.txt", "fast 1");
        Path slow = article("2.txt", "slow 2");
        Path fast2 = article("3.txt", "fast 3");
        AtomicInteger interrupted = new AtomicInteger();
        Analyzer analyzer = article -> {
            if (article.text().startsWith("slow")) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                    throw new IllegalStateException("interrupted");
                }
            }
            return Cli.fakeAnalysis(article);
        };
        long start = System.nanoTime();
        Cli.Run run = Cli.run(Cli.services(analyzer), "analyze", "--jsonl", "--threads", "2", "--timeout", "0.3",
                fast1.toString(), slow.toString(), fast2.toString());
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
        List<JsonNode> lines = lines(run);
        assertThat(inputs(lines)).containsExactly(fast1.toString(), slow.toString(), fast2.toString());
        assertThat(lines.get(1).get("error").asText()).isEqualTo("timed out after 0.3 s");
        assertThat(lines.get(2).has("article")).isTrue();
        // a timeout is the article's problem, not an internal error
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("dragoman: analysed 2, errors 1, ");
    }

    @Test
    void aTaskThatIgnoresInterruptionDoesNotStarveTheBatch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> args = new ArrayList<>(List.of("analyze", "--jsonl", "--threads", "1", "--timeout", "0.2"));
        for (int i = 0; i < 5; i++) {
            args.add(article(i + ".txt", (i == 1 ? "stuck " : "fine ") + i).toString());
        }
        Analyzer analyzer = article -> {
            if (article.text().startsWith("stuck")) {
                // like a parser in a tight loop: interruption does not stop it
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException ignored) {
                        // keep going
                    }
                }
            }
            return Cli.fakeAnalysis(article);
        };
        try {
            Cli.Run run = Cli.run(Cli.services(analyzer), args.toArray(String[]::new));
            List<JsonNode> lines = lines(run);
            assertThat(lines).hasSize(5);
            assertThat(lines.get(1).get("error").asText()).isEqualTo("timed out after 0.2 s");
            assertThat(lines.stream().filter(n -> n.has("article")).count()).isEqualTo(4);
        } finally {
            release.countDown();
        }
    }

    @Test
    void internalErrorsBecomeLinesAndExit1() throws Exception {
        Path ok = article("1.txt", "fine 1");
        Path broken = article("2.txt", "broken 2");
        Path after = article("3.txt", "fine 3");
        Analyzer analyzer = article -> {
            if (article.text().startsWith("broken")) {
                throw new IllegalStateException("parser\nexploded");
            }
            return Cli.fakeAnalysis(article);
        };
        Cli.Run run = Cli.run(Cli.services(analyzer), "analyze", "--jsonl", ok.toString(), broken.toString(),
                after.toString());
        List<JsonNode> lines = lines(run);
        assertThat(lines.get(1).get("error").asText()).isEqualTo("internal error: IllegalStateException: parser exploded");
        assertThat(lines.get(2).has("article")).isTrue();
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void publishedFromAppliesDatesByPathOrFileName() throws Exception {
        Path a = article("x/a.txt", "A 1");
        Path b = article("y/b.txt", "B 2");
        Path c = article("z/c.txt", "C 3");
        Path d = article("w/d.txt", "D 4");
        Path tsv = dir.resolve("dates.tsv");
        Files.writeString(tsv, "path\tpublished\n# dates from the feed\n" + a + "\t2025-06-24\nb.txt\t2025-06-25\n"
                + "other/c.txt\t2025-01-01\n\n");
        Cli.Run run = Cli.run("analyze", "--jsonl", "--published-from", tsv.toString(), "--published", "2020-01-01",
                a.toString(), b.toString(), c.toString(), d.toString());
        assertThat(run.exitCode()).isZero();
        List<JsonNode> lines = lines(run);
        assertThat(lines.get(0).at("/article/published").asText()).isEqualTo("2025-06-24");
        assertThat(lines.get(1).at("/article/published").asText()).isEqualTo("2025-06-25");
        // "other/c.txt" is neither the path given nor the file name: the general --published applies
        assertThat(lines.get(2).at("/article/published").asText()).isEqualTo("2020-01-01");
        assertThat(lines.get(3).at("/article/published").asText()).isEqualTo("2020-01-01");
    }

    @Test
    void publishedFromWithoutAMatchLeavesTheDateEmpty() throws Exception {
        Path a = article("a.txt", "A 1");
        Path tsv = Files.writeString(dir.resolve("dates.tsv"), "zzz.txt\t2025-06-24\n");
        Cli.Run run = Cli.run("analyze", "--jsonl", "--published-from", tsv.toString(), a.toString());
        assertThat(lines(run).get(0).at("/article/published").isNull()).isTrue();
    }

    @Test
    void malformedPublishedFromFailsAtStartNamingTheLine() throws Exception {
        Path a = article("a.txt", "A 1");
        Path tsv = Files.writeString(dir.resolve("dates.tsv"), "a.txt\t2025-06-24\nb.txt\t24/06/2025\n");
        Cli.Run run = Cli.run("analyze", "--jsonl", "--published-from", tsv.toString(), a.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("dragoman: " + tsv + ":2: bad date '24/06/2025' (expected YYYY-MM-DD)\n");
        Cli.Run missing = Cli.run("analyze", "--jsonl", "--published-from", dir.resolve("no.tsv").toString(), a.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("dragoman: " + dir.resolve("no.tsv") + ": no such file\n");
    }

    @Test
    void jsonlRejectsSingleArticleOptions() throws Exception {
        Path a = article("a.txt", "A 1");
        Cli.Run run = Cli.run("analyze", "--jsonl", "--pretty", a.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).contains("--pretty");
        assertThat(Cli.run("analyze", "--jsonl", "--format", "text", a.toString()).exitCode()).isEqualTo(2);
        // asking for what --jsonl does anyway is fine
        assertThat(Cli.run("analyze", "--jsonl", "--no-pretty", a.toString()).exitCode()).isZero();
        assertThat(Cli.run("analyze", "--jsonl", "--threads", "0", a.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("analyze", "--jsonl", "--timeout", "-1", a.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void emptyDirectoryIsAnError() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Cli.Run run = Cli.run("analyze", "--jsonl", empty.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("dragoman: " + empty + ": no files to analyse\n");
    }

    @Test
    void progressBarOnlyWhenAsked() throws Exception {
        Path a = article("a.txt", "A 1");
        Cli.Run quiet = Cli.run("analyze", "--jsonl", a.toString());
        assertThat(quiet.err()).doesNotContain("\r");
        Cli.Run shown = Cli.run("analyze", "--jsonl", "--progress", a.toString());
        assertThat(shown.err()).contains("\r[").contains("1/1").contains("articles/s");
        Cli.Run interactive = Cli.run(Cli.services().withInteractive(true), "analyze", "--jsonl", a.toString());
        assertThat(interactive.err()).contains("1/1");
    }
}
