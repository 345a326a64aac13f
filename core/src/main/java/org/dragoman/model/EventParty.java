package org.dragoman.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One side of an event: the entity it resolves to in the article (when it does), the name as written or
 * canonical, and its CAMEO actor code on the event's date (e.g. {@code USAGOV}) when known.
 */
public record EventParty(Optional<String> entity, String name, Optional<String> actor) {
    public EventParty {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actor, "actor");
    }
}
