package org.dragoman.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metadata scoring rules on hand-made cases, and the reader's accuracy on Readability's test pages. */
class MetadataEvalTest {
    // Maven runs tests in core/, so the shared data sits two levels up, beside the project checkout.
    private static final Path PAGES = Path.of("../../shared/data/readability-testpages");

    @TempDir
    Path tmp;

    @Test
    void titleKeysIgnoreCaseSpacesAndPunctuation() {
        assertThat(MetadataEval.titleMatches("Ferry strike ends — after pay deal", "ferry strike ends after pay deal"))
                .isTrue();
        assertThat(MetadataEval.titleMatches("Ferry strike ends", "Ferry strike goes on")).isFalse();
        assertThat(MetadataEval.titleMatches("Ferry strike ends", "")).isFalse();
    }

    @Test
    void titleWithASiteNameMatchesTheTitleWithout() {
        assertThat(MetadataEval.titleMatches("Ferry strike ends | Northern Wire", "Ferry strike ends")).isTrue();
        assertThat(MetadataEval.titleMatches("Northern Wire - Ferry strike ends", "Ferry strike ends")).isTrue();
        assertThat(MetadataEval.titleMatches("Ferry strike ends", "Ferry strike ends :: Northern Wire")).isTrue();
        assertThat(MetadataEval.titleMatches("Ferry strike ends | Northern Wire", "Northern Wire")).isFalse();
        assertThat(MetadataEval.titleMatches("Harbours - Wikipedia", "Harbours")).isTrue();
    }

    @Test
    void bylineMatchesWithoutByAndWithDatesBeside() {
        assertThat(MetadataEval.bylineMatches("By Karin Holm", "Karin Holm")).isTrue();
        assertThat(MetadataEval.bylineMatches("By KARIN HOLM June 24, 2025", "Karin Holm")).isTrue();
        assertThat(MetadataEval.bylineMatches("Karin Holm", "Jonas Lind")).isFalse();
        assertThat(MetadataEval.bylineMatches("Karin Holm", "By")).isFalse();
    }

    @Test
    void fieldsAreScoredOnlyWhereAValueIsExpected() {
        MetadataEval.Page right = new MetadataEval.Page("a", false, Optional.of("Ferry strike ends | Wire"),
                Optional.of("Ferry strike ends"), Optional.of("By Karin Holm"), Optional.of("Karin Holm"),
                Optional.of(LocalDate.of(2025, 6, 24)), Optional.of(LocalDate.of(2025, 6, 24)));
        MetadataEval.Page extra = new MetadataEval.Page("b", false, Optional.of("Dam cracks"),
                Optional.of("Storm warning"), Optional.empty(), Optional.of("Jonas Lind"),
                Optional.of(LocalDate.of(2025, 6, 26)), Optional.of(LocalDate.of(2025, 6, 25)));
        MetadataEval.Page rejected = new MetadataEval.Page("c", true, Optional.of("Festival"), Optional.empty(),
                Optional.of("Tomas Varga"), Optional.empty(), Optional.empty(), Optional.empty());
        MetadataEval.Report r = MetadataEval.summarize(List.of(right, extra, rejected));
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(r.titleExact()).isEqualTo(new MetadataEval.Field(0, 3, 0, 0));
        assertThat(r.titleLenient()).isEqualTo(new MetadataEval.Field(1, 3, 0, 0));
        assertThat(r.bylineExact()).isEqualTo(new MetadataEval.Field(1, 2, 1, 1));
        assertThat(r.bylineLenient().accuracy()).isEqualTo(0.5);
        assertThat(r.published()).isEqualTo(new MetadataEval.Field(1, 2, 0, 1));
        assertThat(r.format(true)).contains("byline    lenient accuracy=0.5000 (1/2); given where none expected: 1/1")
                .contains("miss b").contains("expected 2025-06-26, got 2025-06-25").contains("miss c (rejected)");
    }

    @Test
    void readsPageFoldersAndRejectsAFolderWithoutPages() throws IOException {
        Path page = Files.createDirectories(tmp.resolve("pages/ferry"));
        Files.writeString(page.resolve("source.html"), "<html><head><title>Ferry strike ends | Northern Wire"
                + "</title><meta name=author content=\"Karin Holm\"><meta property=article:published_time "
                + "content=2025-06-24T23:30:00-05:00></head><body><article><p>Ferry crews on the island routes will "
                + "return to work on Wednesday after their union accepted a pay offer of six percent over two years."
                + "</p><p>The operator said the first sailings would leave at six in the morning.</p></article>"
                + "</body></html>");
        Files.writeString(page.resolve("expected-metadata.json"), "{\"title\": \"Ferry strike ends | Northern "
                + "Wire\", \"byline\": \"By Karin Holm\", \"publishedTime\": \"2025-06-24T23:30:00-05:00\"}");
        MetadataEval.Report r = MetadataEval.run(tmp);
        assertThat(r.pages()).isEqualTo(1);
        assertThat(r.titleLenient().right()).isEqualTo(1);
        assertThat(r.bylineExact().right()).isEqualTo(1);
        assertThat(r.published().right()).isEqualTo(1);
        assertThatThrownBy(() -> MetadataEval.run(page)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no page folders");
    }

    @Test
    void readerScoresAboveTheFloorOnReadabilityTestPages() {
        Assumptions.assumeTrue(Files.isDirectory(PAGES), "test pages not present at " + PAGES);
        MetadataEval.Report r = MetadataEval.run(PAGES);
        System.out.print(r.format(false));
        assertThat(r.pages()).isEqualTo(130);
        // Measured: title lenient 0.8504 (exact 0.7323), byline lenient 0.7763 (exact 0.7105), published 1.0000 (33/33).
        assertThat(r.titleLenient().accuracy()).isGreaterThanOrEqualTo(0.83);
        assertThat(r.bylineLenient().accuracy()).isGreaterThanOrEqualTo(0.75);
        assertThat(r.published().accuracy()).isGreaterThanOrEqualTo(0.95);
    }
}
