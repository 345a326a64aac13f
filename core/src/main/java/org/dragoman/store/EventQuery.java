package org.dragoman.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Events by actor (CAMEO code prefix or entity name, as source or target), CAMEO code prefix and event-date
 * range. With {@code byCluster}, events repeated by articles of one story cluster (same code and dyad) count once.
 */
public record EventQuery(Optional<String> actor, Optional<String> codePrefix, Optional<LocalDate> from,
                         Optional<LocalDate> to, boolean byCluster, int offset, int limit) {
}
