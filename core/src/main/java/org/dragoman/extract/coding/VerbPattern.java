package org.dragoman.extract.coding;

import java.util.List;

/**
 * One pattern of a verb block, e.g. {@code - + * FROM $ [066]}: the elements before the verb (nearest to the
 * verb first), the elements after it (nearest first), the code it gives ({@code "---"} for a pattern that
 * suppresses coding; {@code "a:b"} for a paired event), and where it came from.
 */
public record VerbPattern(List<Element> before, List<Element> after, String code, int line, String text) {
    public VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** How many elements the pattern has: more specific patterns win over shorter ones. */
    public int size() {
        return before.size() + after.size();
    }

    /** The most words a match of this pattern can cover (its longest phrase for each word element). */
    public int maxWords() {
        int n = 0;
        for (List<Element> side : List.of(before, after)) {
            for (Element e : side) {
                int longest = 0;
                for (List<String> p : e.phrases()) {
                    longest = Math.max(longest, p.size());
                }
                n += longest;
            }
        }
        return n;
    }

    /** What an element matches. */
    public enum Kind {
        /** One of {@code phrases}: a word, or consecutive words. */
        WORDS,
        /** {@code $}: the source actor. */
        SOURCE,
        /** {@code +}: the target actor. */
        TARGET,
        /** {@code ^}: any noun phrase, skipped. */
        SKIP,
        /** {@code %}: a compound actor, whose members are source and target of each other. */
        COMPOUND
    }

    /**
     * One element: its kind, for {@link Kind#WORDS} the alternative word sequences in text order (upper case;
     * a synset or the regular inflections of a word give several), and whether it must be next to the element
     * before it (nearer the verb), as {@code _} says.
     */
    public record Element(Kind kind, List<List<String>> phrases, boolean adjacent) {
        public Element {
            phrases = List.copyOf(phrases);
        }
    }
}
