package org.dragoman.model;

import java.util.List;

/**
 * Everything Dragoman found in one article, each item carrying its offsets into {@code article.text()}.
 */
public record Analysis(Article article, List<Block> blocks, List<Removal> removed, List<Entity> entities,
                       List<Quote> quotes, List<TimeExpr> times) {
    public Analysis {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
    }
}
