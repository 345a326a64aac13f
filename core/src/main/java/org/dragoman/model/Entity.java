package org.dragoman.model;

import java.util.List;
import java.util.Optional;

/**
 * A person, organization or place referred to in one article: its canonical (fullest) name, its type,
 * its CAMEO actor code when known, the roles the text gives it, and every mention, in text order.
 */
public record Entity(String id, String name, EntityType type, Optional<String> actor, List<Role> roles,
                     List<Mention> mentions) {
    public Entity {
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }

    /** An entity the text gives no role. */
    public Entity(String id, String name, EntityType type, Optional<String> actor, List<Mention> mentions) {
        this(id, name, type, actor, List.of(), mentions);
    }
}
