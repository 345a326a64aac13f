package org.dragoman.actors;

/**
 * A dictionary phrase found in a token list: how many tokens it covers, the CAMEO code it gives on the date
 * asked ({@link ActorDictionary#NO_CODE} when the phrase is known but has no code valid then, or is coded
 * {@code [---]}), the dictionary words matched (lower case, space-separated), the actor's root phrase (or
 * the agent phrase for an agent alone) and what kind of match it is.
 */
public record ActorMatch(int length, String code, String phrase, String actor, Kind kind) {

    /** What the phrase matched. */
    public enum Kind {
        /** An actor entry ("Egypt", "Barack Obama"). */
        ACTOR,
        /** An agent without an actor ("police"): the code is the agent's own ("COP", "NGO"). */
        AGENT,
        /** An actor combined with an agent: "Egyptian police" (EGYCOP), "the foreign minister of Iran" (IRNGOV). */
        ACTOR_AGENT
    }

    /** True when the match carries a usable code. */
    public boolean coded() {
        return !code.equals(ActorDictionary.NO_CODE);
    }
}
