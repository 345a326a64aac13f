package org.dragoman.store;

import java.time.Instant;

/** Content that could not be ingested: source, record (offset, line or id) and a one-line reason. */
public record IngestError(String source, String locator, String reason, Instant at) {
}
