package org.dragoman.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Provenance;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Span;
import org.dragoman.store.EventQuery;
import org.dragoman.store.EventRow;
import org.dragoman.store.IngestError;
import org.dragoman.store.PutResult;
import org.dragoman.store.QuerySyntaxException;
import org.dragoman.store.QuoteQuery;
import org.dragoman.store.SearchPage;
import org.dragoman.store.SearchQuery;
import org.dragoman.store.StoreStats;
import org.dragoman.store.StoredArticle;
import org.dragoman.store.TimelineDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbStoreTest {

    @TempDir
    Path dir;

    @Test
    void roundTripRebuildsTheWholeAnalysis() {
        Analysis analysis = StoreFixtures.fullAnalysis();
        Provenance from = new Provenance("/data/a.txt", "", Optional.of("https://courier.example/harbour"),
                Optional.of("Kessel Courier"));
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            PutResult put = store.put(analysis, from);
            assertThat(put.added()).isTrue();
            assertThat(put.articleId()).isEqualTo(analysis.article().id());
        }
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            StoredArticle stored = store.article(analysis.article().id()).orElseThrow();
            assertThat(stored.analysis()).isEqualTo(analysis);
            assertThat(stored.provenance()).containsExactly(from);
            assertThat(stored.clusterId()).isEqualTo(analysis.article().id());
        }
    }

    @Test
    void quoteInTwoPartsKeepsItsParts() {
        String text = "\u201cThe bridge stays shut,\u201d the mayor said, \u201cuntil the engineers are done.\u201d";
        Span first = StoreFixtures.find(text, "The bridge stays shut,");
        Span second = StoreFixtures.find(text, "until the engineers are done.");
        List<Span> parts = List.of(first, second);
        Quote quote = new Quote("Q1", QuoteKind.DIRECT, new Span(first.start(), second.end()), parts,
                Quote.joined(text, parts), Optional.of("say"), Optional.of(StoreFixtures.find(text, "said")),
                Optional.empty(), Optional.empty(), Optional.empty());
        Analysis analysis = new Analysis(Article.of(text).withPublished(Optional.of(LocalDate.of(2025, 5, 1))),
                List.of(), List.of(), List.of(), List.of(quote), List.of(), List.of());
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            store.put(analysis, StoreFixtures.from("a", ""));
            assertThat(store.article(analysis.article().id()).orElseThrow().analysis().quotes()).containsExactly(quote);
            assertThat(store.quotes(new QuoteQuery(Optional.empty(), Optional.of("engineers"), Optional.empty(),
                    Optional.empty(), 0, 10))).extracting(r -> r.quote().parts()).containsExactly(parts);
        }
    }

    @Test
    void sameTextTwiceIsStoredOnceWithBothProvenances() {
        Analysis analysis = StoreFixtures.fullAnalysis();
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            store.put(analysis, StoreFixtures.from("a.jsonl", "1"));
            PutResult second = store.put(analysis, StoreFixtures.from("b.jsonl", "7"));
            assertThat(second.added()).isFalse();
            // the same record again adds nothing
            store.put(analysis, StoreFixtures.from("a.jsonl", "1"));
            assertThat(store.stats().distinctTexts()).isEqualTo(1);
            assertThat(store.stats().articles()).isEqualTo(2);
            assertThat(store.seen(StoreFixtures.from("b.jsonl", "7"))).isTrue();
            assertThat(store.seen(StoreFixtures.from("b.jsonl", "8"))).isFalse();
        }
    }

    @Test
    void whitespaceAndCaseVariantsAreOneText() {
        String text = "The river authority said on Monday that the dam at Orlo would stay closed until the spring "
                + "floods had passed, and that farmers downstream would be paid for lost harvests.";
        String variant = "THE RIVER AUTHORITY said on Monday  that the dam at Orlo\nwould stay closed until the spring "
                + "floods had passed, and that farmers downstream would be paid for lost harvests.  ";
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            PutResult first = store.put(StoreFixtures.bare(text, "Dam stays shut", LocalDate.of(2024, 5, 6)),
                    StoreFixtures.from("x", "1"));
            Analysis other = StoreFixtures.bare(variant, "Dam stays shut", LocalDate.of(2024, 5, 6));
            PutResult second = store.put(other, StoreFixtures.from("y", "1"));
            assertThat(second.added()).isFalse();
            assertThat(second.articleId()).isEqualTo(first.articleId());
            assertThat(store.contains(other.article().id())).isTrue();
        }
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            // the variant's own id still resolves after reopening
            Analysis other = StoreFixtures.bare(variant, "Dam stays shut", LocalDate.of(2024, 5, 6));
            assertThat(store.contains(other.article().id())).isTrue();
            assertThat(store.article(other.article().id()).orElseThrow().provenance()).hasSize(2);
        }
    }

    @Test
    void queriesFindQuotesEventsAndTimeline() throws Exception {
        Analysis analysis = StoreFixtures.fullAnalysis();
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            store.put(analysis, StoreFixtures.from("a", ""));
            List<org.dragoman.store.QuoteRow> quotes = store.quotes(new QuoteQuery(Optional.of("varga"),
                    Optional.empty(), Optional.empty(), Optional.empty(), 0, 10));
            assertThat(quotes).hasSize(1);
            assertThat(quotes.get(0).quote().text()).isEqualTo("We will not be moved,");
            assertThat(quotes.get(0).title()).contains("Harbour talks stall");
            assertThat(store.quotes(new QuoteQuery(Optional.of("varga"), Optional.empty(),
                    Optional.of(LocalDate.of(2025, 3, 5)), Optional.empty(), 0, 10))).isEmpty();
            List<EventRow> events = store.events(new EventQuery(Optional.of("NOR"), Optional.of("16"),
                    Optional.empty(), Optional.empty(), false, 0, 10));
            assertThat(events).extracting(e -> e.event().id()).containsExactly("v1");
            assertThat(events.get(0).event()).isEqualTo(analysis.events().get(0));
            List<TimelineDay> days = store.timeline("Lena Varga");
            assertThat(days).containsExactly(new TimelineDay(LocalDate.of(2025, 3, 4), 0, 0, 1));
            assertThat(store.timeline("NOR")).containsExactly(new TimelineDay(LocalDate.of(2025, 3, 4), 1, 0, 0));
            SearchPage page = store.search(new SearchQuery("sanctions AND Estmark", Optional.empty(), Optional.empty(), 0, 5));
            assertThat(page.total()).isEqualTo(1);
            assertThat(page.hits().get(0).snippet()).contains("<b>sanctions</b>");
            assertThat(store.search(new SearchQuery("moved", Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(),
                    0, 5)).total()).isZero();
            assertThatThrownBy(() -> store.search(new SearchQuery("title:(unclosed", Optional.empty(),
                    Optional.empty(), 0, 5))).isInstanceOf(QuerySyntaxException.class);
            assertThat(store.actor("Lena Varga").orElseThrow().roles()).extracting(r -> r.title())
                    .containsExactly("Foreign Minister");
            assertThat(store.actors(10)).extracting(a -> a.name()).contains("Lena Varga", "Norland");
            StoreStats stats = store.stats();
            assertThat(stats).isEqualTo(new StoreStats(1, 1, 1, 3, 3, 2, 0));
        }
    }

    @Test
    void errorsAreRecordedOncePerRecord() {
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            IngestError error = new IngestError("feed.xml", "item 3", "no text\nat all", Instant.parse("2025-01-01T00:00:00Z"));
            store.recordError(error);
            store.recordError(error);
            assertThat(store.errors(10)).containsExactly(new IngestError("feed.xml", "item 3", "no text at all",
                    Instant.parse("2025-01-01T00:00:00Z")));
            assertThat(store.seen(StoreFixtures.from("feed.xml", "item 3"))).isTrue();
        }
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            assertThat(store.errors(10)).hasSize(1);
            assertThat(store.stats().errors()).isEqualTo(1);
        }
    }

    @Test
    void lostIndexIsRebuiltFromTheDatabase() throws Exception {
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            store.put(StoreFixtures.fullAnalysis(), StoreFixtures.from("a", ""));
        }
        // as if the process died after the database commit and before the index commit
        try (var files = Files.walk(dir.resolve(DuckDbStore.INDEX))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            assertThat(store.indexedCount()).isEqualTo(1);
            assertThat(store.search(new SearchQuery("Varga", Optional.empty(), Optional.empty(), 0, 5)).total())
                    .isEqualTo(1);
            // quote text is searchable too
            assertThat(store.search(new SearchQuery("quote:moved", Optional.empty(), Optional.empty(), 0, 5)).total())
                    .isEqualTo(1);
        }
    }

    @Test
    void badStoreDirectoryIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> DuckDbStore.open(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void olderStoreIsMigratedKeepingItsArticles() throws Exception {
        Analysis analysis = StoreFixtures.fullAnalysis();
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            store.put(analysis, StoreFixtures.from("a", ""));
            // make it a version-1 store: no pending-links table, no quote parts, no record of migrations 2 and 3
            store.withConnection(c -> {
                try (var s = c.createStatement()) {
                    s.execute("DROP TABLE pending");
                    s.execute("ALTER TABLE quotes DROP COLUMN parts");
                    return s.executeUpdate("DELETE FROM schema_version WHERE version >= 2");
                }
            });
        }
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            assertThat(store.article(analysis.article().id())).hasValueSatisfying(
                    stored -> assertThat(stored.analysis().quotes()).isEqualTo(analysis.quotes()));
            store.recordPending(new Provenance("feed.xml", "item 1", Optional.of("https://x.example/1"), Optional.empty()));
            assertThat(store.pendingLinks(10)).hasSize(1);
            long version = store.withConnection(c -> {
                try (var s = c.prepareStatement("SELECT max(version) FROM schema_version"); var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(version).isEqualTo(3);
        }
    }

    @Test
    void storeFromANewerDragomanIsRefused() throws Exception {
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            store.withConnection(c -> {
                try (var s = c.prepareStatement("INSERT INTO schema_version VALUES (999, 'future', now())")) {
                    return s.executeUpdate();
                }
            });
        }
        assertThatThrownBy(() -> DuckDbStore.open(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999").hasMessageContaining(dir.toString());
    }
}
