package org.dragoman.model;

import java.util.List;

/** A resolved article with its reported speech found and attributed. */
public record QuotedArticle(ResolvedArticle resolved, List<Quote> quotes) {
    public QuotedArticle {
        quotes = List.copyOf(quotes);
    }
}
