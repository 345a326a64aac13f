package org.dragoman.model;

import java.util.List;
import java.util.Optional;

/**
 * A person, organization or place referred to in one article: its canonical (fullest) name, its type,
 * its CAMEO actor code when known, and every mention, in text order.
 */
public record Entity(String id, String name, EntityType type, Optional<String> actor, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
