package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --events-tsv} and {@code --dictionaries}. */
class AnalyzeEventsOptionsTest {

    @TempDir
    Path dir;

    private static Analysis withEvents(Article article) {
        Analysis a = Cli.fakeAnalysis(article);
        EventParty iran = new EventParty(Optional.empty(), "Iran", Optional.of("IRN"));
        EventParty israel = new EventParty(Optional.empty(), "Israel", Optional.of("ISRGOV"));
        Span span = new Span(0, 4);
        Event strike = new Event("V1", "195", Optional.of("ASSAULT"), Optional.of("aerial"), iran, Optional.of(israel),
                Optional.of(LocalDate.of(2025, 6, 13)), Optional.of(new EventParty(Optional.empty(), "Tel Aviv", Optional.of("ISR"))),
                false, Optional.empty(), false, false, span, span);
        Event denied = new Event("V2", "190", Optional.empty(), Optional.empty(), iran, Optional.of(israel),
                Optional.empty(), Optional.empty(), false, Optional.empty(), true, false, span, span);
        return new Analysis(a.article(), a.blocks(), a.removed(), a.entities(), a.quotes(), List.of(strike, denied), a.times());
    }

    @Test
    void eventsTsvHasOneGdeltRowPerAssertedEvent() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "Iran struck.");
        Path tsv = dir.resolve("events.tsv");
        Cli.Run run = Cli.run(Cli.services(AnalyzeEventsOptionsTest::withEvents), "analyze", "--jsonl", "--events-tsv",
                tsv.toString(), story.toString());
        assertThat(run.exitCode()).isZero();
        List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(1);
        String[] c = rows.get(0).split("\t", -1);
        assertThat(c).hasSize(61);
        assertThat(c[0]).isEqualTo("1");
        assertThat(c[1]).isEqualTo("20250613");
        assertThat(c[5]).isEqualTo("IRN");
        assertThat(c[7]).isEqualTo("IRN");
        assertThat(c[15]).isEqualTo("ISRGOV");
        assertThat(c[22]).isEqualTo("GOV");
        assertThat(c[26]).isEqualTo("195");
        assertThat(c[28]).isEqualTo("19");
        assertThat(c[29]).isEqualTo("4");
        assertThat(c[30]).isEqualTo("-10.0");
        assertThat(c[52]).isEqualTo("Tel Aviv");
        assertThat(c[60]).isEqualTo(story.toString());
    }

    @Test
    void missingDictionaryDirectoryIsNamedAndExits2() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "Iran struck.");
        Cli.Run run = Cli.run("analyze", "--dictionaries", dir.resolve("nope").toString(), story.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--dictionaries").contains("nope").contains("not a directory");
    }

    @Test
    void directoryWithoutAVerbDictionaryIsNamedAndExits2() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "Iran struck.");
        Path dicts = Files.createDirectory(dir.resolve("dicts"));
        Cli.Run run = Cli.run("analyze", "--dictionaries", dicts.toString(), story.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("dicts").contains("CAMEO.2.0.txt");
    }
}
