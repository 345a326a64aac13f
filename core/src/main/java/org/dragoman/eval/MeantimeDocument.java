package org.dragoman.eval;

import java.util.List;

import org.dragoman.model.Article;
import org.dragoman.model.Span;

/**
 * One MEANTIME file as the scorer sees it: its name and {@code doc_id}, the article rebuilt from its tokens
 * (title = first sentence, published = document creation time), the part of the text that was annotated
 * (MEANTIME annotates the headline, the dateline and the first four body sentences), and every gold entity
 * mention, in file order.
 */
public record MeantimeDocument(String name, String docId, Article article, Span annotated,
                               List<MeantimeMention> mentions) {
    public MeantimeDocument {
        mentions = List.copyOf(mentions);
    }
}
