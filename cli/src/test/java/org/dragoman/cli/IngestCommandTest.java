package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

    @TempDir
    Path dir;

    /** The fake analysis plus one event, so events queries and exports have something to show. */
    private static Analysis withEvent(Article article) {
        Analysis fake = Cli.fakeAnalysis(article);
        int end = Math.min(10, article.text().length());
        Event event = new Event("V1", "190", Optional.empty(), Optional.empty(),
                new EventParty(Optional.empty(), "Ruritania", Optional.of("RUR")),
                Optional.of(new EventParty(Optional.empty(), "Borduria", Optional.of("BOR"))), Optional.empty(),
                Optional.empty(), false, Optional.empty(), false, false, new Span(0, end), new Span(0, end));
        return new Analysis(fake.article(), fake.blocks(), fake.removed(), fake.entities(), fake.quotes(),
                List.of(event), fake.times());
    }

    private Path corpus() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Alvarez said the port would reopen on Monday after the strike.");
        Files.writeString(in.resolve("b.txt"), "Borg warned that the harbour strike could spread to the railways.");
        Files.write(in.resolve("feed.jsonl"), List.of(
                "{\"text\": \"Cato told reporters the talks had failed.\", \"title\": \"Talks fail\", "
                        + "\"date\": \"2024-05-02\", \"url\": \"https://c.example/1\"}",
                "{\"text\": \"Alvarez said the port would reopen on Monday after the strike.\", "
                        + "\"url\": \"https://copy.example/a\"}",
                "{broken"), StandardCharsets.UTF_8);
        return in;
    }

    @Test
    void ingestStoresEachTextOnceAndRerunAddsNothing() throws Exception {
        Path in = corpus();
        Path store = dir.resolve("store");
        Services services = Cli.services(IngestCommandTest::withEvent);
        Cli.Run first = Cli.run(services, "ingest", "--store", store.toString(), "--threads", "2", in.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("analysed 3, duplicates 1, already stored 0, errors 1");

        Cli.Run stats = Cli.run(services, "query", "stats", "--store", store.toString(), "--format", "json");
        assertThat(stats.out().strip()).isEqualTo("{\"articles\":4,\"distinct_texts\":3,\"story_clusters\":3,"
                + "\"entities\":3,\"quotes\":3,\"events\":3,\"story_events\":3,\"errors\":1,\"indexed\":3}");

        Cli.Run again = Cli.run(services, "ingest", "--store", store.toString(), in.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("analysed 0, duplicates 0, already stored 5, errors 0");
        assertThat(Cli.run(services, "query", "stats", "--store", store.toString(), "--format", "json").out())
                .isEqualTo(stats.out());

        Cli.Run errors = Cli.run(services, "ingest", "--errors", "--store", store.toString());
        assertThat(errors.out()).contains("feed.jsonl").contains("3");

        Cli.Run search = Cli.run(services, "query", "search", "harbour AND strike", "--store", store.toString(),
                "--format", "csv");
        assertThat(search.outLines()).hasSize(2);
        assertThat(search.out()).contains("<b>harbour</b>");

        Cli.Run quotes = Cli.run(services, "query", "quotes", "--speaker", "cato", "--store", store.toString());
        assertThat(quotes.exitCode()).isZero();

        Cli.Run events = Cli.run(services, "query", "events", "--actor", "RUR", "--code", "19", "--by-cluster",
                "--store", store.toString(), "--format", "json");
        assertThat(events.out()).contains("\"reports\":1").contains("\"code\":\"190\"");
        Cli.Run timeline = Cli.run(services, "query", "timeline", "--actor", "RUR", "--store", store.toString());
        assertThat(timeline.out()).contains("2024-05-02");
    }

    @Test
    void exportsJsonLinesParquetAndGdelt() throws Exception {
        Path in = corpus();
        Path store = dir.resolve("store");
        Services services = Cli.services(IngestCommandTest::withEvent);
        assertThat(Cli.run(services, "ingest", "--store", store.toString(), in.toString()).exitCode()).isZero();

        Path jsonl = dir.resolve("out.jsonl");
        assertThat(Cli.run(services, "export", "--store", store.toString(), "--format", "jsonl", jsonl.toString())
                .exitCode()).isZero();
        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize(3);
        assertThat(lines).anyMatch(l -> l.contains("https://copy.example/a"));

        Path parquet = dir.resolve("out.parquet");
        Cli.Run p = Cli.run(services, "export", "--store", store.toString(), "--format", "parquet", parquet.toString());
        assertThat(p.exitCode()).as(p.err()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             var s = c.prepareStatement("SELECT count(*), sum(len(events)), sum(len(provenance)) FROM read_parquet(?)")) {
            s.setString(1, parquet.toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(3);
                assertThat(rs.getLong(2)).isEqualTo(3);
                assertThat(rs.getLong(3)).isEqualTo(4);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             var s = c.prepareStatement("SELECT count(*), count(*) FILTER (WHERE len(q.parts) = 1 "
                     + "AND q.parts[1].\"start\" = q.\"start\" AND q.parts[1].\"end\" = q.\"end\") "
                     + "FROM (SELECT unnest(quotes) AS q FROM read_parquet(?))")) {
            s.setString(1, parquet.toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(3); // every quote has its one part
                assertThat(rs.getLong(2)).isEqualTo(3);
            }
        }

        Path tsv = dir.resolve("events.tsv");
        assertThat(Cli.run(services, "export", "--store", store.toString(), "--format", "gdelt-tsv", "--from",
                "2024-05-01", "--to", "2024-05-31", tsv.toString()).exitCode()).isZero();
        List<String> rows = Files.readAllLines(tsv);
        assertThat(rows).hasSize(1);
        String[] cols = rows.get(0).split("\t", -1);
        assertThat(cols).hasSize(61);
        assertThat(cols[1]).isEqualTo("20240502");
        assertThat(cols[5]).isEqualTo("RUR");
        assertThat(cols[26]).isEqualTo("190");
        assertThat(cols[29]).isEqualTo("4");
        assertThat(cols[60]).isEqualTo("https://c.example/1");
    }

    @Test
    void feedItemsWithOnlyALinkArePending() throws Exception {
        String body = "The regional council voted on Tuesday to keep the ferry to Inish running through the winter. "
                .repeat(6);
        Path feed = Files.writeString(dir.resolve("news.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Island News</title><link>https://island.example/</link><description>d</description>"
                + "<item><title>Ferry stays</title><link>https://island.example/ferry</link><guid>ferry-1</guid>"
                + "<description>" + body + "</description></item>"
                + "<item><title>Harbour fees</title><link>https://island.example/fees</link><guid>fees-1</guid>"
                + "<description>Short teaser.</description></item></channel></rss>");
        Path store = dir.resolve("store");
        Cli.Run run = Cli.run("ingest", "--store", store.toString(), feed.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("analysed 1, duplicates 0, already stored 0, errors 0, pending links 1");
        try (var db = org.dragoman.store.duckdb.DuckDbStore.open(store)) {
            assertThat(db.pendingLinks(10)).extracting(p -> p.url().orElseThrow())
                    .containsExactly("https://island.example/fees");
        }
        assertThat(Cli.run("ingest", "--store", store.toString(), feed.toString()).err())
                .contains("already stored 2");
    }

    @Test
    void unusableStoreFailsAtStartNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        Cli.Run run = Cli.run("ingest", "--store", file.toString(), corpus().toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("dragoman: --store " + file + ": not a directory");
        Cli.Run missing = Cli.run("query", "stats", "--store", dir.resolve("nothing").toString());
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(missing.err()).contains(dir.resolve("nothing").toString());
        Cli.Run noSource = Cli.run("ingest", "--store", dir.resolve("s").toString(), dir.resolve("nope").toString());
        assertThat(noSource.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(noSource.err().strip()).isEqualTo("dragoman: " + dir.resolve("nope") + ": no such file");
    }

    @Test
    void badSearchSyntaxIsOneLine() throws Exception {
        Path store = dir.resolve("store");
        assertThat(Cli.run("ingest", "--store", store.toString(), corpus().toString()).exitCode()).isZero();
        Cli.Run bad = Cli.run("query", "search", "title:(oops", "--store", store.toString());
        assertThat(bad.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(bad.errLines()).hasSize(1);
    }
}
