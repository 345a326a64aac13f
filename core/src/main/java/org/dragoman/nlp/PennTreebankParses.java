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
