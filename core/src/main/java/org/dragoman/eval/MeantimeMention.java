package org.dragoman.eval;

import org.dragoman.model.Span;

/**
 * One gold {@code ENTITY_MENTION} of MEANTIME: its span in the reconstructed text (from its first to its last
 * anchored token), the covered text, the {@code ent_type} of the entity it refers to ({@code PER}, {@code ORG},
 * {@code LOC}, {@code PRO}, {@code FIN}, {@code MIX}; "" when it refers to none) and its {@code syntactic_type}
 * ({@code NAM}, {@code NOM}, {@code PRO}, {@code PRE.NAM}, ...; "" when not given).
 */
public record MeantimeMention(Span span, String text, String entityType, String syntacticType) {
}
