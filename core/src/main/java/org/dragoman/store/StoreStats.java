package org.dragoman.store;

/** Counts over the whole store; {@code articles} counts provenance records, {@code distinctTexts} stored texts. */
public record StoreStats(long articles, long distinctTexts, long storyClusters, long entities, long quotes,
                         long events, long errors) {
}
