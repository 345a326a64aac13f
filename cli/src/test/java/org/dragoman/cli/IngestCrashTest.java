package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dragoman.store.StoreStats;
import org.dragoman.store.duckdb.DuckDbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child process ({@code dragoman ingest} in another JVM) with SIGKILL in the middle of an ingest,
 * twice, reruns the same command to the end, and checks that every article is stored exactly once, every
 * provenance once, and that the search index agrees with the database.
 */
class IngestCrashTest {

    private static final int TEXTS = 300;
    private static final int COPIES = 30;

    @TempDir
    Path dir;

    @Test
    void killedIngestRerunStoresEveryArticleExactlyOnce() throws Exception {
        Path input = dir.resolve("articles.jsonl");
        Files.write(input, lines(), StandardCharsets.UTF_8);
        Path store = dir.resolve("store");

        killAfter(store, input, 60);
        killAfter(store, input, 120);
        Process last = child(store, input);
        drain(last, Integer.MAX_VALUE);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();

        try (DuckDbStore db = DuckDbStore.open(store)) {
            StoreStats stats = db.stats();
            assertThat(stats.distinctTexts()).isEqualTo(TEXTS);
            // every line with text is one provenance record; the two bad lines are errors
            assertThat(stats.articles()).isEqualTo(TEXTS + COPIES);
            assertThat(stats.errors()).isEqualTo(2);
            assertThat(stats.entities()).isLessThanOrEqualTo(TEXTS);
            assertThat(db.indexedCount()).isEqualTo(TEXTS);
            db.withConnection(c -> {
                assertThat(one(c, "SELECT count(*) - count(DISTINCT id) FROM articles")).isZero();
                assertThat(one(c, "SELECT count(*) FROM (SELECT article_id FROM entities GROUP BY article_id "
                        + "HAVING count(*) <> 1)")).isZero();
                assertThat(one(c, "SELECT count(*) FROM entities")).as(describe(c,
                        "SELECT a.seq || ' ' || a.id || ' ' || (SELECT string_agg(p.locator || '@' || p.ingested_at, ',') "
                        + "FROM provenance p WHERE p.article_id = a.id) FROM articles a "
                        + "WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id)")).isEqualTo(TEXTS);
                assertThat(one(c, "SELECT count(*) FROM quotes")).isEqualTo(TEXTS);
                assertThat(one(c, "SELECT count(*) FROM mentions")).isEqualTo(TEXTS);
                assertThat(one(c, "SELECT count(*) - count(DISTINCT (source, locator)) FROM provenance")).isZero();
                assertThat(one(c, "SELECT max(seq) - count(*) FROM articles")).isLessThanOrEqualTo(0);
                return null;
            });
        }
        // and a fourth run adds nothing
        Process again = child(store, input);
        drain(again, Integer.MAX_VALUE);
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        try (DuckDbStore db = DuckDbStore.open(store)) {
            assertThat(db.stats().articles()).isEqualTo(TEXTS + COPIES);
            assertThat(db.stats().distinctTexts()).isEqualTo(TEXTS);
        }
    }

    private void killAfter(Path store, Path input, int analysed) throws Exception {
        Process p = child(store, input);
        int seen = drain(p, analysed);
        p.destroyForcibly();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // the child must really have been in the middle of its work
        assertThat(seen).isEqualTo(analysed);
    }

    /** Reads the child's "analysed" lines until {@code n} were seen or it ends; returns how many were seen. */
    private static int drain(Process p, int n) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        int seen = 0;
        String line;
        while (seen < n && (line = out.readLine()) != null) {
            if (line.startsWith("analysed ")) {
                seen++;
            }
        }
        return seen;
    }

    private Process child(Path store, Path input) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), "ingest", "--store", store.toString(), "--threads", "2", "--no-progress",
                input.toString());
        return new ProcessBuilder(command).redirectError(dir.resolve("child-" + System.nanoTime() + ".err").toFile())
                .start();
    }

    private static String describe(Connection c, String sql) throws java.sql.SQLException {
        StringBuilder out = new StringBuilder();
        try (var s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        return out.toString();
    }

    private static long one(Connection c, String sql) throws java.sql.SQLException {
        try (var s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Original synthetic articles: distinct random word texts, some repeated under another URL, two bad lines. */
    private static List<String> lines() {
        Random random = new Random(42);
        String[] words = {"council", "minister", "river", "harbour", "treaty", "border", "election", "strike",
                "budget", "court", "senate", "drought", "festival", "railway", "vote", "summit", "talks", "port"};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < TEXTS; i++) {
            StringBuilder t = new StringBuilder("Speaker").append(i).append(" said");
            for (int w = 0; w < 120; w++) {
                t.append(' ').append(words[random.nextInt(words.length)]).append(random.nextInt(1000));
            }
            texts.add(t.append('.').toString());
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < TEXTS; i++) {
            lines.add("{\"text\": \"" + texts.get(i) + "\", \"url\": \"https://a.example/" + i + "\"}");
            if (i % 10 == 5) {
                lines.add("{\"text\": \"" + texts.get(i) + "\", \"url\": \"https://b.example/" + i + "\"}");
            }
            if (i == 100) {
                lines.add("{not json");
                lines.add("{\"title\": \"no text here\"}");
            }
        }
        return lines;
    }
}
