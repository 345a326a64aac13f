package org.dragoman.store;

import java.util.Optional;

/** An actor (entity or CAMEO code) with its counts across the archive. */
public record ActorRow(String name, Optional<String> actor, long articles, long quotes, long eventsAsSource,
                       long eventsAsTarget) {
}
