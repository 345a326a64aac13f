package org.dragoman.model;

import java.util.List;
import java.util.Optional;

/**
 * An annotated article with its entities resolved: every name variant and reliable pronoun of one person,
 * organization or place gathered into one {@link Entity}.
 */
public record ResolvedArticle(AnnotatedArticle annotated, List<Entity> entities) {
    public ResolvedArticle {
        entities = List.copyOf(entities);
    }

    /** The entity with a mention exactly at {@code span}, if any. */
    public Optional<Entity> entityAt(Span span) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.span().equals(span)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The entity whose mention lies within {@code span}, preferring persons, then the earliest such mention. */
    public Optional<Mention> mentionWithin(Span span) {
        Mention best = null;
        boolean bestPerson = false;
        for (Entity e : entities) {
            boolean person = e.type() == EntityType.PERSON;
            for (Mention m : e.mentions()) {
                if (span.contains(m.span()) && (best == null || person && !bestPerson
                        || person == bestPerson && m.span().start() < best.span().start())) {
                    best = m;
                    bestPerson = person;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
