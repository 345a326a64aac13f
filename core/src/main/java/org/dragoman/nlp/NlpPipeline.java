package org.dragoman.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.dragoman.extract.coding.DepSentence;
import org.dragoman.extract.coding.DepToken;
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
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dragoman's one CoreNLP pipeline: built once per process (seconds: it loads models), then shared by all
 * threads. Takes a {@link SegmentedArticle} and returns an {@link AnnotatedArticle}; CoreNLP's own types
 * never leave this package.
 */
public final class NlpPipeline {

    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    /**
     * Tokens that can begin a time expression SUTime recognizes: digits, month and weekday names and
     * abbreviations, calendar and clock words, deictic words. A sentence without one is not worth SUTime's
     * cost (several milliseconds a sentence).
     */
    private static final Pattern TIME_TRIGGER = Pattern.compile("(?i)\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
            + "|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|now|current|recent|ago|year|month"
            + "|week|day|dai|hour|minute|second|decade|centur|millenni|morning|afternoon|evening|night|spring"
            + "|summer|autumn|fall|winter|season|quarter|annual|past|last|next|earlier|later|soon|noon|midnight"
            + "|christmas|easter|ramadan|eid|hanukkah|passover|thanksgiving|halloween|p\\.m|a\\.m|future|present"
            + "|time|era|period|overnight|fortnight|dawn|dusk|once|former|fiscal|fy|q[1-4]|weekend|holiday");

    /** SUTime matches that are other words: a conjunction, and lower-case month names that are nouns or verbs. */
    private static final Pattern NOT_TIMES = Pattern.compile("(?i:once)|march|may|august|the march|a march");

    /**
     * CoreNLP's neural dependency parser with its Universal Dependencies model (the models jar); the PCFG
     * {@code parse} annotator is an order of magnitude slower and its constituency trees are not needed.
     */
    public static final String DEPENDENCY_MODEL = DependencyParser.DEFAULT_MODEL;

    /** Longer sentences are lists or garbage, not clauses worth coding; parsing them costs time for nothing. */
    public static final int MAX_PARSE_TOKENS = 70;

    /**
     * Hidden-layer products of (word, position) features outside the model's precomputed ones that the parser
     * keeps (4 KB each, so at most 80 MB): {@link FastDependencyParser}'s cache, and CoreNLP's own when the fast
     * parser is not available. CoreNLP's default of 5,000 holds too few for news text: 20,000 saved about 6% of
     * the parse's CPU time on BBC articles the cache had not seen. What is cached never changes a parse.
     */
    static final int PARSER_CACHE = 20_000;

    private final StanfordCoreNLP pipeline;
    private final TimeAnnotator sutime;
    /**
     * One parser shared by all threads, as CoreNLP's own depparse annotator shares it: a parse only reads the
     * model (and the concurrent cache of {@link FastDependencyParser}). A copy per thread would cost its own load
     * and warm-up and fill its own cache.
     */
    private final DependencyParser parser;
    /** The same parser with a faster forward pass and identical parses; empty if this CoreNLP lays it out anew. */
    private final Optional<FastDependencyParser> fastParser;

    /** Builds a pipeline from CoreNLP properties; fails here, naming the property, if they are bad. */
    public NlpPipeline(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
        this.sutime = new TimeAnnotator("sutime", new Properties());
        Properties parserProperties = new Properties();
        parserProperties.setProperty("numCached", Integer.toString(PARSER_CACHE));
        this.parser = DependencyParser.loadFromModelFile(DEPENDENCY_MODEL, parserProperties);
        Optional<FastDependencyParser> fast;
        try {
            fast = Optional.of(FastDependencyParser.load(parser, PARSER_CACHE));
        } catch (IllegalStateException e) {
            fast = Optional.empty();
        }
        this.fastParser = fast;
        warmUp(parser, fastParser);
    }

