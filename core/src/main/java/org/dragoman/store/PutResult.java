package org.dragoman.store;

/** What {@link Store#put} did: stored a new text, or only added provenance to a duplicate; and its cluster. */
public record PutResult(String articleId, boolean added, String clusterId) {
}
