package org.dragoman.store;

/** Events from one actor to another with one CAMEO root code, counted. */
public record NetworkEdge(String source, String target, String root, long events) {
}
