package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dragoman.ingest.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dragoman analyze} on a single article. */
class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path article(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void singleArticleIsPrettyJsonByDefault() throws Exception {
        Path file = article("story.txt", "Ruiz said: \"Fine.\"\nMore text.");
        Cli.Run run = Cli.run("analyze", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{\n  \"article\": {\n");
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.at("/article/text").asText()).isEqualTo("Ruiz said: \"Fine.\"\nMore text.");
        assertThat(root.at("/entities/0/name").asText()).isEqualTo("Ruiz");
        assertThat(root.has("input")).isFalse();
    }

    @Test
    void noPrettyPrintsOneLine() throws Exception {
        Path file = article("story.txt", "Ruiz spoke.\nAgain.");
        Cli.Run run = Cli.run("analyze", "--no-pretty", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(1);
        assertThat(JSON.readTree(run.out()).at("/article/text").asText()).isEqualTo("Ruiz spoke.\nAgain.");
    }

    @Test
    void metadataOptionsOverrideTheFile() throws Exception {
        Path file = article("page.html", "<p>Ruiz spoke.</p>");
        Cli.Run run = Cli.run("analyze", "--published", "2025-06-24", "--title", "T", "--source", "Example Post",
                "--url", "https://example.org/a", "--author", "A. Writer", file.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode article = JSON.readTree(run.out()).get("article");
        assertThat(article.get("published").asText()).isEqualTo("2025-06-24");
        assertThat(article.get("title").asText()).isEqualTo("T");
        // the fake HTML reader set the source to "html"; the option wins
        assertThat(article.get("source").asText()).isEqualTo("Example Post");
        assertThat(article.get("url").asText()).isEqualTo("https://example.org/a");
        assertThat(article.get("author").asText()).isEqualTo("A. Writer");
    }

    @Test
    void htmlFilesGoToTheHtmlReader() throws Exception {
        Path file = article("page.htm", "<p>Ruiz spoke.</p>");
        Cli.Run run = Cli.run("analyze", file.toString());
        assertThat(JSON.readTree(run.out()).at("/article/source").asText()).isEqualTo("html");
    }

    @Test
    void badPublishedValueIsNamedAndExits2() throws Exception {
        Path file = article("story.txt", "Ruiz spoke.");
        Cli.Run run = Cli.run("analyze", "--published", "2025-02-30", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("dragoman: ").contains("'2025-02-30'").contains("YYYY-MM-DD");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingFileIsOneLine() {
        String missing = dir.resolve("nope.txt").toString();
        Cli.Run run = Cli.run("analyze", missing);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("dragoman: " + missing + ": no such file\n");
    }

    @Test
    void rejectedFilesAreOneLineWithTheReason() throws Exception {
        Path binary = Files.write(dir.resolve("img.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path empty = article("empty.txt", "  \n ");
        Path latin1 = Files.write(dir.resolve("old.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Cli.run("analyze", binary.toString()).err()).isEqualTo("dragoman: " + binary + ": binary file\n");
        assertThat(Cli.run("analyze", empty.toString()).err()).isEqualTo("dragoman: " + empty + ": empty file\n");
        Cli.Run run = Cli.run("analyze", latin1.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("dragoman: " + latin1 + ": invalid UTF-8 at byte 3\n");
        Cli.Run big = Cli.run("analyze", "--max-bytes", "4", article("big.txt", "12345").toString());
        assertThat(big.err()).isEqualTo("dragoman: " + dir.resolve("big.txt") + ": too large: 5 bytes (limit 4)\n");
    }

    @Test
    void analysisRejectionIsOneLineAndExits2() throws Exception {
        Path file = article("story.txt", "Texto en espa\u00f1ol.");
        Cli.Run run = Cli.run(Cli.services(a -> {
            throw new BadInputException(file.toString(), "not English");
        }), "analyze", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("dragoman: " + file + ": not English\n");
    }

    @Test
    void directoryOrSeveralFilesNeedJsonl() throws Exception {
        Path a = article("a.txt", "A.");
        Cli.Run directory = Cli.run("analyze", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.err()).startsWith("dragoman: " + dir + ": is a directory");
        Cli.Run several = Cli.run("analyze", a.toString(), a.toString());
        assertThat(several.exitCode()).isEqualTo(2);
        assertThat(several.errLines().get(0)).contains("--jsonl");
    }

    @Test
    void optionsThatNeedJsonlAreRejectedWithoutIt() throws Exception {
        Path a = article("a.txt", "A.");
        Cli.Run run = Cli.run("analyze", "--threads", "2", a.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("dragoman: --threads applies only with --jsonl");
    }

    @Test
    void standardInput() {
        Cli.Run text = Cli.run(Cli.withStdin(Cli.services(), "Ruiz spoke from stdin."), "analyze", "-");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Ruiz spoke from stdin.");
        Cli.Run html = Cli.run(Cli.withStdin(Cli.services(), "\n  <html><p>Hi</p></html>"), "analyze", "--no-pretty", "-");
        assertThat(html.out()).contains("\"source\":\"html\"");
        Cli.Run empty = Cli.run(Cli.withStdin(Cli.services(), ""), "analyze", "-");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("dragoman: <stdin>: empty file\n");
    }

    @Test
    void textReport() throws Exception {
        Path file = article("story.txt", "Ruiz said it.\nMore.");
        Cli.Run run = Cli.run("analyze", "--format", "text", "--published", "2025-06-24", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2025-06-24").contains("PERSON").contains("Ruiz (1 mention)")
                .contains("Q1  direct  unknown").contains("\u201cRuiz said it.\u201d");
    }
}
