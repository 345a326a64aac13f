package org.dragoman.nlp;

import java.util.Properties;

/**
 * Dragoman's one CoreNLP pipeline: built once per process, shared by all threads.
 */
public final class NlpPipeline {

    /** The CoreNLP properties Dragoman runs with: only the annotators whose output Dragoman uses. */
    public static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return props;
    }
}
