package org.dragoman.store;

import java.util.List;
import org.dragoman.model.Analysis;
import org.dragoman.model.Provenance;

/** A stored article: its full analysis, every provenance that carried its text, and its story cluster. */
public record StoredArticle(Analysis analysis, List<Provenance> provenance, String clusterId) {
    public StoredArticle {
        provenance = List.copyOf(provenance);
    }
}
