package org.dragoman.extract;

import org.dragoman.model.AnnotatedArticle;
import org.dragoman.model.Block;
import org.dragoman.model.Entity;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.QuotedArticle;
import org.dragoman.model.ResolvedArticle;
import org.dragoman.model.Span;
import org.dragoman.model.SourceType;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds reported speech and who it is attributed to. Direct quotes are the text inside quotation marks that
 * someone said or wrote; indirect quotes are reported clauses without marks ("X said (that) …", "…, X said",
 * "according to X, …", "X wants to …"); a reported clause that embeds a quoted fragment is one mixed quote.
 * The speaker comes from the reporting cue ("X said", "said X", "X told Y", "X insisted, “…”"), resolved to the
 * article's entity so that "Marco", "he" or "the Ukrainian president" yields the full canonical name; the
 * addressee of "told" and the kind of source are recorded. Short quoted phrases without a cue (scare quotes,
 * slogans, titles) are not quotes. A quote nested in another is its own quote; "I said, ‘…’" inside a quote is
 * the outer speaker's, and "He said, can I help you?" inside a quote is the one it names. Thread-safe.
 */
public final class QuoteExtractor {

    private static final Set<String> CUES = Set.of("say", "tell", "add", "insist", "warn", "argue", "acknowledge",
            "note", "explain", "claim", "state", "declare", "write", "ask", "reply", "respond", "continue",
            "conclude", "suggest", "announce", "admit", "concede", "stress", "emphasize", "emphasise", "recall",
            "remark", "comment", "joke", "quip", "predict", "promise", "vow", "pledge", "urge", "caution", "assert",
            "maintain", "contend", "complain", "lament", "observe", "tweet", "post", "agree", "counter", "retort",
            "confirm", "deny", "shout", "chant", "whisper", "testify", "recount", "reiterate", "answer", "demand",
            "boast", "plead", "sigh", "laugh", "wonder", "charge", "scoff", "yell", "cry", "murmur",
            "begin", "offer", "proclaim", "thunder", "snap", "muse", "point", "call");
    private static final Set<String> NOT_SPEECH_BEFORE = Set.of("called", "dubbed", "so-called", "titled", "entitled",
            "named", "slogan", "term", "word", "phrase", "nicknamed", "labelled", "labeled", "branded", "as", "banner",
            "motto", "hashtag", "headline", "book", "film", "song", "novel", "album", "campaign", "operation");
    /** Verbs that report speech or thought in a clause: "X said (that) …", "X believes …". */
    private static final Set<String> INDIRECT_CUES = Set.of("say", "tell", "add", "insist", "warn", "argue",
            "acknowledge", "note", "explain", "claim", "state", "declare", "write", "suggest", "announce", "admit",
            "concede", "stress", "emphasize", "emphasise", "recall", "predict", "promise", "vow", "pledge", "caution",
            "assert", "maintain", "contend", "complain", "observe", "agree", "confirm", "deny", "testify", "reiterate",
            "believe", "think", "conclude", "report", "estimate", "indicate", "signal", "hint", "allege", "charge",
            "reply", "respond", "tweet", "post", "fear", "hope", "feel", "assure", "inform", "remind", "point",
            "reveal", "disclose", "mention", "boast", "worry", "doubt", "expect");
    /** Prepositions that attach a phrase to a speaker noun: "officials in Kyiv", "a spokesman for the ministry". */
    private static final Set<String> PP_HEADS = Set.of("in", "for", "of", "at", "from", "with", "close", "familiar");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her", "them");
    /** Head nouns of a source that is a document: "the report says". */
    private static final Set<String> DOCUMENTS = Set.of("report", "statement", "document", "letter", "memo", "study",
            "survey", "indictment", "complaint", "filing", "ruling", "decision", "communiqué", "communique",
            "declaration", "resolution", "draft", "text", "order", "website", "post", "tweet", "poll", "analysis",
            "assessment", "transcript", "note", "notice", "release", "email", "e-mail", "cable", "dossier");
    /** Head nouns of a source that is an institution: "the ministry said". */
    private static final Set<String> INSTITUTIONS = Set.of("ministry", "government", "department", "police", "army",
            "military", "agency", "commission", "committee", "council", "office", "administration", "embassy",
            "company", "party", "court", "parliament", "cabinet", "campaign", "group", "union", "organisation",
            "organization", "service", "authorities", "kremlin", "presidency", "secretariat", "alliance", "bank",
            "firm", "regime", "junta", "coalition", "opposition", "movement", "board", "network", "newspaper");
    /** Verbs of intention or commitment whose content is an infinitive: "wants to …", "vowed to …". */
    private static final Set<String> INTENTIONS = Set.of("want", "plan", "hope", "expect", "intend", "refuse",
            "threaten", "vow", "pledge", "promise", "agree", "offer", "wish", "aim", "seek", "prefer",
            "pretend", "claim", "demand", "urge", "vote");
    /** Cues whose object is the addressee: "told reporters that …". */
    private static final Set<String> ADDRESSED = Set.of("tell", "assure", "inform", "remind", "warn", "brief");
    /** First words after a cue that do not open a reported clause. */
    private static final Set<String> NOT_CLAUSE_START = Set.of("whether", "nothing", "so", "yes", "no", "goodbye",
            "hello", "thanks", "sorry", "more", "little", "much", "something", "anything", "everything");
    /** Source nouns that open a headline of the form "Poll: …". */
    private static final Set<String> HEADLINE_SOURCES = Set.of("poll", "newspaper", "camp", "officials", "official",
            "source", "sources", "aide", "aides", "spokesman", "spokeswoman", "experts", "analysts", "critics", "lawyer");
    /** Contracted auxiliaries, whatever their tag: "He’s predicting", "They’ve said". */
    private static final Set<String> CONTRACTIONS = Set.of("'s", "'re", "'ve", "'m", "'d", "'ll");
    /** Relative pronouns: in "X, who said …" the speaker is X. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "whom");
    /** Prepositions that may attach a phrase to a noun after a cue or "according to". */
    private static final Set<String> PP_AFTER = Set.of("for", "of", "at", "from", "by", "in", "with");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "we", "us");
    private static final int MAX_SCARE_WORDS = 4;

    /** Finds and attributes the article's direct, mixed and indirect quotes, in text order. */
    public QuotedArticle extract(ResolvedArticle doc) {
        AnnotatedArticle a = doc.annotated();
        String text = a.text();
        List<QuoteScanner.Region> regions = QuoteScanner.scan(text, a.source().blocks());
        Context ctx = new Context(doc, regions);
        List<Found> found = new ArrayList<>();
        Attribution[] attributions = new Attribution[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            QuoteScanner.Region region = regions.get(r);
            Attribution at = ctx.cueAfter(region).or(() -> ctx.cueBefore(region)).orElse(null);
            if (at != null && region.parent() >= 0 && at.firstPerson && attributions[region.parent()] != null) {
                // "I said, ‘no …’" inside a quote: the inner speaker is the outer one.
                Attribution outer = attributions[region.parent()];
                at = new Attribution(at.cue, at.cueSpan, outer.entity, outer.mention, false, at.addressee, at.addresseeEntity);
            }
            QuoteKind kind = QuoteKind.DIRECT;
            if (at == null) {
                // A fragment quoted inside reported speech: "Rutte said allies were “moving in the right direction”".
                at = ctx.cueEarlierInSentence(region).orElse(null);
                if (at != null) {
                    kind = QuoteKind.MIXED;
                }
            }
            if (at == null) {
                if (!ctx.isSpeech(region)) {
                    continue;
                }
                at = ctx.fallback(region, r, attributions).orElse(null);
            }
            attributions[r] = at;
            found.add(new Found(region.content(), kind, at));
        }
        for (Found indirect : ctx.indirect(found)) {
            // Reported speech that embeds a quoted fragment is one mixed quote: the whole content clause.
            if (indirect.kind == QuoteKind.DIRECT) {
                found.add(indirect); // speech reported inside a quote: "He said, can I help you with Iran?"
                continue;
            }
            boolean embeds = found.removeIf(f -> f.kind == QuoteKind.MIXED && indirect.span.contains(f.span));
            boolean quoted = found.stream().anyMatch(f -> f.span.overlaps(indirect.span));
            if (!quoted || embeds) {
                found.add(embeds ? new Found(indirect.span, QuoteKind.MIXED, indirect.attribution) : indirect);
            }
        }
        found.sort((x, y) -> x.span.compareTo(y.span));
        ctx.continueSpeakers(found);
        List<Quote> quotes = new ArrayList<>(found.size());
        for (Found f : found) {
            quotes.add(toQuote(doc, f, quotes.size() + 1));
        }
        return new QuotedArticle(doc, quotes);
    }

    /** A quote found but not yet numbered. */
    private record Found(Span span, QuoteKind kind, Attribution attribution) {
    }

    private static Quote toQuote(ResolvedArticle doc, Found f, int n) {
        String text = doc.annotated().text();
        Optional<Speaker> speaker = Optional.empty();
        Optional<String> cue = Optional.empty();
        Optional<Span> cueSpan = Optional.empty();
        Attribution found = f.attribution;
        if (found != null) {
            cue = Optional.ofNullable(found.cue);
            cueSpan = Optional.ofNullable(found.cueSpan);
            Optional<Entity> entity = Optional.ofNullable(found.entity);
            speaker = Optional.of(new Speaker(entity.map(Entity::id), entity.map(Entity::name),
                    Optional.ofNullable(found.mention)));
        }
        Optional<Speaker> addressee = Optional.empty();
        if (found != null && found.addressee != null) {
            Optional<Entity> entity = Optional.ofNullable(found.addresseeEntity);
            addressee = Optional.of(new Speaker(entity.map(Entity::id), entity.map(Entity::name), Optional.of(found.addressee)));
        }
        return new Quote("Q" + n, f.kind, f.span, f.span.of(text), cue, cueSpan, speaker, addressee,
                found == null ? Optional.empty() : sourceType(found));
    }

    /** Named person, organization, document or unnamed source, from the speaker's entity or the words naming it. */
    private static Optional<SourceType> sourceType(Attribution found) {
        if (found.entity != null) {
            return Optional.of(found.entity.type() == org.dragoman.model.EntityType.PERSON ? SourceType.NAMED
                    : SourceType.ORGANIZATION);
        }
        if (found.mention == null) {
            return Optional.empty();
        }
        String phrase = found.mention.text().toLowerCase(Locale.ROOT);
        String[] words = phrase.split("[\\s,]+");
        if (words.length == 1 && PRONOUNS.contains(words[0])) {
            return Optional.empty(); // an unresolved pronoun says nothing about the source
        }
        String head = words[words.length - 1];
        for (int i = 1; i < words.length; i++) {
            if (PP_HEADS.contains(words[i])) {
                head = words[i - 1];
                break;
            }
        }
        if (DOCUMENTS.contains(head)) {
            return Optional.of(SourceType.DOCUMENT);
        }
        if (INSTITUTIONS.contains(head)) {
            return Optional.of(SourceType.ORGANIZATION);
        }
        return Optional.of(SourceType.ANONYMOUS);
    }

    /** Who a cue names: the reporting verb's lemma, the speaker's entity (if resolved) and mention as written. */
    private record Attribution(String cue, Span cueSpan, Entity entity, Mention mention, boolean firstPerson,
                               Mention addressee, Entity addresseeEntity) {
    }

    /** Per-article lookups over tokens, blocks and entities. */
    private static final class Context {
        final ResolvedArticle doc;
        final AnnotatedArticle a;
        final String text;
        final List<Token> tokens;
        final List<QuoteScanner.Region> regions;

        Context(ResolvedArticle doc, List<QuoteScanner.Region> regions) {
            this.doc = doc;
            this.a = doc.annotated();
            this.text = a.text();
            this.tokens = a.tokens();
            this.regions = regions;
        }

        /** "…,” Marco said" / "…,” said Marco" / "…,” Marco told Dasha". */
        Optional<Attribution> cueAfter(QuoteScanner.Region region) {
            if (region.close() < 0) {
                return Optional.empty();
            }
            Block block = blockOf(region.close());
            int j = firstTokenFrom(region.close() + 1);
            if (j < 0 || block == null) {
                return Optional.empty();
            }
            if (isComma(j)) {
                j++;
            }
            if (!inBlock(j, block) || isQuoteMark(j)) {
                return Optional.empty();
            }
            if (isCue(j)) {
                Span np = nounPhraseForward(j + 1, block);
                return np == null ? Optional.empty() : Optional.of(attribution(j, np));
            }
            Span np = nounPhraseForward(j, block);
            if (np == null) {
                return Optional.empty();
            }
            int k = firstTokenFrom(np.end());
            if (k >= 0 && isComma(k)) {
                // "Mark Rutte, NATO's secretary general, said": skip the apposition.
                int close = appositionEnd(k, block);
                k = close < 0 ? -1 : close + 1;
            }
            // Adverbs, or a modifier of the speaker ("a senior official involved in the mediation said").
            boolean closedSentence = region.content().of(text).endsWith(".");
            for (int n = 0; k >= 0 && k < tokens.size() && n < 9 && inBlock(k, block); n++, k++) {
                if (isCue(k) && !tokens.get(k).pos().equals("VBG")) {
                    if (closedSentence && opensClause(k + 1, block)) {
                        return Optional.empty(); // “… soft.” He says referees …: a new sentence reporting something else
                    }
                    return Optional.of(attribution(k, np));
                }
                String pos = tokens.get(k).pos();
                boolean modifier = pos.startsWith("RB") || pos.equals("VBN") || pos.equals("VBG") || pos.equals("IN")
                        || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CC")
                        || pos.equals("PRP$") || pos.equals("POS") || pos.equals("CD");
                if (!modifier) {
                    break;
                }
            }
            return Optional.empty();
        }

        /** True when a reported clause starts at token {@code i}: "that", or a finite verb before the sentence ends. */
        private boolean opensClause(int i, Block block) {
            for (int x = i; x < tokens.size() && inBlock(x, block) && x - i < 10; x++) {
                if (isSentencePunct(x) || isQuoteMark(x) || isComma(x)) {
                    return false;
                }
                if (isFiniteVerb(x) || tokens.get(x).word().equalsIgnoreCase("that")) {
                    return true;
                }
            }
            return false;
        }

        /** "Marco insisted, “…" / "according to X, “…" / "X told reporters: “…". */
        Optional<Attribution> cueBefore(QuoteScanner.Region region) {
            // The block of the text before the mark: for a virtual region opened at a colon, the previous paragraph.
            Block block = blockOf(Math.max(0, region.open() - 1));
            int k = lastTokenBefore(region.open());
            if (k < 0 || block == null || !inBlock(k, block)) {
                return Optional.empty();
            }
            if (isComma(k) || tokens.get(k).word().equals(":") || tokens.get(k).word().equalsIgnoreCase("that")) {
                k--;
            }
            if (k < 0 || !inBlock(k, block)) {
                return Optional.empty();
            }
            // "according to X, “…"
            int npEnd = k;
            int npStart = nounPhraseStartBackward(k, block);
            if (npStart >= 2 && npStart <= npEnd && tokens.get(npStart - 1).word().equalsIgnoreCase("to")
                    && tokens.get(npStart - 2).word().equalsIgnoreCase("according")) {
                return Optional.of(attribution("according to", spanOf(npStart - 2, npStart - 1), spanOf(npStart, npEnd)));
            }
            // "X told reporters: “…": an addressee between the cue and the quote.
            if (!isCue(k) && npStart <= npEnd && npStart - 1 >= 0 && inBlock(npStart - 1, block) && isCue(npStart - 1)) {
                k = npStart - 1;
            }
            if (!isCue(k) && npStart <= npEnd && npStart - 2 >= 0 && tokens.get(npStart - 1).pos().equals("IN")
                    && inBlock(npStart - 2, block) && isCue(npStart - 2)) {
                k = npStart - 2; // "said in a statement: “…"
            }
            if (!isCue(k)) {
                return Optional.empty();
            }
            Span subject = subjectBefore(k, block);
            return subject == null ? Optional.empty() : Optional.of(attribution(k, subject));
        }

        /**
         * The subject right before the cue at token {@code cue}, skipping adverbs and an apposition
         * ("Rutte, NATO's chief, said"); null when there is none.
         */
        private Span subjectBefore(int cue, Block block) {
            int rel = cue - 1;
            while (rel >= 0 && tokens.get(rel).pos().startsWith("RB")) {
                rel--;
            }
            if (rel >= 1 && inBlock(rel, block) && RELATIVES.contains(tokens.get(rel).word().toLowerCase(Locale.ROOT))) {
                // "Chris Christie, who says …": the speaker is the noun the relative clause hangs on
                int before = isComma(rel - 1) ? rel - 2 : rel - 1;
                if (before < 0 || !inBlock(before, block)) {
                    return null;
                }
                int start = nounPhraseStartBackward(before, block);
                return start > before ? null : spanOf(start, before);
            }
            int j = cue - 1;
            // Adverbs and a verb chain ending in the cue: "has also said", "declined to say", "went on to tell".
            for (int n = 0; n < 5 && j >= 0 && inBlock(j, block); n++, j--) {
                String pos = tokens.get(j).pos();
                boolean chain = pos.startsWith("RB") || pos.equals("TO") || pos.equals("MD") || pos.equals("RP")
                        || pos.startsWith("VB") && !pos.equals("VBG")
                        || CONTRACTIONS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT).replace('’', '\''));
                if (!chain) {
                    break;
                }
            }
            int last = j;
            if (j >= 0 && inBlock(j, block) && isComma(j)) {
                // An apposition: the name may be on either side ("Rutte, NATO's chief," / "The prime minister, Keir Starmer,").
                int open = appositionStart(j, block);
                if (open < 0) {
                    return null;
                }
                last = j - 1;
                j = open - 1;
            }
            if (j < 0 || !inBlock(j, block)) {
                return null;
            }
            int start = nounPhraseStartBackward(j, block);
            if (start > j) {
                return null;
            }
            Span np = spanOf(start, j);
            if (last != j && doc.mentionWithin(np).isEmpty()) {
                // "The prime minister, Keir Starmer, said": the name is in the apposition
                int appositionStart = firstTokenFrom(np.end()) + 1;
                Span apposition = appositionStart <= last ? spanOf(appositionStart, last) : null;
                if (apposition != null && doc.mentionWithin(apposition).isPresent()) {
                    return apposition;
                }
            }
            return np;
        }

        /**
         * The nearest reporting verb before the quote in its own sentence, with a subject right before it
         * ("X told reporters that every ally was “…”", "Some, he conceded, were moving “…”").
         */
        Optional<Attribution> cueEarlierInSentence(QuoteScanner.Region region) {
            if (region.depth() > 0) {
                return Optional.empty();
            }
            Block block = blockOf(region.open());
            int k = lastTokenBefore(region.open());
            while (k >= 0 && inBlock(k, block)) {
                String w = tokens.get(k).word();
                if (w.equals(".") || w.equals("!") || w.equals("?") || isQuoteMark(k) || w.equals("”")) {
                    return Optional.empty();
                }
                boolean participle = isCue(k) && tokens.get(k).pos().equals("VBG") && k > 0 && isComma(k - 1);
                if (isCue(k) && !participle) { // "…, adding that …": the speaker is the subject of the verb before
                    Span subject = subjectBefore(k, block);
                    return subject == null ? Optional.empty() : Optional.of(attribution(k, subject));
                }
                k--;
            }
            return Optional.empty();
        }

        /** The comma closing an apposition opened by the comma at {@code comma}, or -1: verbless, at most 14 tokens. */
        private int appositionEnd(int comma, Block block) {
            for (int i = comma + 1; i < tokens.size() && i - comma <= 14 && inBlock(i, block); i++) {
                if (isComma(i)) {
                    return i > comma + 1 ? i : -1;
                }
                if (isFiniteVerb(i) || isQuoteMark(i) || isSentencePunct(i)) {
                    return -1;
                }
            }
            return -1;
        }

        /** The comma opening an apposition closed by the comma at {@code comma}, or -1. */
        private int appositionStart(int comma, Block block) {
            for (int i = comma - 1; i >= 0 && comma - i <= 20 && inBlock(i, block); i--) {
                if (isComma(i)) {
                    boolean relative = i + 1 < comma && RELATIVES.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
                    return i < comma - 1 && (relative || comma - i <= 14 && noFiniteVerb(i + 1, comma)) ? i : -1;
                }
                if (isQuoteMark(i) || isSentencePunct(i)) {
                    return -1;
                }
            }
            return -1;
        }

        private boolean noFiniteVerb(int from, int to) {
            for (int i = from; i < to; i++) {
                if (isFiniteVerb(i)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Reported speech without quotation marks: "X said (that) CLAUSE", "X told Y (on Monday) that CLAUSE",
         * "CLAUSE, X said.", "according to X, CLAUSE" and "CLAUSE, according to X". The content is the clause only.
         * Cues already used by a direct quote are skipped.
         */
        List<Found> indirect(List<Found> direct) {
            List<Span> usedCues = new ArrayList<>();
            for (Found f : direct) {
                if (f.kind == QuoteKind.DIRECT && f.attribution != null && f.attribution.cueSpan != null) {
                    usedCues.add(f.attribution.cueSpan);
                }
            }
            List<Found> out = new ArrayList<>();
            for (org.dragoman.model.Sentence s : a.sentences()) {
                Block block = blockOf(s.span().start());
                if (block == null) {
                    continue;
                }
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    Token t = tokens.get(k);
                    if (usedCues.contains(t.span())) {
                        continue;
                    }
                    Found f = null;
                    if (k == s.firstToken() + 1 || k <= s.firstToken() + 4 && tokens.get(k).word().equals(":")) {
                        Found headline = speakerColon(s, k, block);
                        if (headline != null) {
                            out.add(headline);
                            break;
                        }
                    }
                    if (t.word().equalsIgnoreCase("according") && k + 1 < s.endToken()
                            && tokens.get(k + 1).word().equalsIgnoreCase("to")) {
                        f = accordingTo(s, k, block);
                    } else if (isIndirectCue(k)) {
                        f = clauseAfterCue(s, k, block);
                        if (f == null) {
                            f = clauseBeforeCue(s, k, block);
                        }
                    }
                    Found candidate = f;
                    if (candidate != null && candidate.span.length() > 0
                            && out.stream().noneMatch(o -> o.span.overlaps(candidate.span))) {
                        out.add(candidate);
                    }
                }
            }
            return out;
        }

        /** "X said (that) CLAUSE", "X told reporters on Monday that CLAUSE". */
        private Found clauseAfterCue(org.dragoman.model.Sentence s, int k, Block block) {
            int c = k + 1;
            if (ADDRESSED.contains(lemma(k))) {
                while (c < s.endToken() && c - k <= 6 && isNounPhraseToken(c)) {
                    c++;
                }
            }
            // "said on Tuesday that", "said in an interview that": modifiers before an explicit "that"
            for (int i = c; i < s.endToken() && i - c <= 8; i++) {
                String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
                if (w.equals("that")) {
                    c = i;
                    break;
                }
                String pos = tokens.get(i).pos();
                if (!(pos.equals("IN") || pos.equals("DT") || pos.startsWith("NN") || pos.equals("CD")
                        || pos.startsWith("JJ") || pos.startsWith("RB") || pos.equals("PRP$") || pos.equals("POS"))) {
                    break;
                }
            }
            boolean that = c < s.endToken() && tokens.get(c).word().equalsIgnoreCase("that");
            if (that) {
                c++;
            }
            if (c >= s.endToken()) {
                return null;
            }
            if (c == k + 1 && isComma(c) && EntityResolver.innermost(regions, tokens.get(k).span().start()) >= 0) {
                return speechInsideQuote(s, k, c + 1, block);
            }
            String first = tokens.get(c).word().toLowerCase(Locale.ROOT);
            String firstPos = tokens.get(c).pos();
            boolean intention = firstPos.equals("TO") && INTENTIONS.contains(lemma(k));
            boolean question = (first.equals("whether") || first.equals("if")) && lemma(k).equals("ask");
            if (intention || question) {
                // "Trump wants to build a wall", "reporters asked whether the talks had failed"
                int end = clauseEnd(s, c);
                Span subject = subjectOfCue(k, block);
                if (end - c < 3 || subject == null) {
                    return null;
                }
                return new Found(spanOf(c, end - 1), QuoteKind.INDIRECT, attribution(k, subject));
            }
            if (!that && !finiteVerbSoon(c, s)) {
                return null; // "announced a ceasefire": an object, not a reported clause
            }
            if (NOT_CLAUSE_START.contains(first) || isQuoteMark(c) || firstPos.equals(",") || firstPos.equals(":")
                    || firstPos.equals(".") || firstPos.equals("TO") || firstPos.equals("IN") && !first.equals("if")) {
                return null;
            }
            int end = clauseEnd(s, c);
            if (end - c < 3 || !hasVerb(c, end)) {
                return null;
            }
            Span subject = subjectOfCue(k, block);
            if (subject == null) {
                return null;
            }
            return new Found(spanOf(c, end - 1), QuoteKind.INDIRECT, attribution(k, subject));
        }

        /**
         * Speech a quoted speaker reports without marks inside the quote: in “Vladimir called me up. He said,
         * can I help you with Iran?” the question is Putin's.
         */
        private Found speechInsideQuote(org.dragoman.model.Sentence s, int k, int c, Block block) {
            int end = s.endToken();
            while (end > c && (isQuoteMark(end - 1) || tokens.get(end - 1).word().equals("”") || isComma(end - 1))) {
                end--;
            }
            Span subject = subjectBefore(k, block);
            if (subject == null || end - c < 2 || FIRST_PERSON.contains(subject.of(text).toLowerCase(Locale.ROOT))) {
                return null;
            }
            return new Found(spanOf(c, end - 1), QuoteKind.DIRECT, attribution(k, subject));
        }

        /** A finite verb within the first words of a clause, before any comma: "Trump is working …". */
        private boolean finiteVerbSoon(int c, org.dragoman.model.Sentence s) {
            for (int i = c; i < s.endToken() && i - c < 15; i++) {
                if (isComma(i)) {
                    return false;
                }
                if (isFiniteVerb(i)) {
                    return true;
                }
            }
            return false;
        }

        /** "CLAUSE, officials said." / "CLAUSE, said the minister." */
        private Found clauseBeforeCue(org.dragoman.model.Sentence s, int k, Block block) {
            int after = k + 1;
            Span subject;
            int comma;
            if (k - 1 >= s.firstToken() && isComma(k - 1)) {
                Span np = nounPhraseForward(after, block);
                if (np == null) {
                    return null;
                }
                subject = np;
                after = firstTokenFrom(np.end());
                comma = k - 1;
            } else {
                subject = subjectBefore(k, block);
                if (subject == null) {
                    return null;
                }
                comma = firstTokenFrom(subject.start()) - 1;
                if (comma < s.firstToken() || !isComma(comma)) {
                    return null;
                }
            }
            // Nothing but adjuncts may follow the cue: "…, the ministry said in a statement on Sunday."
            for (int i = Math.max(after, k + 1); i >= 0 && i < s.endToken(); i++) {
                if (isFiniteVerb(i) || tokens.get(i).word().equalsIgnoreCase("that") || isQuoteMark(i)) {
                    return null;
                }
            }
            int start = s.firstToken();
            while (start < comma && (isQuoteMark(start) || tokens.get(start).pos().equals("``"))) {
                start++;
            }
            if (comma - start < 3 || !hasVerb(start, comma)) {
                return null;
            }
            return new Found(spanOf(start, comma - 1), QuoteKind.INDIRECT, attribution(k, subject));
        }

        /**
         * A headline in the form "Speaker: what they said" ("Graham: Trump's rhetoric destroying GOP's chance"):
         * one to four words naming someone, a colon, then a clause. Only in headlines and subheadings.
         */
        private Found speakerColon(org.dragoman.model.Sentence s, int k, Block block) {
            if (block.kind() == Block.Kind.PARAGRAPH || !tokens.get(k).word().equals(":") || k + 3 >= s.endToken()) {
                return null;
            }
            Span speaker = spanOf(s.firstToken(), k - 1);
            String head = tokens.get(k - 1).word().toLowerCase(Locale.ROOT);
            // a named source ("Graham:", "Clinton camp:") or a source noun ("Poll:", "Newspaper:"), not "Analysis:"
            boolean source = doc.mentionWithin(speaker).isPresent() || DOCUMENTS.contains(head)
                    || INSTITUTIONS.contains(head) || HEADLINE_SOURCES.contains(head);
            int end = clauseEnd(s, k + 1);
            if (!source || end - k - 1 < 3) {
                return null;
            }
            Attribution at = attribution(":", tokens.get(k).span(), speaker);
            return new Found(spanOf(k + 1, end - 1), QuoteKind.INDIRECT, at);
        }

        /** "According to X, CLAUSE" and "CLAUSE, according to X". */
        private Found accordingTo(org.dragoman.model.Sentence s, int k, Block block) {
            Span np = nounPhraseForward(k + 2, block);
            if (np == null) {
                return null;
            }
            int after = firstTokenFrom(np.end());
            Span cue = new Span(tokens.get(k).span().start(), tokens.get(k + 1).span().end());
            if (k == s.firstToken() && after < s.endToken() && isComma(after)) {
                int end = clauseEnd(s, after + 1);
                if (end - after - 1 >= 3 && hasVerb(after + 1, end)) {
                    return new Found(spanOf(after + 1, end - 1), QuoteKind.INDIRECT, attribution("according to", cue, np));
                }
            } else if (k - 1 > s.firstToken() && isComma(k - 1) && (after >= s.endToken() || isSentencePunct(after))) {
                int start = s.firstToken();
                if (k - 1 - start >= 3 && hasVerb(start, k - 1)) {
                    return new Found(spanOf(start, k - 2), QuoteKind.INDIRECT, attribution("according to", cue, np));
                }
            }
            return null;
        }

        /** The subject of a cue; for ", adding that …" the subject of the verb before the comma. */
        private Span subjectOfCue(int k, Block block) {
            int before = k - 1;
            while (before >= 0 && tokens.get(before).pos().startsWith("RB")) {
                before--;
            }
            boolean coordinated = before >= 0 && tokens.get(before).pos().equals("CC");
            if (coordinated || tokens.get(k).pos().equals("VBG") && k > 0 && isComma(k - 1)) {
                // "He insisted … but acknowledged that …", "…, adding that …": the subject of the verb before
                // reporting verb, else the nearest finite verb, of the same sentence
                int sentenceStart = sentenceStart(k);
                for (int i = k - 2; i >= sentenceStart; i--) {
                    if (isIndirectCue(i) && !tokens.get(i).pos().equals("VBG")) {
                        return subjectOfCue(i, block);
                    }
                }
                for (int i = k - 2; i >= sentenceStart; i--) {
                    if (isFiniteVerb(i)) {
                        return subjectBefore(i, block);
                    }
                }
                return null;
            }
            return subjectBefore(k, block);
        }

        /**
         * Where a content clause starting at token {@code c} ends (exclusive): before the sentence's final
         * punctuation, or before a conjunction that opens another reporting verb ("… but acknowledged that …").
         */
        private int clauseEnd(org.dragoman.model.Sentence s, int c) {
            int end = s.endToken();
            for (int i = c; i < s.endToken(); i++) {
                String pos = tokens.get(i).pos();
                if (pos.equals("CC") || isComma(i)) {
                    int j = i + 1;
                    while (j < s.endToken() && (tokens.get(j).pos().startsWith("RB") || tokens.get(j).pos().equals("CC"))) {
                        j++;
                    }
                    if (j < s.endToken() && isIndirectCue(j) && !tokens.get(j).pos().equals("VBN")) {
                        end = i;
                        break;
                    }
                }
                if (isComma(i) && i + 2 < s.endToken() && tokens.get(i + 1).word().equalsIgnoreCase("according")) {
                    end = i;
                    break;
                }
                if (isComma(i) && i + 1 < s.endToken() && parentheticalCue(i + 1, s)) {
                    end = i; // "…, the senior official said." closes the content
                    break;
                }
            }
            while (end > c && (isSentencePunct(end - 1) || isComma(end - 1) || isQuoteMark(end - 1)
                    || tokens.get(end - 1).word().equals("”") || tokens.get(end - 1).pos().equals("''"))) {
                end--;
            }
            return end;
        }

        private int sentenceStart(int token) {
            for (org.dragoman.model.Sentence s : a.sentences()) {
                if (token >= s.firstToken() && token < s.endToken()) {
                    return s.firstToken();
                }
            }
            return 0;
        }

        /** ", the official said" / ", said the official" / ", he added": a cue clause closing a sentence. */
        private boolean parentheticalCue(int i, org.dragoman.model.Sentence s) {
            Block block = blockOf(tokens.get(i).span().start());
            if (block == null) {
                return false;
            }
            int k = i;
            if (!isCue(k)) {
                Span np = nounPhraseForward(i, block);
                if (np == null) {
                    return false;
                }
                k = firstTokenFrom(np.end());
                while (k >= 0 && k < s.endToken() && tokens.get(k).pos().startsWith("RB")) {
                    k++;
                }
                if (k < 0 || k >= s.endToken() || !isCue(k)) {
                    return false;
                }
            }
            return !opensClause(k + 1, block);
        }

        private boolean isIndirectCue(int i) {
            Token t = tokens.get(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            return t.pos().startsWith("VB") && (INDIRECT_CUES.contains(lemma) || INTENTIONS.contains(lemma) || lemma.equals("ask"));
        }

        private boolean hasVerb(int from, int to) {
            for (int i = from; i < to; i++) {
                String pos = tokens.get(i).pos();
                if (pos.startsWith("VB") || pos.equals("MD") || isContractedVerb(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean isSentencePunct(int i) {
            String w = tokens.get(i).word();
            return w.equals(".") || w.equals("?") || w.equals("!") || w.equals(";");
        }

        /** Quoted text that reads as speech, not a scare quote, slogan or title. */
        boolean isSpeech(QuoteScanner.Region region) {
            String content = region.content().of(text);
            int words = content.split("\\s+").length;
            int before = lastTokenBefore(region.open());
            if (before >= 0 && NOT_SPEECH_BEFORE.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (words <= MAX_SCARE_WORDS) {
                return false;
            }
            // Title Case without sentence punctuation is a title ("The Spy Who Came in from the Cold").
            String[] ws = content.split("\\s+");
            long capitalized = java.util.Arrays.stream(ws).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
            return !(capitalized * 10 >= ws.length * 7 && !content.matches("(?s).*[.,!?;].*"));
        }

        /**
         * A quote without its own cue: the speaker of the previous quote in the same paragraph ("“A,” he said.
         * “B.”"), or of a previous paragraph that ends by introducing it ("Merz added:").
         */
        Optional<Attribution> fallback(QuoteScanner.Region region, int index, Attribution[] attributions) {
            Block block = blockOf(region.open());
            for (int p = index - 1; p >= 0; p--) {
                QuoteScanner.Region prev = regions.get(p);
                if (prev.depth() == region.depth() && block != null && block.span().contains(prev.open())) {
                    return Optional.ofNullable(attributions[p]);
                }
            }
            if (block != null && region.open() == block.span().start()) {
                int k = lastTokenBefore(block.span().start());
                if (k >= 0 && tokens.get(k).word().equals(":")) {
                    Block prevBlock = blockOf(tokens.get(k).span().start());
                    if (prevBlock != null) {
                        QuoteScanner.Region virtual = new QuoteScanner.Region(region.content(),
                                tokens.get(k).span().end(), region.close(), region.depth(), region.parent());
                        Optional<Attribution> intro = cueBefore(virtual);
                        if (intro.isPresent()) {
                            return intro;
                        }
                    }
                }
                // A quote that opens the paragraph right after one quoting a named speaker continues that speaker
                // (news style runs a speaker's quotes over consecutive paragraphs).
                int previousBlock = a.source().blocks().indexOf(block) - 1;
                if (previousBlock >= 0) {
                    Span prev = a.source().blocks().get(previousBlock).span();
                    for (int p = index - 1; p >= 0; p--) {
                        Attribution at = attributions[p];
                        if (regions.get(p).depth() == 0 && prev.contains(regions.get(p).open())) {
                            return at != null && at.entity != null ? Optional.of(continued(at)) : Optional.empty();
                        }
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * A direct quote still without speaker right after reported speech in its paragraph ("Trump said he was not
         * happy. “I’m not satisfied.”"), or opening the paragraph after one that ends with a named speaker's reported
         * speech, continues that speaker. {@code found} is in text order; replaced in place.
         */
        void continueSpeakers(List<Found> found) {
            for (int i = 1; i < found.size(); i++) {
                Found f = found.get(i);
                if (f.attribution != null || f.kind != QuoteKind.DIRECT) {
                    continue;
                }
                Found prev = found.get(i - 1);
                Attribution at = prev.attribution;
                Block block = blockOf(f.span.start());
                if (at == null || at.mention == null || block == null || prev.span.end() > f.span.start()) {
                    continue;
                }
                boolean sameBlock = block.span().contains(prev.span.start());
                int index = a.source().blocks().indexOf(block);
                boolean previousBlock = !sameBlock && index > 0 && at.entity != null
                        && a.source().blocks().get(index - 1).span().contains(prev.span.start())
                        && firstTokenFrom(block.span().start()) >= 0
                        && isQuoteMark(firstTokenFrom(block.span().start()));
                if (sameBlock || previousBlock) {
                    found.set(i, new Found(f.span, f.kind, continued(at)));
                }
            }
        }

        /** The previous quote's speaker, without its cue: this quote has none of its own. */
        private Attribution continued(Attribution at) {
            return new Attribution(null, null, at.entity, at.mention, false, null, null);
        }

        private Attribution attribution(int cueToken, Span np) {
            Attribution a = attribution(lemma(cueToken), tokens.get(cueToken).span(), np);
            Span to = addresseeAfter(cueToken);
            if (to == null) {
                return a;
            }
            Entity entity = headEntity(to).orElse(null);
            Mention addressee = new Mention(to, to.of(text));
            return new Attribution(a.cue, a.cueSpan, a.entity, a.mention, a.firstPerson, addressee, entity);
        }

        /** The entity a phrase names: a person anywhere in it, or another entity that heads it. */
        private Optional<Entity> headEntity(Span np) {
            return doc.mentionWithin(np).flatMap(m -> doc.entityAt(m.span())
                    .filter(e -> e.type() == org.dragoman.model.EntityType.PERSON || m.span().end() == np.end()));
        }

        /** Whom a cue like "told" names: "told Dasha Burns", "told reporters", "assured allies". */
        private Span addresseeAfter(int cueToken) {
            if (!ADDRESSED.contains(lemma(cueToken))) {
                return null;
            }
            int i = cueToken + 1;
            int start = i;
            while (i < tokens.size() && i - start < 6 && isNounPhraseToken(i) && !tokens.get(i).word().equalsIgnoreCase("that")) {
                i++;
            }
            if (i == start || tokens.get(start).pos().equals("PRP$")) {
                return null;
            }
            for (int x = start; x < i; x++) {
                if (tokens.get(x).pos().startsWith("NN") || tokens.get(x).pos().equals("PRP")) {
                    return spanOf(start, i - 1);
                }
            }
            return null;
        }

        private Attribution attribution(String cue, Span cueSpan, Span np) {
            // A person anywhere in the phrase speaks ("Politico's Dasha Burns"); an organization or place only
            // when it heads the phrase ("the ministry said"), not as a modifier ("a UN official said").
            int headEnd = np.end();
            for (int i = firstTokenFrom(np.start()); i >= 0 && i < tokens.size() && tokens.get(i).span().end() <= np.end(); i++) {
                if (PP_HEADS.contains(tokens.get(i).word()) && i > 0) {
                    headEnd = tokens.get(i - 1).span().end();
                    break;
                }
            }
            int head = headEnd;
            Optional<Mention> mention = doc.mentionWithin(np).filter(m -> doc.entityAt(m.span())
                    .map(e -> e.type() == org.dragoman.model.EntityType.PERSON || m.span().end() == head).orElse(false));
            boolean firstPerson = false;
            if (mention.isEmpty()) {
                String w = np.of(text).toLowerCase(Locale.ROOT);
                firstPerson = FIRST_PERSON.contains(w);
            }
            Mention m = mention.orElse(new Mention(np, np.of(text)));
            Entity entity = mention.flatMap(x -> doc.entityAt(x.span())).orElse(null);
            return new Attribution(cue, cueSpan, entity, m, firstPerson, null, null);
        }

        /** A noun phrase starting at token {@code i}: proper and common nouns, determiners, adjectives, pronouns. */
        private Span nounPhraseForward(int i, Block block) {
            int j = i;
            boolean head = false;
            while (j < tokens.size() && j - i < 8 && inBlock(j, block) && isNounPhraseToken(j)) {
                String pos = tokens.get(j).pos();
                head |= pos.startsWith("NN") || pos.equals("PRP");
                if (pos.equals("PRP") && j == i) {
                    j++;
                    break; // a pronoun is a whole noun phrase
                }
                j++;
            }
            if (!head || j == i) {
                return null;
            }
            // "a spokesman for the ministry", "a new poll by Harvard's Institute of Politics"
            if (j + 1 < tokens.size() && inBlock(j + 1, block) && PP_AFTER.contains(tokens.get(j).word())
                    && tokens.get(j - 1).pos().startsWith("NN")) {
                Span pp = nounPhraseForward(j + 1, block);
                if (pp != null) {
                    return new Span(tokens.get(i).span().start(), pp.end());
                }
            }
            return spanOf(i, j - 1);
        }

        private int nounPhraseStartBackward(int j, Block block) {
            int i = j;
            while (i >= 0 && j - i < 8 && inBlock(i, block) && isNounPhraseToken(i)) {
                if (tokens.get(i).pos().equals("PRP")) {
                    return i == j ? i : i + 1;
                }
                i--;
            }
            int start = i + 1;
            // "traders in Istanbul", "a spokesman for the ministry": a noun phrase with its prepositional phrase
            if (start <= j && start - 2 >= 0 && inBlock(start - 2, block) && PP_HEADS.contains(tokens.get(start - 1).word())
                    && tokens.get(start - 2).pos().startsWith("NN")) {
                int outer = nounPhraseStartBackward(start - 2, block);
                if (outer <= start - 2) {
                    start = outer;
                }
            }
            // Must hold a noun or pronoun.
            for (int x = start; x <= j; x++) {
                if (tokens.get(x).pos().startsWith("NN")) {
                    return start;
                }
            }
            return j + 1;
        }

        private boolean isNounPhraseToken(int i) {
            String pos = tokens.get(i).pos();
            if (pos.equals("HYPH")) {
                // "al-Ansari" is tokenized al / - / Ansari: a hyphen inside a word belongs to the phrase.
                return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).span().end() == tokens.get(i).span().start()
                        && tokens.get(i).span().end() == tokens.get(i + 1).span().start();
            }
            return pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("PRP")
                    || pos.equals("POS") || pos.equals("CD") || pos.equals("PRP$");
        }

        private boolean isFiniteVerb(int i) {
            String pos = tokens.get(i).pos();
            return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD") || isContractedVerb(i);
        }

        /** "he’s", "they’re", "that’s": a contracted auxiliary, whatever the tagger made of it ("’s" is often POS). */
        private boolean isContractedVerb(int i) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (!CONTRACTIONS.contains(w) || i == 0) {
                return false;
            }
            if (!w.equals("'s")) {
                return true;
            }
            String before = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
            String pos = tokens.get(i - 1).pos();
            return pos.equals("PRP") || pos.equals("EX") || pos.equals("WP") || before.equals("that") || before.equals("this")
                    || before.equals("there") || before.equals("here") || before.equals("what");
        }

        private boolean isCue(int i) {
            Token t = tokens.get(i);
            return t.pos().startsWith("VB") && CUES.contains(t.lemma().toLowerCase(Locale.ROOT));
        }

        private String lemma(int i) {
            return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
        }

        private boolean isComma(int i) {
            return tokens.get(i).word().equals(",");
        }

        private boolean isQuoteMark(int i) {
            String w = tokens.get(i).word();
            return w.equals("“") || w.equals("\"") || w.equals("‘") || w.equals("«") || w.equals("''") || w.equals("``");
        }

        private Span spanOf(int first, int last) {
            return new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
        }

        private boolean inBlock(int i, Block block) {
            return i >= 0 && i < tokens.size() && block.span().contains(tokens.get(i).span());
        }

        private Block blockOf(int offset) {
            for (Block b : a.source().blocks()) {
                if (b.span().contains(offset)) {
                    return b;
                }
            }
            return null;
        }

        private int firstTokenFrom(int offset) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).span().start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo < tokens.size() ? lo : -1;
        }

        private int lastTokenBefore(int offset) {
            int first = firstTokenFrom(offset);
            int i = (first < 0 ? tokens.size() : first) - 1;
            while (i >= 0 && tokens.get(i).span().end() > offset) {
                i--;
            }
            return i;
        }
    }
}
