package org.dragoman.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Analysis;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Span;
import org.dragoman.store.EventQuery;
import org.dragoman.store.EventRow;
import org.dragoman.store.PutResult;
import org.dragoman.store.dedup.NearDuplicatesTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryClusterTest {

    @TempDir
    Path dir;

    private static Analysis withClosure(String text, String title) {
        Analysis bare = StoreFixtures.bare(text, title, LocalDate.of(2024, 10, 3));
        int at = text.indexOf("ordered the closure");
        Event closure = new Event("v1", "192", Optional.empty(), Optional.empty(),
                new EventParty(Optional.empty(), "government of Valdia", Optional.of("VALGOV")),
                Optional.of(new EventParty(Optional.empty(), "Orsk", Optional.of("ORS"))), Optional.empty(),
                Optional.empty(), false, Optional.empty(), false, false, new Span(at, at + 19), new Span(0, at + 19));
        return new Analysis(bare.article(), List.of(), List.of(), List.of(), List.of(), List.of(closure), List.of());
    }

    @Test
    void republishedStoryJoinsTheClusterAndItsEventCountsOnce() {
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            PutResult wire = store.put(withClosure(NearDuplicatesTest.WIRE, "Valdia shuts crossings"),
                    StoreFixtures.from("wire.jsonl", "1"));
            PutResult copy = store.put(withClosure(NearDuplicatesTest.REPUBLISHED, "Border crossings closed"),
                    StoreFixtures.from("outlet.jsonl", "4"));
            PutResult other = store.put(StoreFixtures.bare(NearDuplicatesTest.OTHER, "Herders' grievances",
                    LocalDate.of(2024, 10, 4)), StoreFixtures.from("outlet.jsonl", "5"));
            assertThat(copy.added()).isTrue();
            assertThat(copy.clusterId()).isEqualTo(wire.clusterId()).isEqualTo(wire.articleId());
            assertThat(other.clusterId()).isEqualTo(other.articleId());
            assertThat(store.stats().storyClusters()).isEqualTo(2);
            assertThat(store.stats().distinctTexts()).isEqualTo(3);

            EventQuery perArticle = new EventQuery(Optional.of("VAL"), Optional.of("19"), Optional.empty(),
                    Optional.empty(), false, 0, 10);
            assertThat(store.events(perArticle)).hasSize(2);
            assertThat(store.stats().events()).isEqualTo(2);
            assertThat(store.storyEvents()).isEqualTo(1);
            List<EventRow> perCluster = store.events(new EventQuery(Optional.of("VAL"), Optional.of("19"),
                    Optional.empty(), Optional.empty(), true, 0, 10));
            assertThat(perCluster).hasSize(1);
            assertThat(perCluster.get(0).reports()).isEqualTo(2);
            assertThat(perCluster.get(0).articleId()).isEqualTo(wire.articleId());
            assertThat(store.clusters(2, 10)).singleElement().satisfies(c -> {
                assertThat(c.clusterId()).isEqualTo(wire.clusterId());
                assertThat(c.texts()).isEqualTo(2);
                assertThat(c.titles()).containsExactly("Valdia shuts crossings", "Border crossings closed");
            });
        }
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            // clusters survive reopening: a third copy joins the same cluster
            PutResult third = store.put(StoreFixtures.bare(NearDuplicatesTest.REPUBLISHED + " Updated at noon.",
                    "Crossings shut", LocalDate.of(2024, 10, 3)), StoreFixtures.from("third.jsonl", "1"));
            assertThat(third.clusterId()).isEqualTo(org.dragoman.model.Article.idOf(NearDuplicatesTest.WIRE));
        }
    }
}
