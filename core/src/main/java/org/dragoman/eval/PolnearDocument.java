package org.dragoman.eval;

import java.util.List;
import java.util.Objects;

import org.dragoman.model.Article;

/**
 * One PolNeAR article as the scorer sees it: its name (the text file's name without {@code .txt}), the
 * annotator whose {@code .ann} file was read, the article (its text, with {@code published} from
 * {@code metadata.tsv} when known), the gold attributions in file order, and how many attribution events
 * were left out because they have no Content.
 */
public record PolnearDocument(String name, String annotator, Article article, List<PolnearAttribution> attributions,
                              int withoutContent) {
    /** Copies the list; rejects null fields and a negative count. */
    public PolnearDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(article, "article");
        attributions = List.copyOf(attributions);
        if (withoutContent < 0) {
            throw new IllegalArgumentException("Negative count of attributions without content: " + withoutContent);
        }
    }
}
