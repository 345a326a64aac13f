package org.dragoman.golden;

import org.dragoman.Pipelines;
import org.dragoman.ingest.BadInputException;
import org.dragoman.model.Analysis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles cut short: each golden text, cut right after every sixth of its commas, quotation marks, colons and dashes,
 * and a few letters into the source of each "according to", is analysed without failing, and every quote found
 * lies inside the text that was read. Feeds and scrapers deliver such truncated texts.
 */
class TruncatedInputTest {

    private static final Path DIR = Paths.get("src/test/resources/golden/analyze");
    private static final String MARKS = ",\"“”:;—";

    @TestFactory
    Stream<DynamicTest> truncatedArticlesAreRead() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                List<Integer> cuts = new ArrayList<>();
                int marks = 0;
                for (int i = 0; i < text.length(); i++) {
                    if (MARKS.indexOf(text.charAt(i)) >= 0 && marks++ % 6 == 0) {
                        cuts.add(i + 1);
                    }
                }
                for (int i = text.indexOf("according to "); i >= 0; i = text.indexOf("according to ", i + 1)) {
                    cuts.add(Math.min(text.length(), i + "according to ".length() + 6));
                }
                tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    for (int cut : cuts) {
                        String head = text.substring(0, cut);
                        Analysis a;
                        try {
                            a = Pipelines.analyze(head, "2025-06-25");
                        } catch (IllegalStateException e) {
                            // a cut that leaves too little to read is refused as bad input, by name
                            assertThat(e).hasCauseInstanceOf(BadInputException.class);
                            continue;
                        }
                        assertThat(a.quotes()).as("quotes of %s cut at %d", p.getFileName(), cut)
                                .allSatisfy(q -> assertThat(q.span().end()).isLessThanOrEqualTo(head.length()));
                    }
                }));
            }
        }
        return tests.stream();
    }
}
