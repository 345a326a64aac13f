package org.dragoman.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

import org.dragoman.model.Article;
import org.dragoman.model.Span;
import org.dragoman.model.TimeExpr;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's SUTime as a plain user runs it, the baseline for time expressions: the default
 * {@code tokenize,ssplit,pos,lemma,ner} pipeline, the article's published date as document date, and one
 * {@link TimeExpr} per NER entity mention that carries a TIMEX3. Loads models (seconds) once in the constructor;
 * {@link #apply} is thread-safe.
 */
public final class SuTimeBaseline implements Function<Article, List<TimeExpr>> {

    private final StanfordCoreNLP pipeline;

    /** Builds the CoreNLP pipeline with default settings; fails if the CoreNLP models are not on the class path. */
    public SuTimeBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /**
     * The time expressions SUTime finds in {@code article.text()}, in text order, values resolved against
     * {@code article.published()} when present (else left relative, as SUTime does). A TIMEX3 without a value
     * gets its alternate value, or "" when it has neither.
     */
    @Override
    public List<TimeExpr> apply(Article article) {
        String text = article.text();
        Annotation doc = new Annotation(text);
        article.published().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        pipeline.annotate(doc);
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        List<TimeExpr> times = new ArrayList<>();
        if (mentions == null) {
            return times;
        }
        for (CoreMap mention : mentions) {
            Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
            Integer begin = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (timex == null || begin == null || end == null || begin < 0 || end < begin || end > text.length()) {
                continue;
            }
            Span span = new Span(begin, end);
            String value = timex.value() != null ? timex.value() : timex.altVal() != null ? timex.altVal() : "";
            String type = timex.timexType() != null ? timex.timexType() : "";
            times.add(new TimeExpr(span, span.of(text), type, value));
        }
        times.sort(Comparator.comparing(TimeExpr::span));
        return List.copyOf(times);
    }
}
