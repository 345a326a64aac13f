package org.dragoman.golden;

import org.dragoman.Pipelines;
import org.dragoman.ingest.ArticleFiles;
import org.dragoman.json.AnalysisJson;
import org.dragoman.model.Article;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden pairs: each {@code golden/analyze/<case>.txt|.html} is analysed with the published date from
 * {@code published.tsv} and the JSON compared whole with {@code <case>.expected.json}. The expected files are
 * reviewed by hand; regenerate them with {@code -Dgolden.update=true} and review the diff before committing.
 */
class GoldenAnalyzeTest {

    private static final Path DIR = Path.of("src/test/resources/golden/analyze");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        Map<String, LocalDate> published = new HashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("published.tsv"))) {
            String[] f = line.split("\t");
            if (f.length == 2 && !line.startsWith("#")) {
                published.put(f[0], LocalDate.parse(f[1].strip()));
            }
        }
        List<Path> cases;
        try (Stream<Path> files = Files.list(DIR)) {
            cases = files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
        return Stream.concat(
                Stream.of(DynamicTest.dynamicTest("at least six cases", () -> assertThat(cases).hasSizeGreaterThanOrEqualTo(6))),
                cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, published))));
    }

    private static void check(Path input, Map<String, LocalDate> published) throws Exception {
        String name = input.getFileName().toString();
        Article article = ArticleFiles.read(input);
        LocalDate date = published.get(name);
        if (date != null) {
            article = article.withPublished(Optional.of(date));
        }
        String actual = AnalysisJson.toJson(Pipelines.dragoman().analyze(article), true) + "\n";
        Path expected = input.resolveSibling(name.replaceFirst("\\.(txt|html)$", ".expected.json"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("expected output for %s (run with -Dgolden.update=true, then review)", name).exists();
        assertThat(actual).as("analysis of %s", name).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
