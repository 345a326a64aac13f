package org.dragoman.extract;

import org.dragoman.extract.coding.ActorSlot;
import org.dragoman.extract.coding.CodedEvent;
import org.dragoman.extract.coding.DepSentence;

import java.util.List;

/**
 * An event coder for one dependency-parsed sentence: given the sentence and the actors found in it, the CAMEO
 * events its verbs report (empty when none). Implementations are immutable and thread-safe; they never throw
 * for odd parses (a token whose head is out of range is treated as a root).
 */
public interface SentenceCoder {

    /** The events of one sentence; actors are the only possible sources and targets. */
    List<CodedEvent> code(DepSentence sentence, List<ActorSlot> actors);

    /**
     * True if a verb with this lemma (lower case) may start an event; a cheap filter that decides which
     * sentences are worth a dependency parse.
     */
    boolean mayCode(String lemma);

    /**
     * True if a verb with this lemma may give an event in a sentence with these words (upper-case lemmas and
     * forms); by default {@link #mayCode(String)}. Coders whose verbs need particles or pattern words say no
     * earlier, which saves the parse.
     */
    default boolean mayCode(String lemma, java.util.Set<String> words) {
        return mayCode(lemma);
    }

    /**
     * True if a verb with this lemma may give, in a sentence with these words, an event with no target that the
     * event stage keeps: not a statement (CAMEO 01) or a consultation (04), which it keeps only with a target.
     * Asked about sentences with a single actor; by default {@link #mayCode(String, java.util.Set)}, which is
     * never narrower.
     */
    default boolean mayCodeAlone(String lemma, java.util.Set<String> words) {
        return mayCode(lemma, words);
    }
}
