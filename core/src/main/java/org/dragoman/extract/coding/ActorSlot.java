package org.dragoman.extract.coding;

import java.util.Optional;

/**
 * An actor found in a sentence before coding: tokens {@code first..last} (inclusive), its CAMEO code on the
 * sentence's date when known (e.g. "USAGOV"), and the caller's reference for it (an entity id in
 * {@code analyze}, the matched dictionary phrase in test suites).
 */
public record ActorSlot(int first, int last, Optional<String> code, String ref) {
}
