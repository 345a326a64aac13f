package org.dragoman.store;

import java.util.Optional;
import org.dragoman.model.EntityType;

/** Entities filtered by type and by a name prefix or substring, one page at a time. */
public record EntityQuery(Optional<EntityType> type, Optional<String> name, int offset, int limit) {
}
