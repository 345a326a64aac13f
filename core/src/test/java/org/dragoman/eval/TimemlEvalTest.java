package org.dragoman.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.dragoman.model.Article;
import org.dragoman.model.Span;
import org.dragoman.model.TimeExpr;
import org.dragoman.nlp.SharedBaselines;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimemlEvalTest {

    static final Path TBAQ = Path.of("../../shared/data/tempeval3/Training/TBAQ-cleaned");

    static Path resource(String name) throws URISyntaxException {
        return Path.of(TimemlEvalTest.class.getResource(name).toURI());
    }

    /**
     * A fake system that tags the first occurrence of each phrase with the given type and value
     * (a phrase absent from the text is ignored).
     */
    static Function<Article, List<TimeExpr>> tagging(Map<String, String[]> phrases) {
        return article -> {
            List<TimeExpr> out = new ArrayList<>();
            phrases.forEach((phrase, typeValue) -> {
                int at = article.text().indexOf(phrase);
                if (at >= 0) {
                    out.add(new TimeExpr(new Span(at, at + phrase.length()), phrase, typeValue[0], typeValue[1]));
                }
            });
            return out;
        };
    }

    @Test
    void readsPlainTextOffsetsAndCreationTime() throws Exception {
        TimemlDocument doc = TimemlEval.read(resource("/eval/timeml/alpha/harbour.tml"), "harbour.tml");

        String text = doc.article().text();
        assertThat(text).startsWith("\nDock workers & ferry crews returned to work on Monday.\n");
        assertThat(text).doesNotContain("<", "&amp;", "Harbour");
        assertThat(doc.article().published()).contains(LocalDate.of(2025, 3, 5));
        assertThat(doc.gold()).extracting(TimeExpr::text).containsExactly("Monday", "last week", "three days");
        assertThat(doc.gold()).extracting(TimeExpr::type).containsExactly("DATE", "DATE", "DURATION");
        assertThat(doc.gold()).extracting(TimeExpr::value).containsExactly("2025-03-03", "2025-W09", "P3D");
        for (TimeExpr t : doc.gold()) {
            assertThat(t.span().of(text)).isEqualTo(t.text());
        }
    }

    @Test
    void creationTimeWithClockGivesItsDate() throws Exception {
        TimemlDocument doc = TimemlEval.read(resource("/eval/timeml/beta/orchard.tml"), "orchard.tml");

        assertThat(doc.article().published()).contains(LocalDate.of(2024, 10, 1));
        assertThat(doc.gold()).extracting(TimeExpr::text).containsExactly("on October 12");
    }

    @Test
    void exactOverlapMissAndSpuriousAreCountedPerFolderAndOverall() throws Exception {
        // alpha: "Monday" exact with right value; "week" overlaps "last week" with wrong type and value;
        // "three days" missed; "now" spurious. beta: "October 12" overlaps "on October 12", right value and type.
        Function<Article, List<TimeExpr>> system = tagging(Map.of(
                "Monday", new String[] {"DATE", "2025-03-03"},
                "week", new String[] {"DURATION", "P1W"},
                "now", new String[] {"DATE", "PRESENT_REF"},
                "October 12", new String[] {"DATE", "2024-10-12"}));

        TimemlReport report = TimemlEval.run(resource("/eval/timeml"), system);

        assertThat(report.subsets()).extracting(TimemlReport.Subset::name).containsExactly("alpha", "beta");
        TimemlReport.Subset alpha = report.subsets().get(0);
        assertThat(alpha.documents()).isEqualTo(1);
        assertThat(alpha.strict()).isEqualTo(new Score(1, 2, 2));
        assertThat(alpha.relaxed()).isEqualTo(new Score(2, 1, 1));
        assertThat(alpha.valueCorrect()).isEqualTo(1);
        assertThat(alpha.typeCorrect()).isEqualTo(1);
        assertThat(alpha.valueAccuracy()).isEqualTo(0.5);

        TimemlReport.Subset beta = report.subsets().get(1);
        assertThat(beta.strict()).isEqualTo(new Score(0, 1, 1));
        assertThat(beta.relaxed()).isEqualTo(new Score(1, 0, 0));
        assertThat(beta.valueAccuracy()).isEqualTo(1.0);

        TimemlReport.Subset all = report.overall();
        assertThat(all.documents()).isEqualTo(2);
        assertThat(all.gold()).isEqualTo(4);
        assertThat(all.system()).isEqualTo(4);
        assertThat(all.strict().f1()).isEqualTo(0.25);
        assertThat(all.relaxed().precision()).isEqualTo(0.75);
        assertThat(all.relaxed().recall()).isEqualTo(0.75);
        assertThat(all.valueAccuracy()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(all.typeAccuracy()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(all.value()).isEqualTo(new Score(2, 2, 2));
        assertThat(all.value().f1()).isEqualTo(0.5);
    }

    @Test
    void badCopiedAndTextlessFilesAreSkippedWithReasons() throws Exception {
        TimemlReport report = TimemlEval.run(resource("/eval/timeml"), a -> List.of());

        assertThat(report.skipped()).extracting(SkippedFile::file).containsExactly(
                Path.of("beta", "broken.tml").toString(),
                Path.of("gamma", "harbour-copy.tml").toString(),
                Path.of("gamma", "notext.tml").toString());
        assertThat(report.skipped().get(0).reason()).startsWith("malformed XML at line");
        assertThat(report.skipped().get(1).reason()).isEqualTo("same text and creation time as " + Path.of("alpha", "harbour.tml"));
        assertThat(report.skipped().get(2).reason()).isEqualTo("no <TEXT> element");
        assertThat(report.overall().relaxed()).isEqualTo(new Score(0, 0, 4));
        assertThat(report.format()).anyMatch(l -> l.startsWith("skipped " + Path.of("beta", "broken.tml")));
    }

    @Test
    void systemFailureSkipsTheDocumentOnly() throws Exception {
        TimemlReport report = TimemlEval.run(resource("/eval/timeml"), a -> {
            if (a.text().contains("orchard")) {
                throw new IllegalStateException("boom");
            }
            return List.of();
        });

        assertThat(report.overall().documents()).isEqualTo(1);
        assertThat(report.skipped()).anyMatch(s -> s.reason().equals("system failed: java.lang.IllegalStateException: boom"));
    }

    @Test
    void truncatedFilesNeverCrashTheRun(@TempDir Path tmp) throws Exception {
        byte[] whole = Files.readAllBytes(resource("/eval/timeml/alpha/harbour.tml"));
        for (int cut = 0; cut < whole.length; cut += 13) {
            Files.write(tmp.resolve(String.format("cut-%05d.tml", cut)), java.util.Arrays.copyOf(whole, cut));
        }
        int files = (whole.length + 12) / 13;

        TimemlReport report = TimemlEval.run(tmp, a -> List.of());

        assertThat(report.overall().documents() + report.skipped().size()).isEqualTo(files);
        assertThat(report.skipped()).hasSizeGreaterThan(files / 2);
        assertThat(report.skipped()).allSatisfy(f -> assertThat(f.reason()).doesNotContain("\n"));
    }

    @Test
    void formatHasOneRowPerFolderAndOverall() throws Exception {
        List<String> lines = TimemlEval.run(resource("/eval/timeml"), a -> List.of()).format();

        assertThat(lines).anyMatch(l -> l.startsWith("alpha "));
        assertThat(lines).anyMatch(l -> l.startsWith("beta "));
        assertThat(lines).anyMatch(l -> l.startsWith("overall "));
    }

    @Test
    void suTimeOnFiveTimeBankFiles(@TempDir Path tmp) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(TBAQ.resolve("TimeBank")), "TempEval-3 data absent: " + TBAQ);
        Path sample = Files.createDirectory(tmp.resolve("TimeBank"));
        try (Stream<Path> files = Files.list(TBAQ.resolve("TimeBank"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().limit(5).toList()) {
                Files.copy(f, sample.resolve(f.getFileName()));
            }
        }

        TimemlReport report = TimemlEval.run(tmp, SharedBaselines.suTime());
        report.format().forEach(System.out::println);

        TimemlReport.Subset all = report.overall();
        assertThat(report.skipped()).isEmpty();
        assertThat(all.documents()).isEqualTo(5);
        assertThat(all.gold()).isEqualTo(GOLD_IN_FIRST_FIVE);
        // observed with CoreNLP 4.5.10: strict F1 0.870, relaxed F1 0.926, value accuracy 0.760, type accuracy 1.0
        assertThat(all.strict().f1()).isGreaterThan(0.8);
        assertThat(all.relaxed().f1()).isGreaterThan(0.85);
        assertThat(all.valueAccuracy()).isGreaterThan(0.65);
        assertThat(all.typeAccuracy()).isGreaterThan(0.9);
    }

    static final int GOLD_IN_FIRST_FIVE = 52; // counted independently with Python ElementTree
}
