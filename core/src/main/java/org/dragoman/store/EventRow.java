package org.dragoman.store;

import java.time.LocalDate;
import java.util.Optional;
import org.dragoman.model.Event;

/**
 * A stored event with its article and story cluster; {@code reports} is how many articles of the cluster
 * report it (1 unless the query grouped by cluster).
 */
public record EventRow(String articleId, String clusterId, Optional<String> title, Optional<String> outlet,
                       Optional<LocalDate> published, Event event, long reports) {
}
