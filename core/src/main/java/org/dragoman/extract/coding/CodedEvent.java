package org.dragoman.extract.coding;

import java.util.Optional;

/**
 * What the coder found for one verb: the verb token, the CAMEO code its pattern gave, the source and target
 * actors, and the tokens ({@code first..last}) of the clause the pattern matched, as evidence.
 */
public record CodedEvent(int verb, String code, ActorSlot source, Optional<ActorSlot> target, int first, int last) {
}
