package org.dragoman.nlp;

import edu.stanford.nlp.ling.Label;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.trees.UniversalSemanticHeadFinder;
import org.dragoman.extract.coding.DepSentence;
import org.dragoman.extract.coding.DepToken;

import java.util.ArrayList;
import java.util.List;

/**
 * Penn Treebank bracketed parses (as in the PETRARCH test files) to Universal Dependencies, with CoreNLP's
 * converter: basic dependencies, punctuation kept so token indices follow the leaves, lemmas from CoreNLP's
 * morphology. Thread-safe.
 */
public final class PennTreebankParses {

    private PennTreebankParses() {
    }

    /**
     * Converts one bracketed parse; throws {@link IllegalArgumentException} with a one-line reason when the
     * brackets do not balance or the parse has no words.
     */
    public static DepSentence toDependencies(String ptb) {
        return toDependencies(ptb, CommaClauses.NONE);
    }

    /**
     * Converts one bracketed parse after deleting the comma-delimited clauses {@code commas} selects (token
     * indices then follow the remaining words); throws {@link IllegalArgumentException} as
     * {@link #toDependencies(String)} does.
     */
    public static DepSentence toDependencies(String ptb, CommaClauses commas) {
        checkBalanced(ptb);
        Tree tree;
        try {
            tree = Tree.valueOf(ptb.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable parse: " + e.getClass().getSimpleName());
        }
        if (tree == null) {
            throw new IllegalArgumentException("unreadable parse");
        }
        if (commas.active()) {
            tree = withoutCommaClauses(tree, commas);
        }
        List<Label> words = tree.yield();
        List<Label> tags = tree.preTerminalYield();
        if (words.isEmpty() || words.size() != tags.size()) {
            throw new IllegalArgumentException("parse has no words or a word without a tag");
        }
        int n = words.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(rels, "dep");
        UniversalEnglishGrammaticalStructure gs =
                new UniversalEnglishGrammaticalStructure(tree, s -> true, new UniversalSemanticHeadFinder(true));
        for (TypedDependency td : gs.typedDependencies()) {
            int dep = td.dep().index() - 1;
            if (dep < 0 || dep >= n) {
                continue;
            }
            heads[dep] = td.gov().index() - 1;
            rels[dep] = td.reln().toString();
        }
        Morphology morphology = new Morphology();
        List<DepToken> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String word = words.get(i).value();
            String tag = tags.get(i).value();
            String lemma = morphology.lemma(word, tag);
            tokens.add(new DepToken(i, word, lemma, tag, heads[i], rels[i], -1, -1));
        }
        return new DepSentence(tokens);
    }

    /** The tree without the words of the comma-delimited clauses {@code commas} selects. */
    static Tree withoutCommaClauses(Tree tree, CommaClauses commas) {
        List<Tree> leaves = tree.getLeaves();
        int n = leaves.size();
        boolean[] gone = new boolean[n];
        // clause-delimiting commas: not inside a noun phrase (lists of actors keep theirs)
        List<Integer> delimiters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Tree pre = leaves.get(i).parent(tree);
            Tree phrase = pre == null ? null : pre.parent(tree);
            if (pre != null && ",".equals(pre.value()) && (phrase == null || !phrase.value().startsWith("NP"))) {
                delimiters.add(i);
            }
        }
        if (delimiters.isEmpty()) {
            return tree;
        }
        // the sentence's final punctuation stays
        int end = n;
        while (end > 0 && !isWord(leaves.get(end - 1))) {
            end--;
        }
        int first = delimiters.get(0);
        int last = delimiters.get(delimiters.size() - 1);
        if (commas.bmax() > 0 && within(words(leaves, gone, 0, first), commas.bmin(), commas.bmax())) {
            java.util.Arrays.fill(gone, 0, first, true);
        }
        if (commas.emax() > 0 && last < end
                && within(words(leaves, gone, last + 1, end), commas.emin(), commas.emax())) {
            java.util.Arrays.fill(gone, last + 1, end, true);
        }
        if (commas.max() > 0) {
            for (int k = 0; k + 1 < delimiters.size(); k++) {
                int a = delimiters.get(k);
                int b = delimiters.get(k + 1);
                if (within(words(leaves, gone, a + 1, b), commas.min(), commas.max())) {
                    java.util.Arrays.fill(gone, a, b, true);
                }
            }
        }
        // a comma left with no words before it, or none after it, goes too
        List<Integer> left = delimiters.stream().filter(i -> !gone[i]).toList();
        if (!left.isEmpty() && words(leaves, gone, 0, left.get(0)) == 0) {
            gone[left.get(0)] = true;
        }
        if (!left.isEmpty() && words(leaves, gone, left.get(left.size() - 1) + 1, n) == 0) {
            gone[left.get(left.size() - 1)] = true;
        }
        java.util.Set<Tree> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < n; i++) {
            if (gone[i]) {
                drop.add(leaves.get(i));
            }
        }
        if (drop.isEmpty() || drop.size() == n) {
            return tree;
        }
        Tree pruned = tree.prune(t -> !(t.isLeaf() && drop.contains(t)));
        // a fresh tree, so that leaf indices follow the remaining words
        return pruned == null ? tree : Tree.valueOf(pruned.toString());
    }

    private static boolean within(int count, int min, int max) {
        return count >= min && count <= max;
    }

    /** Words (tokens that start with a letter) in {@code from..to-1} not yet deleted. */
    private static int words(List<Tree> leaves, boolean[] gone, int from, int to) {
        int count = 0;
        for (int i = Math.max(0, from); i < Math.min(to, leaves.size()); i++) {
            if (!gone[i] && isWord(leaves.get(i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWord(Tree leaf) {
        String v = leaf.value();
        return !v.isEmpty() && Character.isLetter(v.charAt(0));
    }

    private static void checkBalanced(String ptb) {
        int depth = 0;
        for (int i = 0; i < ptb.length(); i++) {
            char c = ptb.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw new IllegalArgumentException("unbalanced parse: ')' without '(' at offset " + i);
                }
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced parse: " + depth + " unclosed '('");
        }
    }
}
