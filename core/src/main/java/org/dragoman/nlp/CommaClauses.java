package org.dragoman.nlp;

/**
 * TABARI's and PETRARCH-1's comma-clause deletion, as its {@code comma_*} options set it: before coding, the
 * words of a comma-delimited clause whose length in words is within a range are dropped from the parse, so
 * that appositions and attributions ("Osgiliath, the state's fiercest foe, ...", "..., a senior official said
 * on Saturday.") do not take the place of the actors and verbs around them. Internal clauses lie between two
 * commas, the initial clause before the first comma, the terminal clause after the last one. A maximum of 0
 * turns that kind off. Commas inside a noun phrase ("Gondor, Arnor and Osgiliath") do not delimit clauses.
 *
 * @param min  shortest internal clause deleted, in words
 * @param max  longest internal clause deleted (0: none)
 * @param bmin shortest initial clause deleted
 * @param bmax longest initial clause deleted (0: none)
 * @param emin shortest terminal clause deleted
 * @param emax longest terminal clause deleted (0: none)
 */
public record CommaClauses(int min, int max, int bmin, int bmax, int emin, int emax) {

    /** No deletion: the parse as given. */
    public static final CommaClauses NONE = new CommaClauses(0, 0, 0, 0, 0, 0);

    /** PETRARCH-1's defaults (from TABARI): internal and terminal clauses of 2 to 8 words, no initial ones. */
    public static final CommaClauses PETRARCH = new CommaClauses(2, 8, 0, 0, 2, 8);

    /** Whether any kind of clause is deleted. */
    public boolean active() {
        return max > 0 || bmax > 0 || emax > 0;
    }
}
