package org.dragoman.model;

import java.util.List;

/**
 * Everything Dragoman found in one article, each item carrying its offsets into {@code article.text()}.
 */
public record Analysis(Article article, List<Block> blocks, List<Removal> removed, List<Entity> entities,
                       List<Quote> quotes, List<Event> events, List<TimeExpr> times) {
    public Analysis {
        events = List.copyOf(events);
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
    }

    /** An analysis without events (event coding not run). */
    public Analysis(Article article, List<Block> blocks, List<Removal> removed, List<Entity> entities,
                    List<Quote> quotes, List<TimeExpr> times) {
        this(article, blocks, removed, entities, quotes, List.of(), times);
    }
}
