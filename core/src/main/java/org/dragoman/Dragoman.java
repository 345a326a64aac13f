package org.dragoman;

import org.dragoman.actors.ActorDictionary;
import org.dragoman.actors.Gazetteer;
import org.dragoman.extract.ActorCoder;
import org.dragoman.extract.EntityResolver;
import org.dragoman.extract.EventExtractor;
import org.dragoman.extract.ParsedArticle;
import org.dragoman.extract.QuoteExtractor;
import org.dragoman.extract.TimeAnchor;
import org.dragoman.ingest.BadInputException;
import org.dragoman.ingest.Segmenter;
import org.dragoman.model.AnnotatedArticle;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.QuotedArticle;
import org.dragoman.model.ResolvedArticle;
import org.dragoman.model.SegmentedArticle;
import org.dragoman.model.Sentence;
import org.dragoman.nlp.NlpPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysis pipeline: article in, {@link Analysis} out. Loading is expensive (CoreNLP models, seconds);
 * do it once per process with {@link #load()} and share the instance: {@link #analyze} is thread-safe.
 */
public final class Dragoman {

    /** Default cap on article length: longer texts are rejected rather than risk minutes of tagging. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for", "it",
            "on", "was", "with", "he", "as", "by", "at", "his", "be", "are", "from", "this", "have", "has", "not",
            "but", "they", "said", "an", "were", "will", "their", "we", "would", "who", "which", "been", "its", "or");
    /** Function words of German, French, Spanish, Italian, Portuguese and Dutch that are not English words. */
    private static final Set<String> FOREIGN = Set.of("der", "die", "das", "und", "ist", "nicht", "sich", "mit", "dem",
            "ein", "eine", "zu", "von", "auf", "für", "dass", "le", "la", "les", "des", "et", "est", "une", "pour",
            "dans", "que", "qui", "du", "au", "el", "los", "las", "y", "es", "una", "por", "para", "con", "del", "il",
            "di", "che", "della", "sono", "e", "os", "um", "não", "uma", "het", "een", "van", "niet", "ook", "zijn");

    private final Segmenter segmenter;
    private final NlpPipeline nlp;
    private final TimeAnchor timeAnchor;
    private final EntityResolver entities;
    private final ActorCoder actors;
    private final QuoteExtractor quotes;
    private final EventExtractor events;
    private final int maxChars;
    private final boolean quoting;

    private Dragoman(NlpPipeline nlp, EventExtractor events, int maxChars) {
        this(nlp, events, maxChars, ActorDictionary.defaults(), true);
    }

    private Dragoman(NlpPipeline nlp, EventExtractor events, int maxChars, ActorDictionary actorDictionary) {
        this(nlp, events, maxChars, actorDictionary, true);
    }

    private Dragoman(NlpPipeline nlp, EventExtractor events, int maxChars, ActorDictionary actorDictionary,
                     boolean quoting) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.segmenter = new Segmenter();
        this.nlp = nlp;
        this.timeAnchor = new TimeAnchor();
        this.entities = new EntityResolver(Gazetteer.defaultGazetteer());
        this.actors = new ActorCoder(actorDictionary);
        this.quotes = new QuoteExtractor();
        this.events = events;
        this.maxChars = maxChars;
        this.quoting = quoting;
    }

    /** Loads the NLP models and builds every stage. */
    public static Dragoman load() {
        return new Dragoman(NlpPipeline.load(), EventExtractor.defaults(), DEFAULT_MAX_CHARS);
    }

    /** Loads the pipeline with a different cap on article length (chars). */
    public static Dragoman load(int maxChars) {
        return new Dragoman(NlpPipeline.load(), EventExtractor.defaults(), maxChars);
    }

    /** Loads the pipeline with the given event stage (e.g. a user's dictionaries) and cap on article length. */
    public static Dragoman load(EventExtractor events, int maxChars) {
        return new Dragoman(NlpPipeline.load(), events, maxChars);
    }

    /** Loads the pipeline with a cap on article length (chars) and the actor dictionaries entities are coded by. */
    public static Dragoman load(int maxChars, ActorDictionary actorDictionary) {
        return new Dragoman(NlpPipeline.load(), EventExtractor.defaults(), maxChars, actorDictionary);
    }

    /**
     * Loads the pipeline without quote extraction (no quotes; events are then never marked quoted): what the
     * quote stage costs is measured against it ({@code dragoman bench}).
     */
    public static Dragoman loadWithoutQuotes() {
        return new Dragoman(NlpPipeline.load(), EventExtractor.defaults(), DEFAULT_MAX_CHARS,
                ActorDictionary.defaults(), false);
    }

    /** Loads the pipeline with the given event stage, cap on article length and actor dictionaries. */
    public static Dragoman load(EventExtractor events, int maxChars, ActorDictionary actorDictionary) {
        return new Dragoman(NlpPipeline.load(), events, maxChars, actorDictionary);
    }

    /**
     * Analyses one article. Throws {@link BadInputException} for content that cannot be analysed
     * (no text, too long, not English); never throws for odd but analysable text.
     */
    public Analysis analyze(Article article) throws BadInputException {
        String name = article.url().orElse(article.id().substring(0, 12));
        String text = article.text();
        if (text.isBlank()) {
            throw new BadInputException(name, "no text");
        }
        if (text.length() > maxChars) {
            throw new BadInputException(name, "too long: " + text.length() + " chars (limit " + maxChars + ")");
        }
        if (!looksEnglish(text)) {
            throw new BadInputException(name, "not English text");
        }
        SegmentedArticle segmented = segmenter.segment(article);
        AnnotatedArticle annotated = timeAnchor.anchor(nlp.annotate(segmented));
        ResolvedArticle resolved = actors.code(entities.resolve(annotated));
        QuotedArticle quoted = quoting ? quotes.extract(resolved) : new QuotedArticle(resolved, List.of());
        List<Sentence> candidates = events.candidates(quoted);
        List<ParsedArticle.Parse> parses = new ArrayList<>(candidates.size());
        var deps = nlp.parse(annotated, candidates);
        for (int i = 0; i < candidates.size(); i++) {
            parses.add(new ParsedArticle.Parse(candidates.get(i), deps.get(i)));
        }
        return new Analysis(article, segmented.blocks(), segmented.removed(), resolved.entities(), quoted.quotes(),
                events.extract(new ParsedArticle(quoted, parses)), annotated.times());
    }

    /**
     * English prose has a function word every few words; other languages have their own, and binary junk has
     * none. Short texts pass unless another language's function words outnumber English ones.
     */
    static boolean looksEnglish(String text) {
        Matcher m = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        int words = 0;
        int english = 0;
        int foreign = 0;
        while (m.find()) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            if (ENGLISH.contains(w)) {
                english++;
            } else if (FOREIGN.contains(w)) {
                foreign++;
            }
        }
        if (foreign >= 2 && foreign > english) {
            return false;
        }
        if (words < 40) {
            long letters = text.codePoints().filter(Character::isLetter).count();
            long latin = text.codePoints().filter(Character::isLetter)
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
            return letters > 0 && latin * 10 >= letters * 9 && (english > 0 || words < 6);
        }
        return english * 100 >= words * 12;
    }
}
