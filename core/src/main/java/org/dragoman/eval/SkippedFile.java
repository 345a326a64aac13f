package org.dragoman.eval;

/** A corpus file a scorer could not use, with the one-line reason; the run went on without it. */
public record SkippedFile(String file, String reason) {
}
