package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dragoman extract} in-process on small inputs written for these tests. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BODY = "The regional water board said on Thursday that it would ration irrigation "
            + "water in the southern valleys from July, after the driest spring in forty years left its reservoirs "
            + "at a third of their capacity.";
    private static final String BODY_2 = "Farmers' groups said the rationing would hit fruit growers hardest and "
            + "asked the board to delay the cuts until after the apricot harvest, which begins in mid-June.";

    @TempDir
    Path tmp;

    private Path page() throws IOException {
        Path file = tmp.resolve("water.html");
        Files.writeString(file, "<!DOCTYPE html><html><head><title>Water board orders irrigation cuts</title>"
                + "<meta name=\"author\" content=\"Marta Ruiz\">"
                + "<meta property=\"article:published_time\" content=\"2025-05-29T09:00:00+02:00\">"
                + "<meta property=\"og:site_name\" content=\"Valley Herald\"></head><body>"
                + "<nav><a href=/>Home</a></nav><article><h1>Water board orders irrigation cuts</h1>"
                + "<p>" + BODY + "</p><p>" + BODY_2 + "</p></article></body></html>");
        return file;
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void singlePagePrintsPrettyArticleJsonWithoutLocator() throws IOException {
        Path file = page();
        Cli.Run run = Cli.run("extract", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\n  \"article\"");
        JsonNode node = JSON.readTree(run.out());
        assertThat(node.get("input").asText()).isEqualTo(file.toString());
        assertThat(node.has("locator")).isFalse();
        JsonNode article = node.get("article");
        assertThat(article.get("title").asText()).isEqualTo("Water board orders irrigation cuts");
        assertThat(article.get("published").asText()).isEqualTo("2025-05-29");
        assertThat(article.get("author").asText()).isEqualTo("Marta Ruiz");
        assertThat(article.get("source").asText()).isEqualTo("Valley Herald");
        assertThat(article.get("url").isNull()).isTrue();
        assertThat(article.get("text").asText())
                .isEqualTo("Water board orders irrigation cuts\n\n" + BODY + "\n\n" + BODY_2);
    }

    @Test
    void jsonlOverADirectoryPrintsEveryRecordInOrder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.copy(page(), dir.resolve("a.html"));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.jsonl.gz")))) {
            o.write(("{\"title\": \"Apricot growers ask for delay\", \"date\": \"06/02/25\", \"text\": \"" + BODY_2
                    + "\"}\n{\"text\": \n{\"headline\": \"no body\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("c.rss"), "<rss version=\"2.0\"><channel><title>Valley Herald</title><item>"
                + "<title>Reservoir levels</title><link>https://herald.example/reservoirs</link>"
                + "<guid>herald-77</guid><description>Short teaser.</description></item></channel></rss>");
        Cli.Run run = Cli.run("extract", "--jsonl", dir.toString());
        assertThat(run.exitCode()).isZero();
        List<JsonNode> nodes = lines(run.out());
        assertThat(nodes).hasSize(5);
        assertThat(nodes.get(0).get("input").asText()).endsWith("a.html");
        assertThat(nodes.get(0).has("locator")).isFalse();
        assertThat(nodes.get(1).get("locator").asText()).isEqualTo("1");
        assertThat(nodes.get(1).get("article").get("published").asText()).isEqualTo("2025-06-02");
        assertThat(nodes.get(2).get("locator").asText()).isEqualTo("2");
        assertThat(nodes.get(2).get("error").asText()).startsWith("bad JSON");
        assertThat(nodes.get(3).get("error").asText()).startsWith("no text");
        assertThat(nodes.get(4).get("pending").asBoolean()).isTrue();
        assertThat(nodes.get(4).get("url").asText()).isEqualTo("https://herald.example/reservoirs");
        assertThat(nodes.get(4).get("locator").asText()).isEqualTo("herald-77");
        assertThat(run.err()).contains("extracted 2, pending 1, errors 2");
    }

    @Test
    void singleContainerFileWithoutJsonlIsAUsageError() throws IOException {
        Path file = tmp.resolve("x.jsonl");
        Files.writeString(file, "{\"text\": \"" + BODY + "\"}\n");
        Cli.Run run = Cli.run("extract", file.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.errLines().get(0)).contains("JSON Lines").contains("--jsonl");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void singleBadFileIsOneLineErrorAndExitTwo() throws IOException {
        Path file = tmp.resolve("menu.html");
        Files.writeString(file, "<html><body><nav><a href=/>Home</a></nav></body></html>");
        Cli.Run run = Cli.run("extract", file.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.errLines()).containsExactly("dragoman: " + file + ": no article text found");

        Cli.Run missing = Cli.run("extract", tmp.resolve("gone.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(missing.errLines()).containsExactly("dragoman: " + tmp.resolve("gone.txt") + ": no such file");
    }

    @Test
    void severalInputsNeedJsonl() throws IOException {
        Path file = page();
        Cli.Run run = Cli.run("extract", file.toString(), file.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.errLines().get(0)).contains("use --jsonl");
    }

    @Test
    void standardInputIsOneArticle() throws IOException {
        Cli.Run run = Cli.run(Cli.withStdin(Cli.services(), BODY + "\n"), "extract", "--no-pretty", "-");
        assertThat(run.exitCode()).isZero();
        JsonNode node = JSON.readTree(run.out());
        assertThat(node.get("input").asText()).isEqualTo("<stdin>");
        assertThat(node.get("article").get("text").asText()).isEqualTo(BODY + "\n");
        assertThat(run.outLines()).hasSize(1);

        Cli.Run batch = Cli.run(Cli.withStdin(Cli.services(), BODY), "extract", "--jsonl", "-");
        assertThat(batch.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    }

    @Test
    void textFieldNamesTheJsonField() throws IOException {
        Path file = tmp.resolve("export.jsonl");
        Files.writeString(file, "{\"story\": \"" + BODY + "\"}\n");
        Cli.Run run = Cli.run("extract", "--jsonl", "--text-field", "story", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(lines(run.out()).get(0).get("article").get("text").asText()).isEqualTo(BODY);
        Cli.Run blank = Cli.run("extract", "--jsonl", "--text-field", " ", file.toString());
        assertThat(blank.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(blank.errLines().get(0)).contains("--text-field");
    }

    @Test
    void missingInputInABatchIsAnErrorLineNotAnExit() throws IOException {
        Path file = page();
        Cli.Run run = Cli.run("extract", "--jsonl", tmp.resolve("gone.txt").toString(), file.toString());
        assertThat(run.exitCode()).isZero();
        List<JsonNode> nodes = lines(run.out());
        assertThat(nodes.get(0).get("error").asText()).isEqualTo("no such file");
        assertThat(nodes.get(1).get("article").get("title").asText()).isEqualTo("Water board orders irrigation cuts");
    }
}