    /**
     * Runs the parser over a made-up sentence until the JIT has compiled its inner loops: cold, a parse costs
     * several times what it costs warm, and that is a once-per-process cost, not the first articles'.
     */
    private static void warmUp(DependencyParser parser, Optional<FastDependencyParser> fast) {
        String[] words = ("Officials in the capital said on Monday that the two governments had agreed to hold "
                + "new talks on trade and security after months of tension over the disputed border .").split(" ");
        String[] tags = ("NNS IN DT NN VBD IN NNP IN DT CD NNS VBD VBN TO VB JJ NNS IN NN CC NN IN NNS IN NN IN "
                + "DT JJ NN .").split(" ");
        List<CoreLabel> labels = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            CoreLabel label = new CoreLabel();
            label.setWord(words[i]);
            label.setValue(words[i]);
            label.setTag(tags[i]);
            label.setIndex(i + 1);
            labels.add(label);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        for (int i = 0; i < 200; i++) {
            if (fast.isPresent()) {
                fast.get().parse(sentence);
            } else {
                parser.predict(sentence);
            }
        }
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
        // Fine-grained NER (KBP regexner) and the numeric/SUTime pass inside NER cost 3x and 4x the CRF itself
        // (measured: see DEVELOPERS notes in the bench command); Dragoman types places from its own gazetteer
        // and runs SUTime itself, only on sentences that can hold a time expression.
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
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
        List<TimeExpr> times = new ArrayList<>();
        String docDate = doc.article().published().map(Object::toString).orElse(null);
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            times.addAll(times(s, docDate, text));
            int first = tokens.size();
            List<Token> sentence = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                sentence.add(new Token(first + sentence.size(), new Span(t.beginPosition(), t.endPosition()),
                        text.substring(t.beginPosition(), t.endPosition()), nz(t.tag()), nz(t.lemma()), ner(t.ner())));
            }
            tokens.addAll(TaggerFixes.apply(sentence));
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentences.size(), new Span(tokens.get(first).span().start(),
                        tokens.get(tokens.size() - 1).span().end()), first, tokens.size()));
            }
        }

        List<NamedMention> names = new ArrayList<>();
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
                int firstToken = m.get(CoreAnnotations.TokenBeginAnnotation.class);
                int endToken = m.get(CoreAnnotations.TokenEndAnnotation.class);
                // CoreNLP's entity-mention annotator also emits pronouns as PERSON mentions; Dragoman resolves
                // pronouns itself, so only names are kept.
                boolean pronoun = tokens.subList(firstToken, endToken).stream().allMatch(t -> t.pos().startsWith("PRP"));
                if (!TIME_TYPES.contains(type) && !pronoun) {
                    names.add(new NamedMention(span, span.of(text), type,
                            m.get(CoreAnnotations.SentenceIndexAnnotation.class),
                            firstToken, endToken));
                }
            }
        }
        List<Token> joined = NameParticles.tokens(tokens, names);
        return new AnnotatedArticle(doc, joined, sentences, NameParticles.mentions(joined, names, text), times);
    }

    /**
     * Dependency parses of some sentences of an annotated article, in the order given, each token with its
     * character offsets into the article text. Only the sentences asked for are parsed (event coding asks for
     * the few with an event verb and an actor); sentences longer than {@link #MAX_PARSE_TOKENS} tokens come
     * back empty. Thread-safe.
     */
    public List<DepSentence> parse(AnnotatedArticle article, List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        return parse(parser, fastParser, article, sentences);
    }

    /** As {@link #parse}, always through CoreNLP's own {@code predict}: to check the fast parser against. */
    List<DepSentence> parseWithCoreNlp(AnnotatedArticle article, List<Sentence> sentences) {
        return parse(parser, Optional.empty(), article, sentences);
    }

    /** Whether parses go through {@link FastDependencyParser}. */
    boolean fastParsing() {
        return fastParser.isPresent();
    }

    private static List<DepSentence> parse(DependencyParser parser, Optional<FastDependencyParser> fast,
                                           AnnotatedArticle article, List<Sentence> sentences) {
        List<DepSentence> parses = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            List<Token> tokens = article.tokens(sentence);
            if (tokens.isEmpty() || tokens.size() > MAX_PARSE_TOKENS) {
                parses.add(new DepSentence(List.of()));
                continue;
            }
            List<CoreLabel> labels = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                CoreLabel label = new CoreLabel();
                label.setWord(t.word());
                label.setValue(t.word());
                label.setOriginalText(t.word());
                label.setTag(t.pos());
                label.setLemma(t.lemma());
                label.setIndex(i + 1);
                label.setSentIndex(sentence.index());
                label.setBeginPosition(t.span().start());
                label.setEndPosition(t.span().end());
                labels.add(label);
            }
            CoreMap coreSentence = new ArrayCoreMap();
            coreSentence.set(CoreAnnotations.TokensAnnotation.class, labels);
            int[] heads = new int[tokens.size()];
            String[] rels = new String[tokens.size()];
            Arrays.fill(heads, -1);
            Arrays.fill(rels, "dep");
            if (fast.isPresent()) {
                FastDependencyParser.Parse p = fast.get().parse(coreSentence);
                for (int i = 0; i < heads.length && i < p.heads().length; i++) {
                    heads[i] = p.heads()[i] - 1;
                    rels[i] = p.labels()[i];
                }
            } else {
                GrammaticalStructure structure = parser.predict(coreSentence);
                for (TypedDependency dep : structure.typedDependencies()) {
                    int i = dep.dep().index() - 1;
                    if (i < 0 || i >= heads.length) {
                        continue;
                    }
                    heads[i] = dep.gov().index() - 1;
                    rels[i] = dep.reln().toString();
                }
            }
            List<DepToken> depTokens = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                depTokens.add(new DepToken(i, t.word(), t.lemma(), t.pos(), heads[i], rels[i], t.span().start(),
                        t.span().end()));
            }
            parses.add(new DepSentence(depTokens));
        }
        return parses;
    }

    private List<TimeExpr> times(CoreMap sentence, String docDate, String text) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens.stream().noneMatch(t -> TIME_TRIGGER.matcher(t.word()).lookingAt())) {
            return List.of();
        }
        List<TimeExpr> times = new ArrayList<>();
        for (CoreMap m : sutime.annotateSingleSentence(sentence, docDate, new SUTime.TimeIndex())) {
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (timex == null || begin == null || end == null) {
                continue;
            }
            Span span = new Span(begin, end);
            if (NOT_TIMES.matcher(span.of(text)).matches()) {
                // "once new sanctions are triggered" is a conjunction, "a protest march" a walk, "may" a modal
                continue;
            }
            String value = timex.value() != null ? timex.value() : nz(timex.altVal());
            times.add(new TimeExpr(span, span.of(text), nz(timex.timexType()), value));
        }
        return times;
    }

    /**
     * The text CoreNLP sees: same length as the article text, so offsets carry over unchanged; removed parts
     * and gaps between blocks become spaces, newlines inside a block become spaces, and each block ends in
     * a newline that the sentence splitter treats as a break. A capital letter alone at a sentence's end before
     * a quotation ("She posted on X. “This is fake,” she wrote.") is seen with an exclamation mark for its stop:
     * CoreNLP's tokenizer reads "X." before a quotation mark as an initial and runs the two sentences together; so
     * is "on X." before a capitalized word ("wrote on X. Costa said …"), which it reads as the initial of a name,
     * and a unit letter after a number ("warming of 2.6C. Voters said …").
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
        for (int i = 2; i + 3 < chars.length; i++) {
            boolean quotation = "\"“'‘".indexOf(chars[i + 3]) >= 0;
            if (chars[i] >= 'A' && chars[i] <= 'Z' && Character.isDigit(chars[i - 1]) && chars[i + 1] == '.'
                    && chars[i + 2] == ' ' && Character.isUpperCase(chars[i + 3])) {
                chars[i + 1] = '!'; // "warming of 2.6C. Voters …": a unit after a number, not an initial
                continue;
            }
            if (chars[i] >= 'A' && chars[i] <= 'Z' && chars[i + 1] == '.' && chars[i - 1] == ' ' && chars[i + 2] == ' '
                    && (quotation || chars[i] == 'X' && Character.isUpperCase(chars[i + 3]))) {
                int word = i - 2;
                while (word > 0 && Character.isLetter(chars[word - 1])) {
                    word--;
                }
                // (after a lower-case word: not "George W. “Dubya” Bush"; before a name only the platform, "posted
                // on X. Costa said …", not "met with J. Smith")
                if (quotation ? Character.isLowerCase(chars[word]) : new String(chars, word, i - 1 - word).equals("on")) {
                    chars[i + 1] = '!'; // a stop that no tokenizer takes for part of an initial
                }
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
