package org.dragoman.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dragoman.Dragoman;
import org.dragoman.ingest.ArticleFiles;
import org.dragoman.ingest.BadInputException;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Provenance;
import org.dragoman.model.Quote;
import org.dragoman.store.Store;
import org.dragoman.store.duckdb.DuckDbStore;

/**
 * The store every server test reads, built once per test JVM: the project's sample articles listed in
 * {@code archive.tsv}, analysed by the real pipeline (loaded once) and stored. Until event coding lands, the
 * analysis has no events; so that the event views are tested, each quote whose speaker is a person and whose text
 * names a country or organization also yields one event, made here and marked as the fixture's (code 010,
 * "make statement", source the speaker, target the first country or organization the quote names).
 */
final class TestArchive {

    private static Dragoman dragoman;
    private static Store store;
    private static final List<Stored> STORED = new ArrayList<>();

    /** One stored sample: its file, id and the analysis as stored. */
    record Stored(String file, String id, Analysis analysis, Provenance provenance) {
    }

    private TestArchive() {
    }

    /** The pipeline, loaded on first use. */
    static synchronized Dragoman dragoman() {
        if (dragoman == null) {
            dragoman = Dragoman.load();
        }
        return dragoman;
    }

    /** The shared store, filled on first use. */
    static synchronized Store store() {
        if (store == null) {
            store = fill(openStore());
        }
        return store;
    }

    /** The samples as stored, in archive.tsv order. */
    static synchronized List<Stored> stored() {
        store();
        return List.copyOf(STORED);
    }

    /** The stored sample read from {@code file} (a path ending). */
    static Stored sample(String fileEnding) {
        return stored().stream().filter(s -> s.file().endsWith(fileEnding)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in archive.tsv: " + fileEnding));
    }

    /** The repository root (the server module's parent). */
    static Path repoRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("samples")) ? here : here.getParent();
    }

    private static Store openStore() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            Path dir = Files.createTempDirectory(target.toAbsolutePath(), "test-store-");
            Store opened = DuckDbStore.open(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close));
            return opened;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Store fill(Store target) {
        List<String> lines;
        try (var in = TestArchive.class.getResourceAsStream("/archive.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            String[] f = line.split("\t");
            Path file = repoRoot().resolve(f[0]);
            try {
                Article article = ArticleFiles.read(file);
                if (article.published().isEmpty()) {
                    article = article.withPublished(Optional.of(LocalDate.parse(f[1])));
                }
                article = article.withSource(Optional.of(f[2])).withUrl(Optional.of(f[3]));
                Analysis analysis = withFixtureEvents(dragoman().analyze(article));
                Provenance from = new Provenance(f[0], "", Optional.of(f[3]), Optional.of(f[2]));
                target.put(analysis, from);
                STORED.add(new Stored(f[0], article.id(), analysis, from));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BadInputException e) {
                throw new IllegalStateException(file + ": " + e.reason(), e);
            }
        }
        return target;
    }

    /** The analysis with the fixture's events added, when the pipeline found none of its own. */
    static Analysis withFixtureEvents(Analysis analysis) {
        if (!analysis.events().isEmpty()) {
            return analysis;
        }
        List<Event> events = new ArrayList<>();
        for (Quote q : analysis.quotes()) {
            Optional<Entity> speaker = q.speaker().flatMap(s -> s.entity())
                    .flatMap(id -> analysis.entities().stream().filter(e -> e.id().equals(id)).findFirst())
                    .filter(e -> e.type() == EntityType.PERSON);
            Optional<Entity> target = analysis.entities().stream()
                    .filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION)
                    .filter(e -> e.mentions().stream().anyMatch(m -> q.span().contains(m.span())))
                    .findFirst();
            if (speaker.isEmpty() || target.isEmpty() || speaker.get().equals(target.get())) {
                continue;
            }
            events.add(new Event("V" + (events.size() + 1), "010", Optional.empty(), Optional.empty(),
                    party(speaker.get()), Optional.of(party(target.get())), analysis.article().published(),
                    Optional.empty(), true, Optional.of(q.id()), false, false, q.span(), q.span()));
        }
        return new Analysis(analysis.article(), analysis.blocks(), analysis.removed(), analysis.entities(),
                analysis.quotes(), events, analysis.times());
    }

    private static EventParty party(Entity e) {
        return new EventParty(Optional.of(e.id()), e.name(), e.actor());
    }
}
