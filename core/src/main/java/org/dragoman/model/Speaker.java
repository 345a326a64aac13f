package org.dragoman.model;

import java.util.Optional;

/**
 * Who a quote is attributed to (or addressed to): the resolved entity id and its canonical name when known, and the
 * mention that names the speaker at the quote (as written, with its span) when there is one.
 */
public record Speaker(Optional<String> entity, Optional<String> name, Optional<Mention> mention) {
}
