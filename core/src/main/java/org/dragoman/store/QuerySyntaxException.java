package org.dragoman.store;

/** A search query that does not parse; the message is one line naming the problem. */
public final class QuerySyntaxException extends Exception {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
