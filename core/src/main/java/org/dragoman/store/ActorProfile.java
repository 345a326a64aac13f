package org.dragoman.store;

import java.util.List;
import java.util.Optional;

/**
 * One actor's page: names it goes by, roles with the articles' dates that state them, and counts.
 * {@code roles} entries are (title, first seen, last seen) over the articles that give the role.
 */
public record ActorProfile(String name, Optional<String> actor, List<String> names, List<RoleSpan> roles,
                           long articles, long quotes, long eventsAsSource, long eventsAsTarget) {
    public ActorProfile {
        names = List.copyOf(names);
        roles = List.copyOf(roles);
    }

    /** A role and the date range of the articles that state it. */
    public record RoleSpan(String title, java.util.Optional<java.time.LocalDate> firstSeen,
                           java.util.Optional<java.time.LocalDate> lastSeen, long articles) {
    }
}
