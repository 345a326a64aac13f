package org.dragoman.eval;

import java.util.List;

import org.dragoman.model.Article;
import org.dragoman.model.TimeExpr;

/**
 * One TimeML file as the scorer sees it: its name, the article built from the plain text of {@code <TEXT>}
 * (published = the document creation time), and the gold {@code TIMEX3}s with offsets into that text.
 */
public record TimemlDocument(String name, Article article, List<TimeExpr> gold) {
    public TimemlDocument {
        gold = List.copyOf(gold);
    }
}
