package org.dragoman.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's own quote extraction and attribution as a plain user runs it, the baseline for who-said-what:
 * annotators {@value CoreNlpBaseline#QUOTE_ANNOTATORS} with every setting at its default (quote attribution on).
 * Each top-level CoreNLP quotation becomes a DIRECT {@link Quote} (span without its quotation marks, no cue);
 * embedded quotations are left out, since they lie inside a top-level one and carry no attribution of their own.
 * The speaker mention is the one quote attribution chose ({@code MentionBegin/EndAnnotation}); the speaker
 * entity is that mention, the quote's canonical mention and every mention of the CoreNLP coreference chain whose
 * head lies in either, so a scorer can credit any mention of the same person; the entity is named after the
 * chain's representative mention (else the canonical mention), the speaker after CoreNLP's
 * {@code SpeakerAnnotation} (else the canonical mention, else the mention).
 * Loads models (tens of seconds, a few GB) once in the constructor; {@link #apply} is thread-safe.
 */
public final class CoreNlpQuoteBaseline implements Function<Article, Analysis> {

    private final StanfordCoreNLP pipeline;

    /** Builds the pipeline; fails if the CoreNLP models are not on the class path. */
    public CoreNlpQuoteBaseline() {
        this.pipeline = new StanfordCoreNLP(CoreNlpBaseline.quoteAttributionProperties());
    }

    /**
     * CoreNLP's quotes in {@code article.text()}, in text order, with their speakers, and one PERSON entity per
     * distinct speaker; blocks, removals and times are empty. Calls are serialized: CoreNLP's quote attributor
     * keeps per-document state in the annotator, so two documents must not go through it at once.
     */
    @Override
    public Analysis apply(Article article) {
        String text = article.text();
        Annotation doc = new Annotation(text);
        article.published().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        synchronized (pipeline) {
            pipeline.annotate(doc);
        }
        List<CoreLabel> tokens = orEmpty(doc.get(CoreAnnotations.TokensAnnotation.class));
        List<CoreMap> sentences = orEmpty(doc.get(CoreAnnotations.SentencesAnnotation.class));
        Map<Integer, CorefChain> chains = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        List<CoreMap> found = new ArrayList<>(orEmpty(doc.get(CoreAnnotations.QuotationsAnnotation.class)));
        found.sort(Comparator.comparingInt(q -> intOr(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class), 0)));

        Map<String, String> entityNames = new LinkedHashMap<>();
        Map<String, TreeSet<Span>> entityMentions = new LinkedHashMap<>();
        List<Quote> quotes = new ArrayList<>();
        for (CoreMap q : found) {
            Integer begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (begin == null || end == null || begin < 0 || end < begin || end > text.length()) {
                continue;
            }
            Span span = withoutMarks(text, begin, end);
            Optional<Span> mention = tokenSpan(tokens, q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
                    q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class), text.length());
            Optional<Span> canonical = tokenSpan(tokens,
                    q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
                    q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class), text.length());
            Optional<String> name = firstPresent(q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class),
                    q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class),
                    q.get(QuoteAttributionAnnotator.MentionAnnotation.class));
            Optional<Speaker> speaker = Optional.empty();
            if (mention.isPresent() || canonical.isPresent()) {
                Optional<CorefChain> chain = mention.flatMap(m -> chainOf(chains, sentences, m))
                        .or(() -> canonical.flatMap(c -> chainOf(chains, sentences, c)));
                Span key = canonical.orElseGet(mention::orElseThrow);
                String id = chain.map(c -> "C" + c.getChainID()).orElse("S" + key.start() + "-" + key.end());
                TreeSet<Span> spans = entityMentions.computeIfAbsent(id, k -> new TreeSet<>());
                mention.ifPresent(spans::add);
                canonical.ifPresent(spans::add);
                chain.ifPresent(c -> spans.addAll(chainSpans(c, sentences, text.length())));
                entityNames.putIfAbsent(id, chain.map(c -> c.getRepresentativeMention().mentionSpan)
                        .orElseGet(() -> key.of(text)));
                speaker = Optional.of(new Speaker(Optional.of(id), name,
                        mention.map(m -> new Mention(m, m.of(text)))));
            } else if (name.isPresent()) {
                speaker = Optional.of(new Speaker(Optional.empty(), name, Optional.empty()));
            }
            quotes.add(new Quote("Q" + (quotes.size() + 1), QuoteKind.DIRECT, span, span.of(text), Optional.empty(),
                    Optional.empty(), speaker));
        }
        List<Entity> entities = new ArrayList<>();
        entityMentions.forEach((id, spans) -> entities.add(new Entity(id, entityNames.get(id), EntityType.PERSON,
                Optional.empty(), spans.stream().map(s -> new Mention(s, s.of(text))).toList())));
        return new Analysis(article, List.of(), List.of(), entities, quotes, List.of());
    }

    /** The quotation {@code [begin, end)} without whitespace or quotation marks at its edges. */
    static Span withoutMarks(String text, int begin, int end) {
        while (begin < end && isMark(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && isMark(text.charAt(end - 1))) {
            end--;
        }
        return new Span(begin, end);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`'
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || "„‚「」『』".indexOf(c) >= 0;
    }

    /** The char span of document tokens {@code first..last} (inclusive), when both are valid indices. */
    private static Optional<Span> tokenSpan(List<CoreLabel> tokens, Integer first, Integer last, int length) {
        if (first == null || last == null || first < 0 || last < first || last >= tokens.size()) {
            return Optional.empty();
        }
        int begin = tokens.get(first).beginPosition();
        int end = tokens.get(last).endPosition();
        return begin >= 0 && end >= begin && end <= length ? Optional.of(new Span(begin, end)) : Optional.empty();
    }

    /** The coreference chain with a mention whose head token lies inside {@code span}, if any. */
    private static Optional<CorefChain> chainOf(Map<Integer, CorefChain> chains, List<CoreMap> sentences, Span span) {
        if (chains == null) {
            return Optional.empty();
        }
        for (CorefChain chain : chains.values()) {
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                Optional<CoreLabel> head = token(sentences, m.sentNum, m.headIndex);
                if (head.isPresent() && span.contains(new Span(head.get().beginPosition(), head.get().endPosition()))) {
                    return Optional.of(chain);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Span> chainSpans(CorefChain chain, List<CoreMap> sentences, int length) {
        List<Span> spans = new ArrayList<>();
        for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
            Optional<CoreLabel> first = token(sentences, m.sentNum, m.startIndex);
            Optional<CoreLabel> last = token(sentences, m.sentNum, m.endIndex - 1);
            if (first.isPresent() && last.isPresent()) {
                int begin = first.get().beginPosition();
                int end = last.get().endPosition();
                if (begin >= 0 && end >= begin && end <= length) {
                    spans.add(new Span(begin, end));
                }
            }
        }
        return spans;
    }

    /** Token {@code index} (1-based, as CorefMention counts) of sentence {@code sentNum} (1-based). */
    private static Optional<CoreLabel> token(List<CoreMap> sentences, int sentNum, int index) {
        if (sentNum < 1 || sentNum > sentences.size()) {
            return Optional.empty();
        }
        List<CoreLabel> tokens = orEmpty(sentences.get(sentNum - 1).get(CoreAnnotations.TokensAnnotation.class));
        return index >= 1 && index <= tokens.size() ? Optional.of(tokens.get(index - 1)) : Optional.empty();
    }

    private static Optional<String> firstPresent(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static int intOr(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
