package org.dragoman.store;

import java.time.LocalDate;
import java.util.Optional;

/** The actor network in a date range, optionally one CAMEO root ("19"), edges with at least {@code min} events. */
public record NetworkQuery(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> root, int min) {
}
