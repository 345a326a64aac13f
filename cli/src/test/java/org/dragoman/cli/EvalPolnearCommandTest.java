package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dragoman eval polnear} with a fake analyzer: folder resolution, the report, progress, bad arguments. */
class EvalPolnearCommandTest {

    @TempDir
    Path root;

    @BeforeEach
    void corpus() throws Exception {
        for (String split : new String[] {"dev", "train"}) {
            writeSplit(split);
        }
    }

    private void writeSplit(String split) throws Exception {
        Path dir = root.resolve("data").resolve(split);
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        // the fake analysis quotes the whole first line, which is the annotated content here
        String text = "We will win " + split + ", said the coach.\nThe end.\n";
        Files.writeString(dir.resolve("text/a.txt"), text);
        Files.writeString(dir.resolve("attributions/a_0001.ann"),
                "T1\tContent 0 " + text.indexOf('\n') + "\t" + text.substring(0, text.indexOf('\n')) + "\n"
                        + "E1\tAttribution:T1 Content:T1\n");
    }

    @Test
    void scoresTheDevSplitOfThePolnearFolderByDefault() {
        Cli.Run run = Cli.run("eval", "polnear", "--baseline", "none", root.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("== Dragoman");
        assertThat(run.out()).contains("evaluation of " + root.resolve("data/dev") + ": 1 articles scored, 0 skipped;"
                + " 1 gold attributions, 1 system quotes")
                .doesNotContain("== CoreNLP")
                .contains("annotator used (articles): 0001 1\n")
                .contains("split test: not present in " + root + " (no data/test");
        assertThat(run.out().lines().filter(l -> l.startsWith("all ")).findFirst().orElseThrow())
                .contains("1.000  1.000  1.000 | 1.000  1.000  1.000");
        assertThat(run.err()).contains("dragoman: 1/1 articles");
    }

    @Test
    void takesAnotherSplitOrASplitFolder() {
        assertThat(Cli.run("eval", "polnear", "--baseline", "none", "--split", "train", root.toString()).out())
                .contains("evaluation of " + root.resolve("data/train") + ":");
        assertThat(Cli.run("eval", "polnear", "--baseline", "none", root.resolve("data/dev").toString()).out())
                .contains("evaluation of " + root.resolve("data/dev") + ":");
    }

    @Test
    void scoresTheTestSplitAfterDevWhenPresentAndListsTheAnnotatorPerArticle() throws Exception {
        writeSplit("test");
        Files.writeString(root.resolve("data/test/attributions/a_0002.ann"), "");

        Cli.Run run = Cli.run("eval", "polnear", "--baseline", "none", "--articles", root.toString());

        assertThat(run.exitCode()).isZero();
        String out = run.out();
        assertThat(out.indexOf("evaluation of " + root.resolve("data/dev"))).isPositive()
                .isLessThan(out.indexOf("evaluation of " + root.resolve("data/test")));
        assertThat(out).doesNotContain("not present")
                .contains("annotator used (articles): 0001 1; of several: a -> 0001")
                .contains("article a annotator 0001 (not used: 0002) gold 1 system 1 matched 1");
    }

    @Test
    void writesTheErrorsOfEverySplitToOneFile() throws Exception {
        // a second gold attribution the fake analysis does not quote
        String text = Files.readString(root.resolve("data/dev/text/a.txt"));
        int end = text.indexOf("The end.") + "The end.".length();
        Files.writeString(root.resolve("data/dev/attributions/a_0001.ann"),
                Files.readString(root.resolve("data/dev/attributions/a_0001.ann"))
                        + "T2\tContent " + text.indexOf("The end.") + " " + end + "\tThe end.\n"
                        + "E2\tAttribution:T2 Content:T2\n");
        Path errors = root.resolve("errors.tsv");

        Cli.Run run = Cli.run("eval", "polnear", "--baseline", "none", "--split", "dev,train", "--errors",
                errors.toString(), root.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllLines(errors)).containsExactly("error\tarticle\tkind\tcue\tsource\tcontent",
                "missed\ta\tindirect\t\t\tThe end.");
    }

    @Test
    void rejectsAFolderWithoutPolnearAndAnUnknownBaseline() throws Exception {
        Path empty = Files.createDirectories(root.resolve("empty"));

        Cli.Run notPolnear = Cli.run("eval", "polnear", "--baseline", "none", empty.toString());
        assertThat(notPolnear.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(notPolnear.err()).startsWith("dragoman: " + empty + ": not a PolNeAR folder");

        Cli.Run badSplit = Cli.run("eval", "polnear", "--baseline", "none", "--split", "test", root.toString());
        assertThat(badSplit.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        Cli.Run unknownSplit = Cli.run("eval", "polnear", "--baseline", "none", "--split", "dev,tset", root.toString());
        assertThat(unknownSplit.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(unknownSplit.err()).contains("unknown split 'tset'");

        Cli.Run badBaseline = Cli.run("eval", "polnear", "--baseline", "stanza", root.toString());
        assertThat(badBaseline.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(badBaseline.err()).contains("unknown baseline 'stanza' (corenlp or none)");
    }
}
