package org.dragoman.model;

import java.util.List;

/**
 * An article divided into layout blocks (title, headings, paragraphs) with the parts excluded from analysis.
 * Blocks and removals never overlap; together they need not cover blank lines.
 */
public record SegmentedArticle(Article article, List<Block> blocks, List<Removal> removed) {
    public SegmentedArticle {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
    }
}
