package org.dragoman.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.dragoman.model.AnnotatedArticle;
import org.dragoman.model.Block;
import org.dragoman.model.NamedMention;
import org.dragoman.model.Removal;
import org.dragoman.model.SegmentedArticle;
import org.dragoman.model.Sentence;
import org.dragoman.model.Span;
import org.dragoman.model.TimeExpr;
import org.dragoman.model.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Dragoman's one CoreNLP pipeline: built once per process (seconds: it loads models), then shared by all
 * threads. Takes a {@link SegmentedArticle} and returns an {@link AnnotatedArticle}; CoreNLP's own types
 * never leave this package.
 */
public final class NlpPipeline {

    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final StanfordCoreNLP pipeline;

    /** Builds a pipeline from CoreNLP properties; fails here, naming the property, if they are bad. */
    public NlpPipeline(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** Builds the pipeline with {@link #defaultProperties()}. */
    public static NlpPipeline load() {
        return new NlpPipeline(defaultProperties());
    }

    /**
     * The CoreNLP properties Dragoman runs with: only the annotators whose output Dragoman uses, with the
     * cheapest settings that keep quality (one CRF model instead of CoreNLP's three; see the bench command).
     */
    public static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // Blocks (paragraphs, headings) are separated by newlines in the text handed to CoreNLP; a sentence
        // never crosses them, so a heading is never glued to the next sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("tokenize.language", "en");
        return props;
    }

    /** Annotates the article's blocks; removed parts and text between blocks are not analysed. */
    public AnnotatedArticle annotate(SegmentedArticle doc) {
        String text = doc.article().text();
        Annotation annotation = new Annotation(analysedText(doc));
        doc.article().published().ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        pipeline.annotate(annotation);

        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(tokens.size(), new Span(t.beginPosition(), t.endPosition()),
                        text.substring(t.beginPosition(), t.endPosition()), nz(t.tag()), nz(t.lemma()), ner(t.ner())));
            }
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentences.size(), new Span(tokens.get(first).span().start(),
                        tokens.get(tokens.size() - 1).span().end()), first, tokens.size()));
            }
        }

        List<NamedMention> names = new ArrayList<>();
        List<TimeExpr> times = new ArrayList<>();
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap m : mentions) {
                int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                Span span = new Span(begin, end);
                String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                if (type == null) {
                    continue;
                }
                if (TIME_TYPES.contains(type)) {
                    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                    if (timex != null) {
                        String value = timex.value() != null ? timex.value() : nz(timex.altVal());
                        times.add(new TimeExpr(span, span.of(text), nz(timex.timexType()), value));
                    }
                } else {
                    names.add(new NamedMention(span, span.of(text), type,
                            m.get(CoreAnnotations.SentenceIndexAnnotation.class),
                            m.get(CoreAnnotations.TokenBeginAnnotation.class),
                            m.get(CoreAnnotations.TokenEndAnnotation.class)));
                }
            }
        }
        return new AnnotatedArticle(doc, tokens, sentences, names, times);
    }

    /**
     * The text CoreNLP sees: same length as the article text, so offsets carry over unchanged; removed parts
     * and gaps between blocks become spaces, newlines inside a block become spaces, and each block ends in
     * a newline that the sentence splitter treats as a break.
     */
    static String analysedText(SegmentedArticle doc) {
        String text = doc.article().text();
        char[] chars = new char[text.length()];
        Arrays.fill(chars, ' ');
        for (Block block : doc.blocks()) {
            for (int i = block.span().start(); i < block.span().end(); i++) {
                char c = text.charAt(i);
                chars[i] = c == '\n' || c == '\r' ? ' ' : c;
            }
        }
        for (Removal r : doc.removed()) {
            Arrays.fill(chars, r.span().start(), r.span().end(), ' ');
        }
        for (Block block : doc.blocks()) {
            if (block.span().end() < chars.length) {
                chars[block.span().end()] = '\n';
            }
        }
        return new String(chars);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String ner(String s) {
        return s == null ? "O" : s;
    }
}
