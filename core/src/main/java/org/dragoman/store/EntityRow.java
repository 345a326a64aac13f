package org.dragoman.store;

import java.util.Optional;
import org.dragoman.model.EntityType;

/** An entity across the archive: canonical name, type, actor code, and how many articles and mentions name it. */
public record EntityRow(String name, EntityType type, Optional<String> actor, long articles, long mentions) {
}
