package org.dragoman.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * A plain CoreNLP pipeline, used as a speed baseline by {@code dragoman bench}: built once from the given
 * properties, then shared by any number of threads. It keeps no results; it only runs the annotators.
 */
public final class CoreNlpBaseline {

    /** The annotators of CoreNLP's own quote attribution, with every setting at its default. */
    public static final String QUOTE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;
    private final String annotators;

    /**
     * Loads the pipeline the properties describe (seconds to minutes, and gigabytes for coref).
     * Throws {@link IllegalArgumentException} naming the problem when they name no or unknown annotators.
     */
    public CoreNlpBaseline(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(Objects.requireNonNull(properties, "properties"));
        String names = copy.getProperty("annotators", "").trim();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("CoreNLP properties name no annotators");
        }
        this.annotators = names;
        try {
            this.pipeline = new StanfordCoreNLP(copy);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Bad CoreNLP pipeline '" + names + "': " + e.getMessage(), e);
        }
    }

    /** The properties of CoreNLP's quote-attribution pipeline as it comes: {@link #QUOTE_ANNOTATORS}, defaults otherwise. */
    public static Properties quoteAttributionProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", QUOTE_ANNOTATORS);
        return props;
    }

    /**
     * Drops the models CoreNLP caches process-wide, so that the next pipeline loads its own (and its load time is
     * honest); pipelines already built keep working.
     */
    public static void releaseCachedModels() {
        StanfordCoreNLP.clearAnnotatorPool();
    }

    /** The comma-separated annotator names this pipeline runs. */
    public String annotators() {
        return annotators;
    }

    /** Runs every annotator on {@code text} and returns the number of CoreNLP tokens; thread-safe. */
    public int annotate(String text) {
        Annotation annotation = new Annotation(Objects.requireNonNull(text, "text"));
        pipeline.annotate(annotation);
        List<?> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }
}
