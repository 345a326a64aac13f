package org.dragoman;

import org.dragoman.actors.ActorDictionary;
import org.dragoman.actors.Gazetteer;
import org.dragoman.extract.ActorCoder;
import org.dragoman.extract.EntityResolver;
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
import org.dragoman.nlp.NlpPipeline;

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
    private final int maxChars;

    private Dragoman(NlpPipeline nlp, int maxChars) {
        this(nlp, maxChars, ActorDictionary.defaults());
    }

    private Dragoman(NlpPipeline nlp, int maxChars, ActorDictionary actorDictionary) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.segmenter = new Segmenter();
        this.nlp = nlp;
        this.timeAnchor = new TimeAnchor();
        this.entities = new EntityResolver(Gazetteer.defaultGazetteer());
        this.actors = new ActorCoder(actorDictionary);
        this.quotes = new QuoteExtractor();
        this.maxChars = maxChars;
    }

    /** Loads the NLP models and builds every stage. */
    public static Dragoman load() {
        return new Dragoman(NlpPipeline.load(), DEFAULT_MAX_CHARS);
    }

    /** Loads the pipeline with a different cap on article length (chars). */
    public static Dragoman load(int maxChars) {
        return new Dragoman(NlpPipeline.load(), maxChars);
    }

    /** Loads the pipeline with a cap on article length (chars) and the actor dictionaries entities are coded by. */
    public static Dragoman load(int maxChars, ActorDictionary actorDictionary) {
        return new Dragoman(NlpPipeline.load(), maxChars, actorDictionary);
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
        QuotedArticle quoted = quotes.extract(resolved);
        return new Analysis(article, segmented.blocks(), segmented.removed(), resolved.entities(), quoted.quotes(),
                annotated.times());
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
