package org.dragoman.store;

import java.util.List;

/** One page of search results and the total number of hits. */
public record SearchPage(long total, List<SearchHit> hits) {
    public SearchPage {
        hits = List.copyOf(hits);
    }
}
