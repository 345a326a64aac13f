package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Dragoman's driver for a loaded {@link DependencyParser}: the same greedy parse as
 * {@link DependencyParser#predict(CoreMap)} (CoreNLP 4.5.x), but a state in which only one transition can apply
 * (a shift while the stack holds at most the root and one word) takes it without running the network. The
 * network's scores only choose among applicable transitions, so the parse is the same, transition by transition;
 * the neural scoring of those states was pure cost (a quarter of them or so). It lives in CoreNLP's package
 * because {@link Classifier#computeScores(int[])}, {@link Configuration} and {@link DependencyTree} are
 * package-private; the parser's private members are reached once, by reflection, when this is built.
 * Thread-safe as the parser is.
 */
public final class ForcedMoveParser {

    private final DependencyParser parser;
    private final ParsingSystem system;
    private final Classifier classifier;
    private final Method featureArray;
    private final Method grammaticalRelation;
    private final Method grammaticalStructure;

    /** Wraps a loaded parser; fails here if this CoreNLP version's parser does not have the expected members. */
    public ForcedMoveParser(DependencyParser parser) {
        this.parser = parser;
        try {
            this.system = (ParsingSystem) field("system").get(parser);
            this.classifier = (Classifier) field("classifier").get(parser);
            this.featureArray = method("getFeatureArray", Configuration.class);
            this.grammaticalRelation = method("makeGrammaticalRelation", String.class);
            this.grammaticalStructure = method("makeGrammaticalStructure", List.class, TreeGraphNode.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("unexpected CoreNLP dependency parser: " + e, e);
        }
        if (system == null || classifier == null) {
            throw new IllegalStateException("the dependency parser is not loaded");
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = DependencyParser.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Method method(String name, Class<?>... types) throws NoSuchMethodException {
        Method m = DependencyParser.class.getDeclaredMethod(name, types);
        m.setAccessible(true);
        return m;
    }

    /** The parse {@link DependencyParser#predict(CoreMap)} gives, built the same way. */
    public GrammaticalStructure predict(CoreMap sentence) {
        DependencyTree tree = predictInner(sentence);
        // as DependencyParser.predict
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<TypedDependency> dependencies = new ArrayList<>();
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        for (int i = 1; i <= tree.n; i++) {
            int head = tree.getHead(i);
            String label = tree.getLabel(i);
            IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT
                    : (GrammaticalRelation) invoke(grammaticalRelation, label);
            dependencies.add(new TypedDependency(relation, governor, dependent));
        }
        return (GrammaticalStructure) invoke(grammaticalStructure, dependencies, new TreeGraphNode(root));
    }

    /** As DependencyParser.predictInner, but a transition that is the only one applicable is taken unscored. */
    private DependencyTree predictInner(CoreMap sentence) {
        int numTrans = system.numTransitions();
        Configuration c = system.initialConfiguration(sentence);
        while (!system.isTerminal(c)) {
            if (Thread.interrupted()) {
                throw new RuntimeInterruptedException();
            }
            String optTrans = c.getStackSize() <= 2 ? onlyApplicable(c, numTrans) : null;
            if (optTrans == null) {
                double[] scores = classifier.computeScores((int[]) invoke(featureArray, c));
                double optScore = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < numTrans; j++) {
                    if (scores[j] > optScore && system.canApply(c, system.transitions.get(j))) {
                        optScore = scores[j];
                        optTrans = system.transitions.get(j);
                    }
                }
            }
            system.apply(c, optTrans);
        }
        return c.tree;
    }

    /** The one transition that can apply, or null when none or several can. */
    private String onlyApplicable(Configuration c, int numTrans) {
        String only = null;
        for (int j = 0; j < numTrans; j++) {
            String t = system.transitions.get(j);
            if (system.canApply(c, t)) {
                if (only != null) {
                    return null;
                }
                only = t;
            }
        }
        return only;
    }

    private Object invoke(Method m, Object... args) {
        try {
            return m.invoke(parser, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
