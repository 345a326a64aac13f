package org.dragoman.model;

import java.util.List;
import java.util.Optional;

/**
 * A person, organization or place referred to in one article: its canonical (fullest) name, its type,
 * its CAMEO actor code when known, the roles the text gives it, every mention, in text order, and where the
 * actor code came from: {@link #SOURCE_NAME} (the name is in the actor dictionaries or the gazetteer) or
 * {@link #SOURCE_ROLE} (the dictionaries do not know the name; a role's description gave the code, and that
 * role, with its evidence span, carries the same code).
 */
public record Entity(String id, String name, EntityType type, Optional<String> actor, List<Role> roles,
                     List<Mention> mentions, Optional<String> actorSource) {

    /** {@link #actorSource()} of a code found by the entity's name. */
    public static final String SOURCE_NAME = "name";
    /** {@link #actorSource()} of a code given by a role's description ("the Ukrainian president"). */
    public static final String SOURCE_ROLE = "role";

    public Entity {
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }

    /** An entity whose actor code's source is not recorded. */
    public Entity(String id, String name, EntityType type, Optional<String> actor, List<Role> roles,
                  List<Mention> mentions) {
        this(id, name, type, actor, roles, mentions, Optional.empty());
    }

    /** An entity the text gives no role. */
    public Entity(String id, String name, EntityType type, Optional<String> actor, List<Mention> mentions) {
        this(id, name, type, actor, List.of(), mentions);
    }

    /** This entity with another actor code, its source and (coded) roles. */
    public Entity withActor(Optional<String> actor, Optional<String> actorSource, List<Role> roles) {
        return new Entity(id, name, type, actor, roles, mentions, actorSource);
    }
}
