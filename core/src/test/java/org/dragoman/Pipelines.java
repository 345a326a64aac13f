package org.dragoman;

import org.dragoman.ingest.BadInputException;
import org.dragoman.ingest.TextArticleReader;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;

import java.time.LocalDate;
import java.util.Optional;

/** The one pipeline shared by every test in the JVM: CoreNLP takes seconds to load. */
public final class Pipelines {

    private static volatile Dragoman dragoman;

    private Pipelines() {
    }

    /** The shared pipeline, loaded on first use. */
    public static Dragoman dragoman() {
        Dragoman d = dragoman;
        if (d == null) {
            synchronized (Pipelines.class) {
                d = dragoman;
                if (d == null) {
                    d = Dragoman.load();
                    dragoman = d;
                }
            }
        }
        return d;
    }

    /** Analyses a plain-text article published on {@code published} (YYYY-MM-DD). */
    public static Analysis analyze(String text, String published) {
        try {
            Article article = new TextArticleReader().read(text, "test")
                    .withPublished(Optional.of(LocalDate.parse(published)));
            return dragoman().analyze(article);
        } catch (BadInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
