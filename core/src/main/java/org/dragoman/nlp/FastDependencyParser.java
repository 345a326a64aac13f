package org.dragoman.nlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's neural dependency parser ({@link DependencyParser}) with a faster forward pass and no conversion to a
 * {@code GrammaticalStructure}: the same model, features, transition system and arithmetic, so every parse is
 * identical to {@link DependencyParser#predict(CoreMap)}'s, bit for bit. What changes is the order of the loops
 * of the output layer: CoreNLP computes each transition's score as one dot product over the hidden layer, a
 * chain of dependent additions the JIT cannot vectorise; here the hidden layer is walked once and every score
 * takes its next term in the same order (each score is still the sum of the same products, added in the same
 * order), so the inner loop runs over independent scores and vectorises. That layer is most of a parse's time.
 * The parser's private state (weights, precomputed hidden products, transitions, feature extraction) is read
 * once through reflection; {@link #load} fails if a CoreNLP version lays it out differently, and
 * {@link NlpPipeline} then keeps CoreNLP's own {@code predict}. Thread-safe: a parse only reads the model and
 * a concurrent cache of hidden products.
 */
final class FastDependencyParser {

    /** Heads (1-based token index, 0 for the root) and relation labels of a parsed sentence, by token. */
    record Parse(int[] heads, String[] labels) {
    }

    private final DependencyParser parser;
    private final ArcStandard system;
    private final String[] transitions;
    private final MethodHandle features;
    private final double[][] saved;
    /** CoreNLP's map from (token, position) feature to its precomputed row, as an open-addressing int table. */
    private final int[] preKeys;
    private final int[] preRows;
    /**
     * Hidden products of the other features, computed on first use; lock-free to read, so two threads parsing
     * at once do not queue on it as they do on CoreNLP's synchronized cache. It stops growing at
     * {@code maxCached} entries (4 KB each); what it holds only changes the speed, never a parse.
     */
    private final java.util.concurrent.ConcurrentHashMap<Integer, float[]> cache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final int maxCached;
    private final float[][] w1;
    private final float[][] embeddings;
    private final float[] b1;
    /** The output layer transposed: {@code w2t[hidden][transition]}. */
    private final float[][] w2t;
    private final int hiddenSize;
    private final int embeddingSize;

    private FastDependencyParser(DependencyParser parser, ArcStandard system, List<String> transitions,
                                 MethodHandle features, Classifier classifier, double[][] saved,
                                 Map<Integer, Integer> preMap, int maxCached) {
        this.parser = parser;
        this.system = system;
        this.transitions = transitions.toArray(new String[0]);
        this.features = features;
        this.saved = saved;
        this.maxCached = maxCached;
        int capacity = Integer.highestOneBit(Math.max(16, preMap.size() * 2)) * 2;
        this.preKeys = new int[capacity];
        this.preRows = new int[capacity];
        java.util.Arrays.fill(preKeys, -1);
        for (Map.Entry<Integer, Integer> e : preMap.entrySet()) {
            int slot = e.getKey() * 0x9E3779B9 & (capacity - 1);
            while (preKeys[slot] != -1) {
                slot = (slot + 1) & (capacity - 1);
            }
            preKeys[slot] = e.getKey();
            preRows[slot] = e.getValue();
        }
        this.w1 = classifier.getW1();
        this.embeddings = classifier.getE();
        this.b1 = classifier.getb1();
        float[][] w2 = classifier.getW2();
        this.hiddenSize = b1.length;
        this.embeddingSize = embeddings[0].length;
        this.w2t = new float[hiddenSize][w2.length];
        for (int i = 0; i < w2.length; i++) {
            for (int j = 0; j < hiddenSize; j++) {
                w2t[j][i] = w2[i][j];
            }
        }
    }

    /**
     * The fast parser over a loaded CoreNLP parser, or an {@link IllegalStateException} naming what this CoreNLP
     * version does not have (then use the parser's own {@code predict}).
     */
    @SuppressWarnings("unchecked")
    static FastDependencyParser load(DependencyParser parser, int maxCached) {
        try {
            Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            ParsingSystem system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
            if (!(system instanceof ArcStandard arcStandard)) {
                throw new IllegalStateException("transition system is " + system.getClass().getName());
            }
            List<String> transitions = (List<String>) field(ParsingSystem.class, "transitions").get(system);
            double[][] saved = (double[][]) field(Classifier.class, "saved").get(classifier);
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
            MethodHandle features = MethodHandles.privateLookupIn(DependencyParser.class, MethodHandles.lookup())
                    .findVirtual(DependencyParser.class, "getFeatureArray",
                            MethodType.methodType(int[].class, Configuration.class));
            if (saved == null || preMap == null || transitions.isEmpty()) {
                throw new IllegalStateException("parser without precomputed products");
            }
            for (Integer key : preMap.keySet()) {
                if (key < 0) {
                    throw new IllegalStateException("negative feature key " + key);
                }
            }
            return new FastDependencyParser(parser, arcStandard, transitions, features, classifier, saved, preMap,
                    maxCached);
        } catch (ReflectiveOperationException | ClassCastException | SecurityException e) {
            throw new IllegalStateException("CoreNLP's parser internals differ: " + e, e);
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** Parses a sentence whose tokens have words and tags, as {@link DependencyParser#predict(CoreMap)} does. */
    Parse parse(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        while (!system.isTerminal(c)) {
            double[] scores = scores(featureArray(c));
            double best = Double.NEGATIVE_INFINITY;
            String chosen = null;
            for (int j = 0; j < transitions.length; j++) {
                if (scores[j] > best && system.canApply(c, transitions[j])) {
                    best = scores[j];
                    chosen = transitions[j];
                }
            }
            system.apply(c, chosen);
        }
        int n = c.getSentenceSize();
        int[] heads = new int[n];
        String[] labels = new String[n];
        for (int i = 1; i <= n; i++) {
            heads[i - 1] = c.getHead(i);
            labels[i - 1] = heads[i - 1] == 0 ? "root" : c.getLabel(i);
        }
        passiveSubjects(heads, labels);
        return new Parse(heads, labels);
    }

    /**
     * The one correction CoreNLP's basic Universal Dependencies make to a parser's output (its
     * {@code correctSubjPass}): the subject of a verb with an {@code aux:pass} is a passive subject.
     */
    private static void passiveSubjects(int[] heads, String[] labels) {
        boolean[] passive = new boolean[heads.length + 1];
        for (int i = 0; i < heads.length; i++) {
            if (labels[i].equals("aux:pass")) {
                passive[heads[i]] = true;
            }
        }
        for (int i = 0; i < heads.length; i++) {
            if (!passive[heads[i]]) {
                continue;
            }
            switch (labels[i]) {
                case "nsubj" -> labels[i] = "nsubj:pass";
                case "csubj" -> labels[i] = "csubj:pass";
                case "nsubj:xsubj" -> labels[i] = "nsubj:pass:xsubj";
                case "csubj:xsubj" -> labels[i] = "csubj:pass:xsubj";
                default -> { }
            }
        }
    }

    private int[] featureArray(Configuration c) {
        try {
            return (int[]) features.invokeExact(parser, c);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The transitions' scores for one configuration's features: CoreNLP's computation, output loops swapped. */
    private double[] scores(int[] feature) {
        double[] hidden = new double[hiddenSize];
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int token = feature[j];
            int index = token * Config.numTokens + j;
            int row = precomputed(index);
            if (row >= 0) {
                double[] s = saved[row];
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] = hidden[i] + s[i];
                }
            } else {
                float[] cached = cache.get(index);
                if (cached == null) {
                    cached = slice(embeddings[token], offset);
                    if (cache.size() < maxCached) {
                        cache.put(index, cached);
                    }
                }
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] = hidden[i] + cached[i];
                }
            }
            offset += embeddingSize;
        }
        for (int i = 0; i < hiddenSize; i++) {
            hidden[i] = hidden[i] + b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
        double[] scores = new double[transitions.length];
        for (int j = 0; j < hiddenSize; j++) {
            double h = hidden[j];
            float[] row = w2t[j];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = scores[i] + h * row[i];
            }
        }
        return scores;
    }

    /** The precomputed row of a feature key, or -1. */
    private int precomputed(int key) {
        int mask = preKeys.length - 1;
        int slot = key * 0x9E3779B9 & mask;
        while (true) {
            int k = preKeys[slot];
            if (k == key) {
                return preRows[slot];
            }
            if (k == -1) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** One feature's hidden-layer product, rounded to float as CoreNLP caches it. */
    private float[] slice(float[] vector, int offset) {
        float[] slice = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            double partial = 0.0;
            float[] row = w1[i];
            for (int k = 0; k < vector.length; k++) {
                partial += row[offset + k] * vector[k];
            }
            slice[i] = (float) partial;
        }
        return slice;
    }
}
