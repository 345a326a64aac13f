package org.dragoman.model;

import java.util.Optional;

/**
 * A role the text gives a person ("Ukrainian president", "Secretary of State", "NATO’s secretary general"),
 * with the span of the words that say so, and the CAMEO code the description gives on the article's date when
 * it names a country or organization ("Ukrainian president" → UKRGOV; "Secretary of State" alone → none).
 */
public record Role(String title, Span evidence, Optional<String> actor) {

    /** A role whose description has not been coded. */
    public Role(String title, Span evidence) {
        this(title, evidence, Optional.empty());
    }

    /** This role with {@code actor} as the code of its description. */
    public Role withActor(Optional<String> actor) {
        return new Role(title, evidence, actor);
    }
}
