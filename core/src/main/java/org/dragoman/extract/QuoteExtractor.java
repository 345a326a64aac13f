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
 * "The risk, he said, is …", "according to X, …", "X wants to …"), and reported attitudes and acts whose content is
 * a proposition or a request: accusations and judgements with what they impute ("accused X of …", "criticized X
 * for …"), requests ("urged X to …", "called for …", "called on X to …"), expectations ("expect X to …"), findings
 * of polls and documents ("a poll showed X leading"), speech nouns with their clause ("his claim that …"). Bare
 * acts without such content ("endorsed X", "announced a plan", "declined to comment") are not quotes. A reported
 * clause that embeds a quoted fragment is one mixed quote. A quotation interrupted by its own attribution
 * (“A,” she said, “B.”) is one quote in two parts.
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
            "begin", "offer", "proclaim", "thunder", "snap", "muse", "point", "call", "interject", "exclaim", "boom",
            "assure", "read", "remember", "recommend", "beam", "fume", "grumble", "enthuse", "sing", "elaborate");
    /** Words right before a name they give, which is no one's words: "code-named “Strait Thunder”". */
    private static final Set<String> NAME_GIVERS = Set.of("dubbed", "named", "nicknamed", "codenamed", "code-named",
            "christened", "renamed", "rebranded");
    private static final Set<String> NOT_SPEECH_BEFORE = java.util.stream.Stream.concat(NAME_GIVERS.stream(),
            java.util.stream.Stream.of("called", "so-called", "titled", "entitled", "slogan", "term", "word", "phrase",
                    "labelled", "labeled", "branded", "as", "banner", "motto", "hashtag", "headline", "book", "film",
                    "song", "novel", "album", "campaign", "operation", "billed"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Nouns for the maker of a work, whose "of" names a title: "the co-author of “Going Viral”". */
    private static final Set<String> WORK_MAKERS = Set.of("author", "co-author", "coauthor", "editor", "creator",
            "director", "producer", "host", "star", "writer", "publisher", "composer", "singer");
    /** Verbs that report speech or thought in a clause: "X said (that) …", "X believes …". */
    private static final Set<String> INDIRECT_CUES = Set.of("say", "tell", "add", "counter", "retort", "rebut", "insist",
            "warn", "argue", "acknowledge", "note", "explain", "claim", "state", "declare", "write", "suggest", "announce",
            "admit", "concede", "stress", "emphasize", "emphasise", "recall", "predict", "promise", "vow", "pledge", "caution",
            "assert", "maintain", "contend", "complain", "observe", "agree", "confirm", "deny", "testify", "reiterate",
            "believe", "think", "conclude", "report", "estimate", "indicate", "signal", "hint", "allege", "charge",
            "reply", "respond", "tweet", "post", "fear", "hope", "feel", "assure", "inform", "remind", "point",
            "reveal", "disclose", "mention", "boast", "worry", "doubt", "expect", "know", "learn", "realize",
            "realise", "understand", "remember", "recognize", "recognise", "suspect", "speculate", "find", "show",
            "lament", "remark", "joke", "quip", "proclaim", "muse", "imply", "intimate", "repeat", "restate",
            "interject", "judge", "clarify", "calculate", "affirm", "swear", "forecast", "posit", "protest", "guess",
            "presume", "underscore", "theorize", "surmise", "reason", "confide", "gloat", "grouse");
    /** Words a relative clause may hang on right before "that": "offered little that was new". */
    private static final Set<String> INDEFINITES = Set.of("little", "much", "nothing", "something", "anything",
            "everything");
    /** Subordinators of a reason or condition, whose clause is not the cue's: "asked for anonymity because …". */
    private static final Set<String> REASONS = Set.of("because", "although", "though", "while", "if", "unless",
            "whereas");
    /** Verbs of taking something as something, besides the judgements: "a remark attendees interpreted as …". */
    private static final Set<String> READINGS = Set.of("interpret", "read", "see", "regard", "view", "take", "treat");
    /** Nouns of the speech something was said in: "…, in remarks to donors". */
    private static final Set<String> SPEECHES = Set.of("remark", "comment", "speech", "interview", "statement",
            "address", "testimony");
    /** Units of time in "a day after", "two weeks before". */
    /** The speaker's own way with what others ask, after a report: "…, brushing aside demands that she apologize". */
    private static final Set<String> DEFLECTIONS = Set.of("brush", "defy", "sidestep", "dodge", "deflect", "shrug",
            "rebuff", "ignore", "snub", "skirt", "evade", "parry", "flout");
    private static final Set<String> SPANS_OF_TIME = Set.of("day", "week", "hour", "month", "year");
    /** Participles of what words set off, the writer's account after them: "…, drawing laughter from the crowd". */
    private static final Set<String> EFFECTS = Set.of("draw", "prompt", "spark", "earn", "elicit", "provoke",
            "trigger");
    /** Prepositions that attach a phrase to a speaker noun: "officials in Kyiv", "a spokesman for the ministry". */
    private static final Set<String> PP_HEADS = Set.of("in", "for", "of", "at", "from", "with", "close", "familiar");
    /** Nouns of people who serve another, whose "to" names whom: "an aide to the president", "ambassador to the UN". */
    private static final Set<String> SERVING = Set.of("aide", "aides", "adviser", "advisers", "advisor", "advisors",
            "ambassador", "envoy", "counselor", "counsellor", "assistant", "successor", "heir", "consultant",
            "consultants", "spokesman", "spokeswoman", "spokesperson");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her", "them");
    /** Head nouns of a source that is a document: "the report says". */
    private static final Set<String> DOCUMENTS = Set.of("report", "statement", "document", "letter", "memo", "study", "opinion",
            "survey", "indictment", "complaint", "filing", "ruling", "decision", "communiqué", "communique",
            "declaration", "resolution", "draft", "text", "order", "website", "post", "tweet", "poll", "analysis",
            "assessment", "transcript", "note", "footnote", "notice", "release", "email", "e-mail", "cable", "dossier", "list",
            "account", "data", "figures", "records", "polls", "surveys", "reports", "documents", "filings", "results",
            "probe", "investigation", "inquiry", "audit", "readout", "minutes", "summary", "judgment", "judgement", "verdict",
            "affidavit", "lawsuit", "brief", "motion", "petition", "manifesto", "warrant", "subpoena", "treaty",
            "agreement", "bill", "law", "constitution", "charter", "guidance", "guidelines", "image", "images", "footage",
            "editorial", "commentary", "column", "op-ed", "tally", "count", "estimate", "estimates", "database",
            "photo", "photos", "photograph", "photographs");
    /** Head nouns of a source that is an institution: "the ministry said". */
    private static final Set<String> INSTITUTIONS = Set.of("ministry", "government", "department", "police", "army",
            "military", "agency", "commission", "committee", "council", "office", "administration", "embassy",
            "company", "party", "court", "parliament", "cabinet", "campaign", "group", "union", "organisation",
            "organization", "service", "authorities", "kremlin", "presidency", "secretariat", "alliance", "bank",
            "firm", "regime", "junta", "coalition", "opposition", "movement", "board", "network", "newspaper",
            "city", "town", "county", "university", "college", "school", "institute", "foundation", "association",
            "senate", "congress", "legislature", "assembly", "charity", "watchdog", "regulator", "tank", "lobby",
            "society", "federation", "league", "chamber", "guild", "syndicate", "tribunal", "confederation", "bureau",
            "directorate", "inspectorate", "centre", "center", "forum", "fund");
    /**
     * Verbs of speech that also take a thing as object: "offer “a prayer”", "promised “a new beginning”"; a
     * quotation right after one, inside a clause another verb reports, is a quoted fragment of that clause.
     */
    private static final Set<String> OBJECT_CUES = Set.of("offer", "promise", "demand", "read", "post", "answer",
            "charge", "begin", "continue", "remember", "recall", "recommend", "sing", "chant", "pledge", "vow");
    /**
     * Verbs of intention that take an object but never a clause without "that" ("offered help", not "offered X is"):
     * a report in a relative clause on their object is not theirs.
     */
    private static final Set<String> NO_CLAUSE_INTENTIONS = Set.of("want", "plan", "offer", "seek", "prefer", "refuse",
            "aim", "intend", "vote", "decline");
    /** Nouns of speech after quoted words and before which a possessor names the speaker: "Obama's “…” promise". */
    private static final Set<String> POSSESSED_SPEECH = Set.of("comment", "comments", "remark", "remarks", "line",
            "quip", "statement", "pledge", "promise", "vow", "claim", "assertion", "tweet", "warning", "boast", "jab",
            "question", "declaration", "speech", "retort", "jibe", "gibe", "taunt", "insult");
    /** People a country or school admits, letting them in: "admit Syrian refugees". */
    private static final Set<String> ADMITTED = Set.of("refugees", "immigrants", "migrants", "students", "members",
            "patients", "asylum-seekers", "applicants", "women", "visitors");
    /** Verbs of answering, which after a question introduce the answer: "“…?” He answered, “…”". */
    private static final Set<String> ANSWERING = Set.of("answer", "reply", "respond", "retort", "counter");
    /** Forms of "be" that make a following participle passive. */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am");

    /** Verbs of intention or commitment whose content is an infinitive: "wants to …", "vowed to …". */
    private static final Set<String> INTENTIONS = Set.of("want", "plan", "hope", "expect", "intend", "refuse",
            "threaten", "vow", "pledge", "promise", "agree", "offer", "wish", "aim", "seek", "prefer",
            "pretend", "claim", "demand", "urge", "vote", "decline");
    /**
     * Verbs of a stance taken on their object, reported as the speaker's position on it: "endorsed Clinton", "praised
     * the deal", "rejected the proposal", "wants a deal", "is demanding sanctions", and what is made known: "revealed
     * his plan", "outlined a strategy". Not "announce": its object is an act ("announced a ceasefire"), not a position.
     */
    private static final Set<String> STANCES = Set.of("support", "endorse", "oppose", "praise", "criticize",
            "criticise", "defend", "question", "reject", "denounce", "decry", "condemn", "mock", "tout", "dismiss",
            "welcome", "propose", "cite", "highlight", "bemoan", "dispute", "applaud", "hail", "slam", "deride",
            "ridicule", "disparage", "champion", "advocate", "favor", "favour", "laud", "lambaste", "berate",
            "belittle", "disavow", "repudiate", "reaffirm", "recommend", "back", "note", "mention", "deny", "confirm",
            "acknowledge", "admit", "reiterate", "stress", "emphasize", "emphasise", "predict", "promise", "want",
            "demand", "seek", "prefer", "assail", "downplay", "blast", "rebuke", "chide", "scold", "fault", "blame",
            "challenge", "express", "voice", "urge", "outline", "reveal", "disclose", "float");
    /**
     * Verbs of a stance with the prepositions that carry what it is on: "argued for a ban", "warned of a
     * recession", "pointed to the polls"; and verbs of speech with the topic spoken of, which news attribution
     * corpora annotate as what was said ("talked about the wall", "commented on the ruling", "referring to Kerry").
     */
    private static final java.util.Map<String, Set<String>> STANCE_PREPOSITIONS = java.util.Map.ofEntries(
            java.util.Map.entry("speak", Set.of("against", "about", "on", "of")),
            java.util.Map.entry("talk", Set.of("about", "of")), java.util.Map.entry("ask", Set.of("for")),
            java.util.Map.entry("write", Set.of("about", "on")), java.util.Map.entry("comment", Set.of("on")),
            java.util.Map.entry("testify", Set.of("about", "on")), java.util.Map.entry("touch", Set.of("on")),
            java.util.Map.entry("refer", Set.of("to")), java.util.Map.entry("allude", Set.of("to")),
            java.util.Map.entry("joke", Set.of("about")),
            java.util.Map.entry("tweet", Set.of("about")), java.util.Map.entry("elaborate", Set.of("on")),
            java.util.Map.entry("reflect", Set.of("on")), java.util.Map.entry("muse", Set.of("about", "on")),
            java.util.Map.entry("argue", Set.of("for", "against")),
            java.util.Map.entry("advocate", Set.of("for")), java.util.Map.entry("push", Set.of("for")),
            java.util.Map.entry("press", Set.of("for")),
            java.util.Map.entry("point", Set.of("to")), java.util.Map.entry("complain", Set.of("about", "of")),
            java.util.Map.entry("warn", Set.of("of", "about", "against")), java.util.Map.entry("rail", Set.of("against")),
            java.util.Map.entry("lobby", Set.of("for")), java.util.Map.entry("boast", Set.of("about", "of")),
            java.util.Map.entry("brag", Set.of("about")), java.util.Map.entry("worry", Set.of("about")),
            java.util.Map.entry("inveigh", Set.of("against")), java.util.Map.entry("side", Set.of("with")),
            java.util.Map.entry("disagree", Set.of("with")), java.util.Map.entry("agree", Set.of("with")),
            java.util.Map.entry("vouch", Set.of("for")), java.util.Map.entry("scoff", Set.of("at")),
            java.util.Map.entry("balk", Set.of("at")), java.util.Map.entry("campaign", Set.of("for", "against")),
            java.util.Map.entry("approve", Set.of("of")), java.util.Map.entry("disapprove", Set.of("of")));
    /** Judgements that may name their object without "as": "labeled Mr. Trump ''unfit to be president''". */
    private static final Set<String> NAMINGS = Set.of("label", "brand", "dub");

    /** Cues of a topic spoken of, whose object is a noun phrase: "talked about income inequality". */
    private static final Set<String> TOPICS = Set.of("speak about", "speak on", "speak of", "talk about", "talk of",
            "write about", "write on", "comment on", "testify about", "testify on", "touch on", "refer to", "allude to",
            "joke about", "tweet about",
            "elaborate on", "reflect on", "muse about", "muse on", "weigh in on", "open up about", "sound off on",
            "sound off about", "speak up about");

    /** Words that make "spoke on …" the terms or the medium of speaking, not its topic. */
    private static final Set<String> NOT_TOPICS = Set.of("condition", "anonymity", "behalf", "record", "background",
            "phone", "telephone", "camera", "television", "radio", "air", "stage", "floor", "panel", "show", "channel",
            "program", "programme", "podcast", "line", "tv", "cnn", "fox", "msnbc", "cnbc", "abc", "nbc", "cbs", "npr",
            "facebook", "twitter", "instagram", "blog", "website", "site", "page", "breitbart");

    /**
     * Stances in a verb and a particle or noun, with the prepositions that carry what they are on: "lashed out at
     * the press", "came out against the plan", "took issue with the ruling".
     */
    private static final java.util.Map<String, Set<String>> PHRASAL_STANCES = java.util.Map.ofEntries(
            java.util.Map.entry("lash out", Set.of("at", "against")), java.util.Map.entry("come out", Set.of("against")),
            java.util.Map.entry("speak out", Set.of("against", "for", "about", "on")),
            java.util.Map.entry("push back", Set.of("against", "on")),
            java.util.Map.entry("hit back", Set.of("at")), java.util.Map.entry("fire back", Set.of("at")),
            java.util.Map.entry("lash back", Set.of("at")),
            java.util.Map.entry("weigh in", Set.of("on")), java.util.Map.entry("open up", Set.of("about")),
            java.util.Map.entry("sound off", Set.of("on", "about")), java.util.Map.entry("speak up", Set.of("about", "for")));
    /** Nouns by which the writer sums up what was said, in an aside after it: "…, a claim that could not be verified". */
    private static final Set<String> WRITERS_ASIDES = Set.of("claim", "assertion", "allegation", "charge", "accusation",
            "figure", "statement", "remark", "comment", "view", "position", "acknowledgment", "acknowledgement",
            "admission", "concession", "sentiment", "argument", "line", "theme", "message", "refrain", "label",
            "description", "characterization", "characterisation", "move", "step", "gesture", "decision", "choice",
            "announcement", "reversal", "shift", "departure", "threat", "promise", "pledge", "word", "term", "phrase",
            "nickname");
    /** Adverbs by which the writer reports a clause on unnamed authority: "is reportedly making arrangements". */
    private static final Set<String> HEARSAY = Set.of("reportedly", "allegedly", "purportedly", "supposedly");
    /** Cues right before "when" that report a clause ("said when he took office he would …", "asked when"). */
    private static final Set<String> WHEN_CUES = Set.of("say", "tell", "ask", "wonder", "know", "explain", "recall",
            "remember", "question", "reveal", "disclose", "predict", "estimate");
    /**
     * Verbs whose object, without "as", is the topic of what was said: "described the flooding", "outlined their
     * priorities", "tweeted a photograph", "claimed momentum", "reported no arrests".
     */
    private static final Set<String> DESCRIBING = Set.of("describe", "outline", "recount", "reference", "tweet",
            "state", "answer", "claim", "report", "declare", "list", "recite", "recall", "explain");
    /** Adjectives of a belief or feeling that take a that-clause after a copula: "are optimistic that …". */
    private static final Set<String> CLAUSE_ADJECTIVES = Set.of("optimistic", "pessimistic", "hopeful", "confident",
            "convinced", "certain", "sure", "adamant", "worried", "concerned", "afraid", "fearful", "skeptical",
            "sceptical", "insistent", "positive", "unconvinced", "doubtful", "upbeat", "bullish", "angry", "upset",
            "disappointed", "frustrated", "pleased", "happy", "glad", "proud", "relieved");
    /** Verbs with a particle whose object is what is put forward or brushed aside: "laid out his vision". */
    private static final Set<String> PARTICLE_STANCES = Set.of("lay out", "spell out", "point out", "talk up",
            "play down", "single out", "shrug off", "wave off", "walk back", "brush aside", "brush off", "wave away");
    /**
     * Adjectives of a stance or a feeling held about something, after a copula, with the prepositions that carry
     * it: "is critical of the deal", "remained skeptical about the polls", "was worried about turnout".
     */
    private static final java.util.Map<String, Set<String>> ADJECTIVE_STANCES = java.util.Map.ofEntries(
            java.util.Map.entry("critical", Set.of("of")), java.util.Map.entry("skeptical", Set.of("of", "about")),
            java.util.Map.entry("sceptical", Set.of("of", "about")), java.util.Map.entry("supportive", Set.of("of")),
            java.util.Map.entry("wary", Set.of("of")), java.util.Map.entry("fond", Set.of("of")),
            java.util.Map.entry("opposed", Set.of("to")), java.util.Map.entry("concerned", Set.of("about")),
            java.util.Map.entry("worried", Set.of("about")), java.util.Map.entry("optimistic", Set.of("about")),
            java.util.Map.entry("pessimistic", Set.of("about")), java.util.Map.entry("enthusiastic", Set.of("about")),
            java.util.Map.entry("unhappy", Set.of("with", "about")), java.util.Map.entry("dismissive", Set.of("of")),
            java.util.Map.entry("proud", Set.of("of")), java.util.Map.entry("angry", Set.of("at", "about", "with", "over")),
            java.util.Map.entry("furious", Set.of("at", "about", "with", "over")),
            java.util.Map.entry("frustrated", Set.of("with", "about")), java.util.Map.entry("enamored", Set.of("of", "with")),
            java.util.Map.entry("disappointed", Set.of("with", "in")), java.util.Map.entry("hopeful", Set.of("about")),
            java.util.Map.entry("upset", Set.of("about", "with", "over")), java.util.Map.entry("displeased", Set.of("with")),
            java.util.Map.entry("confident", Set.of("about")));
    /** Verbs of judging something as something, reported in the passive: "is seen as", "are viewed as". */
    private static final Set<String> PERCEPTIONS = Set.of("see", "view", "regard", "perceive", "consider");
    /** Verbs that link a subject to an adjective of stance: "is critical of", "remains wary of", "grew frustrated with". */
    private static final Set<String> COPULAS = Set.of("be", "remain", "become", "seem", "appear", "grow", "sound", "stay",
            "get");
    /** Pronoun objects that stand for people a stance is taken on: "endorsed her"; not "it" or "ourselves". */
    private static final Set<String> PERSONAL_OBJECTS = Set.of("him", "her", "them", "me", "us", "you");
    /** Stances whose object "it" is the thing judged: "Democrats opposed it", "the governor vetoed it". */
    private static final Set<String> OPINIONS = Set.of("support", "endorse", "oppose", "praise", "criticize",
            "criticise", "defend", "reject", "denounce", "decry", "condemn", "back", "welcome", "slam", "applaud");
    /** Subordinators that open a clause before the main one: "Although she said …, she …". */
    private static final Set<String> FRONTED_SUBORDINATORS = Set.of("although", "though", "while", "when", "if",
            "because", "since", "after", "before", "once", "unless", "whereas", "whether");
    /** Nouns of what their owner wants, tries, uses or refuses to do: "his call to …", "Trump's use of … to …". */
    private static final Set<String> WILLING_NOUNS = Set.of("call", "refusal", "failure", "decision", "plan", "effort",
            "attempt", "bid", "push", "promise", "pledge", "vow", "threat", "willingness", "unwillingness", "reluctance",
            "desire", "determination", "move", "intention", "demand", "offer", "request", "proposal", "use");
    /** Nouns of a request, whose content runs to the end of what is asked for: "his call for a ban on …". */
    private static final Set<String> REQUEST_NOUNS = Set.of("call", "plea", "demand");
    /** Verbs of thought, whose subject never follows them as a speaker does ("…, said the official"). */
    private static final Set<String> THOUGHTS = Set.of("think", "believe", "feel", "know", "hope", "fear", "expect",
            "want", "understand", "realize", "realise", "learn", "remember", "suspect", "doubt", "worry", "wish");
    /** What one claims by winning it: "claimed the nomination", "claim the prize". */
    private static final Set<String> WON = Set.of("nomination", "prize", "seat", "title", "crown", "mantle", "spot",
            "delegate", "majority", "trophy", "medal", "house", "senate", "chamber", "throne", "presidency");
    /** Cues that, followed by a noun phrase, take it as their object: "found ways to …", "began to find his voice". */
    private static final Set<String> OBJECT_TAKERS = Set.of("find", "show", "know", "learn", "realize", "realise",
            "understand", "remember", "recognize", "recognise", "expect", "hope", "fear", "feel", "suspect", "doubt",
            "reveal", "disclose", "mention", "signal", "indicate", "estimate");
    /** Stances that are wishes: their pronoun object stands for a thing wanted, not a position. */
    private static final Set<String> WISHES = Set.of("want", "demand", "seek", "prefer");
    /** Nouns of an intention put in words that take an infinitive: "his promise to build a wall". */
    private static final Set<String> INFINITIVE_NOUNS = Set.of("promise", "pledge", "vow", "call", "threat", "plea",
            "demand", "offer", "refusal");
    /** Nouns of criticism one draws or faces: "drew criticism from", "faced criticism for". */
    private static final Set<String> CRITICISMS = Set.of("criticism", "condemnation", "complaint", "rebuke");
    /** Verbs of drawing or facing it. */
    private static final Set<String> DRAWING = Set.of("draw", "face", "attract", "receive", "prompt", "spark", "provoke",
            "trigger", "generate", "earn", "invite");
    /** Nouns of a stance with the prepositions that carry its topic: "support for", "criticism of". */
    private static final java.util.Map<String, Set<String>> NOUN_STANCES = java.util.Map.ofEntries(
            java.util.Map.entry("support", Set.of("for", "of")), java.util.Map.entry("opposition", Set.of("to")),
            java.util.Map.entry("criticism", Set.of("of")), java.util.Map.entry("praise", Set.of("for", "of")),
            java.util.Map.entry("endorsement", Set.of("of")), java.util.Map.entry("concern", Set.of("about", "over")),
            java.util.Map.entry("concerns", Set.of("about", "over")), java.util.Map.entry("stance", Set.of("on")),
            java.util.Map.entry("position", Set.of("on")), java.util.Map.entry("view", Set.of("on", "of")),
            java.util.Map.entry("views", Set.of("on", "of")), java.util.Map.entry("commitment", Set.of("to")),
            java.util.Map.entry("call", Set.of("for")), java.util.Map.entry("calls", Set.of("for")),
            java.util.Map.entry("plea", Set.of("for")), java.util.Map.entry("demand", Set.of("for")),
            java.util.Map.entry("opinion", Set.of("of", "on", "about")), java.util.Map.entry("skepticism", Set.of("about", "of")),
            java.util.Map.entry("doubts", Set.of("about")), java.util.Map.entry("questions", Set.of("about")),
            java.util.Map.entry("complaints", Set.of("about")), java.util.Map.entry("complaint", Set.of("about")),
            java.util.Map.entry("defense", Set.of("of")), java.util.Map.entry("defence", Set.of("of")),
            java.util.Map.entry("denunciation", Set.of("of")), java.util.Map.entry("condemnation", Set.of("of")),
            java.util.Map.entry("rejection", Set.of("of")), java.util.Map.entry("embrace", Set.of("of")),
            java.util.Map.entry("advocacy", Set.of("of", "for")), java.util.Map.entry("backing", Set.of("for", "of")),
            // feelings put forward about something: "expressed admiration for", "voiced frustration with"
            java.util.Map.entry("admiration", Set.of("for", "of")), java.util.Map.entry("solidarity", Set.of("with", "for")),
            java.util.Map.entry("sympathy", Set.of("for", "with")), java.util.Map.entry("frustration", Set.of("with", "over", "about", "at")),
            java.util.Map.entry("disappointment", Set.of("with", "over", "about", "at", "in")),
            java.util.Map.entry("outrage", Set.of("over", "at", "about")), java.util.Map.entry("regret", Set.of("over", "for", "about")),
            java.util.Map.entry("gratitude", Set.of("for", "to")), java.util.Map.entry("optimism", Set.of("about", "over")),
            java.util.Map.entry("pessimism", Set.of("about", "over")), java.util.Map.entry("reservations", Set.of("about", "over")),
            java.util.Map.entry("misgivings", Set.of("about", "over")), java.util.Map.entry("disapproval", Set.of("of")),
            java.util.Map.entry("approval", Set.of("of")), java.util.Map.entry("anger", Set.of("at", "over", "about")),
            java.util.Map.entry("disdain", Set.of("for")), java.util.Map.entry("contempt", Set.of("for")),
            java.util.Map.entry("enthusiasm", Set.of("for", "about")), java.util.Map.entry("alarm", Set.of("at", "over", "about")),
            // what is said against or about something: "his attacks on billionaire financiers", "her remarks about"
            java.util.Map.entry("attack", Set.of("on")), java.util.Map.entry("assault", Set.of("on")),
            java.util.Map.entry("comment", Set.of("on", "about")), java.util.Map.entry("remark", Set.of("on", "about")),
            java.util.Map.entry("proposal", Set.of("for")), java.util.Map.entry("dislike", Set.of("of", "for")),
            java.util.Map.entry("hostility", Set.of("to", "toward", "towards")),
            java.util.Map.entry("dismay", Set.of("at", "over", "about", "with")));
    /** Stance nouns that a subject may simply have: "had a favorable opinion of", "has doubts about". */
    private static final Set<String> HELD = Set.of("opinion", "view", "concern", "doubt", "question", "reservation",
            "misgiving", "skepticism", "complaint");
    /** Verbs that put a stance noun forward for their subject: "expressed concerns about", "voiced support for". */
    private static final Set<String> EXPRESSING = Set.of("express", "voice", "announce", "offer", "reiterate", "make",
            "signal", "declare", "pledge", "raise", "register", "air", "repeat", "restate", "throw", "lend", "give",
            "deliver", "mount", "issue");
    /** Light verbs whose object noun names speech: "made no mention of", "offered few specifics". */
    private static final Set<String> LIGHT_VERBS = Set.of("make", "give", "offer", "deliver", "issue", "express",
            "voice", "raise", "provide", "share", "lodge", "level", "air", "take");
    /** Stances taken, after "take" and a determiner, with the prepositions that carry their target. */
    private static final java.util.Map<String, Set<String>> TAKEN_STANCES = java.util.Map.ofEntries(
            java.util.Map.entry("shot", Set.of("at")), java.util.Map.entry("shots", Set.of("at")),
            java.util.Map.entry("swipe", Set.of("at")), java.util.Map.entry("swipes", Set.of("at")),
            java.util.Map.entry("jab", Set.of("at")), java.util.Map.entry("jabs", Set.of("at")),
            java.util.Map.entry("dig", Set.of("at")), java.util.Map.entry("digs", Set.of("at")),
            java.util.Map.entry("potshot", Set.of("at")), java.util.Map.entry("potshots", Set.of("at")),
            java.util.Map.entry("credit", Set.of("for")), java.util.Map.entry("stand", Set.of("on", "against")),
            java.util.Map.entry("line", Set.of("on", "against")), java.util.Map.entry("position", Set.of("on")),
            java.util.Map.entry("umbrage", Set.of("at", "with")), java.util.Map.entry("offense", Set.of("at")),
            java.util.Map.entry("issue", Set.of("with")), java.util.Map.entry("aim", Set.of("at")),
            java.util.Map.entry("exception", Set.of("to")));
    /** Nouns of backing a candidate receives: "won the endorsement of". */
    private static final Set<String> BACKING = Set.of("endorsement", "endorsements", "backing", "support");
    /** Verbs by which backing is received. */
    private static final Set<String> RECEIVING = Set.of("win", "receive", "get", "secure", "earn", "snag", "land",
            "have", "gain", "pick", "capture", "lose");
    /** Light verbs of giving, whose object is itself what was said: "offered few specifics", "gave quick instructions". */
    private static final Set<String> GIVING = Set.of("give", "offer", "deliver", "issue", "express", "voice", "provide",
            "share", "air");
    /** Nouns that name something said, after a light verb. */
    private static final Set<String> SPEECH_NOUNS = Set.of("mention", "statement", "statements", "comment", "comments",
            "remark", "remarks", "argument", "arguments", "case", "point", "joke", "jokes", "prediction", "predictions",
            "appeal", "apology", "apologies", "allegation", "allegations", "accusation", "accusations", "answer",
            "answers", "promise", "promises", "pledge", "vow", "preview", "evaluation", "assessment", "forecast",
            "specifics", "details", "idea", "ideas", "thoughts", "slogan", "condolences", "explanation",
            "congratulations", "advice", "retort", "critique", "warning", "warnings", "claim", "claims", "assurance",
            "assurances", "guarantee", "reassurance", "reassurances", "insight", "insights", "excuse", "justification",
            "tribute", "suggestion", "suggestions", "recommendation", "recommendations", "vision", "message",
            "testimony", "confession", "admission", "denial", "rebuttal", "pitch", "secret", "fun", "light",
            "instructions", "reasons", "questions", "question", "concerns", "concern", "doubts");
    /** Nouns of speech whose "to" names the one addressed, not a topic: "made the case to voters". */
    private static final Set<String> ADDRESSED_NOUNS = Set.of("case", "pitch", "argument", "arguments", "point",
            "message", "remarks", "statement", "comments", "answer", "promise", "pledge", "instructions", "advice");
    /** Prepositions after a noun of speech that introduce its topic: "made no mention of", "a joke about yoga". */
    private static final Set<String> SPEECH_PREPOSITIONS = Set.of("of", "about", "on", "for", "against", "to", "over",
            "regarding", "toward", "towards");
    /** Verbs of saying and believing that rarely take a noun object, so a long subject may precede the clause's verb. */
    private static final Set<String> SAYING = Set.of("say", "tell", "think", "believe", "argue", "insist", "claim",
            "contend", "maintain", "assert", "feel", "fear", "worry", "suggest", "warn", "predict", "hope");
    /** Cues whose object is the addressee: "told reporters that …". */
    private static final Set<String> ADDRESSED = Set.of("tell", "assure", "inform", "remind", "warn", "brief", "ask",
            "convince", "persuade");
    /** Verbs of doubt whose content is an open question: "questioned whether …", "wondered if …". */
    private static final Set<String> QUESTIONING = Set.of("question", "wonder");
    /** Verbs of persuasion whose content is the clause after the persuaded: "convince voters he's a conservative". */
    private static final Set<String> PERSUADING = Set.of("convince", "persuade");
    /** Words that open an indirect question: "asked Sanders how he was feeling". */
    private static final Set<String> WH_WORDS = Set.of("how", "what", "why", "who", "whom", "when", "where", "which");
    /** Conjunctions of a clause of time or manner after a cue: "told his advisers as he labored …". */
    private static final Set<String> TIME_CLAUSES = Set.of("as", "while", "when", "after", "before", "because", "since");
    /** Words that stand alone as a subject: "another says …", "Several said …", "One says …". */
    private static final Set<String> STANDALONE_SUBJECTS = Set.of("another", "one", "others", "several", "both",
            "many", "some", "most", "few", "all", "each");
    /** Conjunctions that open a contrasting clause even without a comma: "… preferred Clinton while men …". */
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "although", "though");
    /** Capitalized labels before a colon that are no speaker: "UPDATE: …", "WATCH: …". */
    private static final Set<String> HEADINGS = Set.of("update", "updated", "watch", "read", "related", "note",
            "editor's note", "correction", "breaking", "exclusive", "video", "photos", "listen", "see also", "q", "a",
            "advertisement", "background", "context", "analysis", "opinion", "source", "sources", "pictured");
    /** First words after a cue that do not open a reported clause. */
    private static final Set<String> NOT_CLAUSE_START = Set.of("whether", "nothing", "so", "yes", "no", "goodbye",
            "hello", "thanks", "sorry", "more", "little", "much", "something", "anything", "everything");
    /** Source nouns that open a headline of the form "Poll: …". */
    private static final Set<String> HEADLINE_SOURCES = Set.of("poll", "newspaper", "camp", "officials", "official",
            "source", "sources", "aide", "aides", "spokesman", "spokeswoman", "experts", "analysts", "critics", "lawyer");
    /** Headline labels before a colon that name no speaker: "Exclusive: …", "Breaking: …", "Watch: …". */
    private static final Set<String> HEADLINE_LABELS = Set.of("exclusive", "breaking", "revealed", "update", "watch",
            "video", "analysis", "opinion", "editorial", "live", "photos", "report", "review", "fact", "poll", "leaked",
            "updated", "developing", "editor", "editors", "contributing", "note", "correction");
    /** Contracted auxiliaries, whatever their tag: "He’s predicting", "They’ve said". */
    private static final Set<String> CONTRACTIONS = Set.of("'s", "'re", "'ve", "'m", "'d", "'ll");
    /** Relative pronouns: in "X, who said …" the speaker is X. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "whom");
    /** Things a speaker puts out that then "say" something for them: "released an ad calling …". */
    private static final Set<String> MESSAGES = Set.of("statement", "memo", "letter", "email", "e-mail", "release",
            "ad", "advertisement", "website", "message", "note", "video", "tweet", "post", "rally", "speech");
    /** Verbs of sending a message to someone: "emailed supporters saying …". */
    private static final Set<String> SENDING = Set.of("email", "e-mail", "text", "message", "write", "tweet");
    /** Prepositions (not subordinators like "after" or "because") whose object is never a clause's subject. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "during", "from", "with", "without",
            "of", "for", "by", "near", "into", "through", "throughout", "amid", "among", "across", "inside",
            "outside", "under", "over", "toward", "towards", "behind");
    /** Verbs of leave to speak: "(not) authorized to discuss" says nothing was discussed. */
    private static final Set<String> PERMISSIONS = Set.of("authorize", "authorise", "allow", "permit", "empower", "clear");
    /** Verbs that with "back" and a clause are a retort: "shot back that …". */
    private static final Set<String> RETORTS = Set.of("shoot", "fire", "hit", "snap", "write", "push", "fight", "strike");
    /** Places of publishing: "wrote on X", "posted on his blog", "on social media", "on Truth Social". */
    private static final Set<String> PLATFORMS = Set.of("x", "twitter", "facebook", "instagram", "telegram", "tiktok",
            "linkedin", "substack", "weibo", "wechat", "youtube", "threads", "bluesky", "blog", "website", "social",
            "platform", "account", "page", "feed", "channel");
    /**
     * News outlets told things, whose name the tagger may run into the name after it: "told Fox News Trump was right"
     * (without a leading "the").
     */
    private static final Set<String> OUTLETS = Set.of("fox news", "fox business", "cnn", "bbc", "msnbc", "cnbc", "nbc",
            "nbc news", "cbs", "cbs news", "abc", "abc news", "npr", "pbs", "reuters", "bloomberg", "bloomberg tv",
            "politico", "axios", "semafor", "sky news", "al jazeera", "afp", "ap", "associated press", "newsmax",
            "c-span", "itv", "itv news", "lbc", "times radio", "france 24", "dw", "tass", "xinhua", "kyodo", "yonhap",
            "haaretz", "guardian", "times", "new york times", "washington post", "wall street journal",
            "financial times", "economist", "atlantic", "hill", "daily telegraph", "telegraph", "le monde",
            "der spiegel", "spiegel", "bild", "nikkei", "rai", "rtl", "zdf", "ard");
    /** Where words are said or posted: "in a statement", "on social media", "at a rally", "on Truth Social". */
    private static final Set<String> MEDIA = Set.of("statement", "interview", "conference", "briefing", "speech", "rally",
            "post", "tweet", "video", "twitter", "facebook", "instagram", "x", "social", "television", "tv", "radio",
            "podcast", "debate", "hall", "op-ed", "editorial", "letter", "broadcast", "address", "hearing");
    /** Nouns of those sent to another, whose "to" names where: "the mission to the UN", "an adviser to the king". */
    private static final Set<String> ENVOYS = Set.of("mission", "ambassador", "envoy", "delegation", "representative",
            "adviser", "advisor", "delegate", "emissary", "counsellor", "counselor", "successor", "heir");
    /** Pronouns that stress the one named before them: "Musk himself". */
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves");
    private static final Set<String> PP_AFTER = Set.of("for", "of", "at", "from", "by", "in", "with");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "we", "us");
    /** Verbs of accusation and judgement, with the prepositions that carry what the object is said to have done. */
    private static final java.util.Map<String, Set<String>> JUDGEMENTS = java.util.Map.ofEntries(
            java.util.Map.entry("accuse", Set.of("of")), java.util.Map.entry("charge", Set.of("with")),
            java.util.Map.entry("blame", Set.of("for", "on")), java.util.Map.entry("criticize", Set.of("for")),
            java.util.Map.entry("criticise", Set.of("for")), java.util.Map.entry("condemn", Set.of("for")),
            java.util.Map.entry("fault", Set.of("for")), java.util.Map.entry("slam", Set.of("for")),
            java.util.Map.entry("blast", Set.of("for")), java.util.Map.entry("chide", Set.of("for")),
            java.util.Map.entry("rebuke", Set.of("for")), java.util.Map.entry("attack", Set.of("for")),
            java.util.Map.entry("praise", Set.of("for")), java.util.Map.entry("credit", Set.of("with", "for")),
            java.util.Map.entry("commend", Set.of("for")), java.util.Map.entry("applaud", Set.of("for")),
            java.util.Map.entry("thank", Set.of("for")), java.util.Map.entry("mock", Set.of("for")),
            java.util.Map.entry("ridicule", Set.of("for")), java.util.Map.entry("scold", Set.of("for")),
            java.util.Map.entry("cast", Set.of("as")), java.util.Map.entry("portray", Set.of("as")),
            java.util.Map.entry("name", Set.of("as")),
            java.util.Map.entry("paint", Set.of("as")), java.util.Map.entry("depict", Set.of("as")),
            java.util.Map.entry("characterize", Set.of("as")), java.util.Map.entry("characterise", Set.of("as")),
            java.util.Map.entry("describe", Set.of("as")), java.util.Map.entry("see", Set.of("as")),
            java.util.Map.entry("view", Set.of("as")), java.util.Map.entry("regard", Set.of("as")),
            java.util.Map.entry("dismiss", Set.of("as")), java.util.Map.entry("label", Set.of("as")),
            java.util.Map.entry("brand", Set.of("as")), java.util.Map.entry("assail", Set.of("for")), java.util.Map.entry("hail", Set.of("as")),
            java.util.Map.entry("tout", Set.of("as")), java.util.Map.entry("denounce", Set.of("as")),
            java.util.Map.entry("remind", Set.of("of")));
    /** Nouns for people that {@link Context#canSpeak} does not tell by their ending. */
    private static final Set<String> PEOPLE = Set.of("people", "official", "leader", "critic", "voter", "member",
            "activist", "group", "resident", "democrat", "republican", "conservative", "liberal", "progressive",
            "lawmaker", "senator", "governor", "mayor", "candidate", "nominee", "chief", "head", "diplomat", "expert",
            "analyst", "economist", "delegate", "staff", "aide", "ally", "rival", "family", "parent", "child",
            "student", "colleague", "opponent", "everyone", "someone", "some", "many", "most", "other", "few", "both",
            "all", "majority", "side", "camp", "clinton", "trump", "judge", "jury", "prosecutor", "police", "public",
            "person", "those", "superdelegate", "caucusgoer", "legislator", "congressman", "congresswoman",
            "troop", "troops", "personnel", "crowd", "audience", "soldier", "veteran", "fan", "citizen", "independent",
            "evangelical",
            "millennial", "republicans", "democrats", "donor", "protester", "protestor", "advocate", "pastor",
            "mogul", "tycoon", "billionaire", "host", "star", "actress", "president", "secretary", "minister", "wife",
            "husband", "mother", "father", "son", "daughter", "friend", "campaign", "team", "couple", "guest", "voice",
            "justice", "mp", "mps", "mep", "meps", "envoy", "spokesperson", "spokespeople", "peer", "cleric",
            "bishop", "archbishop", "priest", "rabbi", "imam");
    /** Pronouns and possessives, which a name is not: "he said he would run" may be one person. */
    private static final Set<String> PRONOUN_FORMS = java.util.stream.Stream.concat(PRONOUNS.stream(),
            java.util.stream.Stream.of("his", "hers", "its", "their", "theirs"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** People words that name a group, which "he" or "she" does not stand for: "The crowd cheered. He said …". */
    private static final Set<String> GROUPS = Set.of("people", "group", "family", "side", "camp", "campaign", "public",
            "crowd", "audience", "team", "couple", "staff", "jury", "police", "troops", "personnel", "majority",
            "republicans", "democrats", "those", "some", "many", "most", "other", "few", "both", "all", "mps", "meps",
            "spokespeople");
    /** Nouns with a personal ending that name no one: "the timetable", "the order", "the market". */
    private static final Set<String> NOT_PEOPLE = Set.of("order", "number", "letter", "center", "centre", "power",
            "paper", "matter", "border", "quarter", "sector", "factor", "error", "winter", "summer", "water",
            "document", "agreement", "government", "statement", "movement", "moment", "amendment", "parliament",
            "settlement", "treatment", "payment", "investment", "element", "percent", "event", "content", "plan",
            "measure", "cancer", "tower", "meter", "register", "filter", "chapter", "trigger", "cover", "banner");
    /** Conjunctions that open a clause inside another. */
    private static final Set<String> SUBORDINATORS = Set.of("because", "if", "although", "though", "while", "when",
            "since", "as", "after", "before", "until", "unless", "whether", "so", "once", "where");
    /** Verbs of request and expectation whose object is followed by an infinitive: "urged Congress to act". */
    private static final Set<String> REQUESTS = Set.of("urge", "ask", "press", "encourage", "implore", "beg",
            "tell", "warn", "advise", "expect", "want", "invite", "challenge", "persuade", "instruct", "order",
            "direct", "request", "caution", "exhort", "appeal", "dare");
    /** Verbs by which a document reports what it found: "a poll showed Trump leading". */
    private static final Set<String> FINDINGS = Set.of("show", "find", "suggest", "indicate", "reveal", "put", "give",
            "confirm", "estimate", "project", "predict");
    /** Head nouns of data sources, besides {@link #DOCUMENTS}: "exit polls", "results", "new filings". */
    private static final Set<String> FINDING_SOURCES = Set.of("poll", "polls", "average", "survey", "result", "data", "figure",
            "number", "filing", "record", "email", "research", "count", "tally", "projection", "estimate", "model",
            "forecast", "returns", "study", "report", "audit", "review", "investigation", "census", "index", "results",
            "surveys", "figures", "numbers", "filings", "records", "emails", "studies", "reports", "projections");
    /** Nouns of speech and belief that take a that-clause: "his claim that …", "the warning that …". */
    private static final Set<String> NOUN_CUES = Set.of("claim", "assertion", "allegation", "accusation", "argument",
            "belief", "warning", "promise", "pledge", "suggestion", "insistence", "assurance", "hope", "fear", "concern",
            "criticism", "charge", "prediction", "threat", "contention", "conviction", "speculation", "rumor", "rumour",
            "admission", "acknowledgment", "acknowledgement", "complaint", "vow", "denial", "announcement", "boast",
            "expectation", "assumption", "worry", "sense", "perception", "recognition", "message", "reminder",
            "remark", "comment", "doubt", "confidence");
    /** Words that name a share of people surveyed when they are a whole subject: "half said", "a third say". */
    private static final Set<String> QUANTITIES = Set.of("half", "third", "thirds", "quarter", "quarters", "fifth",
            "fifths", "most", "many", "some", "few", "others", "majority", "minority", "plurality", "number", "share",
            "hundreds", "thousands", "dozens", "millions", "scores", "handful");
    /** A party and state after a legislator's name: "R-Iowa", "D-N.Y.", "I-Vt.". */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile(
            "[RDI]\\s*-\\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?");
    private static final int MAX_SCARE_WORDS = 4;
    /** Prepositions after which "that" is a pronoun, not a complementizer: "said after that he …". */
    private static final Set<String> PRONOUN_THAT_AFTER = Set.of("despite", "after", "before", "like", "about", "of",
            "with", "for", "beyond", "without");
    /** Verbs of speech the tagger may take for nouns after a speaker, by spelling: "the two write.", "Tweeted". */
    private static final java.util.Map<String, String> MISTAGGED_CUES = java.util.Map.of("write", "write", "writes",
            "write", "wrote", "write", "tweeted", "tweet", "tweets", "tweet", "says", "say", "said", "say", "adds", "add",
            "added", "add");
    /** Words a title leaves in lower case: "Orange is the New Black". */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on",
            "at", "to", "for", "with", "from", "by", "is", "are", "as", "vs.", "nor");
    /** Sentences that may start between the parts of a quote interrupted by its attribution. */
    private static final int MAX_SENTENCES_INTERRUPTING = 1;

    /** Finds and attributes the article's direct, mixed and indirect quotes, in text order. */
    public QuotedArticle extract(ResolvedArticle doc) {
        AnnotatedArticle a = doc.annotated();
        String text = a.text();
        List<QuoteScanner.Region> regions = QuoteScanner.scan(text, a.source().blocks());
        Context ctx = new Context(doc, regions);
        List<Found> found = new ArrayList<>();
        Attribution[] attributions = new Attribution[regions.size()];
        boolean[] cueAfter = new boolean[regions.size()];
        boolean[] kept = new boolean[regions.size()];
        QuoteKind[] kinds = new QuoteKind[regions.size()];
        boolean[] joined = new boolean[regions.size()]; // continues an earlier quote: “A,” she said. “B.”
        for (int r = 0; r < regions.size(); r++) {
            QuoteScanner.Region region = regions.get(r);
            // (not a show's title: "Joe Scarborough, host of MSNBC's “Morning Joe,” suggested …")
            Attribution at = ctx.isTitleOfWork(region) || ctx.isTitleAfterName(region) ? null
                    : ctx.cueAfter(region).orElse(null);
            if (at != null && region.parent() >= 0 && ctx.colonAfterCue(at) && ctx.cueBefore(region).isPresent()) {
                // "“People ask me, ‘Why don't you sign?’ I tell them: …”": a cue before its colon reports what
                // follows; the inner quote is the one asked
                at = null;
            }
            cueAfter[r] = at != null;
            boolean before = false;
            if (at == null) {
                at = ctx.cueBefore(region).orElse(null);
                before = at != null;
            }
            if (at != null && region.parent() >= 0 && at.firstPerson && attributions[region.parent()] != null) {
                // "I said, ‘no …’" inside a quote: the inner speaker is the outer one.
                Attribution outer = attributions[region.parent()];
                at = new Attribution(at.cue, at.cueSpan, outer.entity, outer.mention, false, at.addressee, at.addresseeEntity);
            }
            if (at != null && region.parent() >= 0 && at.addressee != null && at.addresseeEntity == null
                    && FIRST_PERSON.contains(at.addressee.text().toLowerCase(Locale.ROOT))
                    && attributions[region.parent()] != null && attributions[region.parent()].entity != null) {
                // "“He told me, ‘…’” Jones said": the one told is the outer speaker
                at = new Attribution(at.cue, at.cueSpan, at.entity, at.mention, at.firstPerson, at.addressee,
                        attributions[region.parent()].entity);
            }
            QuoteKind kind = QuoteKind.DIRECT;
            if (at == null) {
                // A fragment quoted inside reported speech: "Rutte said allies were “moving in the right direction”".
                at = ctx.cueEarlierInSentence(region).orElse(null);
                if (at != null && (ctx.isTitleAfterName(region) || ctx.isTitleOfWork(region) || ctx.isGivenName(region))) {
                    // "said on Channel 4's “Morning Report” that …": a show, not words of the speaker; "said the
                    // exercises, code-named “Strait Thunder,” were …": a name
                    at = null;
                }
                if (at != null) {
                    kind = QuoteKind.MIXED;
                }
            }
            if (at != null && "read".equals(at.cue) && !ctx.isSpeech(region)) {
                at = null; // "banners reading “No Excuses”" show a slogan; "“…,” the letter read" quotes a text
                before = false;
                kind = QuoteKind.DIRECT;
            }
            if (at == null) {
                at = ctx.clauseBefore(region).orElse(null);
                before = at != null;
            }
            if (at == null) {
                at = ctx.possessedQuote(region).orElse(null); // Obama's “if you like your plan …” promise
            }
            boolean fallback = false;
            if (at == null) {
                if (!ctx.isSpeech(region)) {
                    continue;
                }
                at = ctx.fallback(region, r, attributions, kept).orElse(null);
                fallback = at != null;
                // "said Republicans are in “mischief” that shows their “disconnect with voters.”": a second
                // fragment of the clause the first one sits in
                for (int p = r - 1; fallback && p >= 0; p--) {
                    if (kept[p] && regions.get(p).depth() == region.depth()) {
                        if (kinds[p] == QuoteKind.MIXED && attributions[p] == at
                                && ctx.sameSentence(regions.get(p).content().start(), region.content().start())) {
                            kind = QuoteKind.MIXED;
                        }
                        break;
                    }
                }
            }
            // “A,” she said, “B.”: B takes the cue that follows A, or none, and continues A
            Span continues = null;
            int previous = before || fallback ? ctx.interruptedBefore(region, r, cueAfter, kept, joined) : -1;
            if (previous >= 0 && (fallback ? attributions[previous] == at
                    : at.cueSpan != null && at.cueSpan.equals(attributions[previous].cueSpan))) {
                continues = regions.get(previous).content();
                joined[r] = true;
            }
            attributions[r] = at;
            kinds[r] = kind;
            kept[r] = true;
            found.add(new Found(region.content(), kind, at, ctx.paragraphParts(region.content()), continues));
        }
        for (Found indirect : ctx.indirect(found)) {
            // Reported speech that embeds a quoted fragment is one mixed quote: the whole content clause.
            if (indirect.kind == QuoteKind.DIRECT) {
                found.add(indirect); // speech reported inside a quote: "He said, can I help you with Iran?"
                continue;
            }
            // a fragment ending the clause may close after its final stop: … in the “White House.” (also a short
            // one the first pass left alone: "dismissed the reports as “absolute nonsense.”")
            int end = indirect.span.end();
            List<Span> fragments = new ArrayList<>();
            for (Found f : found) {
                if (isFragment(f)) {
                    fragments.add(f.span);
                }
            }
            for (QuoteScanner.Region r : regions) {
                Span c = r.content();
                if (r.depth() == 0 && r.close() >= 0 && indirect.span.contains(c.start()) && c.end() > end
                        && found.stream().noneMatch(f -> !isFragment(f) && f.span.overlaps(c))) {
                    fragments.add(c); // (not a quote with a speaker of its own)
                }
            }
            for (Span f : fragments) {
                // (or one that ends where the clause does, without its closing mark: calling it “the worst yet”)
                if (indirect.span.contains(f.start()) && f.end() >= end && f.end() - indirect.span.end() <= 2) {
                    end = f.end();
                    if (end < text.length() && "”\"'".indexOf(text.charAt(end)) >= 0) {
                        end += text.startsWith("''", end) ? 2 : 1; // with its closing mark
                    }
                }
            }
            Span span = new Span(indirect.span.start(), end);
            // (a quotation no cue claimed is a fragment too: "According to the polls, 24% want someone who would
            // "tell it like it is"")
            boolean embeds = found.removeIf(f -> isFragment(f) && span.contains(f.span));
            // (another's stance on the same object is no quotation: "proposed a plan, which Hamas rejected")
            boolean quoted = found.stream().anyMatch(f -> f.span.overlaps(span)
                    && !(f.kind == QuoteKind.INDIRECT && f.span.equals(span)));
            // reported speech with a quoted fragment the scan left alone (a scare quote, a short phrase) is mixed
            boolean fragment = regions.stream().anyMatch(r -> r.depth() == 0 && span.contains(r.content()));
            if (!quoted || embeds) {
                // keep the parts, the last one running to the fragment's closing mark
                List<Span> parts = new ArrayList<>(indirect.parts);
                Span last = parts.remove(parts.size() - 1);
                parts.add(new Span(last.start(), end));
                found.add(embeds || fragment
                        ? new Found(span, QuoteKind.MIXED, indirect.attribution, parts, null) : indirect);
            } else if (indirect.parts.size() == 1 && found.stream().filter(f -> f.span.overlaps(span)).allMatch(f ->
                    span.contains(f.span) && f.kind == QuoteKind.DIRECT && f.attribution != null
                    && f.attribution.cueSpan != null && span.contains(f.attribution.cueSpan)
                    && f.attribution.cueSpan.end() <= f.span.start() && CUES.contains(f.attribution.cue)
                    && !f.attribution.cue.equals("call") && f.span.of(text).strip().split("\\s+").length >= 3)) {
                // "Rubio said that Trump told him, “…”": speech quoted inside reported speech; the report is a
                // quote of its own, mixed, and the quotation inside it is the inner speaker's (a cue of speech
                // before it, not a name: "what Mr. Hedge called ''the prior economy model''")
                found.add(new Found(span, QuoteKind.MIXED, indirect.attribution, List.of(span), null));
            } else if (indirect.parts.size() == 1 && indirect.attribution != null
                    && indirect.attribution.cueSpan != null
                    && found.stream().filter(f -> f.span.overlaps(span)).allMatch(f -> f.kind == QuoteKind.MIXED
                    && f.span.start() > span.start() && f.attribution != null
                    && indirect.attribution.cueSpan.equals(f.attribution.cueSpan))) {
                // "He added that Facebook, the biggest social network, has also “been very aggressive …”": the
                // quotation is the reported clause's predicate, one mixed quote with it
                int last = found.stream().filter(f -> f.span.overlaps(span)).mapToInt(f -> f.span.end()).max()
                        .orElse(end);
                if (last > end && last < text.length() && "”\"'".indexOf(text.charAt(last)) >= 0) {
                    last += text.startsWith("''", last) ? 2 : 1; // with its closing mark
                }
                Span whole = new Span(span.start(), Math.max(end, last));
                found.removeIf(f -> f.span.overlaps(span));
                found.add(new Found(whole, QuoteKind.MIXED, indirect.attribution, List.of(whole), null));
            } else if (indirect.parts.size() == 1) {
                // "She said that experts had backed her plans, to which he interjected: “…”": the reported
                // clause ends before a direct quote that starts inside it, at the last comma before the quote
                int first = found.stream().filter(f -> f.span.overlaps(span)).mapToInt(f -> f.span.start()).min().orElse(0);
                int cut = text.lastIndexOf(',', first);
                if (cut <= span.start() + 15) {
                    cut = text.lastIndexOf(':', first); // "asserted that France had lost its identity: “France is …”"
                }
                if (first > span.start() && cut > span.start() + 15) {
                    Span trimmed = new Span(span.start(), cut);
                    if (found.stream().noneMatch(f -> f.span.overlaps(trimmed))) {
                        found.add(new Found(trimmed, indirect.kind, indirect.attribution));
                    }
                }
            }
        }
        for (Found inner : ctx.overlapped) {
            // "She told CNN that she had received threats after Mr. Trump called her a “traitor”": a report inside
            // another's, with a quotation of its own, is its own speaker's too, so the quoted words keep their owner
            Attribution at = inner.attribution;
            if (at == null || at.cueSpan == null || at.mention == null || inner.kind == QuoteKind.DIRECT
                    || !NAMINGS.contains(at.cue) && !at.cue.equals("call")
                    || found.stream().anyMatch(f -> f.attribution != null && at.cueSpan.equals(f.attribution.cueSpan))
                    || regions.stream().noneMatch(r -> r.depth() == 0 && r.close() >= 0
                    && inner.span.contains(r.content()))) {
                continue;
            }
            boolean nested = found.stream().anyMatch(f -> f.span.contains(inner.span) && !f.span.equals(inner.span)
                    && f.span.contains(at.cueSpan) && f.span.contains(at.mention.span()) && f.attribution != null
                    && f.attribution.cueSpan != null && !f.span.contains(f.attribution.cueSpan)
                    && f.attribution.mention != null && !f.attribution.mention.span().equals(at.mention.span()));
            if (nested) {
                found.add(new Found(inner.span, QuoteKind.MIXED, at, inner.parts, null));
            }
        }
        found.sort((x, y) -> x.span.compareTo(y.span));
        ctx.unbindPronouns(found);
        ctx.continueSpeakers(found);
        joinInterrupted(found);
        List<Quote> quotes = new ArrayList<>(found.size());
        for (Found f : found) {
            quotes.add(toQuote(doc, f, quotes.size() + 1));
        }
        return new QuotedArticle(doc, quotes);
    }

    /**
     * Whether a quotation found in the first pass may be a fragment of reported speech: mixed, or with neither cue
     * nor speaker ("As Marcus puts it, Obama is trying to make Republicans "an offer they can't refuse."").
     */
    private static boolean isFragment(Found f) {
        return f.kind == QuoteKind.MIXED || f.attribution == null
                || f.attribution.cueSpan == null && f.attribution.mention == null && f.attribution.entity == null;
    }

    /**
     * Joins each direct quote that continues one interrupted by its attribution (“A,” she said, “B.”) to the quote
     * it continues, as one quote in several parts. {@code found} is in text order; changed in place.
     */
    private static void joinInterrupted(List<Found> found) {
        for (int i = 1; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.continues == null || f.kind != QuoteKind.DIRECT) {
                continue;
            }
            for (int p = i - 1; p >= 0; p--) {
                Found prev = found.get(p);
                // (the quote continued may run through paragraphs, one part each)
                if (prev.kind == QuoteKind.DIRECT && f.continues.contains(prev.parts.get(prev.parts.size() - 1))
                        && prev.span.end() == f.continues.end()) {
                    List<Span> parts = new ArrayList<>(prev.parts);
                    parts.addAll(f.parts);
                    found.set(p, new Found(new Span(prev.span.start(), f.span.end()), prev.kind, prev.attribution,
                            parts, prev.continues));
                    found.remove(i--);
                    break;
                }
            }
        }
    }

    /**
     * A quote found but not yet numbered: its span (covering its parts), kind, attribution, parts, and the
     * content of the quote it continues after an interrupting attribution, or null.
     */
    private record Found(Span span, QuoteKind kind, Attribution attribution, List<Span> parts, Span continues) {
        /** A quote in one part that continues no other. */
        Found(Span span, QuoteKind kind, Attribution attribution) {
            this(span, kind, attribution, List.of(span), null);
        }
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
            if (found.entity != null || found.mention != null) { // "the claim that …" names no one
                // "It said …" after "The report was released Monday": a document has no entity, and the phrase "it"
                // stands for is its name
                Optional<String> name = entity.map(Entity::name)
                        .or(() -> Optional.ofNullable(found.antecedent).map(Mention::text));
                speaker = Optional.of(new Speaker(entity.map(Entity::id), name, Optional.ofNullable(found.mention)));
            }
        }
        Optional<Speaker> addressee = Optional.empty();
        if (found != null && found.addressee != null) {
            Optional<Entity> entity = Optional.ofNullable(found.addresseeEntity);
            addressee = Optional.of(new Speaker(entity.map(Entity::id), entity.map(Entity::name), Optional.of(found.addressee)));
        }
        Optional<SourceType> type = found == null ? Optional.empty() : sourceType(found);
        if (type.equals(Optional.of(SourceType.ANONYMOUS)) && found.mention != null && namesOnly(doc, found.mention.span())) {
            type = Optional.of(SourceType.ORGANIZATION); // "Ukraine, Turkey and the United Nations agreed …"
        }
        return new Quote("Q" + n, f.kind, f.span, f.parts, Quote.joined(text, f.parts), cue, cueSpan, speaker, addressee,
                type);
    }

    /**
     * Whether {@code span} lists two or more names of countries or organizations and nothing else but commas,
     * "and", "or" and articles.
     */
    private static boolean namesOnly(ResolvedArticle doc, Span span) {
        String text = doc.annotated().text();
        List<Mention> names = doc.entities().stream().filter(e -> e.type() != org.dragoman.model.EntityType.PERSON)
                .flatMap(e -> e.mentions().stream()).filter(m -> span.contains(m.span()))
                .sorted(java.util.Comparator.comparingInt(m -> m.span().start())).toList();
        if (names.size() < 2) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        int at = span.start();
        for (Mention m : names) {
            if (m.span().start() < at) {
                return false; // (overlapping mentions)
            }
            rest.append(text, at, m.span().start()).append(' ');
            at = m.span().end();
        }
        rest.append(text, at, span.end());
        return rest.toString().toLowerCase(Locale.ROOT).matches("[\\s,]*((and|or|the)[\\s,]+)*[\\s,]*(and|or|the)?[\\s,]*");
    }

    /** Named person, organization, document or unnamed source, from the speaker's entity or the words naming it. */
    private static Optional<SourceType> sourceType(Attribution found) {
        if (found.entity != null) {
            return Optional.of(found.entity.type() == org.dragoman.model.EntityType.PERSON ? SourceType.NAMED
                    : SourceType.ORGANIZATION);
        }
        if (found.mention == null) {
            // "is expected to …": people the text does not name expect it
            return "expect".equals(found.cue) || PERCEPTIONS.contains(found.cue) || HEARSAY.contains(found.cue)
                    ? Optional.of(SourceType.ANONYMOUS)
                    : Optional.empty();
        }
        String phrase = found.mention.text().toLowerCase(Locale.ROOT);
        String[] words = phrase.split("[\\s,]+");
        if (words.length == 1 && PRONOUNS.contains(words[0])) {
            // "It said …" after "The report was released Monday": the kind of what "it" stands for
            return found.antecedent == null ? Optional.empty() : sourceType(new Attribution(found.cue, found.cueSpan,
                    null, found.antecedent, false, null, null));
        }
        String head = words[words.length - 1];
        for (int i = 1; i < words.length; i++) {
            if (opensPhrase(words[i - 1], words[i], i + 1 < words.length ? words[i + 1] : "")
                    && !(words[i].equals("of") && (QUANTITIES.contains(words[i - 1]) || words[i - 1].equals("group")))
                    || words[i].equals("by") && DOCUMENTS.contains(words[i - 1])) {
                head = words[i - 1]; // but in "a number of senators", "a group of senators" the head is after "of"
                break;
            }
        }
        if (DOCUMENTS.contains(head) || FINDING_SOURCES.contains(head)) {
            return Optional.of(SourceType.DOCUMENT);
        }
        for (String w : words) {
            if (PP_HEADS.contains(w)) {
                break;
            }
            if (DOCUMENTS.contains(w) && !INSTITUTIONS.contains(head) && !PEOPLE.contains(head)) {
                return Optional.of(SourceType.DOCUMENT); // "a Harbor Institute poll last week"
            }
        }
        String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                : head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        if (INSTITUTIONS.contains(head) || INSTITUTIONS.contains(singular)
                || head.equals("staff") && words.length >= 2 && words[words.length - 2].equals("general")) {
            // (also "a group of rights organizations", "aid agencies", "Ukraine's general staff", a command)
            return Optional.of(SourceType.ORGANIZATION);
        }
        String[] written = found.mention.text().split("[\\s,]+");
        if (words.length >= 2 && written.length == words.length && head.equals(words[words.length - 1])
                && Character.isUpperCase(written[words.length - 1].codePointAt(0))
                && INSTITUTIONS.contains(words[words.length - 2])) {
            return Optional.of(SourceType.ORGANIZATION); // "the disability charity Scope": a name the tagger missed
        }
        for (int i = 1; i + 1 < written.length; i++) {
            if (Set.of("for", "against", "without").contains(written[i])
                    && Character.isUpperCase(written[0].codePointAt(0))
                    && Character.isUpperCase(written[i + 1].codePointAt(0))) {
                return Optional.of(SourceType.ORGANIZATION); // "Airlines for America", "Americans for Prosperity"
            }
        }
        return Optional.of(SourceType.ANONYMOUS);
    }

    /**
     * Whether {@code word}, after {@code head} and before {@code next}, opens a phrase after its head noun: "of",
     * "for", "familiar" or "close" before "with" or "to" ("people familiar with the talks", "aides close to him"),
     * "to" after someone who serves ("an aide to the president"); not "a familiar voice", "a close aide".
     */
    private static boolean opensPhrase(String head, String word, String next) {
        if (word.equals("to") && SERVING.contains(head.toLowerCase(Locale.ROOT))) {
            return true; // "a senior aide to the president", "the U.S. ambassador to the UN"
        }
        if (!PP_HEADS.contains(word)) {
            return false;
        }
        return !(word.equals("familiar") || word.equals("close")) || next.equalsIgnoreCase("with")
                || next.equalsIgnoreCase("to");
    }

    /** Who a cue names: the reporting verb's lemma, the speaker's entity (if resolved) and mention as written. */
    private record Attribution(String cue, Span cueSpan, Entity entity, Mention mention, boolean firstPerson,
                               Mention addressee, Entity addresseeEntity, Mention antecedent) {
        Attribution(String cue, Span cueSpan, Entity entity, Mention mention, boolean firstPerson, Mention addressee,
                    Entity addresseeEntity) {
            this(cue, cueSpan, entity, mention, firstPerson, addressee, addresseeEntity, null);
        }
    }

    /** Per-article lookups over tokens, blocks and entities. */
    private static final class Context {
        final ResolvedArticle doc;
        final AnnotatedArticle a;
        final String text;
        final List<Token> tokens;
        final List<QuoteScanner.Region> regions;
        /** Reports that {@link #indirect} found inside another one's span and left out. */
        final List<Found> overlapped = new ArrayList<>();

        Context(ResolvedArticle doc, List<QuoteScanner.Region> regions) {
            this.doc = doc;
            this.a = doc.annotated();
            this.text = a.text();
            this.tokens = a.tokens();
            this.regions = regions;
        }

        /**
         * The parts of a quotation's content, one per paragraph it runs through, without the opening mark that
         * repeats at the start of each paragraph it continues in ("“… beyond.\n\n“We owe it …”").
         */
        List<Span> paragraphParts(Span content) {
            List<Span> parts = new ArrayList<>();
            for (Block block : a.source().blocks()) {
                int start = Math.max(content.start(), block.span().start());
                int end = Math.min(content.end(), block.span().end());
                if (start >= end) {
                    continue;
                }
                if (!parts.isEmpty()) {
                    while (start < end && (Character.isWhitespace(text.charAt(start))
                            || "“\"«‘'".indexOf(text.charAt(start)) >= 0)) {
                        start++;
                    }
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (start < end) {
                    parts.add(new Span(start, end));
                }
            }
            return parts.size() <= 1 ? List.of(content) : List.copyOf(parts);
        }

        /** Whether a colon follows the cue of {@code at} and the one it names: "I tell them: …". */
        boolean colonAfterCue(Attribution at) {
            if (at.cueSpan == null) {
                return false;
            }
            int i = firstTokenFrom(at.cueSpan.end());
            int end = at.addressee == null ? i : firstTokenFrom(at.addressee.span().end());
            return end >= 0 && end < tokens.size() && tokens.get(end).word().equals(":");
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
            if (region.parent() >= 0 && regions.get(region.parent()).close() >= 0
                    && regions.get(region.parent()).close() < tokens.get(j).span().start()) {
                // "“He told me, ‘I don’t need help,’” Jones said": the tokenizer joins both closing marks into
                // one token, and the cue after them is the outer quote's
                return Optional.empty();
            }
            int opening = firstTokenFrom(region.open());
            if (region.content().of(text).strip().endsWith(".") && opening > 0 && inBlock(opening - 1, block)
                    && sentenceStart(opening) < opening && tokens.get(opening - 1).pos().matches("VB.*|JJ|RB|DT|IN")
                    && j == sentenceStart(j)) {
                // "… the levy was “clearly dead.” Vance tweeted …": a fragment closing its sentence has no cue after
                return Optional.empty();
            }
            if (opening > 0 && inBlock(opening - 1, block) && sentenceStart(opening) < opening
                    && tokens.get(opening - 1).pos().matches("CC|IN|DT|JJ.*|NN.*|VB.*|RB|TO|MD")
                    && region.content().of(text).strip().split("\\s+").length <= MAX_SCARE_WORDS
                    && sentenceStart(j) < j && !tokens.get(j).word().equalsIgnoreCase("as")) {
                // "… words like “maybe” and “perhaps”, he told reporters": a fragment inside the clause the cue
                // reports, which the clause takes with it
                return Optional.empty();
            }
            String object = opening > 1 ? tokens.get(opening - 1).word().toLowerCase(Locale.ROOT) : "";
            if (opening > 1 && inBlock(opening - 2, block) && (PERSONAL_OBJECTS.contains(object) || object.equals("it"))
                    && tokens.get(opening - 2).pos().startsWith("VB")
                    && (lemma(opening - 2).equals("call") || NAMINGS.contains(lemma(opening - 2)))) {
                // "…, calling it “a parking lot with flags,” Ines Alvarado said": a name given inside the clause
                // the cue after it reports
                return Optional.empty();
            }
            if (tokens.get(j).word().equalsIgnoreCase("as") && j + 2 < tokens.size()) {
                // "the fact that the race “is a dead heat right now,” as Cruz said on the radio"
                Span np = nounPhraseForward(j + 1, block);
                int cue = np == null ? -1 : firstTokenFrom(np.end());
                if (cue >= 0 && inBlock(cue, block) && isCue(cue) && !tokens.get(cue).pos().equals("VBG")) {
                    return Optional.of(attribution(cue, np));
                }
            }
            if ((tokens.get(j).pos().equals("IN") || tokens.get(j).pos().equals("WDT")) && !isCue(j)) {
                // "“The court expresses no view on the merits” of the case, the opinion said": the sentence goes on
                // past the quote to a comma, then the attribution
                // past a phrase, or a whole clause: "“…” if she didn't win by a wider margin, said Wasserman"
                boolean clause = SUBORDINATORS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
                        || tokens.get(j).pos().equals("WDT"); // "“…” that would respond to requests …, X wrote"
                int reach = clause ? 20 : 8;
                int comma = j + 1;
                while (comma < tokens.size() && comma - j <= reach && inBlock(comma, block) && !isComma(comma)
                        && !isQuoteMark(comma) && !isSentencePunct(comma) && (clause || !isFiniteVerb(comma))) {
                    comma++;
                }
                if (comma >= tokens.size() || !isComma(comma) || comma - j > reach || !inBlock(comma + 1, block)) {
                    return Optional.empty();
                }
                j = comma + 1;
            }
            int opens = firstTokenFrom(region.open());
            if (isCue(j) && (tokens.get(j).pos().equals("VBN") || tokens.get(j).pos().equals("VBD")) && !isComma(j - 1)
                    && opens > sentenceStart(opens) && !region.content().of(text).strip().matches(".*[,?!.]$")
                    && j + 1 < tokens.size() && (isTemporal(j + 1) || tokens.get(j + 1).pos().equals("IN"))) {
                // "said it “ignores the billions in new investment” announced this year": a participle on the
                // fragment's last noun, not who said it
                return Optional.empty();
            }
            if (isCue(j)) {
                Span np = nounPhraseForward(j + 1, block);
                int next = np == null ? -1 : firstTokenFrom(np.end());
                if (np == null || next >= 0 && inBlock(next, block) && isFiniteVerb(next)) {
                    // "Manafort, citing ''the unique magic of Trump,'' said the candidate could be …": the phrase
                    // after the cue is the subject of a reported clause, not a speaker
                    return Optional.empty();
                }
                if (j == sentenceStart(j) && next >= 0 && next + 1 < tokens.size() && (isComma(next)
                        || tokens.get(next).word().equals(":")) && isQuoteMark(next + 1)) {
                    return Optional.empty(); // "“…” Said Comey, “…”": the cue opens the next quote's sentence
                }
                return Optional.of(attribution(j, namedAppositionAfter(np, block)));
            }
            Span np = nounPhraseForward(j, block);
            if (np == null) {
                return Optional.empty();
            }
            int last = lastTokenBefore(np.end());
            if (last > j && MISTAGGED_CUES.containsKey(tokens.get(last).word().toLowerCase(Locale.ROOT))
                    && last + 1 < tokens.size() && (isSentencePunct(last + 1) || isComma(last + 1))) {
                np = spanOf(j, last - 1); // "the two write.": the verb is not part of the speaker
            }
            int k = firstTokenFrom(np.end());
            if (k >= 0 && k + 1 < tokens.size() && (tokens.get(k).word().equals("(") || tokens.get(k).pos().equals("-LRB-"))) {
                // "Rep. Earl Blumenauer (D-Ore.) said": a party tag after the name
                int close = k + 1;
                while (close < tokens.size() && close - k <= 8 && !tokens.get(close).word().equals(")")
                        && !tokens.get(close).pos().equals("-RRB-")) {
                    close++;
                }
                k = close - k <= 8 && close + 1 < tokens.size() ? close + 1 : -1;
            }
            Span speaker = np;
            if (k >= 0 && isComma(k)) {
                // "Mark Rutte, NATO's secretary general, said": skip the apposition; "the bespectacled, 71-year-old
                // diplomat said": adjectives in a row go on with the phrase
                int close = appositionEnd(k, block);
                boolean adjectives = k + 1 < tokens.size() && (tokens.get(k + 1).pos().startsWith("JJ")
                        || tokens.get(k + 1).pos().equals("CD")) && tokens.get(k - 1).pos().startsWith("JJ");
                if (close >= 0) {
                    speaker = namedAppositionAfter(np, block); // "Iran's foreign minister, Abbas Araghchi, said"
                }
                k = close >= 0 ? close + 1 : adjectives ? k + 1 : -1;
            }
            // Adverbs, or a modifier of the speaker ("a senior official involved in the mediation said").
            String quoted = region.content().of(text);
            boolean closedSentence = quoted.endsWith(".");
            // “…,” an angry Hollande retaliated. / “…,” he mocks.: after a quote that ends in a comma, any verb
            // in the past or present tense right after the speaker, ending the sentence, is the verb of speech
            boolean open = quoted.endsWith(",") || quoted.endsWith("?") || quoted.endsWith("!");
            for (int n = 0; k >= 0 && k < tokens.size() && n < 14 && inBlock(k, block); n++, k++) {
                String vpos = tokens.get(k).pos();
                if (open && n == 0 && (vpos.equals("VBD") || vpos.equals("VBZ") || vpos.equals("VBP")) && !isCue(k)
                        && !lemma(k).equals("be")
                        && !lemma(k).equals("have") && k + 1 < tokens.size() && (isSentencePunct(k + 1)
                        || isComma(k + 1) || tokens.get(k + 1).pos().startsWith("RB") && k + 2 < tokens.size()
                        && isSentencePunct(k + 2))) {
                    return Optional.of(attribution(k, speaker));
                }
                String mistagged = k + 1 < tokens.size() && tokens.get(k).pos().startsWith("NN")
                        && (isSentencePunct(k + 1) || isComma(k + 1) || Character.isUpperCase(tokens.get(k).word().charAt(0)))
                        ? MISTAGGED_CUES.get(tokens.get(k).word().toLowerCase(Locale.ROOT)) : null;
                if (mistagged != null) {
                    // "“…,” the two write." / "Murphy, the head of the PAC, Tweeted on Friday": a verb of speech
                    // the tagger took for a noun, ending the attribution
                    return Optional.of(attribution(mistagged, tokens.get(k).span(), speaker));
                }
                if (isCue(k) && !tokens.get(k).pos().equals("VBG")) {
                    // “…?” He answered, “…”: the answer's cue
                    boolean answers = quoted.endsWith("?") && ANSWERING.contains(lemma(k));
                    if ((closedSentence || answers) && k + 2 < tokens.size()
                            && (isComma(k + 1) || tokens.get(k + 1).word().equals(":"))
                            && (isQuoteMark(k + 2) || tokens.get(k + 2).pos().equals("``"))
                            && Character.isUpperCase(tokens.get(firstTokenFrom(region.close() + 1)).word().charAt(0))) {
                        // “… experience.” He adds, “In a campaign …”: a new sentence whose cue opens the next quote
                        return Optional.empty();
                    }
                    // (“… for the long run!” She replied to him that …: a new sentence after "!" or "?" too)
                    // (not “Why are you still endorsing him?” Obama asked Republicans: a name is capitalized anyway)
                    int after = firstTokenFrom(region.close() + 1);
                    boolean ended = closedSentence || (quoted.endsWith("!") || quoted.endsWith("?"))
                            && isSubjectPronoun(after) && Character.isUpperCase(tokens.get(after).word().charAt(0))
                            && thatAfter(k + 1, block) >= 0; // (not "“Too forced?” He tweeted when …")
                    if (ended && (opensClause(afterAside(k + 1, block), block) || objectFollows(k))
                            || !isSpeech(region) && clausePastQuotations(k + 1, block)) {
                        // (and “Sunday Morning Futures,” Rep. Issa said Clinton's …: a show's title, then a clause)
                        // “… soft.” He says referees …, “… now.” Cruz called the KKK “repulsive.”: a new sentence
                        // reporting something else
                        return Optional.empty();
                    }
                    return Optional.of(attribution(k, speaker));
                }
                String pos = tokens.get(k).pos();
                boolean modifier = pos.startsWith("RB") || pos.equals("VBN") || pos.equals("VBG") || pos.equals("IN")
                        || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CC")
                        || pos.equals("PRP$") || pos.equals("POS") || pos.equals("CD")
                        // an auxiliary before the cue: "“…,” Bill Clinton has said"
                        || (pos.equals("MD") || lemma(k).equals("have")) && k + 1 < tokens.size()
                        && (isCue(k + 1) || tokens.get(k + 1).pos().startsWith("RB") || lemma(k + 1).equals("have"));
                if (!modifier) {
                    break;
                }
            }
            return Optional.empty();
        }

        /**
         * The token after an aside between commas opening at {@code i}, ", without evidence, that …"; {@code i} itself
         * when no such aside opens there.
         */
        private int afterAside(int i, Block block) {
            if (i >= tokens.size() || !isComma(i)) {
                return i;
            }
            for (int j = i + 1; j < tokens.size() && j - i <= 8 && inBlock(j, block); j++) {
                if (isComma(j)) {
                    return j > i + 1 && j + 1 < tokens.size() ? j + 1 : i;
                }
                if (isFiniteVerb(j) || isQuoteMark(j) || isSentencePunct(j)) {
                    return i;
                }
            }
            return i;
        }

        /**
         * Whether the quotation opening at token {@code open} is a sentence of its own with an attribution after it:
         * “Again, we need …,” she said (it closes on a comma, a question or an exclamation mark, before more words).
         */
        private boolean attributedQuotationAt(int open, org.dragoman.model.Sentence s) {
            for (int i = open + 2; i + 1 < s.endToken(); i++) {
                if (isClosingMark(i) && (tokens.get(i).pos().equals("''") || tokens.get(i).word().equals("”"))) {
                    String last = tokens.get(i - 1).word();
                    return (last.equals(",") || last.equals("?") || last.equals("!")) && !isSentencePunct(i + 1);
                }
            }
            return false;
        }

        /** An object right after the cue at {@code k}: "called the KKK …", "told reporters …", not "said Monday." */
        private boolean objectFollows(int k) {
            if (k + 1 >= tokens.size()) {
                return false;
            }
            Token t = tokens.get(k + 1);
            return (t.pos().equals("DT") || t.pos().startsWith("NN") || t.pos().equals("PRP") || t.pos().equals("PRP$")
                    || isQuoteMark(k + 1) || t.pos().equals("``")) && !isTemporal(k + 1);
        }

        /**
         * Like {@link #opensClause}, but reading on through quoted words: "said Clinton's “judgment” and “honesty”
         * are in question".
         */
        private boolean clausePastQuotations(int i, Block block) {
            if (i < tokens.size() && TIME_CLAUSES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return false; // "“Too forced?” he tweeted when Clinton ended a debate": the time of the tweet
            }
            for (int x = i; x < tokens.size() && inBlock(x, block) && x - i < 16; x++) {
                if (isSentencePunct(x) || isComma(x) && !(x > 0 && isQuoteMark(x - 1) || x + 1 < tokens.size() && isQuoteMark(x + 1))) {
                    return false;
                }
                if (isFiniteVerb(x) || tokens.get(x).word().equalsIgnoreCase("that")) {
                    return true;
                }
            }
            return false;
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
            boolean punctuated = isComma(k) || tokens.get(k).word().equals(":");
            if (tokens.get(k).word().equals(":")) {
                Span name = nameBeforeColon(k, block);
                if (name != null) {
                    return Optional.of(tagAttribution(k, name)); // "Clinton: “Our goal is …”"
                }
            }
            if (!punctuated && tokens.get(k).word().equalsIgnoreCase("that") && region.close() >= 0) {
                // "said that “top secret” information was found": the clause goes on past the quotation, which is a
                // fragment of it
                int after = firstTokenFrom(region.close() + 1);
                if (after >= 0 && inBlock(after, block) && !isSentencePunct(after) && !isComma(after)
                        && !isQuoteMark(after) && !isDash(after)
                        && !region.content().of(text).strip().matches(".*[.?!,]$")) {
                    return Optional.empty();
                }
            }
            if (!punctuated && REQUESTS.contains(lemma(k)) && tokens.get(k).pos().startsWith("VB") && region.close() >= 0
                    && region.content().of(text).strip().split("\\s+").length <= MAX_SCARE_WORDS) {
                // "urged “all parties” to exercise restraint": whom the request is to, quoted; the request is the
                // content
                int after = firstTokenFrom(region.close() + 1);
                if (after >= 0 && after + 1 < tokens.size() && inBlock(after + 1, block)
                        && tokens.get(after).pos().equals("TO") && tokens.get(after + 1).pos().equals("VB")) {
                    return Optional.empty();
                }
            }
            if (!punctuated && region.close() >= 0 && requestBefore(k, block) >= 0
                    && region.content().of(text).strip().split("\\s+").length <= MAX_SCARE_WORDS) {
                // "ordered the military on Tuesday to respond “forcefully”": the word is the one who orders, in the
                // request, not the reply of those ordered
                return Optional.empty();
            }
            if (punctuated || tokens.get(k).word().equalsIgnoreCase("that")) {
                k--;
            }
            if (punctuated && k >= 1 && tokens.get(k).pos().equals("RB") && isCue(k - 1)
                    && Set.of("only", "simply", "just", "then", "later", "again", "finally").contains(lemma(k))) {
                k--; // "the spokesperson said only: “No comment.”"
            }
            if (k < 0 || !inBlock(k, block)) {
                return Optional.empty();
            }
            // (or an infinitive's quoted adverb: "said the army had been told to respond “strongly.”")
            if (!punctuated && isCue(k) && (OBJECT_CUES.contains(lemma(k)) || k > 0 && tokens.get(k - 1).pos().equals("TO")
                    && region.content().of(text).strip().split("\\s+").length <= MAX_SCARE_WORDS)) {
                // "He said he would offer “a prayer” for the nominee": a quoted object inside the clause an earlier
                // verb of speech reports
                for (int i = sentenceStart(k); i < k; i++) {
                    if (isFiniteVerb(i) && INDIRECT_CUES.contains(lemma(i)) && !OBJECT_CUES.contains(lemma(i))) {
                        return Optional.empty();
                    }
                }
            }
            return cueRightBefore(k, block, punctuated);
        }

        /**
         * A name alone before the colon at {@code colon}, opening its sentence or following a dash: "Clinton: “…”",
         * "- Philip Bump: “…”", "TAPPER: …" in a transcript, "Sen. Mara Quist (R-Iowa): …" with a party tag. At most
         * four words, all capitalized, and a name the recognizer found or a speaker's tag in capitals; null otherwise.
         */
        private Span nameBeforeColon(int colon, Block block) {
            int end = partyTagStart(colon);
            int start = end;
            while (start - 1 >= 0 && end - start < 4 && !nameBoundary(start - 1, block) && !isComma(start - 1)
                    && Character.isUpperCase(tokens.get(start - 1).word().charAt(0)) && !isCue(start - 1)) {
                start--;
            }
            if (start == end || start - 1 >= 0 && !nameBoundary(start - 1, block)) {
                return null;
            }
            Span name = spanOf(start, end - 1);
            String words = name.of(text);
            boolean tag = words.length() >= 2 && words.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && words.chars().anyMatch(Character::isLetter);
            Optional<Entity> entity = doc.mentionWithin(name).flatMap(m -> doc.entityAt(m.span()));
            boolean named = entity.filter(e -> e.type() == org.dragoman.model.EntityType.PERSON).isPresent();
            // "Pew Research:", "- Philip Bump: “…”": a name the recognizer tagged, or proper nouns before a quote
            boolean quoteFollows = colon + 1 < tokens.size() && (isQuoteMark(colon + 1)
                    || tokens.get(colon + 1).pos().equals("``"));
            boolean proper = true;
            for (int i = start; i < end; i++) {
                proper &= tokens.get(i).pos().startsWith("NNP") || isNameWord(i);
            }
            named |= isNameWord(end - 1) || proper && quoteFollows && end - start >= 2;
            boolean place = entity.filter(e -> e.type() == org.dragoman.model.EntityType.LOCATION).isPresent()
                    || tokens.get(start).ner().equals("LOCATION") || tokens.get(start).ner().equals("CITY"); // "BEIRUT:"
            return named || tag && !place && !HEADINGS.contains(words.toLowerCase(Locale.ROOT)) ? name : null;
        }

        /**
         * Where the name before the token at {@code k} ends when a party tag comes between them ("Sen. Mara Quist
         * (R-Iowa):", "GRAHAM (R-S.C.):"): the tag's opening parenthesis; {@code k} when there is no tag.
         */
        private int partyTagStart(int k) {
            if (k < 2 || !tokens.get(k - 1).word().equals(")") && !tokens.get(k - 1).pos().equals("-RRB-")) {
                return k;
            }
            for (int open = k - 2; open >= Math.max(0, k - 7); open--) {
                if (tokens.get(open).word().equals("(") || tokens.get(open).pos().equals("-LRB-")) {
                    String tag = text.substring(tokens.get(open).span().end(), tokens.get(k - 1).span().start()).strip();
                    return PARTY_TAG.matcher(tag).matches() ? open : k;
                }
            }
            return k;
        }

        /** Whether token {@code i} may precede a name before a colon: another block, a stop, a dash or a quote mark. */
        private boolean nameBoundary(int i, Block block) {
            return !inBlock(i, block) || isSentencePunct(i) || isDash(i) || tokens.get(i).word().equals("-")
                    || isQuoteMark(i);
        }

        /**
         * Words quoted between a possessive and a noun of speech: "Obama's “if you like your plan, you can keep it”
         * promise", "Trump's “woman's card” remark". The possessor said them; the noun is the cue.
         */
        Optional<Attribution> possessedQuote(QuoteScanner.Region region) {
            Block block = blockOf(region.open());
            int pos = lastTokenBefore(region.open());
            int noun = region.close() < 0 ? -1 : firstTokenFrom(region.close() + 1);
            if (block == null || pos < 1 || noun < 0 || !inBlock(pos, block) || !inBlock(noun, block)
                    || !tokens.get(pos).pos().equals("POS")
                    || !POSSESSED_SPEECH.contains(tokens.get(noun).word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            int start = nounPhraseStartBackward(pos - 1, block);
            if (start > pos - 1) {
                return Optional.empty();
            }
            Span owner = spanOf(start, pos - 1);
            return canSpeak(owner) ? Optional.of(attribution(lemma(noun), tokens.get(noun).span(), owner))
                    : Optional.empty();
        }

        /** A quote right after a colon that ends a clause with a speaking subject, without a cue (see below). */
        Optional<Attribution> clauseBefore(QuoteScanner.Region region) {
            Block block = blockOf(Math.max(0, region.open() - 1));
            int k = lastTokenBefore(region.open());
            if (k < 1 || block == null || !inBlock(k, block) || !tokens.get(k).word().equals(":")) {
                return Optional.empty();
            }
            return clauseBeforeColon(k, block);
        }

        /** Verbs that take words over as one's own right before a quotation: "citing “…”", "echoing “…”". */
        private static final Set<String> QUOTING = Set.of("cite", "echo", "invoke", "repeat", "quote");

        /** The cue ending at token {@code k} right before a quote ("X insisted,", "according to X,"), if any. */
        private Optional<Attribution> cueRightBefore(int k, Block block, boolean punctuated) {
            // "according to X, “…"
            int npEnd = k;
            int npStart = nounPhraseStartBackward(k, block);
            if (npStart >= 2 && npStart <= npEnd && tokens.get(npStart - 1).word().equalsIgnoreCase("to")
                    && tokens.get(npStart - 2).word().equalsIgnoreCase("according")) {
                return Optional.of(attribution("according to", spanOf(npStart - 2, npStart - 1), spanOf(npStart, npEnd)));
            }
            // "X told reporters: “…": an addressee between the cue and the quote.
            // (not a possessive: "said Clinton's “judgment” is in question" quotes a word of a reported clause)
            if (!isCue(k) && npStart <= npEnd && npStart - 1 >= 0 && inBlock(npStart - 1, block) && isCue(npStart - 1)
                    && !tokens.get(npEnd).pos().equals("POS") && (punctuated || ADDRESSED.contains(lemma(npStart - 1)))) {
                k = npStart - 1;
            }
            if (!isCue(k) && punctuated && npStart <= npEnd && npStart - 2 >= 0 && tokens.get(npStart - 1).pos().equals("IN")
                    && inBlock(npStart - 2, block) && isCue(npStart - 2)) {
                k = npStart - 2; // "said in a statement: “…", not the show in "said on ABC's “This Week” that"
            }
            if (!isCue(k) && punctuated && npStart <= npEnd && npStart - 3 >= 0 && tokens.get(npStart - 1).pos().equals("IN")
                    && inBlock(npStart - 3, block) && isNounPhraseToken(npStart - 2)) {
                // "told him at the meeting, “…", "told reporters in Kyiv: “…": an addressee, then where or when
                int addressee = nounPhraseStartBackward(npStart - 2, block);
                if (addressee >= 1 && addressee <= npStart - 2 && npStart - 2 - addressee < 4 && inBlock(addressee - 1, block)
                        && isCue(addressee - 1) && ADDRESSED.contains(lemma(addressee - 1))) {
                    k = addressee - 1;
                }
            }
            if (!isCue(k) && punctuated && npStart <= npEnd && npStart >= 1 && tokens.get(npStart - 1).word().equalsIgnoreCase("from")
                    && tokens.get(k + 1).word().equals(":") && isDocument(spanOf(npStart, npEnd))) {
                // "From the report: “…”": a document quoted
                return Optional.of(attribution(":", tokens.get(k + 1).span(), spanOf(npStart, npEnd)));
            }
            if (!isCue(k) && punctuated && k >= 2 && tokens.get(k).word().equalsIgnoreCase("it") && lemma(k - 1).equals("put")
                    && tokens.get(k - 1).pos().startsWith("VB")) {
                // "As The Post's Dana Milbank puts it, “…”"
                Span subject = subjectBefore(k - 1, block);
                return subject == null ? Optional.empty()
                        : Optional.of(attribution("put it", spanOf(k - 1, k), subject));
            }
            if (!isCue(k) && tokens.get(k).pos().equals("VBG") && !punctuated && (STANCES.contains(lemma(k))
                    || JUDGEMENTS.containsKey(lemma(k))) && k > 0 && tokens.get(k - 1).pos().startsWith("NN")) {
                // "released a statement Thursday night condemning “what appears to be a terrorist attack”": the words
                // of the statement, its issuer's
                Span subject = subjectOfCue(k, block);
                return subject == null || !canSpeak(subject) ? Optional.empty()
                        : Optional.of(attribution(k, subject));
            }
            if (!isCue(k) && tokens.get(k).pos().startsWith("VB") && QUOTING.contains(lemma(k))) {
                // "Manafort, citing “the unique magic of Trump,” said …": words he quotes as his own
                Span subject = subjectOfCue(k, block);
                return subject == null || !canSpeak(subject) ? Optional.empty()
                        : Optional.of(attribution(k, subject));
            }
            if (!isCue(k)) {
                return Optional.empty();
            }
            if (k + 1 == npStart && npStart <= npEnd && k == sentenceStart(k) && punctuated
                    && !ADDRESSED.contains(lemma(k)) && (canSpeak(spanOf(npStart, npEnd))
                    || Character.isUpperCase(tokens.get(npEnd).word().charAt(0)))) {
                // "Said Comey, “…”", "Stated Stone: “…”": the cue, then its speaker
                return Optional.of(withSurname(attribution(k, spanOf(npStart, npEnd)), spanOf(npStart, npEnd)));
            }
            // "Bush offered a retort on the mogul's favorite medium, tweeting at him, “…”": the participle's subject
            // is the sentence's
            Span subject = tokens.get(k).pos().equals("VBG") && k > 0 && isComma(k - 1) ? subjectOfCue(k, block) : null;
            subject = subject != null ? subject : subjectBefore(k, block);
            if (subject == null) {
                subject = subjectOfCue(k, block); // "Trump joked …, but went on to say, “…”"
            }
            return subject == null ? Optional.empty() : Optional.of(attribution(k, subject));
        }

        /**
         * A quote introduced by a whole clause and a colon: "The governor issued the following statement: “…”",
         * "She went so far as to say: “…”", "He then listed the qualities he wants:". The speaker is the subject of
         * a reporting verb in the clause that can speak (then that verb is the cue), else of the last finite verb
         * before the colon with a subject that can speak (then there is no cue).
         */
        private Optional<Attribution> clauseBeforeColon(int colon, Block block) {
            int start = sentenceStart(colon);
            for (int i = colon - 1; i > start && inBlock(i, block); i--) {
                // "as Jo Lee observed, the winner was not on the stage:": the reporting verb names the speaker
                if (isQuoteMark(i) || isSentencePunct(i)) {
                    break;
                }
                Span subject = isCue(i) && !tokens.get(i).pos().equals("VBG") ? subjectBefore(i, block) : null;
                if (subject != null && canSpeak(subject)) {
                    Attribution at = attribution(i, subject);
                    return at.firstPerson ? Optional.empty() : Optional.of(at);
                }
            }
            for (int i = colon - 1; i > start && inBlock(i, block); i--) {
                if (isQuoteMark(i) || isSentencePunct(i)) {
                    return Optional.empty();
                }
                if (!isFiniteVerb(i)) {
                    continue;
                }
                Span subject = subjectBefore(i, block);
                if (subject != null && canSpeak(subject)) {
                    Attribution at = attribution(null, null, subject);
                    return at.firstPerson ? Optional.empty() : Optional.of(at);
                }
                if (subject != null) {
                    // "Hours after 14 people were killed, the site celebrated the attacks:": the main clause's
                    // subject cannot speak, and one in a clause before it is not the quote's
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        /**
         * The subject right before the cue at token {@code cue}, skipping adverbs and an apposition
         * ("Rutte, NATO's chief, said"); null when there is none.
         */
        private Span subjectBefore(int cue, Block block) {
            Span np = subjectBeforeRaw(cue, block);
            Span relativeOwner = np == null ? null : relativeClauseOwner(np, block);
            np = relativeOwner != null ? relativeOwner : np;
            int self = np == null ? -1 : firstTokenFrom(np.start());
            if (self > 0 && lastTokenBefore(np.end()) == self && inBlock(self - 1, block)
                    && REFLEXIVES.contains(tokens.get(self).word().toLowerCase(Locale.ROOT))
                    && tokens.get(self - 1).pos().startsWith("NN")) {
                int start = nounPhraseStartBackward(self - 1, block);
                np = start <= self - 1 ? spanOf(start, self - 1) : np; // "Musk himself has claimed": Musk
            }
            if (np != null && coordinated(np)) {
                // "Ukraine, Turkey and the United Nations agreed": the list's first items before a comma
                int first = firstTokenFrom(np.start());
                int head = afterDateline(sentenceStart(first), first);
                boolean list = first - 1 > head && isComma(first - 1);
                for (int i = head; list && i < first - 1; i++) {
                    list = inBlock(i, block) && (isComma(i) || tokens.get(i).pos().startsWith("NNP")
                            || tokens.get(i).pos().equals("DT") && i + 1 < first && tokens.get(i + 1).pos().startsWith("NNP"));
                }
                np = list ? new Span(tokens.get(head).span().start(), np.end()) : np;
            }
            if (np != null && doc.mentionWithin(np).isEmpty()) {
                Span named = namedAppositionAfter(np, block);
                int close = named == np ? -1 : firstTokenFrom(named.end());
                if (close >= 0 && close < cue && isComma(close) && cue - close <= 3) {
                    return named; // "And a third, Daniel Traynor, said": the name in apposition
                }
            }
            if (np == null || headCanSpeak(np)) {
                return np;
            }
            // "Sims made a last-minute decision to vote …", "Sanders is releasing a new ad that urges …": a thing
            // that cannot speak, as the object of a verb, speaks for that verb's subject
            int first = firstTokenFrom(np.start());
            int last = firstTokenFrom(np.end()); // (exclusive)
            if (cue > 0 && tokens.get(cue - 1).pos().equals("TO") && java.util.stream.IntStream.range(first, last)
                    .anyMatch(i -> tokens.get(i).pos().startsWith("NN") && WILLING_NOUNS.contains(lemma(i)))) {
                // "Trump's initial failure to denounce …", "renewed his call to view …": the owner of a noun of what
                // its owner wants or does ("invoked Reagan's polling deficit to claim …" is not Reagan's, nor "the
                // Senate's obligation to confirm …")
                for (int i = first; i < last; i++) {
                    if (tokens.get(i).pos().equals("POS") && i > first) {
                        Span owner = spanOf(first, i - 1);
                        return canSpeak(owner) ? owner : np;
                    }
                    if (tokens.get(i).pos().equals("PRP$") && i == first) {
                        return tokens.get(i).span();
                    }
                }
            }
            int verb = first - 1;
            while (verb >= 0 && inBlock(verb, block) && tokens.get(verb).pos().startsWith("RB")) {
                verb--;
            }
            boolean governed = verb >= 0 && inBlock(verb, block) && tokens.get(verb).pos().startsWith("VB") && verb < cue;
            if (!governed && (tokens.get(cue).pos().equals("VBG") || cue > 0 && tokens.get(cue - 1).pos().equals("TO"))) {
                // "Clinton spent much of the run-up to the caucuses portraying Sanders as …", "Ackman bought shares
                // in a bid to persuade …": the subject of the finite verb before, in the same sentence
                int start = sentenceStart(cue);
                for (int v = first - 1; v >= start && first - v <= 15 && inBlock(v, block) && !isQuoteMark(v); v--) {
                    if (isFiniteVerb(v)) {
                        verb = v;
                        governed = true;
                        break;
                    }
                }
            }
            if (!governed) {
                return np;
            }
            Span governing = subjectBeforeRaw(verb, block);
            return governing != null && canSpeak(governing) ? governing : np;
        }

        /**
         * The noun a restrictive relative clause hangs on when {@code np} is that clause's object: in "Farmers who sued
         * the agency said", not the agency but the farmers; null when no such clause ends in {@code np}.
         */
        private Span relativeClauseOwner(Span np, Block block) {
            int first = firstTokenFrom(np.start());
            boolean verb = false;
            int floor = sentenceStart(first);
            for (int i = first - 1; i > floor && first - i <= 8 && inBlock(i, block); i--) {
                String pos = tokens.get(i).pos();
                boolean relative = (tokens.get(i).word().equalsIgnoreCase("who") || pos.equals("WDT")) && verb
                        && inBlock(i - 1, block);
                if (relative && tokens.get(i - 1).word().equalsIgnoreCase("those")) {
                    return tokens.get(i - 1).span(); // "Those who know him well say"
                }
                // (or a clause with no relative pronoun: "An official she spoke to on camera said", "The man she
                // met in Paris said")
                boolean contact = verb && isSubjectPronoun(i) && inBlock(i - 1, block)
                        && tokens.get(i - 1).pos().startsWith("NN") && isFiniteVerb(i + 1);
                if ((relative || contact) && tokens.get(i - 1).pos().startsWith("NN")) {
                    int start = nounPhraseStartBackward(i - 1, block);
                    Span owner = start <= i - 1 ? spanOf(start, i - 1) : null;
                    return owner != null && (canSpeak(owner) || contact && isDocument(owner)) ? owner : null;
                }
                if (pos.startsWith("VB") && !pos.equals("VBG")) {
                    verb = true;
                } else if (verb || !(isNounPhraseToken(i) || pos.equals("IN") || pos.equals("CD")
                        || pos.equals("TO"))) {
                    return null; // (the verb comes right after the relative pronoun, maybe after adverbs)
                }
            }
            return null;
        }

        private Span subjectBeforeRaw(int cue, Block block) {
            int aux = cue - 1;
            while (aux > 0 && (tokens.get(aux).pos().startsWith("RB") || tokens.get(aux).pos().equals("MD")
                    || lemma(aux).equals("have"))) {
                aux--;
            }
            int relative = aux >= 0 ? relativeBeforePhrase(aux, sentenceStart(cue)) : aux;
            if (relative < aux && inBlock(relative, block)) {
                return subjectBeforeRaw(relative + 1, block); // "Alito, who in two earlier opinions had made clear"
            }
            int rel = cue - 1;
            while (rel >= 0 && tokens.get(rel).pos().startsWith("RB")) {
                rel--;
            }
            boolean relativeThat = rel >= 1 && tokens.get(rel).word().equalsIgnoreCase("that")
                    && tokens.get(rel - 1).pos().startsWith("NN") && !tokens.get(rel).pos().equals("DT");
            if (rel >= 1 && inBlock(rel, block) && (RELATIVES.contains(tokens.get(rel).word().toLowerCase(Locale.ROOT))
                    || relativeThat)) {
                // "Chris Christie, who says …": the speaker is the noun the relative clause hangs on
                int before = isComma(rel - 1) ? rel - 2 : rel - 1;
                if (before >= 1 && tokens.get(before).pos().equals("CC") && inBlock(before, block)) {
                    // "a lawmaker whose district went for her but who suggested …": the first relative's noun
                    int sentence = sentenceStart(rel);
                    for (int r = before - 1; r > sentence && before - r <= 20; r--) {
                        String w = tokens.get(r).word().toLowerCase(Locale.ROOT);
                        if (w.equals("who") || w.equals("whose")) {
                            before = isComma(r - 1) ? r - 2 : r - 1;
                            break;
                        }
                    }
                }
                if (before < 0 || !inBlock(before, block)) {
                    return null;
                }
                if (tokens.get(before).word().equalsIgnoreCase("those")) {
                    return tokens.get(before).span(); // "Among those who want a continuation of his policies"
                }
                int start = nounPhraseStartBackward(before, block);
                if (start > before) {
                    return null;
                }
                // "who" names a person: in "the mouth of Donald Trump, who proclaimed" that is Trump
                Span np = spanOf(start, before);
                if (!tokens.get(rel).word().equalsIgnoreCase("who")) {
                    return np;
                }
                Optional<Span> person = headPersonIn(np);
                if (person.isEmpty() && !headCanSpeak(np)) {
                    // "drew criticism from opposition leaders, who called them …": the people after the preposition
                    for (int p = before - 1; p > start; p--) {
                        if (tokens.get(p).pos().equals("IN")) {
                            Span after = spanOf(p + 1, before);
                            return canSpeak(after) ? after : np;
                        }
                    }
                }
                return person.orElse(np);
            }
            int j = cue - 1;
            // Adverbs and a verb chain ending in the cue: "has also said", "declined to say", "went on to tell".
            for (int n = 0; n < 5 && j >= 0 && inBlock(j, block); n++, j--) {
                if (isTemporal(j) && j > 0) {
                    // a time inside the verb chain is not its subject: "tweeted on Friday to say", "said Monday"
                    int t = j;
                    while (t > 0 && inBlock(t - 1, block) && isTemporal(t - 1)) {
                        t--;
                    }
                    if (t > 0 && tokens.get(t - 1).pos().equals("IN")) {
                        t--;
                    }
                    String before = t > 0 && inBlock(t - 1, block) ? tokens.get(t - 1).pos() : "";
                    if (before.startsWith("VB") || before.startsWith("NN") || before.equals("PRP")
                            || before.equals("-RRB-") || t > 0 && tokens.get(t - 1).word().equals(")")) {
                        j = t - 1; // "Trump on Thursday said": the subject is before the time
                    } else if (t > 1 && isComma(t - 1) && inBlock(t - 1, block) && appositionStart(t - 1, block) >= 0) {
                        j = t - 1; // "Beck, who opposed Trump in the primaries, last week said": after an apposition
                    }
                }
                String pos = tokens.get(j).pos();
                boolean chain = pos.startsWith("RB") || pos.equals("TO") || pos.equals("MD") || pos.equals("RP")
                        // "are more likely to say", "was quick to point out", "is unwilling to concede"
                        || pos.startsWith("JJ") && j + 1 < cue && tokens.get(j + 1).pos().equals("TO")
                        || (pos.equals("RBR") || pos.equals("JJR")) && j + 1 < cue && tokens.get(j + 1).pos().startsWith("JJ")
                        || tokens.get(j).word().equalsIgnoreCase("on") && j > 0 && lemma(j - 1).equals("go") // "went on to say"
                        || pos.startsWith("VB") && !pos.equals("VBG") && !isNameWord(j)
                        && !(pos.equals("VBN") && isFiniteVerb(cue)) // "those surveyed said", "voters polled say"
                        // "is continuing to insist", "are trying to say"
                        || pos.equals("VBG") && j + 1 < cue && tokens.get(j + 1).pos().equals("TO") && j > 0
                        && BE.contains(tokens.get(j - 1).word().toLowerCase(Locale.ROOT).replace('’', '\''))
                        || CONTRACTIONS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT).replace('’', '\''))
                        // a floating quantifier: "Jeb Bush and Rick Scott have both supported", "they all said"
                        || Set.of("both", "all", "each").contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
                        && j > 0 && inBlock(j - 1, block) && j > sentenceStart(cue)
                        && (tokens.get(j - 1).pos().startsWith("VB") || tokens.get(j - 1).pos().equals("MD")
                        || tokens.get(j - 1).pos().equals("NNS") || tokens.get(j - 1).pos().equals("NNPS")
                        || tokens.get(j - 1).pos().equals("PRP")
                        // (after two names: "Karzai and Ghani both said")
                        || tokens.get(j - 1).pos().equals("NNP") && tokens.get(j).word().equalsIgnoreCase("both"));
                if (!chain) {
                    break;
                }
            }
            int head = j >= 2 && isComma(j - 1) ? j - 2 : j - 1; // "Sanders of Vermont, who had opposed …"
            if (j >= 1 && j < cue - 1 && head >= 0 && inBlock(head, block)
                    && RELATIVES.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
                    && tokens.get(head).pos().startsWith("NN")) {
                // "an official who spoke anonymously to discuss …": the subject of a verb chain in a relative clause
                int start = nounPhraseStartBackward(head, block);
                Span np = start <= head ? spanOf(start, head) : null;
                return np != null && tokens.get(j).word().equalsIgnoreCase("who") ? headPersonIn(np).orElse(np) : np;
            }
            if (j >= 2 && inBlock(j, block) && (tokens.get(j).word().equals(")") || tokens.get(j).pos().equals("-RRB-"))) {
                // "29 percent (and 43 percent of Republicans) said": an aside that adds to the subject before it
                int open = j - 1;
                while (open > j - 12 && open > 0 && !tokens.get(open).word().equals("(")
                        && !tokens.get(open).pos().equals("-LRB-")) {
                    open--;
                }
                if (open > 0 && open + 1 < j && (tokens.get(open).word().equals("(") || tokens.get(open).pos().equals("-LRB-"))
                        && (tokens.get(open + 1).pos().equals("CC") || tokens.get(open + 1).word().equalsIgnoreCase("including"))
                        && inBlock(open - 1, block)) {
                    j = open - 1;
                }
            }
            int last = j;
            if (j >= 1 && inBlock(j, block) && isDash(j)) {
                // "The Supreme Court justice -- who has been involved in a scuffle -- said": a dashed aside
                int open = j - 1;
                while (open > j - 30 && open > 0 && inBlock(open, block) && !isDash(open) && !isSentencePunct(open)
                        && (!isQuoteMark(open) || quotationOpening(open) > j - 30)) {
                    // (past a quotation inside the aside: "the brand - a business pitched as "the destination" - noted")
                    open = isQuoteMark(open) ? quotationOpening(open) - 1 : open - 1;
                }
                if (open < 1 || !isDash(open) || open == j - 1 || !inBlock(open - 1, block)) {
                    return null;
                }
                last = j - 1;
                j = open - 1;
            }
            int quotedOpen = j >= 0 && inBlock(j, block) ? quotedAppositionStart(j, block) : -1;
            if (quotedOpen >= 0) {
                // "Manafort, citing “the unique magic of Trump,” said …": an apposition ending in a quotation
                last = j;
                j = quotedOpen - 1;
            } else if (j >= 0 && inBlock(j, block) && isComma(j)) {
                // An apposition: the name may be on either side ("Rutte, NATO's chief," / "The prime minister, Keir Starmer,").
                int open = appositionStart(j, block);
                if (open < 0) {
                    return null;
                }
                last = j - 1;
                j = open - 1;
                // a short tag before the apposition: "Rosa Lind, 60, a doctor," / "Mark Dale, R-Ohio, a senator,"
                // (and "Cory James, 22, of Flint, Mich.,": an age, then a hometown)
                for (int tag = 0; tag < 3 && j >= 2 && inBlock(j - 1, block); tag++) {
                    int comma = j;
                    while (comma > j - 4 && comma > 0 && !isComma(comma)) {
                        comma--;
                    }
                    boolean age = comma >= 2 && tokens.get(comma - 1).pos().equals("CD") && isComma(comma - 2)
                            && !isTemporal(comma - 1); // (not the year in "On June 4, 2008, Sanders, who …,")
                    if (!isComma(comma) || comma == j || !inBlock(comma - 1, block)
                            || !tokens.get(comma - 1).pos().startsWith("NNP") && !age || !noFiniteVerb(comma + 1, j + 1)
                            || afterPreposition(comma - 1) // "Speaking in Harlem, Clinton, …": a place, no name
                            || tokens.get(comma + 1).pos().equals("DT")) {
                        break;
                    }
                    j = comma - 1;
                }
            }
            if (j < 0 || !inBlock(j, block)) {
                return null;
            }
            int quotedSubject = isClosingMark(j) ? quotationOpening(j) : -1;
            final int closeMark = j;
            int opener = quotedSubject - 1; // what opens the subject's place: the sentence, a comma, "while", "and"
            if (quotedSubject >= 0 && j - quotedSubject <= 4 && inBlock(quotedSubject, block)
                    && java.util.stream.IntStream.range(closeMark + 1, cue).allMatch(x -> lemma(x).equals("have")
                    || tokens.get(x).pos().startsWith("RB") || tokens.get(x).pos().equals("MD"))
                    && (quotedSubject == sentenceStart(cue) || opener >= 0 && !lemma(opener).equals("as")
                    && (isComma(opener) || SUBORDINATORS.contains(lemma(opener))
                    || tokens.get(opener).pos().equals("CC")))) {
                return spanOf(quotedSubject, j); // "…, while “several” argued that …": a quoted word as subject
            }
            int end = j;
            if (tokens.get(j).word().equals(")") || tokens.get(j).pos().equals("-RRB-")) {
                // "Sen. Claire McCaskill (D-Mo.) said": the name is before the parenthesis
                int open = j - 1;
                while (open > j - 20 && open >= 0 && !tokens.get(open).word().equals("(") && !tokens.get(open).pos().equals("-LRB-")) {
                    open--;
                }
                if (open <= j - 20 || open < 1 || !inBlock(open - 1, block)) {
                    return null;
                }
                j = open - 1;
            }
            if (STANDALONE_SUBJECTS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT)) && (j == 0
                    || !inBlock(j - 1, block) || !(tokens.get(j - 1).pos().startsWith("NN")
                    || tokens.get(j - 1).pos().startsWith("JJ") || tokens.get(j - 1).pos().equals("DT")
                    || tokens.get(j - 1).pos().equals("POS") || tokens.get(j - 1).pos().equals("IN")
                    && !SUBORDINATORS.contains(tokens.get(j - 1).word().toLowerCase(Locale.ROOT))))) {
                return spanOf(j, j); // "another says there are about 1,800", "Several said they would rather …"
            }
            int quantity = quantityStart(j, block);
            if (quantity >= 0) {
                return spanOf(quantity, end); // "Nearly nine out of 10 say", "one in five said"
            }
            end = j; // the party tag in "Sen. Claire McCaskill (D-Mo.)" is not part of the name
            if (tokens.get(j).pos().equals("VBN") && j >= 1 && inBlock(j - 1, block)) {
                // "those surveyed said", "voters polled say": a participle after the subject
                if (tokens.get(j - 1).word().equalsIgnoreCase("those")) {
                    return spanOf(j - 1, end);
                }
                if (tokens.get(j - 1).pos().startsWith("NN")) {
                    // with the time it goes with: "A UN report published on Thursday found"
                    int after = j + 1;
                    while (after < cue && (isTemporal(after) || tokens.get(after).pos().equals("IN")
                            && after + 1 < cue && isTemporal(after + 1))) {
                        after++;
                    }
                    end = after == cue && after > j + 1 ? cue - 1 : end;
                    j--;
                }
            }
            int start = nounPhraseStartBackward(j, block);
            if (start > j) {
                return null;
            }
            boolean participle = tokens.get(cue).pos().equals("VBG");
            if (start >= 3 && PREPOSITIONS.contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT))
                    && isComma(start - 2) && inBlock(start - 3, block) && !participle) {
                // (but in "…, with 47 percent saying" the phrase after "with" is the one saying it)
                // "Clinton, during a town hall in Ohio, said": the phrase after the preposition is no subject
                int before = nounPhraseStartBackward(start - 3, block);
                if (before <= start - 3) {
                    return spanOf(before, start - 3);
                }
            }
            if (!participle && start >= 3 && inBlock(start - 3, block) && tokens.get(start - 1).pos().equals("IN")
                    && tokens.get(start - 2).pos().equals("VBN") && tokens.get(start - 3).pos().startsWith("NN")
                    && !headCanSpeak(spanOf(start, end))) {
                // "A senior Egyptian official involved in the mediation, who …, said": the one involved speaks
                int outer = nounPhraseStartBackward(start - 3, block);
                if (outer <= start - 3 && headCanSpeak(spanOf(outer, start - 3))) {
                    return spanOf(outer, start - 3);
                }
            }
            if (participle && start >= 3 && inBlock(start - 3, block) && tokens.get(start - 1).pos().equals("IN")
                    && !tokens.get(start - 1).word().equalsIgnoreCase("with")
                    && MESSAGES.contains(lemma(start - 2))) {
                // "wrote in a statement to Wired explaining why …": the statement explains, not its addressee
                int verb = nounPhraseStartBackward(start - 2, block) - 1;
                while (verb >= 1 && tokens.get(verb).pos().equals("IN") && verb > start - 8) {
                    verb--; // "wrote in a statement"
                }
                if (verb >= 0 && inBlock(verb, block) && tokens.get(verb).pos().startsWith("VB")
                        && !tokens.get(verb).pos().equals("VBG")) {
                    Span governing = subjectBefore(verb, block);
                    if (governing != null) {
                        return governing;
                    }
                }
            }
            if (participle && start >= 1 && inBlock(start - 1, block)) {
                // "X released an ad calling …", "X put out a statement saying …", "X emailed supporters saying …":
                // a message X sent, or a message sent to others, speaks for X
                int verb = tokens.get(start - 1).pos().equals("RP") ? start - 2 : start - 1;
                boolean message = MESSAGES.contains(lemma(end)) || verb >= 0 && SENDING.contains(lemma(verb));
                if (message && verb >= 0 && inBlock(verb, block) && tokens.get(verb).pos().startsWith("VB")
                        && !tokens.get(verb).pos().equals("VBG") && !isCue(verb)) {
                    Span governing = subjectBefore(verb, block);
                    if (governing != null) {
                        return governing;
                    }
                }
            }
            if (tokens.get(start).pos().equals("CD") && start + 1 <= end) {
                int share = quantityStart(start, block); // "about 6 in 10 white men"
                if (share >= 0 && share < start) {
                    start = share;
                }
            }
            start = coordinatedStart(start, block);
            Span np = spanOf(start, end);
            // a proper noun in the head, not in a modifier: "The head of the super PAC backing Jeb Bush, Mike Murphy,"
            boolean properNoun = false;
            for (int i = start; i <= end; i++) {
                if (i > start && (ppHead(i) || tokens.get(i).pos().equals("VBG"))) {
                    break;
                }
                // (a possessor is no head: "Iran's foreign minister, Abbas Araghchi, wrote")
                properNoun = !tokens.get(i).pos().equals("POS")
                        && (properNoun || tokens.get(i).pos().startsWith("NNP"));
            }
            int appositionStart = firstTokenFrom(np.end()) + 1;
            Span apposition = last != j && appositionStart <= last ? spanOf(appositionStart, last) : null;
            // "One pastor supporting Mr. Cruz, Darran Whiting of …, said": the name before is an object in a modifier
            boolean objectInModifier = start > 0 && (tokens.get(start - 1).pos().equals("VBG")
                    || tokens.get(start - 1).pos().equals("VBN") || tokens.get(start - 1).pos().equals("IN"));
            if (apposition != null && isDocument(np)) {
                // "A commentary in the People's Daily, the party's flagship newspaper, accused": the commentary
                return np;
            }
            if (apposition != null && (doc.mentionWithin(np).isEmpty() || !properNoun
                    || startsWithPerson(apposition) && (!isPersonName(tokens.get(end).span()) || objectInModifier))) {
                // "The prime minister, Keir Starmer, said": the name is in the apposition
                // ", without naming her rival," is an adjunct, not a name in apposition
                if (apposition != null && namesInApposition(apposition)
                        && !PREPOSITIONS.contains(tokens.get(appositionStart).word().toLowerCase(Locale.ROOT))
                        && !tokens.get(appositionStart).pos().equals("VBG")
                        // (nor a participle: "The report, released by the Institute for Fiscal Studies, said")
                        && !tokens.get(appositionStart).pos().equals("VBN")
                        && !RELATIVES.contains(tokens.get(appositionStart).word().toLowerCase(Locale.ROOT))) {
                    return apposition;
                }
            }
            return np;
        }

        /**
         * The start of a coordinated subject whose last conjunct starts at {@code start}: "Zelenskyy and several
         * European heads of state", "Politicians and even some technologists", "Smith, Jones and Lee". The first
         * conjunct must open the clause (at the sentence start, or after a comma, colon, "that" or a subordinator),
         * so that in "Trump met Putin and officials said" the subject stays "officials".
         */
        private int coordinatedStart(int start, Block block) {
            int cc = start - 1;
            while (cc > 0 && inBlock(cc, block) && tokens.get(cc).pos().startsWith("RB")) {
                cc--; // "and even", "and also"
            }
            if (cc < 1 || !inBlock(cc - 1, block) || !tokens.get(cc).pos().equals("CC")
                    || !(tokens.get(cc).word().equalsIgnoreCase("and") || tokens.get(cc).word().equalsIgnoreCase("or"))) {
                return start;
            }
            int p = cc - 1;
            boolean serialComma = isComma(p);
            if (serialComma) {
                p--;
            }
            int first = -1;
            for (int item = 0; item < 4 && p >= 0 && inBlock(p, block); item++) {
                int q = nounPhraseStartBackward(p, block);
                if (q > p || p - q > 6) {
                    break;
                }
                if (opensSubject(q - 1, start, block)) {
                    return q;
                }
                if (item == 0 && !serialComma && isComma(q - 1)) {
                    first = q; // "In Macau, Adelson and Trump said", unless a list goes on to the clause's start
                }
                if (!isComma(q - 1)) {
                    break;
                }
                p = q - 2; // "A, B and C"
            }
            return first >= 0 ? first : start;
        }

        /** Whether a subject may start right after token {@code before}: at a sentence or clause opening. */
        private boolean opensSubject(int before, int start, Block block) {
            return before < 0 || !inBlock(before, block) || before < sentenceStart(start) || isSentencePunct(before)
                    || isQuoteMark(before) || tokens.get(before).word().equals(":")
                    || tokens.get(before).word().equalsIgnoreCase("that")
                    || SUBORDINATORS.contains(tokens.get(before).word().toLowerCase(Locale.ROOT));
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
            int next = region.close() >= 0 ? firstTokenFrom(region.close()) + 1 : -1;
            while (next > 0 && next < tokens.size() && tokens.get(next).pos().startsWith("RB")) {
                next++;
            }
            if (next > 0 && next < tokens.size() && inBlock(next, block) && isIndirectCue(next) && isFiniteVerb(next)) {
                // "…, the minutes said, while “several” argued that …": the subject of its own cue
                return Optional.empty();
            }
            int k = lastTokenBefore(region.open());
            while (k >= 0 && inBlock(k, block)) {
                String w = tokens.get(k).word();
                if (w.equals(".") || w.equals("!") || w.equals("?") || isQuoteMark(k) || w.equals("”")) {
                    return Optional.empty();
                }
                boolean cue = isCue(k) || isIndirectCue(k) && !isPassive(k);
                int request = cue ? requestBefore(k, block) : -1;
                if (request >= 0) {
                    k = request; // "ordered the military to respond “forcefully”": the one who orders
                }
                if (cue) {
                    // "…, saying it is time for a “real conservative”": the speaker is the subject of the verb before;
                    // "greeted supporters and told them that they'd “build …”": of the first verb
                    Span subject = subjectOfCue(k, block);
                    return subject == null ? Optional.empty() : Optional.of(attribution(k, subject));
                }
                Span owner = ownerOfNounCue(k, block);
                if (owner != null) {
                    return Optional.of(attribution(lemma(k), tokens.get(k).span(), owner));
                }
                k--;
            }
            return Optional.empty();
        }

        /**
         * The verb of request whose object the infinitive at {@code k} follows ("ordered the military on Tuesday to
         * respond"), or -1 when {@code k} is no such infinitive.
         */
        private int requestBefore(int k, Block block) {
            if (k < 3 || !tokens.get(k).pos().equals("VB") || !tokens.get(k - 1).pos().equals("TO")) {
                return -1;
            }
            int p = k - 2;
            while (p > 0 && k - p <= 8 && inBlock(p, block) && (isNounPhraseToken(p) || isTemporal(p)
                    || tokens.get(p).pos().equals("IN") && isTemporal(p + 1))) {
                p--;
            }
            return p < k - 2 && inBlock(p, block) && tokens.get(p).pos().startsWith("VB") && REQUESTS.contains(lemma(p))
                    ? p : -1;
        }

        /**
         * Whose speech a noun at token {@code k} reports when a that-clause follows it: "her remark that “…”",
         * "the senator's March comment that, “…”" (the owner); null for any other token or without an owner.
         */
        private Span ownerOfNounCue(int k, Block block) {
            if (!tokens.get(k).pos().startsWith("NN") || !NOUN_CUES.contains(lemma(k)) || k + 1 >= tokens.size()
                    || !tokens.get(k + 1).word().equalsIgnoreCase("that")) {
                return null;
            }
            int before = k - 1;
            while (before > k - 4 && before >= 0 && inBlock(before, block)
                    && (tokens.get(before).pos().startsWith("JJ") || tokens.get(before).pos().equals("NNP"))) {
                before--; // "her March comment", "his repeated claim"
            }
            if (before < 0 || !inBlock(before, block)) {
                return null;
            }
            if (tokens.get(before).pos().equals("PRP$")) {
                return tokens.get(before).span();
            }
            if (tokens.get(before).pos().equals("POS") && before >= 1) {
                int start = nounPhraseStartBackward(before - 1, block);
                return start <= before - 1 ? spanOf(start, before - 1) : null;
            }
            return null;
        }

        /**
         * The person named in apposition right after a speaker that names no one ("said another leading advocate,
         * Andrew Pincus of Mayer Brown"), else {@code np} itself.
         */
        private Span namedAppositionAfter(Span np, Block block) {
            int last = lastTokenBefore(np.end());
            int comma = firstTokenFrom(np.end());
            if (last < 0 || tokens.get(last).pos().startsWith("NNP") || comma < 0 || !isComma(comma)
                    || !inBlock(comma + 1, block)) {
                return np;
            }
            Span name = nounPhraseForward(comma + 1, block);
            if (name == null) {
                return np;
            }
            return startsWithPerson(name) ? name : np;
        }

        /** The mentions of people in the article. */
        private java.util.stream.Stream<Mention> personMentions() {
            return doc.entities().stream().filter(e -> e.type() == org.dragoman.model.EntityType.PERSON)
                    .flatMap(e -> e.mentions().stream());
        }

        /** Whether a person's mention opens {@code span}: "Darran Whiting of Liberty Baptist Church". */
        private boolean startsWithPerson(Span span) {
            return personMentions().anyMatch(m -> m.span().start() == span.start() && span.contains(m.span()));
        }

        /**
         * Whether a short noun phrase that can speak starts at {@code j} and is followed by a finite verb of
         * reporting: "a third said", "other voters say", "more than 4 in 10 said".
         */
        /** {@link #speakerThenCue}, or a subject pronoun and a finite cue: "…, though he conceded that …". */
        private boolean anyoneThenCue(int j, org.dragoman.model.Sentence s) {
            int v = j + 1;
            while (v < s.endToken() && v - j <= 2 && tokens.get(v).pos().startsWith("RB")) {
                v++;
            }
            return j < s.endToken() && isSubjectPronoun(j) && v < s.endToken() && isIndirectCue(v) && isFiniteVerb(v)
                    || speakerThenCue(j, s);
        }

        private boolean speakerThenCue(int j, org.dragoman.model.Sentence s) {
            int v = j;
            if (v + 2 < s.endToken() && atLeast(v)) {
                v += 2; // "…, and at least 1,200 said …"
            }
            while (v < s.endToken() && v - j < 7 && (isNounPhraseToken(v) && !isSubjectPronoun(v)
                    || v > j && (tokens.get(v).word().equals("in") || tokens.get(v).word().equals("of")
                    || tokens.get(v).word().equals("than")) || tokens.get(v).pos().equals("JJR")
                    || tokens.get(v).pos().startsWith("RB") && v == j)) {
                v++;
            }
            int subjectEnd = v; // (before the adverbs: "— the actress also pointed out …")
            if (v > j && v + 2 < s.endToken() && isComma(v) && tokens.get(v - 1).pos().startsWith("NNP")
                    && tokens.get(v + 1).pos().equals("DT")) {
                // "…, while Pro Asyl, a German refugee advocacy group, said …": an apposition on a name
                int close = v + 2;
                while (close < s.endToken() && close - v <= 10 && (isNounPhraseToken(close) || ppHead(close))) {
                    close++;
                }
                if (close + 1 < s.endToken() && isComma(close)) {
                    v = close + 1;
                }
            }
            while (v < s.endToken() && v > j && tokens.get(v).pos().startsWith("RB")) {
                v++;
            }
            // "…, and others have said …", "… while aides will say …": an auxiliary before the cue
            int cue = v;
            while (cue < s.endToken() && cue - v < 3 && (tokens.get(cue).pos().equals("MD") || cue > v
                    && tokens.get(cue).pos().startsWith("RB") || (lemma(cue).equals("have") || lemma(cue).equals("do"))
                    && tokens.get(cue).pos().startsWith("VB"))) {
                cue++;
            }
            boolean auxiliary = cue > v && cue < s.endToken() && INDIRECT_CUES.contains(lemma(cue))
                    && (tokens.get(cue).pos().equals("VBN") || tokens.get(cue).pos().equals("VB"));
            // (or what is described: "…, and aid groups have described mass executions")
            boolean describing = cue < s.endToken() && DESCRIBING.contains(lemma(cue)) && (isFiniteVerb(cue)
                    || cue > v && tokens.get(cue).pos().equals("VBN"));
            // (or a naming or a judgement: "…, while Nigel Farage called the deal “a humiliation”")
            // (a judgement with its preposition: not "…, where Russian forces attacked Kharkiv")
            boolean naming = v + 1 < s.endToken() && isFiniteVerb(v) && (JUDGEMENTS.containsKey(lemma(v))
                    && prepositionAfterObject(v + 1, s, JUDGEMENTS.get(lemma(v)))
                    || lemma(v).equals("call") && namingComplement(v + 1, s) > v + 1);
            return v > j && v < s.endToken()
                    && (isIndirectCue(v) && isFiniteVerb(v) || auxiliary || naming || describing)
                    && subjectEnd > j && canSpeak(spanOf(j, subjectEnd - 1));
        }

        /**
         * Whether a named person and a finite verb open at {@code j}: after ", while" in a report, another person's act
         * the writer sets beside it ("…,” while Justice Amy Coney Barrett pressed the lawyer on …").
         */
        private boolean personActs(int j, org.dragoman.model.Sentence s) {
            int v = j;
            while (v < s.endToken() && v - j < 6 && tokens.get(v).pos().startsWith("NNP")) {
                v++;
            }
            if (v > j && v + 2 < s.endToken() && (tokens.get(v).pos().equals("POS") || tokens.get(v).pos().equals("NN"))) {
                // "Taiwan's president, Lai Ching-te, thanked …": a title, then the name set off by commas
                while (v < s.endToken() && v - j < 8 && (tokens.get(v).pos().equals("POS")
                        || tokens.get(v).pos().startsWith("NN") || tokens.get(v).pos().startsWith("JJ"))) {
                    v++;
                }
                int name = v + 1;
                if (v < s.endToken() && isComma(v) && name < s.endToken() && tokens.get(name).pos().startsWith("NNP")) {
                    while (name < s.endToken() && (tokens.get(name).pos().startsWith("NNP")
                            || tokens.get(name).pos().equals("HYPH"))) { // "Lai Ching-te"
                        name++;
                    }
                    v = name < s.endToken() && isComma(name) ? name + 1 : v;
                }
            }
            return v > j && v < s.endToken() && tokens.get(v).pos().equals("VBD")
                    && doc.mentionWithin(spanOf(j, v - 1)).flatMap(m -> doc.entityAt(m.span()))
                    .filter(e -> e.type() == org.dragoman.model.EntityType.PERSON).isPresent();
        }

        /**
         * Whether the verb at {@code i} is in a clause reported without "that": in "Byrne also wrote the agents knew
         * to brace …", "knew" is, its subject following "wrote".
         */
        private boolean inReportedClause(int i, Block block, int sentenceStart) {
            int before = beforeSubject(i, block);
            if (before > sentenceStart && tokens.get(before).word().equalsIgnoreCase("that")
                    && !tokens.get(before - 1).pos().startsWith("NN")) { // (not a relative: "a charge that X denied")
                // "said the warning was indicative that the President did not know …": a clause inside the report
                return java.util.stream.IntStream.range(sentenceStart, before)
                        .anyMatch(j -> isIndirectCue(j) && isFiniteVerb(j));
            }
            return before > sentenceStart && isIndirectCue(before) && isFiniteVerb(before);
        }

        /** The token right before the subject of the verb at {@code i}, or -1 when it has none. */
        private int beforeSubject(int i, Block block) {
            Span subject = subjectBeforeRaw(i, block);
            return subject == null ? -1 : firstTokenFrom(subject.start()) - 1;
        }

        /**
         * Whether the verb at {@code i} is in a subordinate clause after the main one: "talked over them as they
         * answered questions and assured …", "gave no details about how he planned …, saying …".
         */
        private boolean inSubordinateClause(int i, Block block, int sentenceStart) {
            int before = beforeSubject(i, block);
            if (before <= sentenceStart) {
                return false;
            }
            String opener = tokens.get(before).word().toLowerCase(Locale.ROOT);
            return (SUBORDINATORS.contains(opener) || WH_WORDS.contains(opener)) && hasFiniteVerb(sentenceStart, before);
        }

        /**
         * Whether the cue at {@code i} is a person's naming in a relative clause on the object that the participle at
         * {@code k} right after it goes on with: "…, which Mr. Trump called “a disgrace,” blaming Bloomberg".
         */
        private boolean namingRelative(int i, int k, Block block) {
            int before = beforeSubject(i, block);
            if (before <= 0 || !tokens.get(before).word().equalsIgnoreCase("which") || !isComma(before - 1)
                    || !(lemma(i).equals("call") || JUDGEMENTS.containsKey(lemma(i)))) {
                return false;
            }
            Span subject = subjectBeforeRaw(i, block);
            return subject != null && isPersonSubject(subject) && noFiniteVerb(i + 1, k);
        }

        /** Whether token {@code i} lies in a quotation other than the one numbered {@code quote} (or -1, none). */
        private boolean inOtherQuote(int i, int quote) {
            int q = EntityResolver.innermost(regions, tokens.get(i).span().start());
            return q >= 0 && q != quote;
        }

        /**
         * Whether the head noun of {@code np}, before any preposition, is spelled as an abstract noun ("the criticism
         * of …", "the announcement", "his opposition"), which no one is.
         */
        private boolean abstractHead(Span np) {
            int head = -1;
            for (int i = firstTokenFrom(np.start()); i >= 0 && i <= lastTokenBefore(np.end()); i++) {
                if (tokens.get(i).pos().equals("IN")) {
                    break;
                }
                head = tokens.get(i).pos().startsWith("NN") ? i : head;
            }
            String w = head < 0 ? "" : tokens.get(head).word().toLowerCase(Locale.ROOT);
            return head >= 0 && tokens.get(head).pos().startsWith("NN") && !tokens.get(head).pos().startsWith("NNP")
                    && java.util.stream.Stream.of("ion", "ism", "ment", "ity", "ance", "ence", "ness")
                    .anyMatch(w::endsWith);
        }

        /** Whether a person's name ends noun phrase {@code subject}: "Mrs. Clinton", "the senator, Mike Lee". */
        private boolean isPersonSubject(Span subject) {
            return personMentions().anyMatch(m -> subject.contains(m.span()) && m.span().end() == subject.end());
        }

        /** Whether {@code span} lies inside a person's mention: all of "Mike Murphy", or its last word. */
        private boolean isPersonName(Span span) {
            return personMentions().anyMatch(m -> m.span().contains(span));
        }

        /**
         * The person heading {@code np}: "the mouth of Donald Trump" (a phrase with "of" before the name), "Sen. Marco
         * Rubio of Florida" (the name before a prepositional phrase); none in "an Abraham Lincoln impersonator".
         */
        private Optional<Span> headPersonIn(Span np) {
            return personIn(np).filter(m -> {
                int next = firstTokenFrom(m.end());
                // not a name modifying a noun after it, or a possessor ("Trump's aide")
                String after = next < 0 ? "" : tokens.get(next).pos();
                return m.end() == np.end() || !after.startsWith("NN") && !after.equals("POS");
            });
        }

        /** The last mention of a person inside {@code np}, if any. */
        private Optional<Span> personIn(Span np) {
            return personMentions().map(Mention::span).filter(np::contains)
                    .max(java.util.Comparator.comparingInt(Span::start));
        }

        /**
         * The first token of a survey share ending at {@code j} ("nearly nine out of 10", "one in five", "half",
         * "a third", "most"), or -1 when the words before {@code j} are not one.
         */
        private int quantityStart(int j, Block block) {
            String last = tokens.get(j).word().toLowerCase(Locale.ROOT);
            if (!tokens.get(j).pos().equals("CD") && !QUANTITIES.contains(last)) {
                return -1;
            }
            int i = j;
            while (i - 1 >= 0 && j - i < 6 && inBlock(i - 1, block)) {
                Token t = tokens.get(i - 1);
                String w = t.word().toLowerCase(Locale.ROOT);
                if (t.pos().equals("CD") || t.pos().equals("HYPH") || w.equals("out") || w.equals("of") || w.equals("in") || w.equals("a")
                        || w.equals("nearly") || w.equals("almost") || w.equals("about") || w.equals("roughly")
                        || w.equals("over") || w.equals("more") || w.equals("than") || w.equals("just")
                        || w.equals("only") || w.equals("fewer") || w.equals("less")) {
                    i--;
                } else {
                    break;
                }
            }
            if (i == j && tokens.get(j).pos().equals("CD")) {
                return -1; // a bare number: "in 2016 said" is not a share
            }
            // the share must open its clause, not end a longer noun phrase ("the 10 said" is not one)
            if (i - 1 >= 0 && inBlock(i - 1, block)) {
                String pos = tokens.get(i - 1).pos();
                if (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS")) {
                    return -1;
                }
            }
            return i;
        }

        /**
         * The comma closing an apposition opened by the comma at {@code comma}, or -1: verbless and at most 14
         * tokens, a relative clause, or a noun phrase whose verbs are in relative clauses (at most 36 tokens).
         */
        private int appositionEnd(int comma, Block block) {
            for (int i = comma + 1; i < tokens.size() && i - comma <= 36 && inBlock(i, block); i++) {
                if (isComma(i)) {
                    boolean relative = RELATIVES.contains(tokens.get(comma + 1).word().toLowerCase(Locale.ROOT));
                    return i > comma + 1 && (relative || i - comma <= 24 && noFiniteVerb(comma + 1, i)
                            || verbsOnlyInRelativeClauses(comma + 1, i)) ? i : -1;
                }
                if (i > comma + 1 && isQuoteMark(i) && tokens.get(i).pos().equals("``")) {
                    // a short name in quotation marks: "Bill Eastland, wearing “Ted Cruz” campaign pins, said"
                    int close = i + 1;
                    while (close < tokens.size() && close - i < 6 && !isQuoteMark(close) && !isClosingMark(close)
                            && !isComma(close) && !isSentencePunct(close)) {
                        close++;
                    }
                    if (close < tokens.size() && close > i + 1 && isClosingMark(close)) {
                        i = close;
                        continue;
                    }
                }
                if (isQuoteMark(i) || isSentencePunct(i)) {
                    return -1;
                }
            }
            return -1;
        }

        /** The token of the opening mark of the quotation whose closing mark is token {@code mark}, or -1. */
        private int quotationOpening(int mark) {
            Span closing = tokens.get(mark).span();
            for (QuoteScanner.Region r : regions) {
                if (r.close() >= closing.start() && r.close() < closing.end()) {
                    int open = firstTokenFrom(r.open());
                    return open < mark ? open : -1;
                }
            }
            return -1;
        }

        /**
         * Whether an apposition names its own speaker: a name not inside a prepositional phrase ("The prime
         * minister, Keir Starmer,"), not "a former prosecutor in Ohio".
         */
        private boolean namesInApposition(Span apposition) {
            return doc.entities().stream().flatMap(e -> e.mentions().stream())
                    .filter(m -> apposition.contains(m.span()))
                    .anyMatch(m -> {
                        int first = firstTokenFrom(m.span().start());
                        int next = firstTokenFrom(m.span().end());
                        // (not a name that modifies the head noun: "a German refugee advocacy group")
                        boolean modifier = next >= 0 && tokens.get(next).span().end() < apposition.end()
                                && tokens.get(next).pos().startsWith("NN") && !tokens.get(next).pos().startsWith("NNP");
                        return first >= 0 && !modifier && (first == 0 || !tokens.get(first - 1).pos().equals("IN")
                                || tokens.get(first - 1).span().start() < apposition.start());
                    });
        }

        /**
         * The comma opening an apposition that ends in a quotation closed at token {@code mark}, with the comma
         * inside the marks: "Manafort, citing “the unique magic of Trump,” said …", "The senator, who called the
         * plan “a disaster,” said …", "Ms. Reyes, the author of “Open Borders,” said …"; or -1.
         */
        private int quotedAppositionStart(int mark, Block block) {
            if (mark < 2 || !isClosingMark(mark) || !isComma(mark - 1)) {
                return -1;
            }
            Span closing = tokens.get(mark).span();
            for (QuoteScanner.Region r : regions) {
                if (r.close() < closing.start() || r.close() >= closing.end()) {
                    continue;
                }
                int open = firstTokenFrom(r.open());
                for (int c = open - 1; open >= 0 && c >= 0 && open - c <= 12 && inBlock(c, block); c--) {
                    if (isQuoteMark(c) || isSentencePunct(c)) {
                        return -1;
                    }
                    if (isComma(c)) {
                        if (c + 1 >= open || c == 0 || !inBlock(c - 1, block)) {
                            return -1;
                        }
                        String pos = tokens.get(c + 1).pos();
                        boolean relative = RELATIVES.contains(tokens.get(c + 1).word().toLowerCase(Locale.ROOT));
                        return relative || pos.equals("VBG") || pos.equals("VBN") || noFiniteVerb(c + 1, open) ? c : -1;
                    }
                }
                return -1;
            }
            return -1;
        }

        /**
         * Whether the comma at {@code i} is followed by a speaker (maybe with an apposition) and a finite verb of
         * speech that ends the sentence: "…, its chief spokesman, Tomas Reyes, told The Harbor Gazette."
         */
        private boolean closingAttributionAfter(int i, org.dragoman.model.Sentence s) {
            int n = i + 1 < s.endToken() && isClosingMark(i + 1) ? i + 2 : i + 1; // (or after a quote's closing mark)
            int v = n;
            while (v < s.endToken() && v - n <= 14 && (isNounPhraseToken(v) || isComma(v))) {
                v++;
            }
            if (v == n || v >= s.endToken() || !isIndirectCue(v) || !isFiniteVerb(v) || !canSpeak(spanOf(n, n))
                    && !canSpeak(spanOf(n, v - 1))) {
                return false;
            }
            for (int r = v + 1; r < s.endToken(); r++) {
                if (r - v > 10 || isFiniteVerb(r) || tokens.get(r).word().equalsIgnoreCase("that")) {
                    return false;
                }
                if (tokens.get(r).pos().equals("IN")
                        && TIME_CLAUSES.contains(tokens.get(r).word().toLowerCase(Locale.ROOT))) {
                    return true; // "…, Susan said as she turned around": the speaking's own time
                }
            }
            return true;
        }

        /** Where a clause ends (exclusive) at the comma {@code i} before a closing attribution, with a closing mark. */
        private int endBeforeAttribution(int i) {
            return isClosingMark(i + 1) ? i + 2 : i;
        }

        /** Whether "at least" or "at most" starts at token {@code i}. */
        private boolean atLeast(int i) {
            return i + 1 < tokens.size() && tokens.get(i).word().equalsIgnoreCase("at")
                    && (tokens.get(i + 1).word().equalsIgnoreCase("least") || tokens.get(i + 1).word().equalsIgnoreCase("most"));
        }

        /** A short noun phrase and then a finite verb from {@code i}, before {@code end}: "most are", "the party has". */
        private boolean subjectThenVerb(int i, int end) {
            // (after a quantity's opener: "at least 21,000 said", "nearly half said")
            if (i + 2 < end && atLeast(i)) {
                i += 2;
            } else if (i + 1 < end && tokens.get(i).pos().startsWith("RB") && isNounPhraseToken(i + 1)) {
                i++;
            }
            for (int v = i; v < end && v - i <= 3; v++) {
                if (v > i && isFiniteVerb(v)) {
                    return true;
                }
                if (!isNounPhraseToken(v) || tokens.get(v).pos().equals("PRP$")) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether the reported clause at token {@code c} sits in a subordinate clause that opens its sentence
         * ("Although in September she said …, …"): no comma between the subordinator and the clause.
         */
        private boolean frontedClause(org.dragoman.model.Sentence s, int c) {
            int first = s.firstToken();
            while (first < c && (isQuoteMark(first) || tokens.get(first).pos().equals("``"))) {
                first++;
            }
            if (first + 2 < c && tokens.get(first).pos().startsWith("RB") && isComma(first + 1)) {
                first += 2; // "Interestingly, after the mayor said …, engineers closed it"
            }
            if (first >= c || !FRONTED_SUBORDINATORS.contains(tokens.get(first).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (int i = first + 1; i < c; i++) {
                if (isComma(i) || isQuoteMark(i) || isDash(i)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a clause of its own follows the semicolon at {@code i}: a finite verb soon, with no comma before
         * it (not a list: "Trump University, which is …; his clothing line, some of which is made …").
         */
        private boolean clauseAfterSemicolon(int i, org.dragoman.model.Sentence s) {
            for (int j = i + 1; j < s.endToken() && j - i <= 15; j++) {
                if (isComma(j) || tokens.get(j).word().equals(";")) {
                    return false;
                }
                if (isFiniteVerb(j)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a main clause starts at token {@code i}: a subject and its verb, maybe after a short phrase. */
        private boolean mainClauseAt(int i, org.dragoman.model.Sentence s) {
            if (subjectThenVerb(i, s.endToken())) {
                return true;
            }
            if (i >= s.endToken() || !tokens.get(i).pos().equals("IN")) {
                return false;
            }
            // "…, at the town hall this week she said …"
            for (int j = i + 1; j + 1 < s.endToken() && j - i <= 8; j++) {
                if (isComma(j) || isQuoteMark(j)) {
                    return false;
                }
                if (isSubjectPronoun(j) && isFiniteVerb(j + 1)) {
                    return true;
                }
            }
            return false;
        }

        /** A noun and a relative "who" within {@code reach} tokens from {@code i}: "centrists who were angry". */
        private boolean relativeAhead(int i, int reach) {
            for (int r = i + 1; r < tokens.size() && r - i <= reach; r++) {
                if (tokens.get(r).word().equalsIgnoreCase("who") && tokens.get(r - 1).pos().startsWith("NN")) {
                    return true;
                }
                if (!isNounPhraseToken(r)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A verb opening a clause or a new predicate at {@code i}, before {@code end}: "did note", "he urges",
         * "has said"; not a participle or gerund going on with an object ("and cutting spending").
         */
        private boolean verbAfter(int i, int end) {
            int v = i;
            if (v < end && (isSubjectPronoun(v) || tokens.get(v).pos().startsWith("RB"))) {
                v++;
            }
            while (v < end && tokens.get(v).pos().startsWith("RB")) {
                v++;
            }
            if (v >= end) {
                return false;
            }
            String pos = tokens.get(v).pos();
            return pos.equals("MD") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
                    || pos.equals("VB") && v > i && isSubjectPronoun(i);
        }

        /** A comma, a closing quotation mark and a finite verb from token {@code i}: "… “a disaster,” said …". */
        private boolean commaQuoteThenVerb(int i) {
            return i + 2 < tokens.size() && isComma(i) && isClosingMark(i + 1) && isFiniteVerb(i + 2);
        }

        /** A comma right before token {@code i}, or one inside closing marks right before it ("“terrible,” denounced"). */
        private boolean commaBefore(int i) {
            return i > 0 && isComma(i - 1) || i > 1 && isClosingMark(i - 1) && isComma(i - 2);
        }

        private boolean isClosingMark(int i) {
            String w = tokens.get(i).word();
            return w.equals("”") || w.equals("''") || w.equals("\"") || w.equals("»") || w.equals("’");
        }

        /**
         * Whether a quoted fragment opens at token {@code open} and the clause goes on after it: "“top secret”
         * information was found", not a whole quoted sentence ("“The port will reopen.”").
         */
        private boolean fragmentOpens(int open, org.dragoman.model.Sentence s) {
            for (int i = open + 1; i + 1 < s.endToken() && i - open <= 12; i++) {
                if (isClosingMark(i) && !tokens.get(i).pos().equals("``")) {
                    String last = tokens.get(i - 1).word();
                    return i > open + 1 && !last.matches("[.?!,;:]") && !isSentencePunct(i + 1) && !isComma(i + 1)
                            && !isQuoteMark(i + 1);
                }
            }
            return false;
        }

        /** Whether token {@code i} is a proper noun the recognizer took for a place: "Colorado", "Aurora". */
        private boolean isPlace(int i) {
            String ner = tokens.get(i).ner();
            return tokens.get(i).pos().startsWith("NNP") && (ner.equals("LOCATION") || ner.equals("CITY")
                    || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE"));
        }

        /** The comma opening an apposition closed by the comma at {@code comma}, or -1. */
        private int appositionStart(int comma, Block block) {
            boolean inner = false; // past a comma inside the apposition: only a relative clause may hold one
            boolean afterPlace = false; // past "Aurora, Colorado,": a phrase with a preposition may hold one too
            for (int i = comma - 1; i >= 0 && comma - i <= 36 && inBlock(i, block); i--) {
                if (isComma(i)) {
                    String next = i + 1 < comma ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
                    boolean relative = RELATIVES.contains(next) || next.equals("whose");
                    if (inner) {
                        if (relative || afterPlace && i + 1 < comma && tokens.get(i + 1).pos().equals("IN")) {
                            // "Mr. Slinker, whose latest start-up, Paradata, uses big data …, said" (and "Clinton,
                            // during a town hall in Dayton, Ohio, on Monday, said")
                            return i;
                        }
                        continue;
                    }
                    // "John Archer, wearing a T-shirt covered/VBD in buttons, said": a participle phrase
                    // or "Mr. Trump, asked/VBN about the deaths of journalists, had said"
                    String open = i + 1 < comma ? tokens.get(i + 1).pos() : "";
                    boolean participle = (open.equals("VBG") || open.equals("VBN") || open.equals("VBD")
                            && i + 2 < comma && (tokens.get(i + 2).pos().equals("IN") || tokens.get(i + 2).pos().equals("TO")))
                            // (after a common noun too: "A White House official, asked about the decision, said")
                            && i > 0 && tokens.get(i - 1).pos().startsWith("NN");
                    if (i < comma - 1 && tokens.get(i + 1).pos().equals("CC") && !inner) {
                        // "Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed Trump,": the second
                        // verb of a relative clause opened before
                        for (int r = i - 1; r > 0 && comma - r <= 36 && inBlock(r, block) && !isSentencePunct(r)
                                && !isQuoteMark(r); r--) {
                            if (isComma(r) && RELATIVES.contains(tokens.get(r + 1).word().toLowerCase(Locale.ROOT))) {
                                return r;
                            }
                        }
                    }
                    if (i >= 2 && i < comma - 1 && tokens.get(i + 1).pos().equals("IN") && isComma(i - 2)
                            && isPlace(i - 1)) {
                        // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said": a place's
                        // state, then more of the clause that holds it
                        inner = true;
                        afterPlace = true;
                        continue;
                    }
                    if (i < comma - 1 && (relative || comma - i <= 24 && noFiniteVerb(i + 1, comma)
                            || comma - i <= 14 && participle || verbsOnlyInRelativeClauses(i + 1, comma))) {
                        return i;
                    }
                    inner = true;
                    continue;
                }
                if (isClosingMark(i) && i < comma - 1) {
                    // a short name in quotation marks: "Bill Eastland, wearing “Ted Cruz” campaign pins, said"
                    // (its comma may sit inside them: "Hemsley, the co-author of “Going Viral,” about …, said")
                    int open = isComma(i - 1) ? i - 2 : i - 1;
                    while (open > i - 6 && open >= 0 && !isQuoteMark(open) && !isClosingMark(open) && !isComma(open)
                            && !isSentencePunct(open)) {
                        open--;
                    }
                    if (open >= 0 && open < i - 1 && isQuoteMark(open) && tokens.get(open).pos().equals("``")) {
                        i = open;
                        continue;
                    }
                }
                if (isQuoteMark(i) || isSentencePunct(i)) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * "a cyber security expert who has helped investigate the breaches": a noun phrase whose finite verbs all
         * follow a relative pronoun inside it.
         */
        private boolean verbsOnlyInRelativeClauses(int from, int to) {
            boolean relative = false;
            boolean noun = false;
            for (int i = from; i < to; i++) {
                String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
                if (!relative && (tokens.get(i).pos().startsWith("NN") || w.equals("those"))) {
                    noun = true; // "Those who now have the right to vote"
                }
                if (noun && (RELATIVES.contains(w) || w.equals("whose") || w.equals("that") && tokens.get(i).pos().equals("WDT"))) {
                    relative = true;
                }
                if (isFiniteVerb(i) && !relative || isQuoteMark(i)) {
                    return false;
                }
            }
            return noun && relative;
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
                    if (usedCues.contains(t.span()) || k > s.firstToken() + 1 && hyphenated(k) && !t.pos().equals("VBN")) {
                        continue; // (not the last part of a compound: "truth-telling"; but "a Johnson-backed lawsuit")
                    }
                    if (lemma(k).equals("show") && k + 1 < s.endToken() && tokens.get(k + 1).word().equalsIgnoreCase("up")) {
                        continue; // "voters reliably show up": turn up, no showing
                    }
                    if (otherSense(k, s)) {
                        continue; // "denied him a victory", "admit Syrian refugees", "answered the call"
                    }
                    Found f = null;
                    int tagged = t.word().equals(":") ? partyTagStart(k) : k; // (before a party tag)
                    if (k == s.firstToken() + 1 || tagged <= s.firstToken() + 4 && t.word().equals(":")) {
                        Found headline = speakerColon(s, k, block);
                        if (headline != null) {
                            out.add(headline);
                            break;
                        }
                    }
                    if (tagged <= s.firstToken() + 4 && t.word().equals(":") && block.kind() == Block.Kind.PARAGRAPH) {
                        Found turn = transcriptTurn(s, k, block);
                        if (turn != null) {
                            addUnlessOverlapping(out, turn);
                            break;
                        }
                    }
                    if (t.word().equalsIgnoreCase("asked") && (k == s.firstToken() || k == s.firstToken() + 1
                            && tokens.get(k - 1).word().equalsIgnoreCase("when")
                            || k == s.firstToken() + 2 && tokens.get(k - 1).word().equalsIgnoreCase("when")
                            && tokens.get(k - 2).pos().equals("CC"))) {
                        Found question = askedOpener(s, k, block, null);
                        if (question != null) {
                            addUnlessOverlapping(out, question);
                            continue;
                        }
                    }
                    if (t.word().equalsIgnoreCase("asked") && k - 2 >= s.firstToken() && isComma(k - 1)
                            && tokens.get(k - 2).pos().startsWith("NN")) {
                        // "Mr. Trump, asked by reporters whether …, said": the question put to the subject
                        int start = nounPhraseStartBackward(k - 2, block);
                        Found question = start == s.firstToken()
                                ? askedOpener(s, k, block, spanOf(start, k - 2)) : null;
                        if (question != null) {
                            addUnlessOverlapping(out, question);
                            continue;
                        }
                    }
                    if ((t.word().equalsIgnoreCase("asked") || t.word().equalsIgnoreCase("questioned"))
                            && k + 2 < s.endToken() && tokens.get(k + 1).word().equalsIgnoreCase("about")) {
                        Found question = askedAbout(s, k, block);
                        if (question != null) {
                            addUnlessOverlapping(out, question);
                            continue;
                        }
                    }
                    if (lemma(k).equals("put") && k + 2 < s.endToken() && tokens.get(k + 1).word().equalsIgnoreCase("it")) {
                        Found put = asOnePutsIt(s, k, block);
                        if (put != null) {
                            addUnlessOverlapping(out, put);
                            continue;
                        }
                    }
                    if (k == s.firstToken() && t.word().equalsIgnoreCase("as")) {
                        Found reported = asReportedBy(s, k, block);
                        if (reported != null) {
                            addUnlessOverlapping(out, reported);
                            break;
                        }
                    }
                    if (HEARSAY.contains(t.word().toLowerCase(Locale.ROOT)) && t.pos().startsWith("RB")) {
                        Found hearsay = hearsay(s, k, block);
                        if (hearsay != null) {
                            addUnlessOverlapping(out, hearsay);
                            continue;
                        }
                    }
                    if (t.word().equalsIgnoreCase("expected")) {
                        Found expectation = passiveExpectation(s, k, block);
                        if (expectation != null) {
                            addUnlessOverlapping(out, expectation);
                            continue;
                        }
                    }
                    // "a plan, which Hamas rejected": a stance on the relative's noun, not the clause before it
                    boolean gap = t.pos().startsWith("VB") && STANCES.contains(lemma(k))
                            && relativeGapObject(k, s, block) != null;
                    if (t.word().equalsIgnoreCase("according") && k + 1 < s.endToken()
                            && tokens.get(k + 1).word().equalsIgnoreCase("to")) {
                        f = accordingTo(s, k, block);
                    } else if (t.word().equalsIgnoreCase("in")) {
                        f = inFindings(s, k, block); // "In a Register poll, Cruz had a lead", "Trump leads in the polls"
                    } else if (isIndirectCue(k)) {
                        f = gap ? objectComplement(s, k, block) : clauseAfterCue(s, k, block);
                        if (f == null && !gap && !lemma(k).equals("make")) {
                            f = clauseBeforeCue(s, k, block);
                        }
                        if (f == null && !gap && !lemma(k).equals("make")) {
                            f = parentheticalInside(s, k, block);
                        }
                    }
                    if (f == null && t.pos().startsWith("VB")) {
                        f = objectComplement(s, k, block);
                    }
                    if (f == null && t.pos().startsWith("VB") && LIGHT_VERBS.contains(lemma(k))) {
                        f = lightVerbSpeech(s, k, block); // "made no mention of Bush", "made the case that …"
                    }
                    // "…, election records show." (a verb the tagger may take for a noun, at the end of the sentence)
                    if (f == null && FINDINGS.contains(lemma(k)) && (t.pos().startsWith("VB") || t.pos().startsWith("NN")
                            && k + 1 < s.endToken() && isSentencePunct(k + 1) && tokens.get(k - 1).pos().startsWith("NN"))) {
                        f = clauseBeforeCue(s, k, block);
                    }
                    if (f == null && (t.pos().startsWith("JJ") || t.pos().equals("VBN"))) {
                        f = adjectiveStance(s, k, block); // "is critical of the deal"
                    }
                    if (f == null && (t.pos().startsWith("JJ") || t.pos().equals("VBN"))) {
                        f = adjectiveClause(s, k, block); // "are optimistic that he'll make a comeback"
                    }
                    if (f == null && t.pos().equals("VBN")) {
                        // (before a plain stance: "was criticized by the opposition for the delay" is judged for)
                        f = passiveJudgement(s, k, block); // "The governor was widely criticized for his handling"
                    }
                    if (f == null && t.pos().equals("VBN")) {
                        f = passiveStance(s, k, block); // "The bill, opposed by House Republicans, …"
                    }
                    if (f == null && t.pos().equals("VBN")) {
                        f = passivePerception(s, k, block); // "The kingdom is viewed as a bulwark"
                    }
                    if (f == null && t.pos().equals("VBN") && lemma(k).equals("report")) {
                        f = reportedBy(s, k, block); // "The meeting was first reported by Politico."
                    }
                    if (f == null && t.pos().equals("VBN") && lemma(k).equals("ask")) {
                        f = askedBy(s, k, block); // "Rubio was asked by the moderator whether …"
                    }
                    if (f == null && t.pos().startsWith("NN") && BACKING.contains(t.word().toLowerCase(Locale.ROOT))) {
                        f = backingReceived(s, k, block); // "Cruz won the endorsement of Bob Vander Plaats"
                    }
                    if (f == null && t.pos().startsWith("NN")) {
                        f = nounComplement(s, k, block);
                        if (f == null) {
                            f = nounStance(s, k, block);
                        }
                        if (f == null) {
                            f = criticismDrawn(s, k, block); // "The plan drew criticism from Berlin"
                        }
                    }
                    if (f != null && f.attribution.cueSpan != null && runsOutOfItsQuotation(f)) {
                        f = null; // "“We show anger, we show emotion,” said Harvey, who …": not "show" with an object
                    }
                    if (f != null && (notToBeNamed(firstTokenFrom(f.span.start()))
                            || participleOnMedium(k, s, block))) {
                        // "who asked not to be named because …": a source's terms, not what it said; "In a video
                        // posted on X, the mayor said …": how the words came out, not who spoke them
                        f = null;
                    }
                    Found candidate = f;
                    int after = candidate == null ? -1 : firstTokenFrom(candidate.span.end());
                    // (but "Sandu has accused Moscow of …, a charge the Kremlin denies" keeps Sandu's accusation)
                    boolean aside = after >= 0 && writersAside(after, s.endToken()) >= 0;
                    if (candidate != null && !aside && ("according to".equals(candidate.attribution.cue)
                            || candidate.attribution.cueSpan != null
                            && candidate.attribution.cueSpan.start() >= candidate.span.end()
                            || parenthetical(candidate))) {
                        // "X performed well among voters who believe that …, according to exit polls": the
                        // whole sentence is the poll's, the belief inside it is part of what it reports; so is
                        // "Trump's accusation that …" in "Trump's accusation that … imperiled troops, Biden said."
                        // (a naming inside keeps its own speaker: "… calling Trump “an orange buffoon,” Susan said")
                        out.removeIf(o -> candidate.span.contains(o.span) && (!o.span.equals(candidate.span)
                                || o.attribution.cueSpan != null && candidate.span.contains(o.attribution.cueSpan))
                                && overlapped.add(o));
                    }
                    if (candidate != null && candidate.span.length() > 0 && out.stream().noneMatch(o ->
                            "according to".equals(o.attribution.cue) && o.attribution.mention != null
                            && o.attribution.mention.span().contains(candidate.span))) {
                        // not "That's according to fundraising reports … that the campaign is filing": the
                        // source's own relative clause is no report's content
                        if (gap && out.stream().noneMatch(o -> o.span.overlaps(candidate.span)
                                && !o.span.equals(candidate.span))) {
                            out.add(candidate); // (also when "a plan" is the object of another's stance: "proposed")
                        } else if (!addUnlessOverlapping(out, candidate)) {
                            overlapped.add(candidate);
                        }
                    }
                }
            }
            return out;
        }

        /**
         * Whether {@code f} is a clause around its attribution set off by commas: "Like his comments about Mr. Curiel,
         * Mr. Graham said, Mr. Trump's jabs … were unacceptable" (not "The tribunal is expected to rule", whose cue
         * also stands between its two parts).
         */
        private boolean parenthetical(Found f) {
            Span cue = f.attribution.cueSpan;
            return f.parts.size() == 2 && cue != null && cue.start() >= f.parts.get(0).end()
                    && cue.end() <= f.parts.get(1).start()
                    && text.substring(f.parts.get(0).end(), cue.start()).contains(",");
        }

        /** Whether a reported clause or object whose cue is inside a quotation runs on past the quotation's end. */
        private boolean runsOutOfItsQuotation(Found f) {
            int region = EntityResolver.innermost(regions, f.attribution.cueSpan.start());
            return region >= 0 && regions.get(region).close() >= 0 && f.span.end() > regions.get(region).content().end();
        }

        /** Adds {@code found} unless it overlaps one already in {@code out}; whether it was added. */
        private static boolean addUnlessOverlapping(List<Found> out, Found found) {
            boolean free = out.stream().noneMatch(o -> o.span.overlaps(found.span));
            if (free) {
                out.add(found);
            }
            return free;
        }

        /**
         * A speaker's turn in a transcript: "TAPPER: Donald Trump released a video on Friday. Take a listen." The
         * words after the colon, to the end of the paragraph, are the speaker's own; a quotation mark after the
         * colon makes it an ordinary direct quote instead.
         */
        private Found transcriptTurn(org.dragoman.model.Sentence s, int colon, Block block) {
            if (colon + 1 >= tokens.size() || !inBlock(colon + 1, block) || isQuoteMark(colon + 1)
                    || tokens.get(colon + 1).pos().equals("``")) {
                return null;
            }
            Span name = nameBeforeColon(colon, block);
            if (name == null || firstTokenFrom(name.start()) != s.firstToken()) {
                return null;
            }
            int last = colon + 1;
            while (last + 1 < tokens.size() && inBlock(last + 1, block)) {
                last++;
            }
            if (last - colon < 3 || subhead(colon, last, block)) {
                return null;
            }
            return new Found(spanOf(colon + 1, last), QuoteKind.DIRECT, tagAttribution(colon, name));
        }

        /**
         * Whether the paragraph "Name: words" ending at token {@code last} is a subhead, not a turn: a few words with
         * no finite verb ("Sanders: Win in a walk.", "Carson: A miracle."), with no turn in the paragraphs around it.
         */
        private boolean subhead(int colon, int last, Block block) {
            int before = lastTokenBefore(block.span().start());
            if (last - colon > 8 || block.kind() != Block.Kind.PARAGRAPH || before < 0
                    || blockOf(tokens.get(before).span().start()).kind() == Block.Kind.TITLE) {
                // (the headline, or a paragraph right after it, may well be one: "Reid: Never underestimate Trump.")
                return false;
            }
            for (int i = colon + 1; i <= last; i++) {
                if (isQuoteMark(i) || isFiniteVerb(i) && !(i == colon + 1 && tokens.get(i).pos().equals("VBP"))) {
                    return false; // (an imperative the tagger read as present: "Win/VBP in a walk")
                }
            }
            return !turnOpens(before) && !turnOpens(firstTokenFrom(block.span().end()));
        }

        /** Whether the paragraph holding token {@code i} opens with a name and a colon. */
        private boolean turnOpens(int i) {
            Block b = i < 0 || i >= tokens.size() ? null : blockOf(tokens.get(i).span().start());
            int first = b == null ? -1 : firstTokenFrom(b.span().start());
            for (int c = first; c >= 0 && c < tokens.size() && c - first <= 10 && inBlock(c, b); c++) {
                if (tokens.get(c).word().equals(":") && partyTagStart(c) - first <= 4) {
                    return c > first && (nameBeforeColon(c, b) != null // (an interviewer's "Q:" too)
                            || c == first + 1 && tokens.get(first).word().matches("[QA]"));
                }
            }
            return false;
        }

        /**
         * The speaker of a tag before a colon; a tag in capitals ("FALLIN") is the person of the article whose
         * name ends with that word, when there is exactly one.
         */
        private Attribution tagAttribution(int colon, Span name) {
            return withSurname(attribution(":", tokens.get(colon).span(), name), name);
        }

        /** The attribution {@code at} to {@code name}, resolved if need be to the one person of that surname. */
        private Attribution withSurname(Attribution at, Span name) {
            if (at.entity != null) {
                return at;
            }
            String[] words = name.of(text).split("\\s+");
            String last = words[words.length - 1];
            List<Entity> people = doc.entities().stream()
                    .filter(e -> e.type() == org.dragoman.model.EntityType.PERSON)
                    .filter(e -> {
                        String[] n = e.name().split("\\s+");
                        return n.length > 1 && n[n.length - 1].equalsIgnoreCase(last);
                    }).toList();
            return people.size() == 1 ? new Attribution(at.cue, at.cueSpan, people.get(0), at.mention, false, null, null)
                    : at;
        }

        /**
         * A question put to the subject of the main clause by someone the text does not name: "Asked whether he
         * was concerned, Ban demurred", "When asked why, Sembler responded …". The question is the quote, its asker
         * unknown (or named after "by": "Asked by Stephanopoulos to respond, Carson said …"), its addressee the
         * main clause's subject: {@code subject} when the question is an apposition on it ("Mr. Trump, asked by
         * reporters whether …, said"), else the noun phrase after the question's comma.
         */
        private Found askedOpener(org.dragoman.model.Sentence s, int k, Block block, Span subject) {
            int c = k + 1;
            Span asker = null;
            if (c < s.endToken() && tokens.get(c).word().equalsIgnoreCase("by")) {
                asker = nounPhraseForward(c + 1, block);
                if (asker == null) {
                    return null;
                }
                c = firstTokenFrom(asker.end());
                for (int pp = 0; pp < 2 && c + 1 < s.endToken() && tokens.get(c).pos().equals("IN")
                        && !Set.of("about", "if", "whether").contains(lemma(c)); pp++) {
                    Span place = nounPhraseForward(c + 1, block); // "asked by reporters aboard Air Force One whether"
                    if (place == null) {
                        break;
                    }
                    c = firstTokenFrom(place.end());
                }
            }
            while (c < s.endToken() && tokens.get(c).pos().startsWith("RB")) {
                c++; // "Asked specifically what …"
            }
            if (c >= s.endToken()) {
                return null;
            }
            String first = tokens.get(c).word().toLowerCase(Locale.ROOT);
            if (!(first.equals("if") || first.equals("whether") || first.equals("about") || WH_WORDS.contains(first)
                    || tokens.get(c).pos().equals("TO")) || subject != null && first.equals("about")) {
                return null; // (but "A White House official, asked about the decision, said …" asks nothing quoted)
            }
            int comma = c + 1;
            int quotes = 0;
            boolean inside = false; // the comma inside a closing quotation: "… on “CBS This Morning,” Sanders said"
            while (comma < s.endToken() && !(isComma(comma) && quotes % 2 == 0) && !isSentencePunct(comma)) {
                if (isComma(comma) && comma + 1 < s.endToken() && isClosingMark(comma + 1)) {
                    inside = true;
                    break;
                }
                quotes += isQuoteMark(comma) || tokens.get(comma).word().equals("”") ? 1 : 0;
                comma++;
            }
            if (comma >= s.endToken() || !isComma(comma) || comma + (inside ? 2 : 1) >= s.endToken()) {
                return null;
            }
            int verb = comma + (inside ? 2 : 1);
            while (subject != null && verb < s.endToken() && tokens.get(verb).pos().startsWith("RB")) {
                verb++;
            }
            if (subject != null && (verb >= s.endToken() || !isFiniteVerb(verb))) {
                return null; // (the main clause goes on with the subject's verb)
            }
            Span addressee = subject != null ? subject : nounPhraseForward(comma + (inside ? 2 : 1), block);
            Attribution at = asker == null ? new Attribution("ask", tokens.get(k).span(), null, null, false, null, null)
                    : attribution("ask", tokens.get(k).span(), asker);
            if (addressee != null) {
                at = new Attribution(at.cue, at.cueSpan, at.entity, at.mention, false,
                        new Mention(addressee, addressee.of(text)), headEntity(addressee).orElse(null));
            }
            int last = comma - 1;
            if (inside) {
                // the quotation names a show the question was put on: it and its preposition are no part of it
                int open = comma - 1;
                while (open > c && !isQuoteMark(open) && !tokens.get(open).pos().equals("``")) {
                    open--;
                }
                last = open > c && tokens.get(open - 1).pos().equals("IN") ? open - 2 : comma - 1;
            }
            return last - c < 1 ? null : new Found(spanOf(c, last), QuoteKind.INDIRECT, at);
        }

        /**
         * "As The Post's Ruth Marcus puts it, Obama is trying to …" or "…, as one aide put it.": the clause on the
         * other side of the comma is the speaker's wording. The cue is "put it".
         */
        private Found asOnePutsIt(org.dragoman.model.Sentence s, int k, Block block) {
            Span subject = subjectBefore(k, block);
            if (subject == null || !canSpeak(subject)) {
                return null;
            }
            int as = firstTokenFrom(subject.start()) - 1;
            if (as < s.firstToken() || !tokens.get(as).word().equalsIgnoreCase("as")) {
                return null;
            }
            Span cue = spanOf(k, k + 1);
            if ((as == s.firstToken() || as == s.firstToken() + 1 && tokens.get(s.firstToken()).pos().equals("CC"))
                    && isComma(k + 2) && k + 3 < s.endToken()) {
                int end = clauseEnd(s, k + 3);
                return end - k - 3 < 3 ? null
                        : new Found(spanOf(k + 3, end - 1), QuoteKind.INDIRECT, attribution("put it", cue, subject));
            }
            if (as - 1 > s.firstToken() && isComma(as - 1) && (isSentencePunct(k + 2) || k + 2 >= s.endToken())) {
                int start = s.firstToken();
                return as - 1 - start < 3 || !hasVerb(start, as - 1) ? null
                        : new Found(spanOf(start, as - 2), QuoteKind.INDIRECT, attribution("put it", cue, subject));
            }
            return null;
        }

        /**
         * A question put to someone, in the passive: "Clinton was asked about her speeches to Goldman Sachs", "…,
         * Lopez said when asked about the standards". The content is the topic; the asker is unnamed, the one asked
         * is the addressee.
         */
        private Found askedAbout(org.dragoman.model.Sentence s, int k, Block block) {
            int b = beforeAdverbs(k - 1, s); // "was never asked about"
            if (b < s.firstToken()) {
                return null;
            }
            String before = tokens.get(b).word().toLowerCase(Locale.ROOT);
            boolean passive = BE.contains(before) || before.equals("being");
            if (!passive && !before.equals("when") && !before.equals("whenever")) {
                return null;
            }
            int c = k + 2;
            if (!topicNoun(c) && !tokens.get(c).pos().equals("VBG") && !WH_WORDS.contains(lemma(c))) {
                return null;
            }
            int end = topicEnd(s, c, clauseEnd(s, c));
            for (int i = c + 1; i + 1 < end; i++) {
                if (isComma(i) && RELATIVES.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
                    end = i; // "the standards, which were developed …": the writer's aside on the topic
                    break;
                }
            }
            if (end <= c) {
                return null;
            }
            Span cue = spanOf(k, k + 1);
            Span asked = passive && BE.contains(before) ? subjectBefore(b, block) : null;
            Attribution at = new Attribution("ask about", cue, null, null, false,
                    asked == null ? null : new Mention(asked, asked.of(text)),
                    asked == null ? null : headEntity(asked).orElse(null));
            return new Found(spanOf(c, end - 1), QuoteKind.INDIRECT, at);
        }

        /**
         * The closing mark of a short title in quotation marks opening at token {@code open} ("NBC's “Meet the
         * Press”"): within eight tokens, in the sentence, its words capitalized; -1 if {@code open} is no opening mark
         * or none closes it.
         */
        private int titleClose(int open, org.dragoman.model.Sentence s) {
            if (!tokens.get(open).word().equals("“") && !tokens.get(open).pos().equals("``")) {
                return -1;
            }
            for (int close = open + 1; close < s.endToken() && close - open <= 8; close++) {
                if (tokens.get(close).word().equals("”") || tokens.get(close).pos().equals("''")) {
                    // a title's words are capitalized: "“Meet the Press”", not "said the administration “will not
                    // be lectured” on climate by countries that …"
                    for (int w = open + 1; w < close; w++) {
                        String word = tokens.get(w).word();
                        if (Character.isLowerCase(word.charAt(0)) && !TITLE_SMALL_WORDS.contains(word)) {
                            return -1;
                        }
                    }
                    return close;
                }
            }
            return -1;
        }

        /**
         * The first token after a dateline that opens a sentence at {@code start}, "CHARLESTON, S.C. — …", "GAZA CITY
         * — …", looking no further than {@code limit} (exclusive); {@code start} when there is none.
         */
        private int afterDateline(int start, int limit) {
            for (int i = start; i < limit && i - start <= 10; i++) { // ("ANTALYA, Turkey (Nov. 21) —")
                if (isFiniteVerb(i)) {
                    break;
                }
                String first = tokens.get(start).word();
                if (isDash(i) && i > start && first.equals(first.toUpperCase(Locale.ROOT))) {
                    return i + 1;
                }
            }
            return start;
        }

        /**
         * Whether a place of publishing opens at {@code c}, after "wrote on": "X", "Facebook", "his blog", "social
         * media": where the words were written, not what they were about.
         */
        private boolean platformAt(int c, org.dragoman.model.Sentence s) {
            for (int i = c; i < s.endToken() && i - c < 4 && isNounPhraseToken(i); i++) {
                if (PLATFORMS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The "that" at token {@code i}, or after whom it is said to ("to him that …", "to congressional leaders that
         * …"); -1 when none.
         */
        private int thatAfter(int i, Block block) {
            int that = i;
            if (that < tokens.size() && tokens.get(that).word().equals("to")) {
                that++;
                while (that < tokens.size() && that - i <= 5 && inBlock(that, block) && isNounPhraseToken(that)) {
                    that++;
                }
                if (that == i + 1) {
                    return -1;
                }
            }
            return that < tokens.size() && inBlock(that, block) && tokens.get(that).word().equalsIgnoreCase("that")
                    ? that : -1;
        }

        /** "X said (that) CLAUSE", "X told reporters on Monday that CLAUSE". */
        private Found clauseAfterCue(org.dragoman.model.Sentence s, int k, Block block) {
            int c = k + 1;

            if (k > 0 && (tokens.get(k - 1).pos().equals("WP") || tokens.get(k - 1).pos().equals("WDT"))) {
                // "People who know Trump say he is angry": the relative clause's object, then the main cue
                int v = c;
                while (v < s.endToken() && v - c < 4 && (isNounPhraseToken(v) || tokens.get(v).pos().startsWith("RB"))) {
                    v++;
                }
                if (v > c && v < s.endToken() && isCue(v) && isFiniteVerb(v)) {
                    return null;
                }
            }
            if (lemma(k).equals("know") && tokens.get(k).pos().equals("VBN") && c < s.endToken()
                    && tokens.get(c).word().equalsIgnoreCase("as")) {
                return null; // "a place known as Horgos": a name, no one's knowledge
            }
            int won = c < s.endToken() && tokens.get(c).pos().equals("DT") ? c + 1 : c;
            if (lemma(k).equals("claim") && won + 1 < s.endToken() && WON.contains(lemma(won).toLowerCase(Locale.ROOT))
                    && !isFiniteVerb(won + 1) && !tokens.get(won + 1).pos().equals("MD")) {
                return null; // "Democrats claim House as recount drags on": a win, not "claimed the Senate had lied"
            }
            if (c < s.endToken() && (tokens.get(c).pos().equals("RP") && tokens.get(c).word().equalsIgnoreCase("out")
                    || retort(k))) {
                c++; // "pointed out that …", "spelled out how …", "shot back that …"
            }
            if (lemma(k).equals("make")) {
                c = makeClear(k) + 1; // "made it clear that …"
            }
            if (c + 2 < s.endToken() && tokens.get(c).word().equals("to") && INDIRECT_CUES.contains(lemma(k))) {
                // "replied to him that …", "wrote to congressional leaders that …": whom it was said to, then the
                // clause
                int that = thatAfter(c, block);
                if (that > 0 && that + 1 < s.endToken()) {
                    c = that;
                }
            }
            int listed = REQUESTS.contains(lemma(k)) && !isPassive(k) && c < s.endToken()
                    && tokens.get(c).pos().equals("NNP") ? infinitiveAfterObject(c, s) : -1;
            if (listed > 0 && hasComma(c, listed)) {
                return null; // "asked Mills, Sullivan and Abedin to search …": a request to a list of people
            }
            if (ADDRESSED.contains(lemma(k))) {
                // "told the National Post he's …": the addressee ends before the clause's own subject
                while (c < s.endToken() && c - k <= 6 && isNounPhraseToken(c) && !(c > k + 1 && isSubjectPronoun(c))
                        && !secondPhrase(c, k + 1)) {
                    c++;
                    int title = c < s.endToken() && tokens.get(c - 1).pos().equals("POS") ? titleClose(c, s) : -1;
                    if (title > 0) {
                        c = title + 1; // "told NBC's “Meet the Press” that …": a show's title in quotation marks
                        break;
                    }
                }
                if (c > k + 1 && subjectOfClause(c)) {
                    c = k + 1; // "warned the levy will fail": no addressee, the noun phrase is the clause's subject
                }
            }
            if (c + 2 < s.endToken() && isDash(c)) {
                // "said — on Twitter, as it happens — that Trump raised …": an aside between dashes
                for (int i = c + 1; i < s.endToken() && i - c <= 12; i++) {
                    if (isDash(i)) {
                        c = i + 1;
                        break;
                    }
                }
            }
            if (c + 2 < s.endToken() && isComma(c)) {
                // "stated, while testifying before Congress, that …": an aside between commas, then "that"
                for (int i = c + 1; i + 1 < s.endToken() && i - c <= 16; i++) {
                    if (isSentencePunct(i) || isQuoteMark(i)) {
                        break;
                    }
                    if (isComma(i)) {
                        String w = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
                        // (or, after whom it was asked, the question: "asked the solicitor general, D. John Sauer,
                        // whether …")
                        if (i > c + 1 && (w.equals("that") || ADDRESSED.contains(lemma(k)) && c > k + 1
                                && (w.equals("whether") || w.equals("if") || WH_WORDS.contains(w)))) {
                            c = i + 1;
                        }
                        break;
                    }
                }
            }
            // "said on Tuesday that", "said in an interview that": modifiers before an explicit "that"; "said on
            // Friday he met …": before a subject pronoun
            for (int i = c; i < s.endToken() && i - c <= 20; i++) {
                String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
                if (w.equals("that") && !(i > c && (tokens.get(i - 1).pos().equals("DT")
                        || tokens.get(i - 1).pos().equals("PDT") || PRONOUN_THAT_AFTER.contains(
                        tokens.get(i - 1).word().toLowerCase(Locale.ROOT))))) {
                    if (i > c && INDEFINITES.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                        break; // "said the letter offered little that was new": a relative clause on "little"
                    }
                    if (i > c && !ADDRESSED.contains(lemma(k)) && tokens.get(i - 1).pos().startsWith("NN")
                            && !tokens.get(c).pos().equals("IN")
                            && !isTemporal(c) && i + 1 < s.endToken() && (isFiniteVerb(i + 1)
                            || tokens.get(i + 1).pos().equals("MD"))) {
                        // "said the servers that were hacked contained …", "can't find jobs that make good use of
                        // …": a relative clause on the noun after the cue, not "that" opening a clause (but "told
                        // reporters that …" names whom it tells)
                        break;
                    }
                    c = i; // (not "despite all that" or "after that")
                    break;
                }
                if (i > c && REASONS.contains(w)) {
                    break; // "asked for anonymity because he was not authorized to speak": the reason's clause
                }
                // (not the relative "when" of "said the days when the nation had … are gone")
                boolean relativeAdverb = (w.equals("when") || w.equals("where")) && tokens.get(i - 1).pos().startsWith("NN");
                // "asked the U.S. attorney in D.C. whether …": a question after the one asked
                boolean question = lemma(k).equals("ask") && (w.equals("whether") || w.equals("if"));
                // ("said in a statement it had accepted …": "it" or "you" right before a finite verb is a subject too)
                boolean pronounSubject = isSubjectPronoun(i) || (w.equals("it") || w.equals("you"))
                        && i + 1 < s.endToken() && (isFiniteVerb(i + 1) || tokens.get(i + 1).pos().equals("MD"));
                if (i > c && (pronounSubject || tokens.get(i).pos().equals("EX")
                        || WH_WORDS.contains(w) && !w.equals("which") && !w.equals("who") && !w.equals("whom")
                        && !relativeAdverb || question)
                        && (PREPOSITIONS.contains(tokens.get(c).word().toLowerCase(Locale.ROOT)) || isTemporal(c))
                        && finiteVerbSoon(i, s)) {
                    c = i; // (or a question: "told attendees at the gala how he saved the hotel")
                    break;
                }
                String pos = tokens.get(i).pos();
                int title = i > c ? titleClose(i, s) : -1;
                if (title > 0) {
                    i = title; // a show's title, whatever its words' tags: "stating on NBC's "Meet the Press" that"
                    continue;
                }
                // a show's title in quotation marks may be among them: "said on ABC's “This Week” that", and
                // commas after the first place or time: "said Thursday during a taping in Buffalo, New York, that"
                if (!(pos.equals("IN") || pos.equals("DT") || pos.startsWith("NN") || pos.equals("CD")
                        || pos.startsWith("JJ") || pos.startsWith("RB") || pos.equals("PRP$") || pos.equals("POS")
                        || tokens.get(i).word().equals("-") && isNounPhraseToken(i) // "wrote in an op-ed that …"
                        // "said in a report released/VBN Tuesday that …"
                        || (pos.equals("VBN") || pos.equals("VBD")) && i > c && tokens.get(i - 1).pos().startsWith("NN")
                        && !w.equals("said") && !FINDINGS.contains(lemma(i)) // not "said the ruling showed that …"
                        && !lemma(i).equals("be") && !lemma(i).equals("have") // nor "said the warning was a sign that"
                        && !verbWithObject(i, s) // nor "said the statements undercut his claim that …"
                        // "said in a televised/VBN speech that …": a participle as adjective
                        || pos.equals("VBN") && i > c && (tokens.get(i - 1).pos().equals("DT")
                        || tokens.get(i - 1).pos().equals("PRP$")) && i + 1 < s.endToken()
                        && tokens.get(i + 1).pos().startsWith("NN")
                        || i > c && (isQuoteMark(i) || pos.equals("``") || pos.equals("''") || isComma(i)))
                        || i - c > 12 && !isComma(i) && !pos.startsWith("NN") && !pos.equals("IN") && !w.equals("that")) {
                    break;
                }
            }
            if (c == k + 1 && c + 1 < s.endToken() && tokens.get(c).word().equals(":") && SAYING.contains(lemma(k))
                    && !isQuoteMark(c + 1) && !tokens.get(c + 1).pos().equals("``")) {
                c++; // "Some Americans say: It's time for us to get out."
            }
            boolean that = c < s.endToken() && tokens.get(c).word().equalsIgnoreCase("that");
            if (that) {
                c++;
            }
            if (c >= s.endToken()) {
                return null;
            }
            // "But as Clyburn noted, those voters will give Sanders a second look": the clause after the comma
            if (c == k + 1 && isComma(c) && c + 1 < s.endToken() && INDIRECT_CUES.contains(lemma(k))) {
                Span subject = subjectOfCue(k, block);
                int first = subject == null ? -1 : firstTokenFrom(subject.start());
                if (first - 1 >= s.firstToken() && tokens.get(first - 1).word().equalsIgnoreCase("as")) {
                    int end = clauseEnd(s, c + 1);
                    if (end - c - 1 >= 3 && hasFiniteVerb(c + 1, end)) {
                        return new Found(spanOf(c + 1, end - 1), QuoteKind.INDIRECT, attribution(k, subject));
                    }
                }
            }
            // only a verb of speech reports speech inside a quote: "He said, can I …", not "I know, …"
            // (not "a silly thing to say,'' Mrs. Clinton said": an infinitive, or a comma closing the quote)
            if (c == k + 1 && isComma(c) && isCue(k) && !tokens.get(k - 1).pos().equals("TO")
                    && c + 1 < s.endToken() && !isQuoteMark(c + 1) && !tokens.get(c + 1).pos().equals("''")
                    && EntityResolver.innermost(regions, tokens.get(k).span().start()) >= 0) {
                return speechInsideQuote(s, k, c + 1, block);
            }
            // "Tchen said, the White House is able to …": a clause after a comma, speech without quotation marks
            // ("You said yesterday, the middle class is …": a time before the comma)
            int bare = c == k + 1 && c + 1 < s.endToken() && isTemporal(c) && isComma(c + 1) ? c + 1 : c;
            if (c == k + 1 && isComma(bare) && lemma(k).equals("say") && !commaBefore(k) && bare + 2 < s.endToken()
                    && EntityResolver.innermost(regions, tokens.get(k).span().start()) < 0
                    && (tokens.get(bare + 1).pos().matches("DT|NNP?S?|PRP\\$?|CD|EX") && !isFiniteVerb(bare + 1)
                    && finiteVerbSoon(bare + 1, s)
                    // "I said, hey, you've got to change the culture": an interjection, then the clause
                    || tokens.get(bare + 1).pos().equals("UH") && bare + 3 < s.endToken() && isComma(bare + 2)
                    && finiteVerbSoon(bare + 3, s))) {
                Span subject = subjectOfCue(k, block);
                int end = clauseEnd(s, bare + 1);
                int before = subject == null ? -1 : firstTokenFrom(subject.start()) - 1;
                // (not "After being informed …, police said, Morrow walked in": a cue between commas)
                if (subject != null && end - bare - 1 >= 3 && (before < s.firstToken() || !isComma(before))) {
                    return new Found(spanOf(bare + 1, end - 1), QuoteKind.INDIRECT, attribution(k, subject));
                }
            }
            if (!that && INTENTIONS.contains(lemma(k))) {
                // "pledged on Tuesday to strengthen …": a time between the intention and its infinitive
                int t = c + 1 < s.endToken() && tokens.get(c).pos().equals("IN") && isTemporal(c + 1) ? c + 1 : c;
                while (t < s.endToken() && isTemporal(t)) {
                    t++;
                }
                if (t > c && t + 1 < s.endToken() && tokens.get(t).pos().equals("TO")
                        && tokens.get(t + 1).pos().equals("VB")) {
                    c = t;
                }
            }
            String first = tokens.get(c).word().toLowerCase(Locale.ROOT);
            String firstPos = tokens.get(c).pos();
            String second = c + 1 < s.endToken() ? tokens.get(c + 1).word().toLowerCase(Locale.ROOT) : "";
            if ((second.equals("of") || second.equals("than")) && (first.equals("much") || first.equals("more")
                    || first.equals("little"))) {
                first = "of"; // "said much of his discussion was …", "said more than 1 million donors gave": a subject
            }
            if (!that && c == k + 1 && (lemma(k).equals("find") || lemma(k).equals("show"))
                    && (first.equals("a") || first.equals("an") || first.endsWith("self") || first.endsWith("selves"))) {
                return null; // "he found a way to …", "finds herself in a retail job": no finding
            }
            if (!that && c == k + 1 && first.equals("as") && passive(k)) {
                return null; // "When Thiel was revealed as a delegate, …": what he was shown to be, no one's report
            }
            if (!that && c == k + 1 && first.equals("when") && !WHEN_CUES.contains(lemma(k))) {
                return null; // "He tweeted when Clinton ended a debate …": the time of the tweet, not its content
            }
            boolean intention = firstPos.equals("TO") && (INTENTIONS.contains(lemma(k)) || lookingTo(k));
            // (and "Rubio was asked whether …": a question put to Rubio)
            // (not "was asked by the moderator whether …", the asker's question)
            boolean asked = lemma(k).equals("ask") && !(passive(k) && k + 1 < s.endToken()
                    && tokens.get(k + 1).word().equalsIgnoreCase("by")) || QUESTIONING.contains(lemma(k)) && !passive(k);
            boolean question = asked && (first.equals("whether") || first.equals("if")
                    || c > k + 1 && WH_WORDS.contains(first)); // "asked Sanders how he's feeling"
            if (intention || question) {
                // "Trump wants to build a wall", "reporters asked whether the talks had failed"
                if (passive(k) && !question) {
                    return null; // "Trump is expected to meet …": someone else's expectation, not Trump's
                }
                int end = intentionEnd(s, c, clauseEnd(s, c));
                Span subject = subjectOfCue(k, block);
                if (end - c < 2 || subject == null) {
                    return null;
                }
                return new Found(spanOf(c, end - 1), QuoteKind.INDIRECT, attribution(k, subject));
            }
            // "says, win or lose, he's staying", "says despite all that, Obama wasn't …": a phrase, then the clause
            int preposed = preposedPhraseEnd(c, s);
            if (preposed > 0 && tokens.get(k).pos().equals("VBG") && k == s.firstToken()) {
                return null; // "Writing for the majority, Justice Kavanaugh said …": a participle phrase, then the clause
            }
            if (preposed > 0 && SUBORDINATORS.contains(lemma(s.firstToken())) && !hasComma(s.firstToken(), k)) {
                return null; // "When the AP asked Bennett about …, the campaign manager said …": the main clause
            }
            if (preposed > 0) {
                int end = clauseEnd(s, preposed + 1);
                Span subject = subjectOfCue(k, block);
                if (end - preposed < 3 || subject == null) {
                    return null;
                }
                return new Found(spanOf(isComma(c) ? c + 1 : c, end - 1), QuoteKind.INDIRECT, attribution(k, subject));
            }
            String after = c + 1 < s.endToken() ? tokens.get(c + 1).word().toLowerCase(Locale.ROOT) : "";
            boolean answer = (first.equals("no") || first.equals("yes")) && (after.equals("to") || c + 1 >= s.endToken()
                    || isSentencePunct(c + 1) || isComma(c + 1)) // "the candidate said no", "He said no to the war"
                    || first.equals("the") && after.equals("same") // "43 percent said the same for Sanders"
                    || first.equals("so") && c + 1 < s.endToken() && isSentencePunct(c + 1); // "would not say so"
            if (!that && answer && lemma(k).equals("say")) {
                int end = clauseEnd(s, c);
                for (int i = c + 1; i < end; i++) {
                    if (isComma(i)) {
                        end = i;
                        break;
                    }
                }
                Span subject = subjectOfCue(k, block);
                return subject == null ? null : new Found(spanOf(c, end - 1), QuoteKind.INDIRECT, attribution(k, subject));
            }
            if (!that && !(finiteVerbSoon(c, s) || SAYING.contains(lemma(k)) && (finiteVerbWithin(c, s, 25)
                    || pastTakenForParticiple(c, s)))) {
                return null; // "announced a ceasefire": an object, not a reported clause
            }
            if (!that && lemma(k).equals("vote")) {
                return null; // "the states voting Tuesday are …": "vote" takes a clause only with "that"
            }
            if (!that && postposedSubject(c, s)) {
                return null; // "…, said an American official who was briefed": the speaker, not what was said
            }
            // after "that" a clause may open with a phrase: "says that in 2012 it paid …"
            // (after "that" a clause may open with a quoted fragment: "said that “top secret” information was found")
            // (after "that" any word may open the clause: "insisted that no decision had been taken")
            if (NOT_CLAUSE_START.contains(first) && !that && !quantifiedSubject(c, s)
                    || isQuoteMark(c) && !(that && fragmentOpens(c, s))
                    || firstPos.equals(",") || firstPos.equals(":")
                    || firstPos.equals(".") || firstPos.equals("TO")
                    || firstPos.equals("IN") && !first.equals("if") && !that && !atLeast(c)) { // ("said at least 200 …")
                return null;
            }
            int end = clauseEnd(s, c);
            int rel = k - 1;
            while (rel > s.firstToken() && (tokens.get(rel).pos().startsWith("RB") || tokens.get(rel).pos().equals("MD")
                    || lemma(rel).equals("have"))) {
                rel--;
            }
            rel = relativeBeforePhrase(rel, s.firstToken()); // "Ruiz, who in May said …, changed course"
            int objectRelative = rel;
            while (objectRelative > s.firstToken() && rel - objectRelative < 4 && isNounPhraseToken(objectRelative)
                    && !tokens.get(objectRelative).pos().equals("WDT")) {
                objectRelative--; // "The changes, which officials said will take effect soon, will not apply …"
            }
            boolean secondRelative = false; // "Kasich, who won Ohio and who says he will stay, spoke"
            if (rel > s.firstToken() + 1 && RELATIVES.contains(tokens.get(rel).word().toLowerCase(Locale.ROOT))
                    && tokens.get(rel - 1).pos().equals("CC")) {
                for (int r = rel - 2; r > s.firstToken() && rel - r <= 20; r--) {
                    if (RELATIVES.contains(tokens.get(r).word().toLowerCase(Locale.ROOT)) && isComma(r - 1)) {
                        secondRelative = true;
                        break;
                    }
                }
            }
            boolean nonRestrictive = rel > s.firstToken() && RELATIVES.contains(tokens.get(rel).word().toLowerCase(Locale.ROOT))
                    && (isComma(rel - 1) || secondRelative) || objectRelative < rel && objectRelative > s.firstToken()
                    && tokens.get(objectRelative).word().equalsIgnoreCase("which") && isComma(objectRelative - 1);
            if (nonRestrictive) {
                // "Trump, who said that the wall would be built, won the state"": the relative clause ends at the
                // comma before the main clause's verb
                int aside = -1; // "who suggested that Mr. Jäger, under fire for …, would do better": the content's aside
                for (int i = c + 2; i + 1 < end; i++) {
                    if (isComma(i) && aside < 0 && !isFiniteVerb(i + 1) && !tokens.get(i + 1).pos().equals("MD")) {
                        aside = i;
                        continue;
                    }
                    if (isComma(i) && aside >= 0 && noFiniteVerb(aside + 1, i)) {
                        aside = -2;
                        continue;
                    }
                    if (isComma(i) && isFiniteVerb(i + 1)) {
                        end = i;
                        break;
                    }
                    if (i + 2 < end && commaQuoteThenVerb(i)) {
                        end = i + 2; // "The senator, who said the plan was “a disaster,” voted against it"
                        break;
                    }
                }
            }
            int opener = s.firstToken();
            while (opener < k && (tokens.get(opener).pos().equals("CC") || isQuoteMark(opener))) {
                opener++;
            }
            for (int i = c + 3; i + 2 < end; i++) {
                if (isComma(i) && closingAttributionAfter(i, s)) {
                    end = endBeforeAttribution(i); // "Officials believe the attack was …, the newspaper reported."
                    break;
                }
                int aside = writersAside(i, end);
                if (aside >= 0) {
                    end = aside; // "…, a claim that could not be independently verified": the writer's aside
                    break;
                }
            }
            if (opener < k && SUBORDINATORS.contains(lemma(opener)) && !hasComma(opener, k)
                    || opener == k && tokens.get(k).pos().equals("VBG")
                    || opener + 1 == k && tokens.get(k).pos().equals("VBG")
                    && Set.of("in", "by", "upon", "without").contains(tokens.get(opener).word().toLowerCase(Locale.ROOT))) {
                // (also after an opening participle: "Conceding that a deal would come, Obama said …")
                // "While old hands say there is a benefit …, the campaign disagrees": the reported clause ends where
                // the main clause begins
                for (int i = c + 2; i + 2 < end; i++) {
                    if (isComma(i) && subjectThenVerb(i + 1, end)) {
                        end = i;
                        break;
                    }
                }
            }
            // "Flake said he would.": an elliptical clause of a subject and an auxiliary; "added that gaps
            // remained": after "that", a subject and its verb
            boolean elliptical = end - c == 2 && (isSubjectPronoun(c) || that && isNounPhraseToken(c))
                    && (tokens.get(c + 1).pos().equals("MD") || isFiniteVerb(c + 1));
            // (after "that" a clause whose verb the tagger missed: "declared that torture ''works/NNS.''")
            boolean quoted = that && end - c >= 2 && hasQuoteMark(c, end);
            // "rules, which critics say target renters": a verb and its object, the subject the relative pronoun
            boolean gap = !that && end - c == 2 && (isFiniteVerb(c) || tokens.get(c).pos().equals("MD"))
                    && relativeBefore(k, s);
            if (end - c < 3 && !elliptical && !quoted && !gap || !hasVerb(c, end) && !quoted) {
                return null;
            }
            if (!that && NO_CLAUSE_INTENTIONS.contains(lemma(k))) {
                for (int i = c + 1; i < end; i++) {
                    if (tokens.get(i).pos().equals("WP") && isReportingVerb(i + 1 < end ? i + 1 : i)) {
                        return null; // "offered fresh ammunition to Republicans who say …": their report, not the offer
                    }
                }
            }
            Span subject = subjectOfCue(k, block);
            if (subject == null) {
                return null;
            }
            return new Found(spanOf(c, end - 1), QuoteKind.INDIRECT, attribution(k, subject));
        }

        /** A preposition that opens a phrase, not a clause: not "that", "as", "while", "when" and the like. */
        private boolean phrasePreposition(int i) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            return tokens.get(i).pos().equals("IN") && !w.equals("that") && !SUBORDINATORS.contains(w);
        }

        /**
         * The token after a prepositional phrase that opens at {@code in} ("in a later interview", "on Monday"): the
         * preposition and up to six words of its noun phrase, before {@code end}; or -1.
         */
        private int phraseAfter(int in, int end) {
            if (in >= end || !phrasePreposition(in)) {
                return -1;
            }
            int p = in + 1;
            while (p < end && p - in <= 6 && isNounPhraseToken(p) && !isSubjectPronoun(p)) {
                p++;
            }
            return p > in + 1 ? p : -1;
        }

        /**
         * The relative pronoun right before a short phrase with a preposition that ends at {@code end} ("who in May",
         * "who in two earlier opinions"), not before {@code floor}; else {@code end}.
         */
        private int relativeBeforePhrase(int end, int floor) {
            for (int p = end; p > floor && end - p <= 5; p--) {
                String pos = tokens.get(p).pos();
                if (pos.equals("IN") && p < end && RELATIVES.contains(tokens.get(p - 1).word().toLowerCase(Locale.ROOT))) {
                    return p - 1;
                }
                if (!isNounPhraseToken(p) && !pos.equals("CD")) {
                    return end;
                }
            }
            return end;
        }

        /** Whether a relative pronoun opens the subject of the cue at {@code k}: "which critics say", "that some say". */
        private boolean relativeBefore(int k, org.dragoman.model.Sentence s) {
            for (int j = k - 2; j >= s.firstToken() && k - 2 - j < 4; j--) {
                String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
                if (w.equals("which") || w.equals("that") || w.equals("who") || w.equals("whom") || w.equals("what")) {
                    return true;
                }
                if (!isNounPhraseToken(j)) {
                    return false;
                }
            }
            return false;
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

        /** A participle cue after a form of "be": "is expected to", "were asked whether". */
        private boolean passive(int k) {
            if (!tokens.get(k).pos().equals("VBN")) {
                return false;
            }
            int i = k - 1;
            while (i >= 0 && tokens.get(i).pos().startsWith("RB")) {
                i--;
            }
            return i >= 0 && BE.contains(tokens.get(i).word().toLowerCase(Locale.ROOT).replace('’', '\''));
        }

        /**
         * An infinitive's content ends where a new main clause starts after a comma: in "While the US wants to keep
         * trying, Russia kicked off an offensive" the intention is "to keep trying".
         */
        private int intentionEnd(org.dragoman.model.Sentence s, int c, int end) {
            for (int i = c + 1; i < end; i++) {
                if (isComma(i) && i + 1 < end && finiteVerbSoon(i + 1, s)) {
                    return i;
                }
            }
            return end;
        }

        /** A noun phrase with a relative clause before the first finite verb: "an official who was briefed". */
        private boolean postposedSubject(int c, org.dragoman.model.Sentence s) {
            for (int i = c; i < s.endToken() && i - c < 15; i++) {
                if (isFiniteVerb(i)) {
                    return false;
                }
                if (i > c && tokens.get(i).pos().startsWith("W") && tokens.get(i - 1).pos().startsWith("NN")) {
                    // "the people who threw the bottles were not …" goes on to its own verb; a postposed speaker
                    // ("an official who was briefed and spoke anonymously") has only the relative clause's
                    int verbs = 0;
                    for (int j = i + 1; j < s.endToken() && !isComma(j) && !isSentencePunct(j); j++) {
                        if (isFiniteVerb(j) && !tokens.get(j - 1).pos().equals("CC") && !isFiniteVerb(j - 1)) {
                            verbs++;
                        }
                    }
                    return verbs <= 1;
                }
            }
            return false;
        }

        /**
         * The comma that ends a phrase preposed to a reported clause right after a cue ("says, win or lose in the
         * primary, he's staying", "says despite all that, Obama wasn't …"), or -1. The phrase opens with a
         * preposition or a comma and has no finite verb; after it comes a subject and a finite verb.
         */
        private int preposedPhraseEnd(int c, org.dragoman.model.Sentence s) {
            boolean comma = isComma(c);
            String first = tokens.get(comma ? Math.min(c + 1, s.endToken() - 1) : c).word().toLowerCase(Locale.ROOT);
            if (!comma && !(tokens.get(c).pos().equals("IN") && !first.equals("that") && !first.equals("if")
                    && !first.equals("whether") && !first.equals("because"))) {
                return -1;
            }
            if (!comma && c + 1 < s.endToken() && tokens.get(c + 1).pos().equals("CD")) {
                return -1; // "added around 292,000 jobs in December, China …": a quantity, not a preposed phrase
            }
            // "said that, during the period when they were consultants, Gates …": after "that" and a comma, an
            // adverbial clause may hold its own verbs
            boolean afterThat = comma && c > 0 && tokens.get(c - 1).word().equalsIgnoreCase("that");
            for (int i = comma ? c + 1 : c; i < s.endToken() && i - c <= (afterThat ? 25 : 12); i++) {
                if (isQuoteMark(i) || isSentencePunct(i) || !afterThat && (isFiniteVerb(i)
                        || tokens.get(i).pos().startsWith("W") && !tokens.get(i).word().equalsIgnoreCase("that"))) {
                    return -1;
                }
                if (isComma(i) && i > c + 1) {
                    int j = i + 1;
                    return j < s.endToken() && (isSubjectPronoun(j) || tokens.get(j).pos().startsWith("NN")
                            || tokens.get(j).pos().equals("DT") || tokens.get(j).pos().equals("EX")
                            || afterThat && tokens.get(j).pos().equals("PRP"))
                            && finiteVerbSoon(j, s) && !parentheticalCue(j, s) ? i : -1;
                }
            }
            return -1;
        }

        /**
         * Whether a short proper or plural noun phrase at {@code i} is followed by a participle of speech or stance,
         * before {@code end}: "… and Germany warning that …", "… and the unions demanding …".
         */
        private boolean participleSubjectAfter(int i, int end) {
            for (int j = i; j < end && j - i <= 4; j++) {
                String pos = tokens.get(j).pos();
                if (pos.equals("VBG")) {
                    return j > i && (tokens.get(j - 1).pos().equals("NNP") || tokens.get(j - 1).pos().equals("NNPS")
                            || tokens.get(j - 1).pos().equals("NNS")) && (isCue(j) || STANCES.contains(lemma(j)));
                }
                if (!pos.equals("DT") && !pos.startsWith("NN") && !pos.startsWith("JJ")) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether the past form at {@code i} has an object after it, so is the verb of a clause and no participle:
         * "undercut his claim", "rejected the plan" (not "released Tuesday", "released the day before").
         */
        private boolean verbWithObject(int i, org.dragoman.model.Sentence s) {
            if (i + 2 >= s.endToken()) {
                return false;
            }
            String next = tokens.get(i + 1).pos();
            return next.equals("PRP$") || next.equals("DT") && !isTemporal(i + 2) && !isTemporal(i + 1);
        }

        /**
         * Whether the first verb after {@code c} takes "as" with no object between, so the clause has its object in
         * the noun before "that": "remarks that attendees interpreted as a sign", "a plan that critics saw as …".
         */
        private boolean objectGapAs(int c, int end) {
            for (int i = c; i + 1 < end; i++) {
                // (a past verb the tagger took for a participle after its subject: "attendees interpreted/VBN as")
                if (isFiniteVerb(i) || i > c && tokens.get(i).pos().equals("VBN")
                        && (tokens.get(i - 1).pos().startsWith("NN") || tokens.get(i - 1).pos().equals("PRP"))) {
                    return tokens.get(i + 1).word().equalsIgnoreCase("as") && (JUDGEMENTS.containsKey(lemma(i))
                            || READINGS.contains(lemma(i)));
                }
            }
            return false;
        }

        /** Whether a phrase of time with its preposition ends right before {@code i}: "over the weekend". */
        private boolean timePhraseBefore(int i, int sentence) {
            int t = i - 1;
            if (t <= sentence || !isTemporal(t)) {
                return false;
            }
            while (t > sentence && (isTemporal(t) || tokens.get(t).pos().equals("DT")
                    || tokens.get(t).pos().startsWith("JJ"))) {
                t--;
            }
            return tokens.get(t).pos().equals("IN");
        }

        /** Whether "in" at {@code i} opens the speech something was said in: "in remarks to donors", "in a speech". */
        private boolean speechAfterIn(int i, org.dragoman.model.Sentence s) {
            if (!tokens.get(i).word().equalsIgnoreCase("in")) {
                return false;
            }
            for (int j = i + 1; j < s.endToken() && j - i <= 4; j++) {
                String pos = tokens.get(j).pos();
                if (pos.startsWith("NN")) {
                    return SPEECHES.contains(lemma(j).toLowerCase(Locale.ROOT));
                }
                if (!pos.equals("DT") && !pos.equals("PRP$") && !pos.startsWith("JJ") && !pos.equals("VBN")) {
                    return false;
                }
            }
            return false;
        }

        /** "he", "she", "they", "we", "I": a pronoun that can only be a subject. */
        private boolean isSubjectPronoun(int i) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            return tokens.get(i).pos().equals("PRP") && (w.equals("he") || w.equals("she") || w.equals("they")
                    || w.equals("we") || w.equals("i"));
        }

        /**
         * Whether a past verb the tagger read as a participle follows a short subject at {@code c}, with its object:
         * "She said the nonprofit/JJ provided/VBN a signed statement …".
         */
        private boolean pastTakenForParticiple(int c, org.dragoman.model.Sentence s) {
            if (!tokens.get(c).pos().equals("DT") && !tokens.get(c).pos().startsWith("NN")) {
                return false;
            }
            for (int i = c + 1; i + 1 < s.endToken() && i - c <= 3; i++) {
                String pos = tokens.get(i).pos();
                if (pos.equals("VBN") && (tokens.get(i - 1).pos().startsWith("NN") || tokens.get(i - 1).pos().startsWith("JJ"))
                        && (tokens.get(i + 1).pos().equals("DT") || tokens.get(i + 1).pos().equals("PRP$")
                        || tokens.get(i + 1).pos().equals("CD"))) {
                    return true;
                }
                if (!isNounPhraseToken(i)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A finite verb within {@code window} words of a clause, before any comma but those around a modifier of
         * its subject: "said the deficit, combined with the race in Iowa, meant …", "said Smith, who …, was …".
         */
        private boolean finiteVerbWithin(int c, org.dragoman.model.Sentence s, int window) {
            for (int i = c; i < s.endToken() && i - c < window; i++) {
                if (isComma(i) && i > c && tokens.get(i - 1).pos().startsWith("NN")) {
                    int close = subjectModifierEnd(i, s);
                    if (close > 0) {
                        i = close;
                        continue;
                    }
                }
                if (isComma(i) || isSentencePunct(i) || isQuoteMark(i)) {
                    return false;
                }
                if (clauseVerbAt(i, c, s)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A finite verb at token {@code i} of a clause starting at {@code c}, or a verb the tagger mistook that can
         * only be one there: "smugglers dig/VB", "she almost always treated/VBN", "Clinton called/VBN on …".
         */
        private boolean clauseVerbAt(int i, int c, org.dragoman.model.Sentence s) {
            return isFiniteVerb(i) || presentTaggedAsBase(i) || isSubjectPronoun(i) && verbAfterPronoun(i, s)
                    || pastTaggedAsParticiple(i, c);
        }

        /**
         * A past tense the tagger took for a participle right after the clause's subject: "said Clinton called/VBN
         * on members …" (no auxiliary before it, and a noun right before).
         */
        private boolean pastTaggedAsParticiple(int i, int c) {
            if (i <= c || !tokens.get(i).pos().equals("VBN") || !tokens.get(i - 1).pos().startsWith("NN")) {
                return false;
            }
            for (int x = c; x < i; x++) {
                String l = lemma(x);
                if (l.equals("have") || l.equals("be") || l.equals("get") || tokens.get(x).pos().startsWith("VB")
                        || tokens.get(x).pos().equals("IN") || tokens.get(x).pos().startsWith("W")) {
                    return false; // "the bill passed by the House", "the man arrested in Paris"
                }
            }
            return true;
        }

        /**
         * The comma closing a modifier that opens at the comma {@code comma} after a noun: a participle ("combined
         * with …"), a relative clause ("who covered …") or an apposition without a verb ("a former governor") followed
         * by the clause's finite verb; or -1.
         */
        private int subjectModifierEnd(int comma, org.dragoman.model.Sentence s) {
            if (comma + 2 >= s.endToken()) {
                return -1;
            }
            int list = listEnd(comma, s);
            if (list > 0) {
                return list;
            }
            Token open = tokens.get(comma + 1);
            // "the minister, under fire for the failures, would resign": a prepositional phrase
            boolean prepositional = open.pos().equals("IN") && !open.word().equalsIgnoreCase("that")
                    && !SUBORDINATORS.contains(open.word().toLowerCase(Locale.ROOT))
                    && (tokens.get(comma + 2).pos().startsWith("NN") || tokens.get(comma + 2).pos().equals("DT"));
            if (open.pos().startsWith("RB") && (tokens.get(comma + 2).pos().equals("VBN")
                    || tokens.get(comma + 2).pos().equals("VBG"))) {
                open = tokens.get(comma + 2); // "the group, also known as ISIS or ISIL, were …"
            }
            if (comma + 3 < s.endToken() && tokens.get(comma + 2).pos().equals("HYPH")
                    && tokens.get(comma + 3).pos().equals("VBN")) {
                open = tokens.get(comma + 3); // "the exercises, code-named …, were"
            }
            boolean relative = RELATIVES.contains(open.word().toLowerCase(Locale.ROOT));
            boolean participle = open.pos().equals("VBN") || open.pos().equals("VBG");
            boolean apposition = open.pos().equals("DT") || open.pos().equals("PRP$") || prepositional;
            if (!relative && !participle && !apposition) {
                return -1;
            }
            // (a name given in quotation marks: "the exercises, code-named “Strait Thunder,” were …")
            boolean naming = NAME_GIVERS.contains(open.word().toLowerCase(Locale.ROOT));
            for (int i = comma + 2; i < s.endToken() && i - comma <= 20; i++) {
                if (naming && isComma(i) && i + 2 < s.endToken() && isClosingMark(i + 1) && isFiniteVerb(i + 2)) {
                    return i + 1;
                }
                if (isSentencePunct(i) || isQuoteMark(i) && !naming || tokens.get(i).word().equals(":")) {
                    return -1;
                }
                if (isComma(i)) {
                    return i + 1 < s.endToken() && (isFiniteVerb(i + 1) || tokens.get(i + 1).pos().startsWith("RB")
                            && i + 2 < s.endToken() && isFiniteVerb(i + 2)) ? i : -1;
                }
                if (!relative && isFiniteVerb(i)) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * The last token of a list of noun phrases that goes on from the comma at {@code comma} to a conjunction and
         * its last item, right before the clause's finite verb ("supporters of Sanders, Clinton or Trump were …"), or
         * -1.
         */
        private int listEnd(int comma, org.dragoman.model.Sentence s) {
            boolean conjunction = false;
            for (int i = comma + 1; i < s.endToken() && i - comma <= 16; i++) {
                String pos = tokens.get(i).pos();
                if (i > comma + 1 && (pos.equals("CC") || isComma(i) && !isComma(i - 1))
                        && !tokens.get(i - 1).pos().equals("CC")) {
                    conjunction |= pos.equals("CC"); // (a serial comma before the conjunction too)
                    continue;
                }
                if (isFiniteVerb(i)) {
                    return conjunction && !tokens.get(i - 1).pos().equals("CC") && !isComma(i - 1) ? i - 1 : -1;
                }
                if (!(pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD")
                        || pos.equals("POS") || pos.equals("PRP$") || tokens.get(i).word().equalsIgnoreCase("of"))) {
                    return -1;
                }
            }
            return -1;
        }

        /** A finite verb within the first words of a clause, before any comma: "Trump is working …". */
        private boolean finiteVerbSoon(int c, org.dragoman.model.Sentence s) {
            for (int i = c; i < s.endToken() && i - c < 15; i++) {
                if (isComma(i) || i > c && CONTRASTS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                    return false; // (the verb after "while" is another clause's: "preferred Clinton while men …")
                }
                if (i > c && tokens.get(i).pos().equals("CC") && verbAfter(i + 1, s.endToken())
                        && !isSubjectPronoun(i + 1)) {
                    return false; // "mentioned his rivals by name but did note …": a second predicate, no clause
                }
                if (clauseVerbAt(i, c, s)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A verb after the subject pronoun at {@code p}, any adverbs and an opening quotation mark, whatever its tag:
         * "she almost always treated/VBN".
         */
        private boolean verbAfterPronoun(int p, org.dragoman.model.Sentence s) {
            int v = p + 1;
            // (a quotation may open between: "said he “deeply regretted/VBN” the error")
            while (v < s.endToken() && (tokens.get(v).pos().startsWith("RB") || v < p + 3 && (isQuoteMark(v)
                    || tokens.get(v).pos().equals("``")))) {
                v++;
            }
            return v < s.endToken() && (tokens.get(v).pos().startsWith("VB") || tokens.get(v).pos().equals("MD")
                    || isContractedVerb(v));
        }

        /** A present-tense verb the tagger took for a base form after its subject: "smugglers/NNS dig/VB". */
        private boolean presentTaggedAsBase(int i) {
            if (i == 0 || !tokens.get(i).pos().equals("VB")) {
                return false;
            }
            String before = tokens.get(i - 1).pos();
            return before.equals("NNS") || before.equals("NNPS") || before.equals("PRP")
                    && !tokens.get(i - 1).word().equalsIgnoreCase("it");
        }

        /**
         * A cue set off by commas inside the clause it reports: "The bigger risk, he said, is a clash …", "The
         * contrast, said Doyle and others, would be clear". The content is the whole sentence around the cue (its
         * span includes the cue, as the reported clause runs on both sides of it).
         */
        private Found parentheticalInside(org.dragoman.model.Sentence s, int k, Block block) {
            if (tokens.get(k).pos().equals("VBG") || tokens.get(k).pos().equals("VBN")
                    || !INDIRECT_CUES.contains(lemma(k))) {
                return null; // "In the primary, 603,000 people voted, a 20% increase": no speech
            }
            Span subject;
            int open;
            int after;
            if (k - 1 > s.firstToken() && isComma(k - 1)) {
                subject = nounPhraseForward(k + 1, block); // ", said Doyle and others,"
                if (ADDRESSED.contains(lemma(k)) && !lemma(k).equals("warn") && !lemma(k).equals("ask")) {
                    return null; // "Htay Oo, its acting chairman, told Reuters simply, …": who is told, not who tells
                }
                if (subject == null || !canSpeak(subject)) {
                    return null; // (", announced tighter controls on the border," has an object, not a speaker)
                }
                int apposition = appositionStart(k - 1, block);
                if (apposition > s.firstToken() && !hasFiniteVerb(s.firstToken(), apposition)
                        && personMentions().anyMatch(m -> spanOf(s.firstToken(), apposition - 1).contains(m.span()))) {
                    // "Senator Jack Reed, the top Democrat on the committee, said the reports, if accurate,
                    // described …": the person before is the speaker, the clause follows the cue
                    return null;
                }
                open = k - 1;
                after = firstTokenFrom(subject.end());
                // "Doyle and others": a coordinated subject
                while (after >= 0 && after < s.endToken() - 1 && tokens.get(after).pos().equals("CC")) {
                    Span more = nounPhraseForward(after + 1, block);
                    if (more == null) {
                        break;
                    }
                    subject = new Span(subject.start(), more.end());
                    after = firstTokenFrom(more.end());
                }
            } else {
                subject = subjectBefore(k, block);
                if (subject == null) {
                    return null;
                }
                open = firstTokenFrom(subject.start()) - 1;
                after = k + 1;
                if (open >= s.firstToken() && tokens.get(open).word().equalsIgnoreCase("as")
                        && (open == s.firstToken() || isComma(open - 1) || tokens.get(open - 1).pos().startsWith("RB"))) {
                    // "As Joel Pollak observed, the biggest victor was …": the content follows the comma
                    int close = after;
                    while (close < s.endToken() && close - after < 4 && !isComma(close)) {
                        close++;
                    }
                    int end = close < s.endToken() ? clauseEnd(s, close + 1) : close;
                    if (close >= s.endToken() || end - close - 1 < 3 || !hasVerb(close + 1, end)) {
                        return null;
                    }
                    return new Found(spanOf(close + 1, end - 1), QuoteKind.INDIRECT, attribution(k, subject));
                }
                if (open <= s.firstToken() || !isComma(open)) {
                    return null;
                }
            }
            // adjuncts may follow the cue before the closing comma: ", he said in an interview,"
            int close = after;
            while (close >= 0 && close < s.endToken() && close - after < 6 && !isComma(close)) {
                String pos = tokens.get(close).pos();
                if (!(pos.equals("IN") || pos.equals("DT") || pos.startsWith("NN") || pos.startsWith("JJ")
                        || pos.startsWith("RB") || pos.equals("CD") || pos.equals("PRP$")
                        || pos.equals("PRP") && close == after && ADDRESSED.contains(lemma(k)))) { // ", the partner told them,"
                    return null;
                }
                close++;
            }
            if (close < 0 || close >= s.endToken() || !isComma(close)) {
                return null;
            }
            if (close - after > 1 && !tokens.get(after).pos().equals("IN") && !tokens.get(after).pos().startsWith("RB")
                    && !ADDRESSED.contains(lemma(k))) {
                return null; // "Trump announced a ceasefire between the two, but …": an object, not an adjunct
            }
            int start = s.firstToken();
            while (start < open && (isQuoteMark(start) || tokens.get(start).pos().equals("``"))) {
                start++;
            }
            String opening = tokens.get(start).word().toLowerCase(Locale.ROOT);
            if (FRONTED_SUBORDINATORS.contains(opening) || opening.equals("as")) {
                // "As China builds islands …, it is his job, he said, to talk to Congress …": the main clause's part
                for (int i = open - 1; i > start + 2; i--) {
                    if (isComma(i) && mainClauseAt(i + 1, s)) {
                        start = i + 1;
                        break;
                    }
                }
            }
            int end = clauseEnd(s, close + 1);
            // both sides must read as parts of one clause: words before, a verb after ("The risk, he said, is …"),
            // or a verb before and its complement after ("It was, she said, one of the hardest years"); words
            // before with a verb only in a free relative ("Whatever progress he has made, officials said, could …")
            boolean freeRelative = tokens.get(start).word().toLowerCase(Locale.ROOT).startsWith("what");
            // (a pronoun subject may take four words: "it is his job, he said, to talk …")
            boolean verbBefore = open - start <= (tokens.get(start).pos().equals("PRP") ? 4 : 3) && hasFiniteVerb(start, open)
                    && end - close - 1 >= 2;
            // "After being informed that he would be charged, police said, Lewandowski went …": an adverbial
            // opener before the cue, the main clause after it
            boolean opener = tokens.get(start).pos().equals("IN") && !tokens.get(start).word().equalsIgnoreCase("that")
                    && close + 1 < s.endToken() && finiteVerbSoon(close + 1, s);
            // "Russia's gains in Syria since the campaign began, they said, could be …": a subject with a clause of
            // its own, then the predicate; "there is a risk, some Democrats said, that …": a noun and its clause
            boolean subjectBefore = close + 1 < s.endToken() && (isFiniteVerb(close + 1)
                    || tokens.get(close + 1).pos().equals("MD")) && isNounPhraseToken(start)
                    && !isSubjectPronoun(start) && !hasComma(start, open);
            boolean nounClause = close + 2 < s.endToken() && tokens.get(close + 1).word().equalsIgnoreCase("that")
                    && tokens.get(open - 1).pos().startsWith("NN") && open - start <= 8 && hasFiniteVerb(start, open)
                    && !hasComma(start, open) && finiteVerbSoon(close + 2, s);
            verbBefore |= nounClause;
            if (open - start < 1 || end - close - 1 < 2 || !(hasVerb(close + 1, end) || verbBefore)
                    || !(noFiniteVerb(start, open) || freeRelative || verbBefore || opener || subjectBefore
                    || verbsOnlyInRelativeClauses(start, open)) // "Those who now have the right to vote, he said, must …"
                    || tokens.get(close + 1).pos().equals("CC")) {
                return null;
            }
            // the clause without its attribution: "The risk … is …"
            Span before = spanOf(start, open - 1);
            Span rest = spanOf(close + 1, end - 1);
            return new Found(new Span(before.start(), rest.end()), QuoteKind.INDIRECT, attribution(k, subject),
                    List.of(before, rest), null);
        }

        /**
         * Cues whose object is part of what is reported: accusations and judgements ("accused Sanders of ignoring
         * …", "criticized the media for …"), requests ("urged Congress to act", "called on allies to …",
         * "called for a ban on …"), expectations ("officials expect the bank to raise rates"), and findings of a
         * document ("a poll showed Trump leading", "the survey found higher confidence"). The content runs from
         * the object to the end of the clause.
         */
        private Found objectComplement(org.dragoman.model.Sentence s, int k, Block block) {
            String lemma = lemma(k);
            int c = k + 1;
            if (c >= s.endToken() || k > 0 && (tokens.get(k).pos().equals("VBN") || tokens.get(k).pos().equals("VBD"))
                    && (tokens.get(k - 1).pos().equals("POS") || tokens.get(k - 1).pos().equals("PRP$"))) {
                return null; // "the mogul's preferred/VBN mode", "Rubio's proposed/VBD child care credit": adjectives
            }
            if (k > 0 && (tokens.get(k).pos().equals("VBN") || tokens.get(k).pos().equals("VBD"))
                    && (tokens.get(k - 1).pos().equals("CD") || Set.of("a", "an", "the", "these", "those", "no")
                    .contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT)))
                    && tokens.get(c).pos().startsWith("NN")) {
                return null; // "only eight reported/VBD incidents", "the proposed ban": adjectives too
            }
            if ((tokens.get(k).pos().equals("VBP") || tokens.get(k).pos().equals("VB")) && k >= 2
                    && tokens.get(k - 1).pos().equals("NN")) {
                // "recommended that the federation endorse Clinton": a subjunctive, what another asks of the subject
                int start = nounPhraseStartBackward(k - 1, block);
                if (start >= 1 && start <= k - 1 && tokens.get(start - 1).word().equalsIgnoreCase("that")) {
                    return null;
                }
            }
            if (lemma.equals("claim")) {
                for (int i = c; i < s.endToken() && i - c <= 3 && isNounPhraseToken(i); i++) {
                    if (WON.contains(lemma(i))) {
                        return null; // "claimed the nomination": a win, not a claim
                    }
                }
            }
            String next = tokens.get(c).word().toLowerCase(Locale.ROOT);
            boolean ok;
            boolean phrasal = false;
            boolean topicObject = false;
            boolean particle = false;
            int lead = -1; // an adverb before the object, part of the content
            boolean relativeAs = false;
            int preposition = -1;
            if ((lemma.equals("talk") || lemma.equals("speak")) && next.equals("to") && !isPassive(k)) {
                // "talks to Megyn Kelly about bullying", "is talking to voters about health care"
                int j = c + 1;
                while (j < s.endToken() && j - c <= 6 && isNounPhraseToken(j) && !isTemporal(j)) {
                    j++;
                }
                if (j > c + 1 && j + 1 < s.endToken() && tokens.get(j).word().equalsIgnoreCase("about")) {
                    c = j;
                    next = "about";
                }
            }
            if (lemma.equals("call") && (next.equals("for") || next.equals("on") || next.equals("upon")) && !isPassive(k)) {
                c++; // "called for a ban", "called on allies to …", "called upon the U.S. to …"
                ok = next.equals("for") ? isNounPhraseToken(c) : infinitiveAfterObject(c, s) > 0;
            } else if (JUDGEMENTS.containsKey(lemma) && !isPassive(k) && next.equals("as")
                    && JUDGEMENTS.get(lemma).contains("as") && c + 1 < s.endToken() && relativeBefore(k, s)) {
                c++; // "the marchers, whom he described as “peaceful,”": the relative pronoun is the object
                ok = true;
                relativeAs = true;
            } else if (JUDGEMENTS.containsKey(lemma) && !isPassive(k) && (prepositionAfterObject(c, s, JUDGEMENTS.get(lemma))
                    || !STANCES.contains(lemma))) {
                // "labeled Mr. Trump ''unfit to be president''": a naming without "as"
                ok = prepositionAfterObject(c, s, JUDGEMENTS.get(lemma))
                        || NAMINGS.contains(lemma) && !tokens.get(k).pos().equals("VBN") && namingComplement(c, s) > c;
                // "described their economic struggles": what is described, without "as", is a topic
                // ("described how the port had changed": a clause as topic)
                topicObject = !ok && DESCRIBING.contains(lemma) && !tokens.get(k).pos().equals("VBN") && (topicNoun(c)
                        || WH_WORDS.contains(next) && !next.equals("which") && finiteVerbSoon(c, s));
                ok |= topicObject;
            } else if (REQUESTS.contains(lemma) && !isPassive(k) && (!STANCES.contains(lemma)
                    || infinitiveAfterObject(c, s) > 0)
                    && !STANCE_PREPOSITIONS.getOrDefault(lemma, Set.of()).contains(next)) { // not "warned of the risk"
                // "wants his party to work harder", "urged “all parties” to exercise restraint"
                ok = (isNounPhraseToken(c) || regionOpeningAt(c) != null && c + 1 < s.endToken()
                        && isNounPhraseToken(c + 1)) && infinitiveAfterObject(c, s) > 0;
                // "Judicial Watch asked to depose Clinton": a request with no one asked
                ok |= lemma.equals("ask") && next.equals("to") && c + 1 < s.endToken()
                        && tokens.get(c + 1).pos().equals("VB");
            } else if (FINDINGS.contains(lemma) && (!STANCES.contains(lemma) || documentSubject(k, block))) {
                // (a person's prediction or confirmation is a stance: "Patrick predicted a Cruz win")
                Span subject = subjectBefore(k, block);
                if (next.equals("that") && c + 1 < s.endToken()) {
                    c++;
                    next = tokens.get(c).word().toLowerCase(Locale.ROOT);
                }
                while (c + 1 < s.endToken() && tokens.get(c).pos().startsWith("RB") && !next.equals("not")) {
                    c++; // "the survey shows only a small gender gap"
                    next = tokens.get(c).word().toLowerCase(Locale.ROOT);
                }
                // (or an estimate with its value after "at", by whoever makes it: "Economists have estimated the gap
                // at £20 billion", "Analysts put the cost at $5 billion")
                boolean valued = Set.of("estimate", "put", "project").contains(lemma) && valueAt(c, s)
                        && subject != null && canSpeak(subject);
                ok = subject != null && (isDocument(subject) || valued) && (isNounPhraseToken(c) || tokens.get(c).pos().equals("IN")
                        && !next.equals("that"));
                if (ok) {
                    int end = clauseEnd(s, c);
                    return end - c < 2 ? null : new Found(spanOf(c, end - 1), QuoteKind.INDIRECT, attribution(k, subject));
                }
            } else if (lemma.equals("call") && (!tokens.get(k).pos().equals("VBN") || isPerfect(k))
                    && namingComplement(c, s) > c) {
                ok = true; // "called the actions lawful", "called her son her hero", "called her “third-rate”"
            } else if ((STANCE_PREPOSITIONS.getOrDefault(lemma, Set.of()).contains(next) || c + 1 < s.endToken()
                    && tokens.get(c).pos().startsWith("RB") && STANCE_PREPOSITIONS.getOrDefault(lemma, Set.of())
                    .contains(tokens.get(c + 1).word().toLowerCase(Locale.ROOT))) && !isPassive(k)) {
                // "argued for a ban", "advocated for a primary challenger", "pointed to the polls", "spoke briefly
                // about the budget"
                if (!STANCE_PREPOSITIONS.get(lemma).contains(next)) {
                    c++;
                    next = tokens.get(c).word().toLowerCase(Locale.ROOT);
                }
                preposition = c;
                c++;
                ok = c < s.endToken() && (isNounPhraseToken(c) || tokens.get(c).pos().equals("VBG")
                        || tokens.get(c).pos().startsWith("W") || participleBeforeNoun(c, s))
                        && !isTemporal(c) && !platformAt(c, s);
            } else if (k + 3 < s.endToken() && PHRASAL_STANCES.getOrDefault(lemma + " " + next, Set.of())
                    .contains(tokens.get(k + 2).word().toLowerCase(Locale.ROOT)) && !isPassive(k)) {
                c += 2; // "lashed out at the press", "took issue with the ruling"
                phrasal = true;
                ok = isNounPhraseToken(c) || tokens.get(c).pos().equals("VBG") || tokens.get(c).pos().startsWith("W")
                        || participleBeforeNoun(c, s);
                ok &= !isTemporal(c);
            } else if (STANCES.contains(lemma) && !isPassive(k)) {
                if (c + 2 < s.endToken() && atLeast(c)) {
                    lead = c;
                    c += 2; // "support at least lowering the number"
                } else if (c + 1 < s.endToken() && tokens.get(c).pos().equals("RB") && next.endsWith("ly")
                        && (tokens.get(c + 1).pos().equals("VBG") || isNounPhraseToken(c + 1))) {
                    lead = c;
                    c++; // "support temporarily banning …", "endorsed publicly the plan"
                }
                next = tokens.get(c).word().toLowerCase(Locale.ROOT);
                // "Pate endorsed Charlie Crist", "she defended the plan": a stance taken in public on its object
                // a pronoun object stands for what it refers to ("endorsed her"), but not after a wish ("wants it")
                // ("opposed it because it fell short" too: "it" names the bill)
                ok = isNounPhraseToken(c) && !(tokens.get(c).pos().equals("PRP") && (WISHES.contains(lemma)
                        || !PERSONAL_OBJECTS.contains(tokens.get(c).word().toLowerCase(Locale.ROOT))
                        && !(tokens.get(c).word().equalsIgnoreCase("it") && OPINIONS.contains(lemma))))
                        && !(isTemporal(c) && !quantityOfTime(c, s)) && !nounCueAhead(c, s, EXPRESSING.contains(lemma))
                        // "wanted more/RBR staff": a comparative the tagger took for an adverb
                        || Set.of("more", "less", "fewer").contains(next) && c + 1 < s.endToken() && isNounPhraseToken(c + 1)
                        && !isTemporal(c + 1)
                        // "proposed barring all foreign Muslims", "questioned why his wife did not speak"
                        || tokens.get(c).pos().equals("VBG") && !WISHES.contains(lemma)
                        || WH_WORDS.contains(next) && !next.equals("which") && finiteVerbSoon(c, s)
                        // "condemned ''such a murderous attack''": a quoted object
                        || (next.equals("“") || tokens.get(c).pos().equals("``") || regionOpeningAt(c) != null)
                        && c + 1 < s.endToken() && isNounPhraseToken(c + 1);
                if (next.equals("that") && c + 1 < s.endToken() && !isFiniteVerb(c + 1) && !tokens.get(c).pos().equals("DT")
                        && (finiteVerbSoon(c + 1, s) || hasVerb(c + 2, Math.min(s.endToken(), c + 8)))) {
                    c++; // "proposed that every city be allowed to …": the clause after "that", maybe subjunctive
                    ok = true;
                }
            } else if (PARTICLE_STANCES.contains(lemma + " " + next) && k + 2 < s.endToken() && !isPassive(k)) {
                c = k + 2; // "laid out his vision for America", "played down the risk", "shrugged off the criticism"
                particle = true;
                ok = topicNoun(c) || tokens.get(c).pos().equals("VBG") && !isTemporal(c);
            } else if (DESCRIBING.contains(lemma) && !JUDGEMENTS.containsKey(lemma) && !isPassive(k)
                    && topicNoun(c)) {
                topicObject = true; // "outlined their priorities"
                ok = true;
            } else if (lemma.equals("discuss") && !isPassive(k) && !(k >= 2 && tokens.get(k - 1).pos().equals("TO")
                    && (!tokens.get(k - 2).pos().startsWith("VB") || PERMISSIONS.contains(lemma(k - 2))))) {
                // "will discuss his new book", "met to discuss the race": what is discussed is a topic; not "calls
                // with Sanders and Clinton to discuss", whose speaker is not the noun before, nor the anonymous
                // source's "was not authorized to discuss the talks", which is what was not said
                topicObject = topicNoun(c)
                        || WH_WORDS.contains(next) && finiteVerbSoon(c, s);
                ok = topicObject;
            } else {
                return null;
            }
            if (!ok && STANCES.contains(lemma) && !isPassive(k) && (isComma(c) || isSentencePunct(c))) {
                // "a ceasefire, which the government has so far rejected": the stance is on the relative's noun
                Span object = relativeGapObject(k, s, block);
                Span subject = object == null ? null : subjectOfCue(k, block);
                if (subject != null && subject.overlaps(object) && subject.end() > object.end()) {
                    // "a claim the Kremlin denies": the subject after the noun, which the phrase ran into
                    subject = spanOf(firstTokenFrom(object.end()), lastTokenBefore(subject.end()));
                }
                if (subject != null && canSpeak(subject) && !subject.overlaps(object)) {
                    return new Found(object, QuoteKind.INDIRECT, attribution(k, subject));
                }
            }
            if (!ok) {
                return null;
            }
            boolean stance = STANCES.contains(lemma) || STANCE_PREPOSITIONS.containsKey(lemma) || phrasal || particle;
            int end = objectEnd(s, k, c, stance);
            if (!stance && REQUESTS.contains(lemma)) {
                // "advised citizens to avoid travel to Japan, and state media reported …": a new clause
                end = intentionEnd(s, c, end);
            }
            int to = REQUESTS.contains(lemma) ? infinitiveAfterObject(c, s) : -1;
            for (int i = to + 2; to > 0 && i + 1 < end; i++) {
                int from = i + 1;
                if (tokens.get(i).pos().equals("IN") && TIME_CLAUSES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                        && java.util.stream.IntStream.range(from, end).anyMatch(x -> isIndirectCue(x) && isFiniteVerb(x))) {
                    end = i; // "urged her supporters to stay home after strikes on boats the Pentagon says …":
                    break;   // another's report in the time of the request is not part of it
                }
            }
            if (lemma.equals("express") || lemma.equals("voice")) {
                // "expressed confidence (that) it was holding the better hand": the belief's clause is the content
                int h = c;
                while (h + 1 < s.endToken() && h - c < 3 && (tokens.get(h).pos().startsWith("JJ")
                        || tokens.get(h).pos().startsWith("RB") || tokens.get(h).pos().equals("PRP$"))) {
                    h++;
                }
                int clause = h + 1 < s.endToken() && tokens.get(h).pos().startsWith("NN") && NOUN_CUES.contains(lemma(h))
                        ? (tokens.get(h + 1).word().equalsIgnoreCase("that") ? h + 2 : h + 1) : -1;
                if (h + 1 < s.endToken() && tokens.get(h).pos().startsWith("NN") && nounStance(s, h, block) != null) {
                    return null; // "expressed admiration for Ruiz": the noun's stance, with its own cue
                }
                if (clause > 0 && clause < s.endToken() && (isSubjectPronoun(clause) || isNounPhraseToken(clause))
                        && finiteVerbSoon(clause, s) && !isFiniteVerb(clause)) {
                    c = clause;
                    end = clauseEnd(s, c);
                    stance = false; // (a clause, not an object: "confidence it was …" does not stop at "it")
                }
            }
            QuoteScanner.Region quotedObject = stance || relativeAs ? regionOpeningAt(c) : null;
            if (quotedObject != null && REQUESTS.contains(lemma) && infinitiveAfterObject(c, s) > 0) {
                quotedObject = null; // "urged “all parties” to exercise restraint": the request runs on past it
            }
            if (relativeAs && quotedObject == null) {
                for (int i = c + 1; i < end; i++) {
                    if (isComma(i)) {
                        end = i; // "which friends described as miserable, contributed to": the relative clause ends
                        break;
                    }
                }
            }
            if (quotedObject != null && quotedObject.close() >= 0) {
                for (int i = c + 1; i < (relativeAs ? s.endToken() : end); i++) {
                    if (tokens.get(i).span().start() == quotedObject.close()) {
                        end = i + 1; // "condemned ''such a cowardly attack'' on Monday": the quotation is the object
                        break;
                    }
                }
            }
            if (stance && tokens.get(c).word().equalsIgnoreCase("it")) {
                end = c + 1; // "opposed it because it fell short": the pronoun is the whole object
            }
            if (end - 1 > c && isDash(end - 1)) {
                // "downplayed Trump's attack on the judge — something that's thrown the GOP into chaos — and
                // said": an aside set off by dashes at the end is the writer's, not part of the object
                for (int i = end - 2; i > c && !isQuoteMark(i); i--) { // (not a quoted aside: "record—“the …”—")
                    if (isDash(i)) {
                        end = i;
                        break;
                    }
                }
            }
            if (lemma(c).equalsIgnoreCase("anonymity")) {
                return null; // "who requested anonymity to discuss private talks": the terms of speaking, not speech
            }
            Span subject = subjectOfCue(k, block);
            if (end - c < (stance || topicObject || relativeAs ? 1 : 2) || subject == null || !canSpeak(subject)) {
                return null;
            }
            boolean withPreposition = c == k + 2 && lemma.equals("call")
                    && (next.equals("for") || next.equals("on") || next.equals("upon"))
                    || preposition >= 0;
            String cue = phrasal ? lemma + " " + next + " " + tokens.get(k + 2).word().toLowerCase(Locale.ROOT)
                    : withPreposition || particle ? lemma + " " + next : lemma;
            Span cueSpan = phrasal ? spanOf(k, k + 2) : particle ? spanOf(k, k + 1)
                    : withPreposition ? spanOf(k, Math.max(k + 1, preposition)) : tokens.get(k).span();
            if (TOPICS.contains(cue) || topicObject) {
                end = topicEnd(s, c, end); // "talked about income inequality for most of the speech"
                boolean named = false;
                boolean head = true; // (the topic's head, before an "of": not "the cancellation of his show")
                for (int i = c; i < end && i - c < 5; i++) {
                    head &= !(i > c && tokens.get(i).word().equalsIgnoreCase("of"));
                    if (head && NOT_TOPICS.contains(lemma(i)) && !next.equals("about")) {
                        return null; // "spoke on condition of anonymity", "spoke on CNN's State of the Union"
                    }
                    String pos = tokens.get(i).pos();
                    named |= pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD") || pos.startsWith("W")
                            || pos.equals("VBG");
                }
                if (!named) {
                    return null; // not a bare determiner
                }
            }
            Attribution at = attribution(cue, cueSpan, subject);
            return new Found(spanOf(lead >= 0 ? lead : c, end - 1), QuoteKind.INDIRECT, at);
        }

        /**
         * Where a reported clause ends (exclusive) when the comma at {@code i} opens the writer's aside on it, "…, a
         * claim rejected by rights groups", also after a closing quotation mark ("“infiltrated by criminals,” a
         * claim …", which keeps the mark); -1 when it does not, or the aside would not end before {@code end}.
         */
        private int writersAside(int i, int end) {
            if (!isComma(i)) {
                return -1;
            }
            int d = i + 1 < end && isClosingMark(i + 1) ? i + 2 : i + 1;
            boolean bare = d + 1 < end && Set.of("language", "wording", "rhetoric", "phrasing").contains(lemma(d))
                    && Set.of("that", "which").contains(tokens.get(d + 1).word().toLowerCase(Locale.ROOT));
            if (!bare && (d + 1 >= end || !tokens.get(d).pos().equals("DT")
                    || !WRITERS_ASIDES.contains(lemma(d + 1)))) {
                return -1; // (or a mass noun of words with its relative: "…, language that under Japanese law …")
            }
            return d == i + 1 ? i : d;
        }

        /**
         * Where the object of the cue at {@code k}, starting at {@code c}, ends (exclusive): at the clause's end, a
         * quotation closing before the main verb, and for a stance ({@code stance}) also at a contrast, a comma
         * before a conjunction or subordinator, or the verb of the main clause the object sits in.
         */
        private int objectEnd(org.dragoman.model.Sentence s, int k, int c, boolean stance) {
            int end = clauseEnd(s, c);
            for (int i = c + 1; i + 2 < end; i++) {
                int aside = writersAside(i, end);
                if (aside >= 0) {
                    end = aside; // "called the law a “foreign agents” bill, a label the government rejects": the writer's
                    break;
                }
            }
            if (k >= 2 && hyphenated(k)) {
                // "a Johnson-backed lawsuit against the levy": the noun the compound modifies, with its phrase
                int i = c;
                while (i < end && (isNounPhraseToken(i) || tokens.get(i).pos().equals("IN") && i > c
                        && !tokens.get(i).word().equalsIgnoreCase("that") && i + 1 < end && isNounPhraseToken(i + 1))) {
                    i++;
                }
                return Math.max(i, c + 1);
            }
            int rel = k - 1;
            while (rel > s.firstToken() && (tokens.get(rel).pos().startsWith("RB") || tokens.get(rel).pos().equals("MD")
                    || lemma(rel).equals("have") || lemma(rel).equals("be"))) {
                rel--;
            }
            if (rel > s.firstToken() && RELATIVES.contains(tokens.get(rel).word().toLowerCase(Locale.ROOT)) && isComma(rel - 1)) {
                // "Trump, who has accused Clinton of …, may have …": the relative clause ends before the main verb
                for (int i = c + 1; i + 1 < end; i++) {
                    if (isComma(i) && (isFiniteVerb(i + 1) || tokens.get(i + 1).pos().equals("MD"))) {
                        end = i;
                        break;
                    }
                }
            }
            // a clause object ("proposed that …", "questioned why …", "proposed barring …") runs to the clause's end
            boolean embedded = tokens.get(c - 1).word().equalsIgnoreCase("that") || WH_WORDS.contains(lemma(c))
                    || tokens.get(c).pos().equals("VBG");
            // "One pastor supporting Mr. Cruz, Darran Whiting, said": a participle after a noun ends at a comma
            boolean postnominal = tokens.get(k).pos().equals("VBG") && k > 0 && tokens.get(k - 1).pos().startsWith("NN");
            int infinitive = stance && REQUESTS.contains(lemma(k)) ? infinitiveAfterObject(c, s) : -1;
            for (int i = c + 1; stance && i + 1 < end; i++) {
                String w = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
                if (postnominal && isComma(i)) {
                    end = i;
                    break;
                }
                if (!embedded && i > c && CONTRASTS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                    end = i; // "preferred Clinton while about 6 in 10 men supported Sanders"
                    break;
                }
                if (!embedded && i > c && tokens.get(i).pos().equals("IN")
                        && TIME_CLAUSES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                        && subjectThenVerb(i + 1, end)) {
                    end = i; // "rejects truce plan as famine spreads in Darfur": the writer's when
                    break;
                }
                // (but not before the infinitive of a request: "urged her supporters on Saturday to stay home")
                boolean request = infinitive > i;
                if (!embedded && !request && (!JUDGEMENTS.containsKey(lemma(k)) && timeAfterObject(i, end, s)
                        || mediumAfterObject(i, end) && !judgedFor(k, i, end)) && !hasPreposition(c, i)) {
                    end = i; // "defended her budget on Thursday against accusations …": when, not what; "praised the
                    break;   // outcome on social media": where
                }
                int in = i + 1 < end && isComma(i + 1) ? i + 2 : i + 1; // (", and, in 2012, backed …")
                int p = i > c && tokens.get(i).pos().equals("CC") ? phraseAfter(in, end) : -1;
                if (p >= 0) {
                    // "praised the bill but on Monday criticized its cost": a phrase, then a verb of the subject's
                    if (p < end && isComma(p) && in > i + 1) {
                        p++;
                    }
                    if (p < end && (tokens.get(p).pos().equals("VBD") || tokens.get(p).pos().equals("VBZ"))) {
                        end = i;
                        break;
                    }
                }
                if (!embedded && i > c && tokens.get(k).pos().equals("VBG") && tokens.get(i).pos().equals("CC")
                        && participleSubjectAfter(i + 1, end)) {
                    end = i; // "with France pressing for countermeasures and Germany warning that …": two subjects
                    break;
                }
                if (!embedded && i > c && SUBORDINATORS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                        && i + 2 < end && (isSubjectPronoun(i + 1) && verbAfter(i + 1, end)
                        || tokens.get(i).pos().equals("IN") && speakerThenCue(i + 1, s))) {
                    end = i; // "is highlighting his Iowa win as he urges conservatives to unite", "urging its citizens
                    break;   // to avoid travel after Takaichi suggested that …"
                }
                // "praised the police for what he called their restraint": a clause inside the object
                embedded |= tokens.get(i).pos().startsWith("W") || tokens.get(i).word().equalsIgnoreCase("that")
                        || SUBORDINATORS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                        // (not the "as" of a judgement: "dismissed the results as fraudulent and called on …")
                        && !(tokens.get(i).word().equalsIgnoreCase("as")
                        && JUDGEMENTS.getOrDefault(lemma(k), Set.of()).contains("as"));
                if (isComma(i) && (w.equals("which") || w.equals("who") || w.equals("whom")) && i + 2 < end
                        && (speakerThenCue(i + 2, s) || relativeNaming(i + 1, end)
                        || relativeStance(i + 1, end) >= 0)) {
                    end = i; // "cited an internal investigation …, which the probe said were covered up": its own report
                    break;
                }
                if (isComma(i) && (tokens.get(i + 1).pos().equals("CC") || SUBORDINATORS.contains(w) || w.equals("with"))) {
                    end = i; // "is demanding sanctions, but the White House is holding off", "…, with the minister …"
                } else if (isComma(i) && i + 3 < end && relativeAhead(i + 1, 4)) {
                    end = i; // "idealists who wanted a break from the Bush years, centrists who were angry …"
                } else if (isComma(i) && subjectThenVerb(i + 1, end)) {
                    end = i; // "Among those who want a continuation of his policies, most are planning …"
                } else if (!embedded && tokens.get(i).pos().equals("CC") && (verbAfter(i + 1, end)
                        // "… and called/VBN on supporters to …": a past verb of speech the tagger took for a participle
                        || tokens.get(i + 1).pos().equals("VBN") && (isCue(i + 1) || STANCES.contains(lemma(i + 1))))) {
                    end = i; // "did not mention them by name but did note that …"
                } else if ((isFiniteVerb(i) && !tokens.get(i - 1).pos().equals("POS") // not "Vance's repeated/VBD calls"
                        || tokens.get(i).pos().equals("VB") && tokens.get(i - 1).pos().startsWith("NN"))
                        && !embedded && !tokens.get(i + 1).pos().equals("TO")) { // "government plans to …" is a noun
                    end = i; // "the respondents who support Sanders are in college": the object ends at the verb
                }
            }
            if (stance && !embedded && end - 1 > c && !JUDGEMENTS.containsKey(lemma(k)) && timeAfterObject(end - 1, end, s)
                    && !hasPreposition(c, end - 1)) {
                end--; // "opposed him Tuesday"
            }
            int adverbs = end;
            while (stance && !embedded && adverbs - 1 > c && (tokens.get(adverbs - 1).pos().equals("RB")
                    || tokens.get(adverbs - 1).word().equalsIgnoreCase("throughout"))
                    && !Set.of("not", "ago").contains(tokens.get(adverbs - 1).word().toLowerCase(Locale.ROOT))) {
                adverbs--;
            }
            String held = tokens.get(adverbs - 1).pos();
            if (adverbs < end && (held.startsWith("NN") || held.equals("PRP"))) {
                end = adverbs; // "has denied wrongdoing throughout", "denied the allegations again": how, not what
            }
            // a request's infinitive: "urged the party to coalesce around them and tried/VBD to make the case",
            // "when he asked supporters to run for office, at least 21,000 said they would"
            boolean clause = embedded;
            for (int i = c + 1; !stance && i + 1 < end; i++) {
                clause |= tokens.get(i).pos().startsWith("W") || tokens.get(i).word().equalsIgnoreCase("that");
                if (!clause && tokens.get(i).pos().equals("CC") && (tokens.get(i + 1).pos().equals("VBD")
                        || tokens.get(i + 1).pos().equals("VBZ")) || isComma(i) && subjectThenVerb(i + 1, end)
                        // "urging its citizens to avoid travel to Japan after Takaichi suggested that …": another's report
                        || !clause && TIME_CLAUSES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                        && tokens.get(i).pos().equals("IN") && speakerThenCue(i + 1, s)) {
                    end = i;
                    break;
                }
            }
            for (int i = c + 1; stance && i + 1 < end; i++) {
                if (isComma(i) && closingAttributionAfter(i, s)) {
                    // "The ministry confirmed the visit, its spokesman, Tomas Reyes, told the Gazette."
                    end = endBeforeAttribution(i);
                    break;
                }
            }
            for (int i = c + 1; i + 2 < end; i++) {
                if (commaQuoteThenVerb(i) || isComma(i) && isClosingMark(i + 1) && closingAttributionAfter(i, s)) {
                    end = i + 2; // "Manafort, calling it “the magic of Trump,” said …": the quotation ends the object
                    break;
                }
            }
            return end;
        }

        /**
         * Whether a time opens at {@code i} right after the head of an object and ends a phrase: "the plan on Monday",
         * "Trump in 2016"; not "a ban on night shipping".
         */
        private boolean timeAfterObject(int i, int end, org.dragoman.model.Sentence s) {
            String before = tokens.get(i - 1).pos();
            if (!(before.startsWith("NN") || before.equals("PRP")) || isTemporal(i - 1)) {
                return false;
            }
            int t = i;
            if (tokens.get(i).pos().equals("IN") && Set.of("on", "in", "at", "during")
                    .contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                t = i + 1;
            } else if (!(tokens.get(i).pos().startsWith("NN")
                    || Set.of("last", "this", "next", "earlier").contains(tokens.get(i).word().toLowerCase(Locale.ROOT)))) {
                return false;
            }
            if (t >= end || !isTemporal(t) || quantityOfTime(t, s)) {
                return false;
            }
            while (t + 1 < end && isTemporal(t + 1)) {
                t++;
            }
            return t + 1 >= end || !tokens.get(t + 1).pos().startsWith("NN");
        }

        /** Whether "at" and an amount follow the object at {@code c} in its clause: "the gap at £20 billion". */
        private boolean valueAt(int c, org.dragoman.model.Sentence s) {
            for (int i = c + 1; i + 1 < s.endToken() && i - c <= 10 && !isComma(i); i++) {
                if (tokens.get(i).word().equals("at")) {
                    int v = i + 1;
                    while (v < s.endToken() && Set.of("about", "around", "roughly", "nearly", "some", "least")
                            .contains(tokens.get(v).word().toLowerCase(Locale.ROOT))) {
                        v++;
                    }
                    return v < s.endToken() && (tokens.get(v).pos().equals("CD") || tokens.get(v).pos().equals("$")
                            || Set.of("£", "€", "$").contains(tokens.get(v).word()));
                }
            }
            return false;
        }

        /** Whether the judgement at {@code k} names what it judges for after token {@code i}: "praised … for". */
        private boolean judgedFor(int k, int i, int end) {
            Set<String> carriers = JUDGEMENTS.getOrDefault(lemma(k), Set.of());
            for (int j = i + 1; j < end; j++) {
                if (carriers.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a prepositional phrase at {@code i}, right after a noun of a stance's object, names where the stance
         * was said: "praised the outcome on social media", "criticized the plan in a statement", "attacked Clinton
         * during a rally"; not "a ban on social media".
         */
        private boolean mediumAfterObject(int i, int end) {
            if (!tokens.get(i).pos().equals("IN") || !Set.of("on", "in", "at", "during")
                    .contains(tokens.get(i).word().toLowerCase(Locale.ROOT)) || !(tokens.get(i - 1).pos().startsWith("NN")
                    || tokens.get(i - 1).pos().equals("PRP"))) {
                return false;
            }
            for (int j = i + 1; j < end && j - i <= 5; j++) {
                String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
                if (MEDIA.contains(w) && (j > i + 1 || Character.isUpperCase(tokens.get(j).word().charAt(0)))) {
                    // (after a determiner or as a platform's name: not "the ban on social media", "a vote in debate")
                    return j + 1 >= end || !tokens.get(j + 1).pos().startsWith("NN")
                            && !tokens.get(j + 1).pos().equals("POS") && !tokens.get(j + 1).word().equalsIgnoreCase("of");
                }
                if (!(isNounPhraseToken(j) || tokens.get(j).pos().equals("POS"))) {
                    return false;
                }
            }
            return false;
        }

        /**
         * The verb of another's stance whose object is the relative pronoun at {@code rel}, before {@code end}: "a
         * three-month ceasefire, which the army-led government has so far rejected", "a plan, which Hamas rejected";
         * or -1.
         */
        private int relativeStance(int rel, int end) {
            int v = rel + 1;
            while (v < end && v - rel <= 9 && (isNounPhraseToken(v) || v > rel + 1 && (tokens.get(v).word().equals("in")
                    || tokens.get(v).word().equals("of") || tokens.get(v).pos().equals("HYPH")
                    || tokens.get(v - 1).pos().equals("HYPH") && tokens.get(v).pos().equals("VBN")))) { // "army-led"
                if (tokens.get(v).pos().equals("PRP")) {
                    v++;
                    break; // "which it rejected"
                }
                v++;
            }
            if (v == rel + 1 || v >= end || !canSpeak(spanOf(rel + 1, v - 1))) {
                return -1;
            }
            while (v < end && (tokens.get(v).pos().startsWith("RB") || tokens.get(v).pos().equals("MD")
                    || lemma(v).equals("have") && tokens.get(v).pos().startsWith("VB")
                    || tokens.get(v).word().equalsIgnoreCase("so") || tokens.get(v).word().equalsIgnoreCase("far"))) {
                v++;
            }
            return v < end && tokens.get(v).pos().startsWith("VB") && STANCES.contains(lemma(v))
                    && (v + 1 >= end || isComma(v + 1) || isSentencePunct(v + 1)) ? v : -1;
        }

        /** Whether a noun phrase starting at {@code start} follows a comma, a verb or a preposition: not a subject. */
        private boolean objectPosition(int start, Block block) {
            if (start < 1 || !inBlock(start - 1, block)) {
                return false;
            }
            String pos = tokens.get(start - 1).pos();
            return isComma(start - 1) || pos.startsWith("VB") || pos.equals("IN") && !tokens.get(start - 1).word()
                    .equalsIgnoreCase("that");
        }

        /**
         * What the stance at {@code k}, its object a relative pronoun, is held on: "a three-month ceasefire, which the
         * government has rejected", "a point that intelligence officials have disputed"; null when none.
         */
        private Span relativeGapObject(int k, org.dragoman.model.Sentence s, Block block) {
            for (int r = k - 2; r > s.firstToken() + 1 && k - r <= 12 && inBlock(r, block); r--) {
                String w = tokens.get(r).word().toLowerCase(Locale.ROOT);
                boolean which = (w.equals("which") || w.equals("whom")) && isComma(r - 1);
                boolean that = w.equals("that") && tokens.get(r).pos().equals("WDT")
                        && tokens.get(r - 1).pos().startsWith("NN");
                // "…, a claim the Kremlin denies": a reduced relative, its noun right before its subject
                boolean reduced = !which && !that && (tokens.get(r).pos().equals("NN") || tokens.get(r).pos().equals("NNS"))
                        && Character.isLowerCase(tokens.get(r).word().charAt(0)) && !isTemporal(r)
                        && Set.of("DT", "PRP$", "JJ").contains(tokens.get(r - 1).pos()) // (not "a claim party/NN")
                        && Set.of("DT", "NNP", "NNPS", "PRP", "NNS", "NN").contains(tokens.get(r + 1).pos())
                        && objectPosition(nounPhraseStartBackward(r, block), block);
                if (!which && !that && !reduced) {
                    continue;
                }
                int last = which ? r - 2 : reduced ? r : r - 1;
                int verb = relativeStance(r, s.endToken());
                if (reduced && verb != k) {
                    continue;
                }
                if (verb != k || last < s.firstToken() || !inBlock(last, block)
                        || !tokens.get(last).pos().startsWith("NN")) {
                    return null;
                }
                int start = nounPhraseStartBackward(last, block);
                return start <= last && !isTemporal(last) ? spanOf(start, last) : null;
            }
            return null;
        }

        /**
         * Whether the relative pronoun at {@code rel} opens a naming of its own, before {@code end}: "which he
         * describes as his second home", "whom aides described as “peaceful”".
         */
        private boolean relativeNaming(int rel, int end) {
            for (int v = rel + 2; v + 1 < end && v - rel <= 5; v++) {
                if (tokens.get(v).pos().startsWith("VB")) {
                    int subjectEnd = v - 1 > rel && tokens.get(v - 1).pos().startsWith("RB") ? v - 2 : v - 1;
                    return JUDGEMENTS.getOrDefault(lemma(v), Set.of()).contains("as")
                            && tokens.get(v + 1).word().equals("as") && isNounPhraseToken(subjectEnd);
                }
                if (!isNounPhraseToken(v - 1) && !tokens.get(v - 1).pos().startsWith("RB")) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Where the topic starting at {@code c} ends, at most at {@code end}: after its noun phrase and "of"
         * phrases, before another preposition or a time ("about income inequality for most of the speech", "on the
         * dispute on Tuesday"); a clause topic ("about how …", "about raising taxes") runs on.
         */
        /**
         * Whether the past participle at {@code k} is on a medium that is the object of a preposition: "In a statement
         * posted on Facebook", "in an interview published Monday".
         */
        private boolean participleOnMedium(int k, org.dragoman.model.Sentence s, Block block) {
            // (or one the tagger took for a past: "In a video posted/VBD on X": a noun after a preposition has no verb)
            if (!(tokens.get(k).pos().equals("VBN") || tokens.get(k).pos().equals("VBD")) || k <= s.firstToken()
                    || !tokens.get(k - 1).pos().startsWith("NN")
                    || tokens.get(k - 1).pos().startsWith("NNP")) {
                return false;
            }
            String medium = lemma(k - 1);
            if (!(MESSAGES.contains(medium) || DOCUMENTS.contains(medium) || SPEECHES.contains(medium)
                    || MEDIA.contains(medium))) {
                return false;
            }
            int start = nounPhraseStartBackward(k - 1, block);
            boolean opener = start - 1 == s.firstToken() && k + 1 < s.endToken()
                    && tokens.get(k + 1).pos().equals("IN");
            return start > s.firstToken() && start <= k - 1 && tokens.get(start - 1).pos().equals("IN")
                    && (tokens.get(k).pos().equals("VBN") || opener); // (not "but in a later interview said he had")
        }

        /** Whether "not to be named" (identified, quoted) starts at {@code c}: a source's terms, not speech. */
        private boolean notToBeNamed(int c) {
            return c >= 0 && c + 3 < tokens.size() && tokens.get(c).word().equalsIgnoreCase("not")
                    && tokens.get(c + 1).word().equalsIgnoreCase("to") && lemma(c + 2).equals("be")
                    && Set.of("name", "identify", "quote").contains(lemma(c + 3));
        }

        /** Whether the past participle at {@code c} modifies the noun after it: "commented on proposed rules". */
        private boolean participleBeforeNoun(int c, org.dragoman.model.Sentence s) {
            return c + 1 < s.endToken() && tokens.get(c).pos().equals("VBN") && tokens.get(c + 1).pos().startsWith("NN")
                    && !isTemporal(c + 1);
        }

        private int topicEnd(org.dragoman.model.Sentence s, int c, int end) {
            if (tokens.get(c).pos().startsWith("W") || tokens.get(c).pos().equals("VBG")) {
                return end;
            }
            for (int i = c + 1; i < end; i++) {
                String pos = tokens.get(i).pos();
                String before = tokens.get(i - 1).pos();
                if ((pos.equals("VBN") || pos.equals("VBG") || pos.equals("VBD") && before.equals("POS")) && i + 1 < end
                        && tokens.get(i + 1).pos().startsWith("NN")
                        && (before.equals("DT") || before.equals("PRP$") || before.startsWith("JJ")
                        || before.equals("POS"))) {
                    continue; // "a rigged system", "her growing lead", "her rival's failed reform": a participle
                }
                if (pos.equals("VBG") && before.equals("CC")) {
                    continue; // "health care and getting big money out of politics"
                }
                if (isTemporal(i) && tokens.get(i - 1).word().equalsIgnoreCase("of")) {
                    while (i + 1 < end && isTemporal(i + 1)) {
                        i++; // "the winner of last month's election": a time the noun is of
                    }
                    continue;
                }
                if (isTemporal(i)) {
                    int j = i + 1;
                    while (j < end && isTemporal(j)) {
                        j++;
                    }
                    if (j < end && (tokens.get(j).pos().equals("NN") || tokens.get(j).pos().equals("NNS"))) {
                        i = j;
                        continue; // "his late night show": a time that modifies the noun after it
                    }
                }
                if (isTemporal(i) && !isTemporal(c) && !tokens.get(i - 1).pos().equals("POS") // "the party's July convention"
                        || pos.equals("IN") && !tokens.get(i).word().equalsIgnoreCase("of")
                        || pos.equals("TO") || pos.startsWith("VB") || pos.startsWith("RB") || pos.equals("MD")
                        || isSubjectPronoun(i) // "the projects | he would cut"
                        || isComma(i) && i + 1 < end && tokens.get(i + 1).pos().equals("VBG")) { // ", ending a count"
                    return i;
                }
            }
            return end;
        }

        /** Whether the subject of the verb at {@code k} is a document, poll or data: "a poll showed …". */
        private boolean documentSubject(int k, Block block) {
            Span subject = subjectBefore(k, block);
            return subject != null && isDocument(subject);
        }

        /**
         * Where the second complement of "call" starts after its object at {@code c}, or -1: an adjective, a quote
         * or a new noun phrase right after a short object ("the actions | lawful", "her son | her hero"). Not for
         * "called him", "called an emergency session" or "called Trump's office", which have one object only.
         */
        private int namingComplement(int c, org.dragoman.model.Sentence s) {
            boolean pp = false;
            for (int i = c; i < s.endToken() && i - c <= (pp ? 10 : 5); i++) {
                Token t = tokens.get(i);
                boolean afterNoun = i > c && (tokens.get(i - 1).pos().startsWith("NN")
                        || tokens.get(i - 1).pos().equals("PRP") || gerundAsNoun(i - 1));
                if (afterNoun && (t.pos().equals("JJ") || t.pos().equals("DT") || t.pos().equals("PRP$")
                        || isQuoteMark(i) || t.word().equals("“"))) {
                    if (isTemporal(i)) {
                        return -1; // "called Mayor Jones last week": a phone call, then when
                    }
                    if (pp && !t.pos().equals("JJ") && !isQuoteMark(i) && !t.word().equals("“")) {
                        return -1; // "called a meeting of the council members a …" is too loose to read
                    }
                    // an adjective may end the sentence ("called the ruling unjust."), a phrase may not
                    return t.pos().equals("JJ") || i + 1 < s.endToken() && !isSentencePunct(i + 1) ? i : -1;
                }
                // "called Clinton's squabble with the intelligence community unusual": a prepositional phrase
                if (afterNoun && t.pos().equals("IN") && PP_AFTER.contains(t.word()) && !pp) {
                    pp = true;
                    continue;
                }
                if (!isNounPhraseToken(i) && !gerundAsNoun(i) || t.pos().equals("JJ") && afterNoun) {
                    return -1;
                }
            }
            return -1;
        }

        /** "the ruling/VBG": a gerund after a determiner, a noun to the tagger's left. */
        private boolean gerundAsNoun(int i) {
            return i > 0 && tokens.get(i).pos().equals("VBG") && (tokens.get(i - 1).pos().equals("DT")
                    || tokens.get(i - 1).pos().equals("PRP$"));
        }

        /**
         * A noun of speech with its that-clause and its owner in the object at {@code c}: "disputed his claim
         * that …", "rejected Moscow's claim that …" (but "dismissed suggestions that …", of no one, is the stance's
         * object); with {@code own}, the subject's own: "expressed doubt that …".
         */
        private boolean nounCueAhead(int c, org.dragoman.model.Sentence s, boolean own) {
            boolean owner = own;
            for (int i = c; i + 1 < s.endToken() && i - c <= 5 && isNounPhraseToken(i); i++) {
                owner |= tokens.get(i).pos().equals("PRP$") || tokens.get(i).pos().equals("POS");
                if (NOUN_CUES.contains(lemma(i)) && tokens.get(i + 1).word().equalsIgnoreCase("that")) {
                    return owner;
                }
            }
            return false;
        }

        /** A past participle after a form of "have", past adverbs: "has nevertheless called his vote …". */
        private boolean isPerfect(int k) {
            int i = k - 1;
            while (i >= 0 && tokens.get(i).pos().startsWith("RB")) {
                i--;
            }
            return tokens.get(k).pos().equals("VBN") && i >= 0 && lemma(i).equals("have");
        }

        /** A past participle after a form of "be" or "get": "was called for", "were criticized for". */
        private boolean isPassive(int k) {
            if (!tokens.get(k).pos().equals("VBN")) {
                return false;
            }
            int i = k - 1;
            while (i >= 0 && tokens.get(i).pos().startsWith("RB")) {
                i--;
            }
            return i >= 0 && (lemma(i).equals("be") || lemma(i).equals("get"));
        }

        /** Two finite verbs with nothing between them that opens a clause: "that he made on Monday was false". */
        private boolean relativeClauseThenMainVerb(int c, int end) {
            int first = -1;
            for (int i = c; i < end; i++) {
                String pos = tokens.get(i).pos();
                if (first >= 0 && (pos.equals("CC") || SUBORDINATORS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                        || pos.startsWith("W") || isComma(i) || tokens.get(i).word().equalsIgnoreCase("that"))) {
                    return false;
                }
                if (isFiniteVerb(i)) {
                    if (first >= 0 && (i > first + 1 && !tokens.get(i - 1).pos().equals("MD") && !isFiniteVerb(i - 1)
                            || i == first + 1 && !lemma(first).equals("be") && !lemma(first).equals("have"))) {
                        // "the claim that he made was false"; but a copula has no object to leave out: in "Clinton's
                        // claim that her e-mails were in the system is false" the first clause is the claim's
                        return !copulaBefore(first, i);
                    }
                    first = first < 0 ? i : first;
                }
            }
            return false;
        }

        /** Whether the finite verb at {@code first} is a copula with its complement before the verb at {@code next}. */
        private boolean copulaBefore(int first, int next) {
            return lemma(first).equals("be") && first + 1 < next && !tokens.get(first + 1).pos().startsWith("VB")
                    && !tokens.get(first + 1).pos().startsWith("RB");
        }

        /** True when a noun phrase at {@code c} is followed, within a few words, by one of {@code preps}. */
        private boolean prepositionAfterObject(int c, org.dragoman.model.Sentence s, Set<String> preps) {
            // (or a gerund with its own object: "described winning the GOP nod “as an intricate series of steps”")
            if (!isNounPhraseToken(c) && !(tokens.get(c).pos().equals("VBG") && c + 1 < s.endToken()
                    && isNounPhraseToken(c + 1))) {
                return false;
            }
            int skipped = 0; // tokens of an apposition passed over
            for (int i = c + 1; i < s.endToken() && i - c - skipped <= 8; i++) {
                String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
                if (preps.contains(w)) {
                    // "described the demonstrations as largely “very peaceful”", "described the country as beset by …"
                    int n = i + 1;
                    while (n < s.endToken() && n - i <= 2 && (tokens.get(n).pos().startsWith("RB") || isQuoteMark(n)
                            || tokens.get(n).pos().equals("``"))) {
                        n++;
                    }
                    return n < s.endToken() && (tokens.get(n).pos().equals("VBG") || isNounPhraseToken(n)
                            || w.equals("as") && tokens.get(n).pos().equals("VBN"));
                }
                // "see the elections held Sunday as a test", "view it more as", "see security and terrorism as"
                // "blamed the “fog of war” for …": a quoted object
                if (isComma(i) && tokens.get(i - 1).pos().startsWith("NNP")) {
                    // "accused Cruz, the senator from Texas, of being …": an apposition on a named object
                    int close = i + 1;
                    while (close < s.endToken() && close - i <= 15 && !isComma(close) && !isFiniteVerb(close)
                            && !isQuoteMark(close) && !isSentencePunct(close)) {
                        close++;
                    }
                    if (close > i + 1 && close + 1 < s.endToken() && isComma(close)
                            && preps.contains(tokens.get(close + 1).word().toLowerCase(Locale.ROOT))) {
                        skipped += close - i;
                        i = close;
                        continue;
                    }
                }
                boolean quoted = isQuoteMark(i) || tokens.get(i).pos().equals("``") || tokens.get(i).pos().equals("''");
                boolean insideAs = quoted || preps.contains("as") && i > c && (tokens.get(i).pos().startsWith("RB")
                        || tokens.get(i).pos().equals("CC") || tokens.get(i).pos().equals("POS")
                        || tokens.get(i).pos().equals("VBN") && tokens.get(i - 1).pos().startsWith("NN"));
                if (!isNounPhraseToken(i) && !tokens.get(i).pos().equals("IN") && !insideAs) {
                    return false;
                }
            }
            return false;
        }

        /** The token of "to" before a verb after a short noun phrase starting at {@code c}, or -1. */
        private int infinitiveAfterObject(int c, org.dragoman.model.Sentence s) {
            for (int i = c; i < s.endToken() - 1 && i - c <= 8; i++) {
                // ("to" the tagger took for a preposition: "asked Republican leaders to/IN disavow/VB him")
                if (tokens.get(i).pos().equals("TO") || i > c && tokens.get(i).word().equalsIgnoreCase("to")
                        && tokens.get(i + 1).pos().equals("VB")) {
                    // "urged his parishioners to also consider …", "urged Tokyo to “reflect deeply” on …"
                    int verb = i + 2 < s.endToken() && (tokens.get(i + 1).pos().equals("RB") || isQuoteMark(i + 1)) ? i + 2 : i + 1;
                    return i > c && tokens.get(verb).pos().equals("VB") ? i : -1;
                }
                String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
                boolean inside = i > c && isNounPhraseToken(i - 1) && i + 1 < s.endToken() && isNounPhraseToken(i + 1)
                        // "urged the rest of the party to", "asked Sanders and Trump to", "asked Mills, Sullivan and
                        // Abedin to"
                        && (OBJECT_LINKS.contains(w) || isComma(i) && tokens.get(i - 1).pos().equals("NNP")
                        && tokens.get(i + 1).pos().equals("NNP"));
                // "urged people not to spread rumors"
                boolean negation = i > c && (w.equals("not") || w.equals("never")) && tokens.get(i + 1).pos().equals("TO");
                // "urged “all parties” to exercise restraint": a quoted object
                boolean mark = isQuoteMark(i) || tokens.get(i).pos().equals("``") || tokens.get(i).pos().equals("''");
                // "urged her supporters on Saturday to stay home": a time between the object and the infinitive
                boolean time = i > c && tokens.get(i).pos().equals("IN") && i + 1 < s.endToken() && isTemporal(i + 1)
                        && (w.equals("on") || w.equals("in") || w.equals("at"));
                if (!isNounPhraseToken(i) && !inside && !negation && !mark && !time) {
                    return -1;
                }
            }
            return -1;
        }

        /** Verbs whose object is the subject of the infinitive after it: "forced him to resign", "led voters to believe". */
        private static final Set<String> OBJECT_CONTROL = Set.of("force", "allow", "permit", "get", "lead", "cause",
                "prompt", "push", "pressure", "inspire", "enable", "help", "let", "make", "drive", "spur", "compel",
                "convince", "persuade", "need", "require", "leave", "choose", "elect", "appoint", "hire", "pay", "call");

        /** Words inside the object of a request: "the rest of the party", "Sanders and Trump". */
        private static final Set<String> OBJECT_LINKS = Set.of("of", "and", "in", "across");

        /**
         * Whether a subject can make a request or an accusation: a named person or organization, a personal pronoun,
         * a document or institution, or a noun for people ("officials", "protesters", "the senator"); not "the
         * timetable called for" or "the market expects".
         */
        private boolean canSpeak(Span subject) {
            return doc.mentionWithin(subject).flatMap(m -> doc.entityAt(m.span())).isPresent() || headSpeaks(subject)
                    || itAntecedent(subject) != null;
        }

        /**
         * What a speaking "it" stands for: the subject of the sentence before, or of its own sentence before it,
         * when that is an organization or a document ("The report was released Monday. It accused …"); else null.
         */
        private Span itAntecedent(Span pronoun) {
            int i = firstTokenFrom(pronoun.start());
            if (i < 0 || lastTokenBefore(pronoun.end()) != i || !tokens.get(i).word().equalsIgnoreCase("it")) {
                return null;
            }
            int n = sentenceIndex(i);
            if (n < 0) {
                return null;
            }
            org.dragoman.model.Sentence s = a.sentences().get(n);
            Span own = sentenceSubject(s, i);
            if (own != null) {
                return own;
            }
            org.dragoman.model.Sentence before = n > 0 ? a.sentences().get(n - 1) : null;
            // (also after an opening phrase: "In a statement, it said …")
            boolean opening = i - s.firstToken() <= 2 || isComma(i - 1) && !hasFiniteVerb(s.firstToken(), i - 1)
                    && !isIndirectCue(i - 2);
            return before != null && opening ? sentenceSubject(before, before.endToken()) : null;
        }

        /**
         * What "he" or "she" at {@code pronoun}, left unresolved, stands for when the sentence before has a person
         * with no name for its subject: "A government spokesman insisted … “…,” he told journalists". Null otherwise.
         */
        private Span personAntecedent(Span pronoun) {
            int i = firstTokenFrom(pronoun.start());
            String word = i < 0 ? "" : tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (lastTokenBefore(pronoun.end()) != i || !(word.equals("he") || word.equals("she"))) {
                return null;
            }
            int n = sentenceIndex(i);
            if (n < 1) {
                return null;
            }
            org.dragoman.model.Sentence s = a.sentences().get(n);
            for (int k = s.firstToken(); k < i; k++) {
                if (isNounPhraseToken(k) && !isQuoteMark(k)
                        && EntityResolver.innermost(regions, tokens.get(k).span().start()) < 0) {
                    return null; // a noun before it, outside the quotation, may be what it stands for
                }
            }
            org.dragoman.model.Sentence before = a.sentences().get(n - 1);
            Block block = blockOf(tokens.get(before.firstToken()).span().start());
            int relative = -1; // the comma opening a relative clause on the subject: "A farmer …, who asked …, said"
            for (int v = before.firstToken() + 1; block != null && v < before.endToken(); v++) {
                if (isComma(v) && v + 1 < before.endToken() && tokens.get(v + 1).word().equalsIgnoreCase("who")
                        && relative < 0) {
                    relative = v;
                    while (v + 1 < before.endToken() && !isComma(v + 1)) {
                        v++;
                    }
                    v++;
                    continue;
                }
                if (isFiniteVerb(v) || tokens.get(v).pos().equals("MD")) {
                    // the sentence's subject, its head the first common noun: "The prime minister's official
                    // spokesman", "A spokesman for Keir Starmer"
                    int start = before.firstToken();
                    int last = relative > 0 ? relative : v; // (exclusive)
                    int h = start;
                    while (h < last && !tokens.get(h).pos().equals("NN") && isNounPhraseToken(h)) {
                        h++;
                    }
                    if (h >= last || !tokens.get(h).pos().equals("NN")) {
                        return null;
                    }
                    for (int x = h + 1; x < last; x++) {
                        // (a participle on the head too: "A senior official involved in the talks, who …")
                        if (!isNounPhraseToken(x) && !tokens.get(x).pos().equals("IN") && !insideName(x)
                                && !(x == h + 1 && tokens.get(x).pos().equals("VBN"))) {
                            return null;
                        }
                    }
                    String head = tokens.get(h).lemma().toLowerCase(Locale.ROOT);
                    boolean person = onePerson(head, word);
                    // (no comma but a relative clause's: a person named in apposition, "Her spokesman, John
                    // Smith, said", is resolved)
                    return person ? spanOf(start, last - 1) : null;
                }
            }
            return null;
        }

        /** Whether a noun phrase with the head noun {@code head} may be one person that {@code pronoun} stands for. */
        private static boolean onePerson(String head, String pronoun) {
            return PEOPLE.contains(head) && !GROUPS.contains(head) || head.endsWith("person")
                    || head.endsWith("er") && !NOT_PEOPLE.contains(head) || head.endsWith("man") && pronoun.equals("he")
                    || head.endsWith("woman") && pronoun.equals("she");
        }

        /**
         * The subject of the sentence "he" or "she" ({@code pronoun}) is in, when that is a person with no name and
         * no person is named between them: "The minister said …, although he acknowledged …"; else null.
         */
        private Span unnamedSubjectBefore(Span pronoun) {
            int i = firstTokenFrom(pronoun.start());
            String word = i < 0 ? "" : tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (lastTokenBefore(pronoun.end()) != i || !(word.equals("he") || word.equals("she"))) {
                return null;
            }
            org.dragoman.model.Sentence s = a.sentences().get(sentenceIndex(i));
            int start = s.firstToken();
            int h = start;
            while (h < i && h - start < 4 && (tokens.get(h).pos().equals("DT") || tokens.get(h).pos().startsWith("JJ")
                    || tokens.get(h).pos().equals("NN") && h + 1 < i && tokens.get(h + 1).pos().equals("NN"))) {
                h++; // "The minister", "The finance minister", "A senior official"
            }
            if (h == start || h >= i || !tokens.get(h).pos().equals("NN") || !isFiniteVerb(h + 1)
                    || EntityResolver.innermost(regions, tokens.get(h).span().start()) >= 0) {
                return null;
            }
            String head = tokens.get(h).lemma().toLowerCase(Locale.ROOT);
            boolean person = onePerson(head, word);
            Span subject = spanOf(start, h);
            Span between = new Span(subject.end(), pronoun.start());
            boolean named = doc.entities().stream().filter(e -> e.type() == org.dragoman.model.EntityType.PERSON)
                    .flatMap(e -> e.mentions().stream()).anyMatch(m -> between.contains(m.span())
                    && !PRONOUN_FORMS.contains(m.text().toLowerCase(Locale.ROOT)));
            return person && !named ? subject : null;
        }

        /**
         * The subject of a sentence before token {@code limit}, if an organization or a document: that of its first
         * finite verb ("The report was released …"), or of a closing cue ("…, the congressional report said.").
         */
        private Span sentenceSubject(org.dragoman.model.Sentence s, int limit) {
            Block block = blockOf(tokens.get(s.firstToken()).span().start());
            boolean first = true;
            for (int v = s.firstToken() + 1; block != null && v < limit && v < s.endToken(); v++) {
                if (!isFiniteVerb(v) && !tokens.get(v).pos().equals("MD")) {
                    continue;
                }
                boolean opening = first;
                first = false;
                if (opening && v - 1 == s.firstToken() && tokens.get(v - 1).word().equalsIgnoreCase("it")) {
                    return itAntecedent(tokens.get(v - 1).span()); // "It accused … It said …": the same one
                }
                if (isSubjectPronoun(v - 1) || !tokens.get(v - 1).pos().startsWith("NN")) {
                    continue; // "He said", "Officials, who …": not a plain noun phrase
                }
                int start = nounPhraseStartBackward(v - 1, block);
                // the sentence's own subject ("The report was released …", not "In a statement, the company
                // said"), or the speaker of a cue closing it
                if (start > v - 1 || !(opening && start == s.firstToken() || start > s.firstToken() && isComma(start - 1)
                        && isIndirectCue(v) && v + 2 >= s.endToken())) {
                    continue;
                }
                Span np = spanOf(start, v - 1);
                Token head = tokens.get(v - 1);
                boolean organization = doc.mentionWithin(np).flatMap(m -> doc.entityAt(m.span()))
                        .filter(e -> e.type() == org.dragoman.model.EntityType.ORGANIZATION).isPresent();
                String w = head.lemma().toLowerCase(Locale.ROOT);
                boolean thing = head.pos().equals("NN") && (DOCUMENTS.contains(w) || INSTITUTIONS.contains(w));
                if (organization && !head.pos().endsWith("S") || thing) {
                    return np;
                }
            }
            return null;
        }

        /** Whether the head of a phrase can speak: a name that ends it ("Politico's Dasha Burns"), or a speaking noun. */
        private boolean headCanSpeak(Span subject) {
            boolean named = doc.entities().stream().flatMap(e -> e.mentions().stream())
                    .anyMatch(m -> subject.contains(m.span()) && m.span().end() == subject.end());
            return named || headSpeaks(subject);
        }

        /** Whether token {@code i} opens a phrase after its head noun (see {@link #opensPhrase}). */
        private boolean ppHead(int i) {
            return i > 0 && opensPhrase(tokens.get(i - 1).word(), tokens.get(i).word(),
                    i + 1 < tokens.size() ? tokens.get(i + 1).word() : "");
        }

        /** Whether token {@code i} is the "by" that names a document's author: "a new report by the UN". */
        private boolean authorAfter(int i) {
            return i > 0 && tokens.get(i).word().equals("by") && tokens.get(i - 1).pos().startsWith("NN")
                    && DOCUMENTS.contains(lemma(i - 1));
        }

        /** Whether the head noun of a phrase names someone who can speak: "officials", "the report", "a third". */
        private boolean headSpeaks(Span subject) {
            int first = firstTokenFrom(subject.start());
            int head = lastTokenBefore(subject.end());
            for (int i = first; i >= 0 && i <= head; i++) {
                if (ppHead(i) && i > first) {
                    head = i - 1;
                    break;
                }
            }
            if (head < 0) {
                return false;
            }
            if (head > first && Character.isUpperCase(tokens.get(head).word().charAt(0))
                    && tokens.get(head).pos().startsWith("NN") && tokens.get(head - 1).pos().startsWith("NN")) {
                head--; // "the disability charity Scope/NN": a name the tagger missed, after its kind
            }
            Token t = tokens.get(head);
            String w = t.lemma().toLowerCase(Locale.ROOT);
            if (QUANTITIES.contains(t.word().toLowerCase(Locale.ROOT)) || t.word().equalsIgnoreCase("those")) {
                w = t.word().toLowerCase(Locale.ROOT); // "hundreds of superdelegates", "those": not "hundred", "that"
            }
            if (isTemporal(head) && !QUANTITIES.contains(w)) {
                return false; // "Tuesday", "last week"; but "three-quarters" is a share, whatever the time tagger says
            }
            if (t.pos().equals("PRP")) {
                return !w.equals("it");
            }
            if (QUANTITIES.contains(w) || w.equals("percent") || w.equals("%") || t.pos().equals("CD")) {
                return true; // "half of the respondents", "19 percent of college students polled", "6 in 10"
            }
            return DOCUMENTS.contains(w) || INSTITUTIONS.contains(w) || HEADLINE_SOURCES.contains(w) || PEOPLE.contains(w)
                    || t.pos().equals("NNP") || t.pos().equals("NNPS") || w.matches(".*(er|or|ist|ian|ant|ent|man|woman|ee)")
                    && !NOT_PEOPLE.contains(w);
        }

        /** A phrase whose head is a document, poll or data: "a CNN/ORC poll last month", "new filings". */
        private boolean isDocument(Span np) {
            int last = lastTokenBefore(np.end());
            for (int i = firstTokenFrom(np.start()); i >= 0 && i <= last; i++) {
                String w = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
                if (ppHead(i)) {
                    break;
                }
                if (DOCUMENTS.contains(w) || FINDING_SOURCES.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A noun that reports speech or belief followed by its that-clause: "his claim that the vote was rigged",
         * "Republican criticism that his strategy is failing". The speaker is the possessor, when there is one.
         */
        private Found nounComplement(org.dragoman.model.Sentence s, int k, Block block) {
            if (!NOUN_CUES.contains(lemma(k)) || k + 1 >= s.endToken() || !tokens.get(k + 1).word().equalsIgnoreCase("that")) {
                return null;
            }
            if (k - 2 > s.firstToken() && isComma(k - 2) && tokens.get(k - 1).pos().equals("DT")
                    && WRITERS_ASIDES.contains(lemma(k))) {
                return null; // "…, an acknowledgment that aides quickly trumpeted": the writer's aside, "that" a relative
            }
            int c = k + 2;
            int end = clauseEnd(s, c);
            // a complement clause has its own subject and a finite verb early: not "the claim that he made"
            if (end - c < 4 || !finiteVerbSoon(c, s) || isFiniteVerb(c) || c + 2 < end && (isSentencePunct(c + 2)
                    || isComma(c + 2)) || relativeClauseThenMainVerb(c, end) || objectGapAs(c, end)) {
                return null;
            }
            for (int i = c, first = -1; i < end; i++) {
                if (isFiniteVerb(i) && first >= 0 && copulaBefore(first, i)) {
                    end = i; // "Clinton's claim that her e-mails were in the system is false": the main verb
                    break;
                }
                first = first < 0 && isFiniteVerb(i) ? i : first;
                if (first >= 0 && (isComma(i) || tokens.get(i).pos().equals("CC") || tokens.get(i).pos().startsWith("W"))) {
                    break;
                }
            }
            Span owner = null;
            int before = k - 1;
            boolean named = before > s.firstToken() && (tokens.get(before).pos().equals("NNP")
                    || tokens.get(before).pos().startsWith("JJ") && Character.isUpperCase(tokens.get(before).word().charAt(0)));
            // "Trump's recent evidence-free assertion", "Trump's by-now-familiar claims": modifiers, hyphenated too
            while (!named && before >= s.firstToken() && (tokens.get(before).pos().startsWith("JJ")
                    || tokens.get(before).pos().startsWith("RB") || tokens.get(before).pos().equals("VBN")
                    || tokens.get(before).pos().equals("HYPH") || before + 1 < k && tokens.get(before + 1).pos().equals("HYPH"))) {
                before--;
            }
            int verb = before;
            while (verb > s.firstToken() && (tokens.get(verb).pos().equals("DT") || tokens.get(verb).pos().startsWith("JJ"))) {
                verb--;
            }
            if (named) {
                owner = tokens.get(before).span(); // "Republican criticism that …"
            } else if (before >= s.firstToken() && tokens.get(before).pos().equals("PRP$")) {
                owner = tokens.get(before).span();
            } else if (before > s.firstToken() && tokens.get(before).pos().equals("POS")) {
                int start = nounPhraseStartBackward(before - 1, block);
                for (int i = before - 2; i > start; i--) {
                    if (ppHead(i)) {
                        start = i + 1; // "an expansion of Vance's claims": the owner is Vance
                        break;
                    }
                }
                owner = start <= before - 1 ? spanOf(start, before - 1) : null;
            } else if (verb >= s.firstToken() && tokens.get(verb).pos().startsWith("VB") && EXPRESSING.contains(lemma(verb))
                    && !isPassive(verb)) {
                owner = subjectOfCue(verb, block); // "expressed concern that …"
            } else if (verb > s.firstToken() && tokens.get(verb).word().equalsIgnoreCase("with")) {
                // "Lula opened the summit with a warning that …": the subject of the verb the phrase goes with
                for (int v = verb - 1; v >= s.firstToken() && verb - v <= 15 && !isQuoteMark(v); v--) {
                    if (isFiniteVerb(v)) {
                        Span subject = subjectBefore(v, block);
                        // (a speaker, not an amount: "raised $100 million with the assurance that …")
                        owner = subject != null && canSpeak(subject)
                                && !tokens.get(lastTokenBefore(subject.end())).pos().equals("CD") ? subject : null;
                        break;
                    }
                }
            }
            Attribution at = owner == null ? new Attribution(lemma(k), tokens.get(k).span(), null, null, false, null, null)
                    : attribution(lemma(k), tokens.get(k).span(), owner);
            return new Found(spanOf(c, end - 1), QuoteKind.INDIRECT, at);
        }

        /**
         * Speech named by a noun after a light verb: "made no mention of Jeb Bush", "has made several controversial
         * statements on the matter", "is making an impassioned case that he's the Democrat who …", "made it clear
         * that …", "offered few specifics", "gave her a lengthy answer about Social Security". The content is what
         * follows the noun's preposition or "that", else (after a verb of giving) the noun phrase itself. Stance nouns
         * with their own preposition ("expressed support for") are {@link #nounStance}'s.
         */
        private Found lightVerbSpeech(org.dragoman.model.Sentence s, int k, Block block) {
            String lemma = lemma(k);
            int c = k + 1;
            if (c + 2 >= s.endToken() || isPassive(k) || k > s.firstToken() && tokens.get(k - 1).pos().equals("TO")
                    && k - 2 >= s.firstToken() && !tokens.get(k - 2).pos().startsWith("VB")
                    && !tokens.get(k - 2).pos().equals("MD")) {
                return null; // (not "In an attempt to make its point": the speaker is not the noun before)
            }
            // an indirect object first: "gave her a lengthy answer", "offered the crowd an emotional evaluation"
            if (GIVING.contains(lemma) && c + 1 < s.endToken() && (tokens.get(c).pos().equals("PRP")
                    && !tokens.get(c).word().equalsIgnoreCase("it") || tokens.get(c).pos().equals("DT")
                    && tokens.get(c + 1).pos().startsWith("NN") && c + 2 < s.endToken()
                    && Set.of("DT", "PRP$", "JJ", "CD").contains(tokens.get(c + 2).pos()))) {
                c += tokens.get(c).pos().equals("PRP") ? 1 : 2;
            }
            // the noun phrase up to its head: determiners, numbers, adjectives, a noun modifier
            int head = -1;
            for (int i = c; i < s.endToken() && i - c <= 5; i++) {
                String pos = tokens.get(i).pos();
                if (pos.startsWith("NN") && !pos.startsWith("NNP")) {
                    head = i;
                    if (i + 1 < s.endToken() && tokens.get(i + 1).pos().startsWith("NN")) {
                        continue;
                    }
                    break;
                }
                if (!(pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.equals("CD")
                        || pos.startsWith("RB") && i > c || pos.equals("VBN") && i > c || pos.equals("HYPH"))) {
                    break;
                }
            }
            String noun = head < 0 ? "" : tokens.get(head).word().toLowerCase(Locale.ROOT);
            if (lemma.equals("take")) {
                // "took multiple swipes at Jeb Bush", "took credit for achieving its goal"
                int p = head + 1;
                if (head < 0 || p + 1 >= s.endToken()
                        || !TAKEN_STANCES.getOrDefault(noun, Set.of()).contains(tokens.get(p).word().toLowerCase(Locale.ROOT))
                        || !(isNounPhraseToken(p + 1) || tokens.get(p + 1).pos().equals("VBG")) || isTemporal(p + 1)) {
                    return null;
                }
                Span subject = subjectOfCue(k, block);
                int end = asideEnd(p + 1, objectEnd(s, k, p + 1, true));
                if (subject == null || !canSpeak(subject) || end <= p + 1) {
                    return null;
                }
                return new Found(spanOf(p + 1, end - 1), QuoteKind.INDIRECT, attribution("take " + noun + " "
                        + tokens.get(p).word().toLowerCase(Locale.ROOT), spanOf(k, p), subject));
            }
            if (head < 0 || !SPEECH_NOUNS.contains(noun)) {
                return null;
            }
            int after = head + 1;
            if (after + 1 < s.endToken() && tokens.get(after).word().equalsIgnoreCase("both")) {
                after++; // "made fun both of her delivery and of …"
            }
            String next = after < s.endToken() ? tokens.get(after).word().toLowerCase(Locale.ROOT) : "";
            Set<String> stancePreps = NOUN_STANCES.getOrDefault(lemma(head), NOUN_STANCES.get(noun));
            if (stancePreps != null && stancePreps.contains(next)) {
                return null; // "expressed concerns about": a stance noun of its own
            }
            Span subject = subjectOfCue(k, block);
            if (subject == null || !canSpeak(subject)) {
                return null;
            }
            Span cueSpan = spanOf(k, head);
            if (next.equals("to")) {
                // "making an impassioned case to a New York gathering of black leaders that he's …": the clause
                for (int i = after + 2; i + 2 < s.endToken() && i - after <= 12; i++) {
                    if (isComma(i) || isQuoteMark(i) || isFiniteVerb(i)) {
                        break;
                    }
                    if (tokens.get(i).word().equalsIgnoreCase("that") && !isFiniteVerb(i + 1) && finiteVerbSoon(i + 1, s)) {
                        int end = clauseEnd(s, i + 1);
                        return end - i - 1 < 3 ? null : new Found(spanOf(i + 1, end - 1), QuoteKind.INDIRECT,
                                attribution(lemma + " " + noun, cueSpan, subject));
                    }
                }
                if (ADDRESSED_NOUNS.contains(noun)) {
                    return null; // "made a pitch to New York voters": to whom, not what
                }
            }
            if (SPEECH_PREPOSITIONS.contains(next) && after + 1 < s.endToken()
                    && (isNounPhraseToken(after + 1) || tokens.get(after + 1).pos().equals("VBG")
                    || tokens.get(after + 1).pos().startsWith("W")) && !isTemporal(after + 1)) {
                // the topic alone: "made no mention of Jeb Bush, who announced …", "… of Bush in his speech"
                int end = asideEnd(after + 1, topicEnd(s, after + 1, objectEnd(s, k, after + 1, true)));
                if (end <= after + 1) {
                    return null;
                }
                return new Found(spanOf(after + 1, end - 1), QuoteKind.INDIRECT,
                        attribution(lemma + " " + noun + " " + next, spanOf(k, after), subject));
            }
            if (next.equals("that") && after + 2 < s.endToken() && !isFiniteVerb(after + 1)
                    && finiteVerbSoon(after + 1, s)) {
                int end = clauseEnd(s, after + 1);
                if (end - after - 1 < 3) {
                    return null;
                }
                return new Found(spanOf(after + 1, end - 1), QuoteKind.INDIRECT,
                        attribution(lemma + " " + noun, cueSpan, subject));
            }
            if (!GIVING.contains(lemma) || tokens.get(c).pos().startsWith("NN") && head == c && !noun.endsWith("s")) {
                return null;
            }
            // "offered few specifics", "offered his early assessment of Super Bowl 50": the noun phrase is the content
            int end = objectEnd(s, k, c, true);
            for (int i = head + 1; i < end; i++) {
                if (tokens.get(i).pos().equals("WP") || tokens.get(i).pos().equals("WDT")) {
                    end = i; // "offered fresh ammunition to Republicans who say …": their report is their own
                    break;
                }
            }
            if (end <= head) {
                return null;
            }
            return new Found(spanOf(c, end - 1), QuoteKind.INDIRECT, attribution(lemma, tokens.get(k).span(), subject));
        }

        /**
         * Where a topic from {@code c} ends before an aside on it, within {@code end}: a comma and then a relative
         * clause, a participle or an adverb ("Jeb Bush, who announced …", "Marco Rubio of Florida, long viewed …").
         */
        private int asideEnd(int c, int end) {
            for (int i = c + 1; i + 1 < end; i++) {
                String pos = tokens.get(i + 1).pos();
                if (isComma(i) && (pos.startsWith("W") || pos.equals("VBN") || pos.equals("VBG") || pos.startsWith("RB")
                        || pos.equals("JJ") && i + 2 < end && tokens.get(i + 2).pos().equals("VBN"))) {
                    return i;
                }
            }
            return end;
        }

        /**
         * A noun of stance with its owner and topic: "his support for the Ohio governor", "Clinton's criticism of
         * the plan", "expressed concerns about the cost". The owner is the possessor, else the subject of a verb of
         * expression right before ("voiced", "expressed"); without an owner there is no attribution. The content is
         * the topic's noun phrase.
         */
        private Found nounStance(org.dragoman.model.Sentence s, int k, Block block) {
            // (by word too: "questions", "doubts" and "views" are stances the singular is not)
            Set<String> preps = NOUN_STANCES.getOrDefault(lemma(k),
                    NOUN_STANCES.get(tokens.get(k).word().toLowerCase(Locale.ROOT)));
            // "his promise to build a wall", "her call to unite the party": an intention's infinitive
            boolean infinitive = INFINITIVE_NOUNS.contains(lemma(k)) && k + 2 < s.endToken()
                    && tokens.get(k + 1).word().equalsIgnoreCase("to") && tokens.get(k + 2).pos().equals("VB");
            if (!infinitive && (preps == null || k + 2 >= s.endToken()
                    || !preps.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT)) || isTemporal(k + 2))) {
                return null; // (not a time: "continued her attack on Tuesday")
            }
            int before = k - 1;
            while (before > k - 4 && before >= s.firstToken() && (tokens.get(before).pos().startsWith("JJ")
                    || tokens.get(before).pos().startsWith("RB"))) {
                before--; // "his long support", "her strong opposition"
            }
            if (before > s.firstToken() && Set.of("a", "an", "no", "some", "serious", "any").contains(lemma(before))
                    && HELD.contains(lemma(k)) && tokens.get(before - 1).pos().startsWith("VB")) {
                before--; // "had a favorable opinion of", "has no doubts about"
            }
            if (before < s.firstToken()) {
                return null;
            }
            Span owner = null;
            Token b = tokens.get(before);
            if (b.pos().equals("PRP$")) {
                owner = b.span();
            } else if (b.pos().equals("POS") && before - 1 >= s.firstToken()) {
                int start = nounPhraseStartBackward(before - 1, block);
                owner = start <= before - 1 ? spanOf(start, before - 1) : null;
            } else if (b.pos().equals("DT") && Set.of("a", "an").contains(lemma(before)) && before > s.firstToken()
                    && EXPRESSING.contains(lemma(before - 1)) && tokens.get(before - 1).pos().startsWith("VB")
                    && !isPassive(before - 1)) {
                owner = subjectOfCue(before - 1, block); // "delivered an impassioned defense of"
            } else if (b.pos().startsWith("VB") && (EXPRESSING.contains(lemma(before)) || lemma(before).equals("have")
                    && HELD.contains(lemma(k))) && !isPassive(before)) {
                owner = subjectOfCue(before, block); // "expressed concerns about", "voiced support for", "had a
                                                     // favorable opinion of"
            }
            Span topic = infinitive ? null : nounPhraseForward(k + 2, block);
            if (infinitive) {
                int end = objectEnd(s, k, k + 2, true);
                topic = end - k - 1 >= 2 ? spanOf(k + 1, end - 1) : null;
            }
            if (topic == null && opensQuestion(k + 2) && finiteVerbSoon(k + 3, s)) {
                int end = clauseEnd(s, k + 2); // "raised questions about whether he had grabbed her"
                topic = end - k - 2 >= 3 ? spanOf(k + 2, end - 1) : null;
            }
            if (topic != null && REQUEST_NOUNS.contains(lemma(k))) {
                // a request runs to the end of what is asked for: "his call for a temporary ban on Muslims
                // entering the United States", "calls for Silicon Valley to roll back the encryption"
                int end = objectEnd(s, k, k + 2, true);
                if (end > k + 2 && tokens.get(end - 1).span().end() > topic.end()) {
                    topic = spanOf(k + 2, end - 1);
                }
            }
            QuoteScanner.Region quoted = regionOpeningAt(k + 2);
            if (topic == null && quoted != null && quoted.close() >= 0 && quoted.close() - quoted.open() < 80) {
                topic = quoted.withMarks(); // "delivered a defense of “New York values,”"
            }
            if (topic == null && tokens.get(k + 2).word().equalsIgnoreCase("her")) {
                topic = tokens.get(k + 2).span(); // "solidarity for her/PRP$ even as …": the pronoun, not a possessive
            }
            if (owner == null || topic == null || !canSpeak(owner)) {
                return null;
            }
            Span cue = infinitive ? tokens.get(k).span() : spanOf(k, k + 1);
            String name = infinitive ? lemma(k) : lemma(k) + " " + tokens.get(k + 1).word().toLowerCase(Locale.ROOT);
            return new Found(topic, QuoteKind.INDIRECT, attribution(name, cue, owner));
        }

        /**
         * A stance or feeling held about something, named by an adjective after a copula: "Ms. Reyes is critical of
         * the deal", "voters remain skeptical about the polls", "aides have grown frustrated with the pace". The
         * content is what it is held about; the cue is the adjective with its preposition.
         */
        private Found adjectiveStance(org.dragoman.model.Sentence s, int k, Block block) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            Set<String> preps = ADJECTIVE_STANCES.get(word);
            if (preps == null || k + 2 >= s.endToken() || !preps.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            int v = copulaBefore(k, s);
            int c = k + 2;
            if (v < 0 || !(isNounPhraseToken(c) || tokens.get(c).pos().equals("VBG") || tokens.get(c).pos().startsWith("W"))
                    || isTemporal(c)) {
                return null;
            }
            int end = objectEnd(s, k, c, true);
            Span subject = subjectOfCue(v, block);
            if (end <= c || subject == null || !canSpeak(subject)) {
                return null;
            }
            String cue = word + " " + tokens.get(k + 1).word().toLowerCase(Locale.ROOT);
            return new Found(spanOf(c, end - 1), QuoteKind.INDIRECT, attribution(cue, spanOf(k, k + 1), subject));
        }

        /**
         * The copula before the adjective at {@code k}, past adverbs and "more"/"less" ("was also sharply critical",
         * "'re not enamored", "has grown increasingly wary", "remain more confident"), or -1.
         */
        private int copulaBefore(int k, org.dragoman.model.Sentence s) {
            int v = k - 1;
            while (v > s.firstToken() && (tokens.get(v).pos().startsWith("RB") || tokens.get(v).word().equalsIgnoreCase("more")
                    || tokens.get(v).word().equalsIgnoreCase("less"))) {
                v--;
            }
            return v >= s.firstToken() && COPULAS.contains(lemma(v)) && tokens.get(v).pos().startsWith("VB") ? v : -1;
        }

        /** Whether a topic's noun phrase opens at {@code c}: not a pronoun ("describe it") or a time. */
        private boolean topicNoun(int c) {
            return isNounPhraseToken(c) && !tokens.get(c).pos().equals("PRP") && !isTemporal(c);
        }

        /**
         * A belief held with a that-clause, named by an adjective after a copula: "his supporters are optimistic that
         * he'll make a comeback", "aides remain convinced that …". The content is the clause; the cue the adjective.
         */
        private Found adjectiveClause(org.dragoman.model.Sentence s, int k, Block block) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (!CLAUSE_ADJECTIVES.contains(word) || k + 3 >= s.endToken()
                    || !tokens.get(k + 1).word().equalsIgnoreCase("that")) {
                return null;
            }
            int v = copulaBefore(k, s);
            int c = k + 2;
            int end = clauseEnd(s, c);
            if (v < 0 || end - c < 3 || !finiteVerbSoon(c, s) || isFiniteVerb(c)) {
                return null; // (not "is sure that will …" with no subject of its own)
            }
            Span subject = subjectOfCue(v, block);
            if (subject == null || !canSpeak(subject)) {
                return null;
            }
            return new Found(spanOf(c, end - 1), QuoteKind.INDIRECT, attribution(word, tokens.get(k).span(), subject));
        }

        /**
         * A stance in the passive with its holder after "by": "The bill, opposed by House Republicans, died",
         * "He was endorsed by the mayor", "a deal that was rejected by large majorities in Congress". The content is
         * what the stance is on (the subject, or the noun phrase a reduced relative hangs on); the speaker is the
         * holder after "by".
         */
        private Found passiveStance(org.dragoman.model.Sentence s, int k, Block block) {
            if (!STANCES.contains(lemma(k)) || WISHES.contains(lemma(k))) {
                return null;
            }
            int by = afterAdverbs(k + 1, s);
            if (by + 1 >= s.endToken() || !tokens.get(by).word().equalsIgnoreCase("by")) {
                return null;
            }
            Span holder = holderAfterBy(by, s.endToken(), block);
            if (holder == null) {
                return null;
            }
            int before = beforeAdverbs(k - 1, s); // "was soundly rejected by", "also was backed by"
            Span target;
            if (before >= s.firstToken() && (lemma(before).equals("be") || lemma(before).equals("get"))) {
                target = subjectOfCue(before, block);
            } else if (before > s.firstToken() && isComma(before)) {
                int start = nounPhraseStartBackward(before - 1, block); // "The bill, opposed by …": a reduced relative
                target = start <= before - 1 && start >= s.firstToken() ? spanOf(start, before - 1) : null;
            } else {
                return null;
            }
            if (target == null || target.length() == 0) {
                return null;
            }
            return new Found(target, QuoteKind.INDIRECT, attribution(lemma(k), tokens.get(k).span(), holder));
        }

        /**
         * An accusation or judgement in the passive: "Mr. Sanders is accused of ignoring black voters", "the
         * governor was widely criticized for his handling of the flood (by …)". The content is the one judged and
         * what they are judged for, in two parts; the speaker is the agent after "by", if any.
         */
        private Found passiveJudgement(org.dragoman.model.Sentence s, int k, Block block) {
            Set<String> prepositions = JUDGEMENTS.getOrDefault(lemma(k), Set.of());
            int p = afterAdverbs(k + 1, s);
            String preposition = p < s.endToken() ? tokens.get(p).word().toLowerCase(Locale.ROOT) : "";
            Span agent = null;
            if (preposition.equals("by") && p + 2 < s.endToken()) {
                // "has been accused by the United States of genocide": the one who judges first, then what of; the
                // agent's phrase ends at the last preposition of the judgement in it
                Span np = holderAfterBy(p, s.endToken(), block);
                int last = -1;
                for (int i = p + 2; np != null && i < s.endToken() && tokens.get(i).span().end() <= np.end(); i++) {
                    if (prepositions.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                            && !tokens.get(i).word().equalsIgnoreCase("as")) {
                        last = i;
                    }
                }
                int after = np == null ? -1 : firstTokenFrom(np.end());
                if (last > p + 1 && canSpeak(spanOf(p + 1, last - 1))) {
                    agent = spanOf(p + 1, last - 1);
                    p = last;
                } else if (after > 0 && after + 1 < s.endToken()
                        && prepositions.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))
                        && !tokens.get(after).word().equalsIgnoreCase("as")) {
                    agent = np;
                    p = after;
                }
                preposition = agent == null ? preposition : tokens.get(p).word().toLowerCase(Locale.ROOT);
            }
            if (preposition.equals("as") || !prepositions.contains(preposition) || p + 1 >= s.endToken()
                    || lemma(k).equals("charge")) {
                return null; // ("is seen as" is a perception, found before; "was charged with assault" a court's act)
            }
            int be = beforeAdverbs(k - 1, s); // "was widely criticized"
            if (be < s.firstToken() || !(lemma(be).equals("be") || lemma(be).equals("get"))) {
                return null;
            }
            Span target = subjectOfCue(be, block);
            int c = p + 1;
            if (target == null || target.length() == 0 || !isNounPhraseToken(c) && !tokens.get(c).pos().equals("VBG")) {
                return null;
            }
            int end = objectEnd(s, k, c, true);
            Span holder = agent;
            for (int i = c + 1; holder == null && i + 1 < end; i++) {
                if (tokens.get(i).word().equalsIgnoreCase("by") && !tokens.get(i + 1).pos().equals("VBG")) {
                    holder = holderAfterBy(i, end, block);
                    if (holder != null) {
                        end = i; // "… for his handling of the flood by the opposition"
                        break;
                    }
                }
            }
            if (end <= c || target.end() > tokens.get(c).span().start()) {
                return null;
            }
            Span object = spanOf(c, end - 1);
            Span cue = tokens.get(k).span();
            Attribution at = holder == null ? new Attribution(lemma(k), cue, null, null, false, null, null)
                    : attribution(lemma(k), cue, holder);
            return new Found(new Span(target.start(), object.end()), QuoteKind.INDIRECT, at, List.of(target, object), null);
        }

        /**
         * Backing received, named by its noun: "Cruz won the endorsement of the most influential leader of Iowa's
         * evangelicals", "Clinton has the overwhelming support of her party's elected leaders", "Cruz still has not
         * received any endorsements from his fellow senators". The one backed is the content, the backer the speaker;
         * the verb must have a tense ("to win the support of" is a hope) and the backer may not be a share of a poll
         * ("has support from 52 percent of Democrats").
         */
        private Found backingReceived(org.dragoman.model.Sentence s, int k, Block block) {
            int p = k + 1;
            if (p + 1 >= s.endToken() || !Set.of("of", "from").contains(tokens.get(p).word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            int v = k - 1;
            while (v > s.firstToken() && k - v <= 4 && (tokens.get(v).pos().equals("DT") || tokens.get(v).pos().startsWith("JJ")
                    || tokens.get(v).pos().startsWith("RB"))) {
                v--; // "the overwhelming", "any"
            }
            if (v <= s.firstToken() || !RECEIVING.contains(lemma(v)) || !tokens.get(v).pos().startsWith("VB")) {
                return null;
            }
            int aux = beforeAdverbs(v - 1, s);
            boolean tensed = isFiniteVerb(v) || tokens.get(v).pos().equals("VBN") && aux >= s.firstToken()
                    && (lemma(aux).equals("have") || lemma(aux).equals("do") && isFiniteVerb(aux));
            tensed |= tokens.get(v).pos().equals("VB") && aux >= s.firstToken() && lemma(aux).equals("do")
                    && isFiniteVerb(aux); // "hasn't/doesn't have the backing of"
            if (!tensed || tokens.get(p + 1).pos().equals("CD") || isTemporal(p + 1)) {
                return null;
            }
            int j = p + 1;
            while (j < s.endToken() && j - p <= 12 && (isNounPhraseToken(j) || tokens.get(j).pos().startsWith("RBS")
                    || Set.of("of", "in").contains(tokens.get(j).word().toLowerCase(Locale.ROOT)) && j > p + 1)) {
                j++; // "the most influential leader of Iowa's evangelicals", "her party's elected leaders"
            }
            while (j > p + 1 && tokens.get(j - 1).pos().equals("IN")) {
                j--;
            }
            Span backer = j > p + 1 ? spanOf(p + 1, j - 1) : null;
            Span backed = subjectOfCue(lemma(aux).equals("have") || lemma(aux).equals("do") ? aux : v, block);
            if (backer == null || backed == null || backed.length() == 0 || !canSpeak(backer)
                    || backer.of(text).contains("percent")) {
                return null;
            }
            return new Found(backed, QuoteKind.INDIRECT, attribution(lemma(k) + " " + tokens.get(p).word()
                    .toLowerCase(Locale.ROOT), spanOf(v, p), backer));
        }

        /**
         * A report in the passive with its reporter after "by"": "The meeting was first reported by Politico", "News of
         * the move was reported by the Miami Herald". The content is the subject; the speaker the reporter.
         */
        private Found reportedBy(org.dragoman.model.Sentence s, int k, Block block) {
            int by = afterAdverbs(k + 1, s);
            int be = beforeAdverbs(k - 1, s); // "was first reported"
            if (by + 1 >= s.endToken() || !tokens.get(by).word().equalsIgnoreCase("by") || be < s.firstToken()
                    || !lemma(be).equals("be")) {
                return null;
            }
            Span reporter = holderAfterBy(by, s.endToken(), block);
            Span subject = subjectOfCue(be, block);
            if (reporter == null || subject == null || subject.length() == 0
                    || firstTokenFrom(subject.start()) < s.firstToken()) {
                return null;
            }
            return new Found(subject, QuoteKind.INDIRECT, attribution("report", spanOf(be, by), reporter));
        }

        /**
         * Criticism something draws or someone faces: "The proposal has drawn harsh criticism from fellow
         * candidates" (what is criticized is the subject, the critics after "from"), "Cruz faced criticism for
         * unreported loans" (what he is criticized for, with no critic named).
         */
        private Found criticismDrawn(org.dragoman.model.Sentence s, int k, Block block) {
            if (!CRITICISMS.contains(lemma(k))) {
                return null;
            }
            int v = k - 1;
            while (v > s.firstToken() && (tokens.get(v).pos().startsWith("JJ") || tokens.get(v).pos().startsWith("RB"))) {
                v--; // "drew harsh criticism", "faced increasingly sharp criticism"
            }
            boolean under = v > s.firstToken() && tokens.get(v).word().equalsIgnoreCase("under")
                    && lemma(v - 1).equals("come");
            if (under) {
                v--;
            }
            if (v < s.firstToken() || !tokens.get(v).pos().startsWith("VB") || !(under || DRAWING.contains(lemma(v)))
                    || isPassive(v)) {
                return null;
            }
            int i = k + 1;
            Span critics = null;
            if (i + 1 < s.endToken() && tokens.get(i).word().equalsIgnoreCase("from")) {
                critics = nounPhraseForward(i + 1, block);
                if (critics == null || !canSpeak(critics)) {
                    return null;
                }
                int after = firstTokenFrom(critics.end());
                i = after < 0 ? s.endToken() : after;
            }
            Span content;
            if (i + 1 < s.endToken() && Set.of("for", "over").contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                int end = objectEnd(s, k, i + 1, true);
                for (int f = i + 2; critics == null && f + 1 < end; f++) {
                    Span np = tokens.get(f).word().equalsIgnoreCase("from") ? nounPhraseForward(f + 1, block) : null;
                    if (np != null && canSpeak(np) && !hasFiniteVerb(f + 1, end) && !hasComma(f + 1, end)) {
                        critics = np; // "criticism for the move from both candidates"
                        end = f;
                    }
                }
                content = end > i + 1 ? spanOf(i, end - 1) : null; // "for his overtures to Putin"
            } else {
                Span subject = subjectBefore(v, block); // "The proposal has drawn criticism from …"
                content = subject != null && firstTokenFrom(subject.start()) >= s.firstToken() ? subject : null;
            }
            if (content == null) {
                return null;
            }
            Span cue = spanOf(v, k);
            Attribution at = critics == null ? new Attribution(lemma(k), cue, null, null, false, null, null)
                    : attribution(lemma(k), cue, critics);
            return new Found(content, QuoteKind.INDIRECT, at);
        }

        /** "Rubio was asked by the moderator whether his plan was conservative": the asker's question. */
        private Found askedBy(org.dragoman.model.Sentence s, int k, Block block) {
            int by = afterAdverbs(k + 1, s);
            int be = beforeAdverbs(k - 1, s);
            if (by + 2 >= s.endToken() || !tokens.get(by).word().equalsIgnoreCase("by") || be < s.firstToken()
                    || !lemma(be).equals("be")) {
                return null;
            }
            Span asker = holderAfterBy(by, s.endToken(), block);
            int c = asker == null ? -1 : firstTokenFrom(asker.end());
            if (c > 0 && isComma(c)) {
                // "by the moderator, Ana Berg, whether …": the asker named in apposition
                int close = appositionEnd(c, block);
                Span name = close > c ? namedAppositionAfter(asker, block) : asker;
                c = close > c && close + 1 < s.endToken() && isComma(close) ? close + 1 : -1;
                asker = name;
            }
            if (c < 0 || c >= s.endToken() || !opensQuestion(c)) {
                return null;
            }
            int end = clauseEnd(s, c);
            return end - c < 3 ? null : new Found(spanOf(c, end - 1), QuoteKind.INDIRECT,
                    attribution("ask", tokens.get(k).span(), asker));
        }

        /**
         * Who holds a stance or judgement named after "by" at {@code by} (before {@code end}): a noun phrase that can
         * speak, maybe after an adverb or an approximation ("by nearly 6 in 10 voters", "by about a quarter of
         * voters"); null when none, or a time ("by Friday").
         */
        private Span holderAfterBy(int by, int end, Block block) {
            if (by + 1 >= end) {
                return null;
            }
            boolean approximately = tokens.get(by + 1).pos().startsWith("RB") || Set.of("about", "nearly", "almost",
                    "roughly", "over").contains(tokens.get(by + 1).word().toLowerCase(Locale.ROOT));
            int from = approximately && by + 2 < end ? by + 2 : by + 1;
            Span np = nounPhraseForward(from, block);
            return np != null && canSpeak(np) && !isTemporal(from) ? np : null;
        }

        /** "CLAUSE, officials said." / "CLAUSE, said the minister." */
        private Found clauseBeforeCue(org.dragoman.model.Sentence s, int k, Block block) {
            // "…, most voters want the plan": an intention takes its content after it; but "…, election records
            // show." is what the records show
            boolean finding = FINDINGS.contains(lemma(k)) && k + 1 < s.endToken()
                    && (isSentencePunct(k + 1) || isComma(k + 1)); // "…, a new poll finds, …"
            if (!INDIRECT_CUES.contains(lemma(k)) && !finding) {
                return null;
            }
            int after = k + 1;
            Span subject;
            int comma;
            // "…, said the ministry", else "…, the ministry said" or "…, a spokeswoman, Anna White, said"
            // (not after "told": "…, Tad Devine, told The Huffington Post" names the addressee)
            // (the comma may sit inside closing marks: "Mr. Vander Plaats is ''activating his network,'' said …")
            boolean markBefore = k - 2 >= s.firstToken() && isClosingMark(k - 1) && isComma(k - 2);
            Span np = k - 1 >= s.firstToken() && (isComma(k - 1) || markBefore) && !ADDRESSED.contains(lemma(k))
                    && !tokens.get(k).pos().equals("VBG") // "…, tweeting her appreciation Friday"
                    ? nounPhraseForward(after, block) : null;
            if (np != null && THOUGHTS.contains(lemma(k))) {
                return null; // "And why do we, languishing here, feel this way?": a thought puts no speaker after it
            }
            if (np != null && isSubjectPronoun(k + 1) && verbAfterPronoun(k + 1, s)) {
                return null; // "…, said she almost always treated …": she is the reported clause's subject
            }
            if (np != null && NOUN_CUES.contains(lemma(lastTokenBefore(np.end())))
                    && !tokens.get(lastTokenBefore(np.end())).pos().startsWith("NNP")) {
                return null; // "…, tweeted a warning.": what was tweeted, no speaker after the cue
            }
            if (np != null) {
                subject = namedAppositionAfter(np, block);
                after = firstTokenFrom(np.end());
                comma = markBefore ? k - 2 : k - 1;
            } else {
                subject = subjectBefore(k, block);
                if (subject == null || tokens.get(k).pos().equals("VBN")
                        && WRITERS_ASIDES.contains(lemma(lastTokenBefore(subject.end())))) {
                    return null; // (not "…, a claim not recognized internationally": the writer's aside)
                }
                comma = firstTokenFrom(subject.start()) - 1;
                if (comma - 1 > s.firstToken() && isClosingMark(comma) && isComma(comma - 1)) {
                    comma--; // "The plan is “dead on arrival,” he said."
                }
                if (comma < s.firstToken() || !isComma(comma)) {
                    return null;
                }
                // the name in an apposition: "…, a spokeswoman, Anna White, said" reports what precedes both
                for (int p = comma - 1; p > s.firstToken() && comma - p <= 6 && isNounPhraseToken(p); p--) {
                    if (isComma(p - 1)) {
                        String pos = tokens.get(p).pos();
                        comma = pos.equals("DT") || pos.equals("PRP$") ? p - 1 : comma;
                        break;
                    }
                }
            }
            // Nothing but adjuncts may follow the cue: "…, the ministry said in a statement on Sunday.", up to a
            // relative clause on the speaker ("…, said Ed Rendell, who chairs …") or a clause joined by ", and"
            boolean inverted = np != null;
            int object = k + 1;
            while (object < s.endToken() && tokens.get(object).pos().startsWith("RB")) {
                object++;
            }
            if (!inverted && OBJECT_TAKERS.contains(lemma(k)) && object < s.endToken() && !isTemporal(object)
                    && Set.of("DT", "PRP$", "NN", "NNS", "JJ", "CD").contains(tokens.get(object).pos())) {
                return null; // "…, Mr. Sanders has found ways to press his agenda": the cue has its own object
            }
            for (int i = Math.max(after, k + 1); i >= 0 && i < s.endToken(); i++) {
                if (tokens.get(i).word().equals(";")) {
                    break; // "…, he said; his agents found them …": the clause after a semicolon is the writer's
                }
                if (isComma(i) && i + 2 < s.endToken() && tokens.get(i + 1).pos().equals("TO")
                        && tokens.get(i + 2).pos().equals("VB")) {
                    return null; // "it is his job, he said, to talk to Congress": the clause goes on past the cue
                }
                // (or a participle: "…, Hollande said Tuesday in Paris, noting that …")
                // (or a contrast: "…, the minutes said, while several argued that …")
                if (isComma(i) && i + 1 < s.endToken() && (tokens.get(i + 1).pos().equals("CC")
                        || tokens.get(i + 1).pos().equals("VBG")
                        || RELATIVES.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))
                        || Set.of("while", "whereas", "although", "though").contains(
                        tokens.get(i + 1).word().toLowerCase(Locale.ROOT)))) {
                    break;
                }
                // "…, said Wilcox, an Orlando Republican who founded …", "…, said a handful of Democrats who point
                // to …": the speaker's apposition or relative clause
                if (inverted && (i == after && RELATIVES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                        || isComma(i) && i == after && i + 1 < s.endToken() && (tokens.get(i + 1).pos().equals("DT")
                        || tokens.get(i + 1).pos().startsWith("NN") || tokens.get(i + 1).pos().startsWith("JJ")))) {
                    break;
                }
                // "…, Obama told his advisers as he labored over …": a subordinate clause of time or manner
                if (i > k && TIME_CLAUSES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                        && i + 1 < s.endToken() && (isSubjectPronoun(i + 1) || tokens.get(i + 1).pos().equals("DT")
                        || tokens.get(i + 1).pos().startsWith("NN"))) {
                    break;
                }
                // "…, he said on MSNBC’s “Morning Joe.”": a show's title after its network
                QuoteScanner.Region title = isQuoteMark(i) ? regionOpeningAt(i) : null;
                if (title != null && title.close() >= 0 && isTitleAfterName(title)) {
                    i = firstTokenFrom(title.close());
                    continue;
                }
                if (isFiniteVerb(i) && !tokens.get(i).pos().equals("POS") || tokens.get(i).word().equalsIgnoreCase("that")
                        || isQuoteMark(i)) {
                    return null;
                }
            }
            int start = s.firstToken();
            while (start < comma && (isQuoteMark(start) || isClosingMark(start)
                    || tokens.get(start).pos().equals("``"))) {
                QuoteScanner.Region opens = isQuoteMark(start) ? regionOpeningAt(start) : null;
                if (opens != null && opens.close() >= 0 && firstTokenFrom(opens.close()) + 1 < comma) {
                    // "“Many participants” judged that …, the minutes said": a quoted fragment opens the clause
                    break;
                }
                start++;
            }
            start = afterDateline(start, comma); // "GAZA CITY — Airstrikes killed 27 people, the agency said"
            for (int i = start + 1; i + 3 < comma; i++) {
                if (tokens.get(i).word().equals(":") && hasFiniteVerb(i + 1, comma) && !isQuoteMark(i + 1)) {
                    start = i + 1; // "The vote was close: four members voted to hold, the bank said": the writer's lead
                    break;
                }
            }
            int clause = start; // after an opener: "In all, hackers compromised/VBN 12 workstations, the report said"
            if (tokens.get(start).pos().equals("IN") || tokens.get(start).pos().startsWith("RB")) {
                for (int i = start + 1; i < comma && i - start <= 5; i++) {
                    if (isComma(i)) {
                        clause = i + 1;
                        break;
                    }
                }
            }
            // "Is the fight over? Probably not, analysts say.": a short answer to the question before
            boolean answer = start == s.firstToken() && start > 0 && inBlock(start - 1, block)
                    && tokens.get(start - 1).word().equals("?") && comma > start && comma - start <= 5
                    && (tokens.get(start).pos().startsWith("RB") || tokens.get(start).pos().equals("UH"));
            if (!answer && (comma - start < 3 || !hasFiniteVerb(start, comma) && !pastTakenForParticiple(start, s)
                    && !(clause > start && pastTakenForParticiple(clause, s)))) {
                return null; // "After days of rising tensions, Trump announced a ceasefire": no clause, no speech
            }
            if (!inverted && tokens.get(start).pos().equals("VBG") && tokens.get(start + 1).word().equalsIgnoreCase("that")
                    && k + 1 < s.endToken() && Set.of("DT", "JJ", "JJR", "NN", "NNS", "PRP$", "CD")
                    .contains(tokens.get(k + 1).pos())) { // (the cue has an object: not "Defending that terrain is …, said X")
                return null; // "Declaring that she alone could fix it, the tycoon promised …": a participle's report
            }
            if (finding && !INDIRECT_CUES.contains(lemma(k)) && !isDocument(subject)) {
                return null;
            }
            boolean quoted = isClosingMark(comma + 1) && comma + 2 < s.endToken() && comma + 2 <= k;
            return new Found(spanOf(start, quoted ? comma + 1 : comma - 1), QuoteKind.INDIRECT, attribution(k, subject));
        }

        /**
         * A headline in the form "Speaker: what they said" ("Graham: Trump's rhetoric destroying GOP's chance"):
         * one to four words naming someone, a colon, then a clause. Only in headlines and subheadings.
         */
        private Found speakerColon(org.dragoman.model.Sentence s, int k, Block block) {
            if (!tokens.get(k).word().equals(":") || k + 3 >= s.endToken()) {
                return null;
            }
            if (block.kind() == Block.Kind.PARAGRAPH) {
                // a headline set as a paragraph of its own ("AP: Trump chair routed money to lobbyists."), not a
                // speaker's turn in a transcript
                boolean alone = tokens.get(s.firstToken()).span().start() == block.span().start()
                        && firstTokenFrom(block.span().end()) <= s.endToken() && s.endToken() - s.firstToken() <= 25;
                for (int i = s.firstToken(); i < k; i++) {
                    alone &= !isComma(i) && !tokens.get(i).pos().startsWith("VB") && !tokens.get(i).pos().equals("CC");
                }
                String tag = spanOf(s.firstToken(), k - 1).of(text);
                String ner = tokens.get(k - 1).ner();
                // "BERLIN: …" is a dateline
                alone &= !(tag.equals(tag.toUpperCase(Locale.ROOT)) && (tag.length() > 4 || ner.equals("LOCATION")
                        || ner.equals("CITY") || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE")));
                if (!alone || transcriptTurn(s, k, block) != null) {
                    return null;
                }
            }
            int named = partyTagStart(k); // "Quist (R-Iowa): …"
            Span speaker = spanOf(s.firstToken(), named - 1);
            String head = tokens.get(named - 1).word().toLowerCase(Locale.ROOT);
            // a named source ("Graham:", "Clinton camp:") or a source noun ("Poll:", "Newspaper:"), not "Analysis:"
            // (the name heads the tag: not "Venezuela strikes: lawmakers demand answers", a topic)
            boolean source = doc.mentionWithin(speaker).filter(m -> m.span().end() == speaker.end()).isPresent()
                    || DOCUMENTS.contains(head)
                    || INSTITUTIONS.contains(head) || HEADLINE_SOURCES.contains(head);
            int end = clauseEnd(s, k + 1);
            if (!source && isNameTag(s.firstToken(), named)) {
                // a name the recognizer missed ("Reid:", "Judicial Watch:") or a group ("Insiders:", "Historians:")
                // before a clause or a quotation; not a label ("Exclusive:", "The Latest:")
                boolean said = false;
                for (int i = k + 1; i < end; i++) {
                    said |= isQuoteMark(i) || isFiniteVerb(i);
                }
                source = said;
            }
            if (!source || end - k - 1 < 3 || block.kind() == Block.Kind.PARAGRAPH && subhead(k, end - 1, block)) {
                return null;
            }
            Attribution at = attribution(":", tokens.get(k).span(), speaker);
            return new Found(spanOf(k + 1, end - 1), QuoteKind.INDIRECT, at);
        }

        /** A headline's tag before a colon that may name a speaker: capitalized names, or one capitalized plural. */
        private boolean isNameTag(int from, int colon) {
            if (HEADLINE_LABELS.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (colon - from == 1 && tokens.get(from).pos().equals("NNS")) {
                return Character.isUpperCase(tokens.get(from).word().charAt(0));
            }
            for (int i = from; i < colon; i++) {
                if (!tokens.get(i).pos().startsWith("NNP")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a noun phrase with a determiner and a singular head starts at {@code j} and runs to a verb: "the
         * agency said", "the International Atomic Energy Agency said"; not a share ("8 percent of Democrats").
         */
        private boolean singularSubject(int j, org.dragoman.model.Sentence s) {
            if (j + 1 >= s.endToken() || !tokens.get(j).pos().equals("DT")) {
                return false;
            }
            int head = j + 1;
            while (head + 1 < s.endToken() && (tokens.get(head + 1).pos().startsWith("NN")
                    || tokens.get(head + 1).pos().startsWith("JJ")) && head - j < 8) {
                head++;
            }
            String pos = tokens.get(head).pos();
            return (pos.equals("NN") || pos.equals("NNP")) && !QUANTITIES.contains(lemma(head));
        }

        /**
         * A clause a poll or study reports, named with "in"": "In a Des Moines Register poll last month, Cruz had a
         * 10-point lead" (the source runs to the comma), "Trump has a decisive lead in the polls ahead of the primary"
         * (the clause before "in", the poll its source). The source's head must be a poll, survey, study or report.
         */
        private Found inFindings(org.dragoman.model.Sentence s, int k, Block block) {
            Span cue = tokens.get(k).span();
            if (k == s.firstToken()) {
                int comma = k + 1;
                // (a participle after the poll's name is no verb of the sentence: "In a Post poll released/VBD Sunday,")
                while (comma < s.endToken() && comma - k <= 14 && !isComma(comma) && !(isFiniteVerb(comma)
                        && !(tokens.get(comma).pos().equals("VBD") && tokens.get(comma - 1).pos().startsWith("NN")))
                        && !isQuoteMark(comma)) {
                    comma++;
                }
                if (comma >= s.endToken() || !isComma(comma) || comma == k + 1 || !isFindingSource(k + 1, comma)
                        || pluralFindings(k + 1, comma)) {
                    return null;
                }
                int sourceEnd = comma;
                if (comma + 2 < s.endToken() && (tokens.get(comma + 1).pos().equals("VBN")
                        || tokens.get(comma + 1).pos().equals("VBD"))) {
                    // "In the latest Post-ABC poll, conducted in May, Clinton led …": the poll's participle phrase
                    for (int i = comma + 2; i < s.endToken() && i - comma <= 8; i++) {
                        if (isComma(i)) {
                            comma = i;
                            break;
                        }
                        if (isQuoteMark(i) || isSentencePunct(i)) {
                            break;
                        }
                    }
                }
                int end = clauseEnd(s, comma + 1);
                if (end - comma - 1 < 3 || !finiteVerbSoon(comma + 1, s)
                        || (tokens.get(comma + 1).pos().startsWith("NNP") || singularSubject(comma + 1, s))
                        && speakerThenCue(comma + 1, s)) {
                    // (not "In a poll of 800 voters, Democracy Corp found that …": the firm's finding, nor "In its
                    // latest report, the agency said …": the agency's; but "In a poll, 8 percent of Democrats
                    // said …" is the poll's)
                    return null;
                }
                return new Found(spanOf(comma + 1, end - 1), QuoteKind.INDIRECT,
                        attribution("in", cue, spanOf(k + 1, sourceEnd - 1)));
            }
            int from = k + 1;
            while (from < s.endToken() && from - k <= 2 && tokens.get(from).pos().startsWith("RB")) {
                from++; // "in just about every statewide poll"
            }
            Span np = from < s.endToken() ? nounPhraseForward(from, block) : null;
            if (np == null) {
                return null;
            }
            int npEnd = firstTokenFrom(np.end());
            int npStop = npEnd < 0 ? s.endToken() : npEnd;
            if ((!isFindingSource(from, npStop) || pluralFindings(from, npStop)) && !pollAverage(from, s)) {
                return null; // (not "he slid in the polls", "leads in national polls": a standing, no one's finding)
            }
            int start = s.firstToken();
            while (start < k && (isQuoteMark(start) || tokens.get(start).pos().equals("``"))) {
                start++;
            }
            start = afterDateline(start, k);
            // "In the fall of 2007, Clinton held a lead … in a CNN poll": a fronted phrase is not reported
            for (int i = start; i < k && i - start <= 8; i++) {
                if (isFiniteVerb(i) || isQuoteMark(i)) {
                    break;
                }
                if (isComma(i)) {
                    if (tokens.get(start).pos().equals("IN") || tokens.get(start).pos().startsWith("RB")) {
                        start = i + 1;
                    }
                    break;
                }
            }
            while (start < k && (tokens.get(start).pos().equals("CC") || tokens.get(start).pos().startsWith("RB"))) {
                start++; // "But he fell to 10 percent in …"
            }
            // the clause before "in" must be the sentence's own: a subject, a finite verb, no comma but around
            // figures ("leads Cruz by 9 points, 42%-32.7%, in the average of polls")
            for (int i = start; i < k; i++) {
                if (isComma(i) && !(i + 1 < k && (tokens.get(i + 1).pos().equals("CD") || i + 1 == k))
                        || isQuoteMark(i) || tokens.get(i).pos().startsWith("W")
                        || tokens.get(i).word().equalsIgnoreCase("that")) {
                    return null;
                }
            }
            if (k - start < 3 || !hasFiniteVerb(start, k) || !isNounPhraseToken(start) || isIndirectCue(k - 1)) {
                return null; // (not "Human Rights Watch said in a report …": the report is where it said so)
            }
            return new Found(spanOf(start, k - 1), QuoteKind.INDIRECT, attribution("in", cue, np));
        }

        /** "the RealClearPolitics average of recent Hoosier polls": an average of polls, from token {@code from}. */
        private boolean pollAverage(int from, org.dragoman.model.Sentence s) {
            for (int i = from; i + 1 < s.endToken() && i - from <= 4; i++) {
                if (lemma(i).equals("average") && tokens.get(i + 1).word().equals("of")) {
                    return isFindingSource(i + 2, Math.min(s.endToken(), i + 7));
                }
            }
            return false;
        }

        /**
         * Whether the poll, survey, study or report that tokens {@code from} to {@code to} (exclusive) name is plural:
         * "in the polls", "in recent national polls" tell a standing, not what any one source found.
         */
        private boolean pluralFindings(int from, int to) {
            for (int i = from; i < to && i < tokens.size(); i++) {
                if (tokens.get(i).pos().startsWith("NN") && isFindingSource(i, i + 1)) {
                    return tokens.get(i).pos().endsWith("S") && !(i > from && lemma(i - 1).equals("exit"));
                }
            }
            return false;
        }

        /** Whether tokens {@code from} to {@code to} (exclusive) name a poll, survey, study or report. */
        private boolean isFindingSource(int from, int to) {
            for (int i = from; i < to && i < tokens.size(); i++) {
                String w = lemma(i);
                if (tokens.get(i).pos().startsWith("NN") && (w.equals("poll") || w.equals("survey") || w.equals("study")
                        || w.equals("report") || w.equals("polling") || w.equals("census"))) {
                    return true;
                }
                if (ppHead(i) && i > from) {
                    return false; // "in the fall of 2007": the head came before
                }
            }
            return false;
        }

        /** "As (first) reported by The Post, CLAUSE": the clause is the source's, cue the participle's lemma. */
        private Found asReportedBy(org.dragoman.model.Sentence s, int k, Block block) {
            int v = k + 1;
            while (v < s.endToken() && (tokens.get(v).pos().startsWith("RB") || tokens.get(v).word().equalsIgnoreCase("first"))) {
                v++; // "As first reported by"
            }
            if (v + 2 >= s.endToken() || !tokens.get(v).pos().equals("VBN") || !isIndirectCue(v)
                    || !tokens.get(v + 1).word().equalsIgnoreCase("by")) {
                return null;
            }
            Span source = nounPhraseForward(v + 2, block);
            int comma = source == null ? -1 : firstTokenFrom(source.end());
            if (comma < 0 || comma + 1 >= s.endToken() || !isComma(comma)) {
                return null;
            }
            int end = clauseEnd(s, comma + 1);
            if (end - comma - 1 < 3 || !hasFiniteVerb(comma + 1, end)) {
                return null;
            }
            return new Found(spanOf(comma + 1, end - 1), QuoteKind.INDIRECT, attribution(lemma(v), spanOf(k, v), source));
        }

        /**
         * "The tribunal is (widely) expected to rule soon": what unnamed people expect, in two parts, the subject
         * and the infinitive ("The tribunal … to rule soon"), with cue {@code expect} on "is expected" and no
         * speaker.
         */
        private Found passiveExpectation(org.dragoman.model.Sentence s, int k, Block block) {
            if (k + 2 >= s.endToken() || !tokens.get(k + 1).word().equalsIgnoreCase("to")
                    || !tokens.get(k + 2).pos().equals("VB") || INDIRECT_CUES.contains(lemma(k + 2))) {
                return null; // (but "she's expected to argue that …" reports what she will argue)
            }
            int be = beforeAdverbs(k - 1, s); // "is widely expected", "are not expected"
            if (be <= s.firstToken() || !BE.contains(tokens.get(be).word().toLowerCase(Locale.ROOT).replace('’', '\''))) {
                return null;
            }
            Span subject = subjectBefore(be, block);
            int end = clauseEnd(s, k + 1);
            if (subject == null || subject.end() > tokens.get(be).span().start() || end <= k + 2) {
                return null;
            }
            int first = firstTokenFrom(subject.start());
            if (first - 1 == s.firstToken() && (SUBORDINATORS.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT))
                    || tokens.get(first - 1).word().equalsIgnoreCase("where"))) {
                return null; // "Where he was expected to make peace, he attacked": a contrast the reporter draws
            }
            if (RELATIVES.contains(tokens.get(be - 1).word().toLowerCase(Locale.ROOT))
                    || tokens.get(be - 1).word().equalsIgnoreCase("that")) {
                // "the first move, which is widely expected to come on Dec. 16, presents …": the relative clause
                subject = tokens.get(be - 1).span();
            }
            for (int i = k + 2; i < end; i++) {
                if (isComma(i)) {
                    end = i; // what is expected ends at a comma: "to be unfavorable for Beijing, with …"
                    break;
                }
            }
            Span content = spanOf(k + 1, end - 1);
            Attribution at = new Attribution("expect", spanOf(be, k), null, null, false, null, null);
            return new Found(new Span(subject.start(), content.end()), QuoteKind.INDIRECT, at, List.of(subject, content), null);
        }

        /**
         * A clause the writer reports on unnamed authority, marked by an adverb: "The FBI is reportedly making
         * arrangements to interview Clinton", "Moscow reportedly offered help". Two parts, the clause around the
         * adverb; no speaker, the source anonymous.
         */
        private Found hearsay(org.dragoman.model.Sentence s, int k, Block block) {
            if (EntityResolver.innermost(regions, tokens.get(k).span().start()) >= 0 || k + 2 >= s.endToken()) {
                return null; // (a speaker's own "reportedly" inside a quote is theirs)
            }
            int verb;
            if (k - 1 > s.firstToken() && (isFiniteVerb(k - 1) || tokens.get(k - 1).pos().equals("MD"))
                    && tokens.get(k + 1).pos().startsWith("VB")) {
                verb = k - 1; // "is reportedly making", "has reportedly told"
            } else if (isFiniteVerb(k + 1)) {
                verb = k; // "Moscow reportedly offered help"
            } else {
                return null;
            }
            if (isCue(k + 1) && INDIRECT_CUES.contains(lemma(k + 1))) {
                return null; // "Xi reportedly told Biden that …": Xi's words, by the cue after
            }
            int start = nounPhraseStartBackward(verb - 1, block);
            int end = clauseEnd(s, k + 1);
            if (start > verb - 1 || start < s.firstToken() || end - k < 3 || !isNounPhraseToken(start)) {
                return null;
            }
            Span before = spanOf(start, k - 1);
            Span after = spanOf(k + 1, end - 1);
            Attribution at = new Attribution(tokens.get(k).word().toLowerCase(Locale.ROOT), tokens.get(k).span(), null,
                    null, false, null, null);
            return new Found(new Span(before.start(), after.end()), QuoteKind.INDIRECT, at, List.of(before, after), null);
        }

        /**
         * A judgement in the passive: "Trump and Cruz are seen as candidates who would best handle a crisis by a
         * quarter of voters", "The kingdom is viewed as a bulwark". Two parts, the subject and what it is judged
         * as, to the end of the clause or the "by" that names who judges (the speaker); without one the speaker is
         * null and the source anonymous, as for an expectation.
         */
        private Found passivePerception(org.dragoman.model.Sentence s, int k, Block block) {
            if (!PERCEPTIONS.contains(lemma(k)) || k + 2 >= s.endToken()
                    || !tokens.get(k + 1).word().equalsIgnoreCase("as")) {
                return null;
            }
            int be = k - 1;
            while (be > s.firstToken() && (tokens.get(be).pos().startsWith("RB")
                    || Set.of("both", "all").contains(tokens.get(be).word().toLowerCase(Locale.ROOT)))) {
                be--; // "are both seen as", "is widely viewed as"
            }
            if (be <= s.firstToken() || !BE.contains(tokens.get(be).word().toLowerCase(Locale.ROOT).replace('’', '\''))) {
                return null;
            }
            Span subject = subjectBefore(be, block);
            if (subject == null || subject.end() > tokens.get(be).span().start()) {
                return null;
            }
            int end = clauseEnd(s, k + 1);
            Span holder = null;
            for (int i = k + 2; i < end; i++) {
                if (isComma(i)) {
                    end = i;
                    break;
                }
                if (tokens.get(i).word().equalsIgnoreCase("by")) {
                    holder = holderAfterBy(i, end, block); // "… by about a quarter of voters"
                    if (holder != null) {
                        end = i;
                        break;
                    }
                }
            }
            if (end <= k + 2) {
                return null;
            }
            Span content = spanOf(k + 1, end - 1);
            Attribution at = holder == null ? new Attribution(lemma(k), spanOf(be, k), null, null, false, null, null)
                    : attribution(lemma(k), spanOf(be, k), holder);
            return new Found(new Span(subject.start(), content.end()), QuoteKind.INDIRECT, at, List.of(subject, content), null);
        }

        private static final Set<String> THAT_THIS = Set.of("that", "this");

        /** "According to X, CLAUSE" and "CLAUSE, according to X". */
        private Found accordingTo(org.dragoman.model.Sentence s, int k, Block block) {
            Span np = nounPhraseForward(k + 2, block);
            if (np == null && (k == s.firstToken() || isComma(k - 1) && k - 1 - s.firstToken() <= 3)) {
                // "According to a just-released poll from X broadcast on Y, …": a source the noun phrase reader
                // cannot read runs to the comma
                int comma = commaAfterSource(k + 3, s);
                np = comma > 0 ? spanOf(k + 2, comma - 1) : null;
            }
            boolean provisional = np == null && k + 2 < s.endToken() && k - 1 > s.firstToken()
                    && (isComma(k - 1) || isDash(k - 1));
            if (provisional) {
                np = tokens.get(k + 2).span(); // "…, according to the “Medicare for all” document": see below
            } else if (np == null) {
                return null;
            }
            int after = firstTokenFrom(np.end());
            if (after < 0) {
                after = s.endToken(); // a source that ends the text: "…, according to the ter"
            }
            int last = s.endToken() - 1;
            while (last > k + 2 && (isSentencePunct(last) || isQuoteMark(last) || tokens.get(last).pos().equals("''"))) {
                last--;
            }
            if (k - 2 == s.firstToken() && lemma(k - 1).equals("be")
                    && THAT_THIS.contains(tokens.get(k - 2).word().toLowerCase(Locale.ROOT))) {
                // "That's according to fundraising reports through Jan. 31 that …": what the sentence before said
                // is theirs; the source runs to the end of the sentence
                return new Found(tokens.get(k - 2).span(), QuoteKind.INDIRECT, attribution("according to",
                        new Span(tokens.get(k).span().start(), tokens.get(k + 1).span().end()), spanOf(k + 2, last)));
            }
            // "…, according to the Labor Department, taking a step …" / "…, according to the Human Rights
            // Campaign, an advocacy group.": the source closes the clause before a participle or an apposition
            int closing = after < s.endToken() && isComma(after) ? sourceTailEnd(after, s) : -1;
            boolean closed = after >= s.endToken() || isSentencePunct(after) || closing >= 0
                    // "…, according to the National Police Agency, and there were only eight …": a clause of its own
                    || after + 2 < s.endToken() && isComma(after) && tokens.get(after + 1).pos().equals("CC")
                    && (tokens.get(after + 2).pos().equals("EX") || mainClauseAt(after + 2, s))
                    // "…, according to the polling average, although Carson keeps it competitive": the writer's
                    // concession
                    || after + 2 < s.endToken() && isComma(after) && Set.of("although", "though", "whereas")
                    .contains(tokens.get(after + 1).word().toLowerCase(Locale.ROOT));
            // "… robbery — according to the most recent data available from the FBI.": a dash closes the clause too
            boolean commaBefore = k - 1 > s.firstToken() && (isComma(k - 1) || isDash(k - 1));
            // "… 46 percent to 39 percent according to a CBS poll released Monday.": no comma before a poll's name
            boolean bare = !commaBefore && k - s.firstToken() >= 4 && !tokens.get(k - 1).pos().equals("IN")
                    && (doc.mentionWithin(np).isPresent() || isDocument(np) || isFindingSource(k + 2, s.endToken()));
            if ((commaBefore || bare) && last - k - 2 < 25 && !closed) {
                // "…, according to exit polling data released by CNN on Tuesday.": a long source ends the sentence
                boolean plain = true;
                int marks = 0;
                int stop = last;
                for (int i = k + 2; i <= last; i++) {
                    if (isComma(i) && sourceTailEnd(i, s) >= 0) {
                        stop = i - 1;
                        closing = i;
                        break;
                    }
                    String pos = tokens.get(i).pos();
                    plain &= !tokens.get(i).word().equalsIgnoreCase("that") && !isComma(i)
                            && !(bare && (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")));
                    marks += isQuoteMark(i) ? 1 : 0;
                }
                plain &= marks % 2 == 0; // "according to the “Medicare for all” document he released."
                if (plain) {
                    np = spanOf(k + 2, stop);
                    after = stop + 1;
                    provisional = false;
                    closed = true;
                }
            }
            if (k - 1 > s.firstToken() && isComma(k - 1) && !closed && after < s.endToken() && !isComma(after)
                    && noFiniteVerb(s.firstToken(), k - 1)) {
                // "Notably absent from the conversation, according to members who spoke with reporters afterward,
                // was any mention of …": a source with a relative clause, then the rest of the clause
                int comma = commaAfterSource(after, s);
                if (comma > 0 && finiteVerbSoon(comma + 1, s)) {
                    np = new Span(np.start(), tokens.get(comma - 1).span().end());
                    after = comma;
                    provisional = false;
                }
            }
            if (commaBefore && !closed && isPlainSource(k + 2, last + 1, s)) {
                // "…, according to an analysis by Lee Epstein, a law professor …, and Kevin Quinn, …": a source
                // with appositions and participles but no verb of its own ends the sentence
                int comma = k + 2;
                while (comma <= last && !isComma(comma)) {
                    comma++;
                }
                np = spanOf(k + 2, comma - 1);
                after = last + 1;
                provisional = false;
                closed = true;
            }
            if (provisional) {
                return null;
            }
            // "But, according to the poll, …"", "In addition, according to the department, …": an opener first
            String openerPos = tokens.get(s.firstToken()).pos();
            int opener = k == s.firstToken() ? 0 : isComma(k - 1) && k - 1 - s.firstToken() <= 3
                    && (openerPos.equals("CC") || openerPos.startsWith("RB") || openerPos.equals("IN"))
                    && !hasVerb(s.firstToken(), k - 1) ? k - s.firstToken() : -1;
            boolean initial = opener >= 0;
            if (initial && after < s.endToken() && !isComma(after)) {
                // "According to a new poll from X broadcast on Y, …": the source runs to the comma
                for (int j = after; j < s.endToken() && j - k < 30; j++) {
                    if (isQuoteMark(j) || isSentencePunct(j)) {
                        break;
                    }
                    if (isComma(j)) {
                        np = new Span(np.start(), tokens.get(j - 1).span().end());
                        after = j;
                        break;
                    }
                }
            }
            Span cue = new Span(tokens.get(k).span().start(), tokens.get(k + 1).span().end());
            if (initial && after < s.endToken() && isComma(after)) {
                int end = clauseEnd(s, after + 1);
                if (end - after - 1 >= 3 && hasVerb(after + 1, end)) {
                    return new Found(spanOf(after + 1, end - 1), QuoteKind.INDIRECT, attribution("according to", cue, np));
                }
            } else if (k - 1 > s.firstToken() && isComma(k - 1) && after < s.endToken() && isComma(after) && !closed
                    && noFiniteVerb(s.firstToken(), k - 1) && after + 1 < s.endToken() && finiteVerbSoon(after + 1, s)) {
                // "Fundraising, according to the campaign, has surged": the clause runs on both sides of the source
                int start = afterDateline(s.firstToken(), k - 1);
                int end = clauseEnd(s, after + 1);
                if (k - 1 - start >= 1 && end - after - 1 >= 2) {
                    Span before = spanOf(start, k - 2);
                    Span rest = spanOf(after + 1, end - 1);
                    return new Found(new Span(before.start(), rest.end()), QuoteKind.INDIRECT,
                            attribution("according to", cue, np), List.of(before, rest), null);
                }
            } else if ((commaBefore || bare) && closed) {
                int end = commaBefore ? k - 1 : k;
                int start = afterDateline(s.firstToken(), end); // "WARSAW, Poland (AP) — Nawrocki won, according to …
                for (int i = start + 1; i + 2 < end; i++) {
                    if (isIndirectCue(i) && isFiniteVerb(i) && !FINDINGS.contains(lemma(i))) {
                        int that = i + 1;
                        while (that < end && that - i <= 5 && !tokens.get(that).word().equalsIgnoreCase("that")
                                && (tokens.get(that).pos().equals("IN") || isNounPhraseToken(that))) {
                            that++; // "said in a statement that …"
                        }
                        if (that + 2 < end && tokens.get(that).word().equalsIgnoreCase("that")
                                && isNounPhraseToken(start)) {
                            // "Scope said in a statement that the cuts would push 250,000 people into poverty, according
                            // to the government's own assessment": the source vouches for the reported clause only
                            start = that + 1;
                        }
                        break;
                    }
                }
                for (int i = start + 2; i < end - 3; i++) {
                    int close = attributionBetweenCommas(i, end);
                    if (close > 0) {
                        start = close + 1; // "…, killing four, Hegseth wrote on X, bringing the toll to 80, according to
                    }                      // a tally by the AP": what comes before the writer's words is his
                }
                for (int i = start + 3; i + 3 < end; i++) {
                    int aside = writersAside(i, end);
                    if (aside >= 0 && hasVerb(start, i)) {
                        // "Tajani wrote that Europe should “keep talking,” a position several states share,
                        // according to two diplomats": the source vouches for the aside, not for what comes before
                        start = aside == i ? i + 1 : aside; // (after a closing mark, the aside's first word)
                        break;
                    }
                }
                // "About 58 percent of companies … fund/NN maternity leave …, according to a study.": a closed
                // source vouches for a long clause even where the tagger lost its verb
                if (end - start >= 3 && hasVerb(start, end) || commaBefore && end - start >= 6) {
                    return new Found(spanOf(start, end - 1), QuoteKind.INDIRECT, attribution("according to", cue, np));
                }
            }
            return null;
        }

        /**
         * The comma closing an attribution set between commas from the comma at {@code i}, before {@code end}: ",
         * Defense Secretary Pete Hegseth wrote on X," (a speaker, a finite verb of speech, a short phrase); or -1.
         */
        private int attributionBetweenCommas(int i, int end) {
            if (!isComma(i)) {
                return -1;
            }
            int v = i + 1;
            while (v < end && v - i <= 6 && isNounPhraseToken(v) && !tokens.get(v).pos().equals("PRP")) {
                v++;
            }
            if (v == i + 1 || v >= end || !isIndirectCue(v) || !isFiniteVerb(v) || !canSpeak(spanOf(i + 1, v - 1))) {
                return -1;
            }
            int c = v + 1;
            while (c < end && c - v <= 5 && (tokens.get(c).pos().equals("IN") || isNounPhraseToken(c))) {
                c++;
            }
            return c < end && isComma(c) ? c : -1;
        }

        /** The comma that ends a source read from {@code from} on, within 30 words and with no verb of its own, or -1. */
        private int commaAfterSource(int from, org.dragoman.model.Sentence s) {
            for (int j = from; j < s.endToken() && j - from < 30; j++) {
                if (isComma(j)) {
                    return j + 1 < s.endToken() && isPlainSource(from, j, s) ? j : -1;
                }
                if (isQuoteMark(j) || isSentencePunct(j)) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Whether the words {@code from} to {@code to} (exclusive) could all be a source: no finite verb but the one
         * that opens a relative clause ("members who spoke with reporters", "figures that were released"), no "that"
         * clause, quotation marks in pairs.
         */
        private boolean isPlainSource(int from, int to, org.dragoman.model.Sentence s) {
            int marks = 0;
            for (int i = from; i < to; i++) {
                marks += isQuoteMark(i) ? 1 : 0;
                if (tokens.get(i).pos().equals("IN") && tokens.get(i).word().equalsIgnoreCase("that")) {
                    return false;
                }
                if (isFiniteVerb(i) && !(tokens.get(i).pos().equals("VBD") && i > from && i + 1 < to
                        && tokens.get(i - 1).pos().startsWith("NN") && tokens.get(i + 1).pos().equals("IN"))) {
                    // (not a participle the tagger took for a past: "a survey aired/VBD on CNN")
                    int w = beforeAdverbs(i - 1, s);
                    if (w < from || !tokens.get(w).pos().equals("WP") && !tokens.get(w).pos().equals("WDT")) {
                        return false;
                    }
                }
            }
            return marks % 2 == 0;
        }

        /**
         * After the source of a closing "according to", at the comma {@code comma}: the end of a participle phrase or
         * an apposition that runs to the end of the sentence (", taking a step …", ", an advocacy group."), or -1.
         */
        private int sourceTailEnd(int comma, org.dragoman.model.Sentence s) {
            if (comma + 1 >= s.endToken()) {
                return -1;
            }
            String pos = tokens.get(comma + 1).pos();
            // "…, according to Jason Delisle, who was an adviser to the campaign.": a relative clause on the source
            if (pos.equals("VBG") || pos.equals("WP") || pos.equals("WP$")) {
                return s.endToken();
            }
            // "…, one of the unions representing the employees."
            if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CD"))) {
                return -1;
            }
            for (int i = comma + 1; i < s.endToken(); i++) {
                if (isSentencePunct(i) && i == s.endToken() - 1) {
                    return s.endToken();
                }
                if (i > comma + 1 && tokens.get(i).pos().startsWith("W") && !isComma(i - 1)) {
                    return s.endToken(); // "…, a Republican pollster who conducted the poll …"
                }
                if (i > comma + 2 && tokens.get(i - 1).pos().startsWith("NN")
                        && Set.of("since", "when", "after", "before", "until").contains(lemma(i))) {
                    return s.endToken(); // "…, the deadliest day since a ceasefire took effect in October."
                }
                if (isComma(i) && i + 1 < s.endToken() && tokens.get(i + 1).pos().equals("NNP")
                        && i > comma + 1 && tokens.get(i - 1).pos().equals("NNP")) {
                    continue; // "…, the ABC affiliate in Madison, Wisconsin."
                }
                if (isFiniteVerb(i) || isComma(i) || isQuoteMark(i) || i - comma > 15
                        || tokens.get(i).word().equalsIgnoreCase("that")) {
                    return -1;
                }
            }
            return s.endToken();
        }

        /**
         * The subject of a participle in an absolute phrase whose subject has an apposition, "…, with its president,
         * Christine Lagarde, telling reporters that …": the name, not the subject of the main clause; null when the
         * comma before the participle at {@code comma} closes no such phrase.
         */
        private Span absoluteSubject(int comma, int sentenceStart, Block block) {
            for (int w = comma - 2; w > sentenceStart && comma - w <= 20; w--) {
                if (isFiniteVerb(w) || isQuoteMark(w)) {
                    return null;
                }
                if (tokens.get(w).word().equalsIgnoreCase("with") && isComma(w - 1)) {
                    Span np = nounPhraseForward(w + 1, block);
                    if (np == null) {
                        return null;
                    }
                    int inner = firstTokenFrom(np.end());
                    if (inner > 0 && inner + 3 < comma && isComma(inner) && partOfThem(inner + 1)) {
                        // "…, with traders, many of them rattled by the strikes, warning that …": the traders
                        return canSpeak(np) ? np : null;
                    }
                    if (comma - w > 12) {
                        return null;
                    }
                    Span apposition = inner > 0 && inner < comma && isComma(inner) ? nounPhraseForward(inner + 1, block) : null;
                    if (apposition == null || firstTokenFrom(apposition.end()) != comma) {
                        return null;
                    }
                    // (the name when there is one: "its president, Christine Lagarde"; "the mediator, Qatar")
                    if (doc.mentionWithin(apposition).isPresent() && canSpeak(apposition)) {
                        return apposition;
                    }
                    return canSpeak(np) ? np : null;
                }
            }
            return null;
        }

        /** Whether a part of a group opens at token {@code i}: "many of them", "some of whom", "most of those". */
        private boolean partOfThem(int i) {
            return partOf(i) && i + 2 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("of")
                    && Set.of("them", "whom", "those").contains(tokens.get(i + 2).word().toLowerCase(Locale.ROOT));
        }

        /** Whether the word at {@code i} names a part of a group: "one", "several", "most", "two-thirds". */
        private boolean partOf(int i) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            return QUANTITIES.contains(w) || Set.of("all", "several", "both", "none", "each").contains(w)
                    || tokens.get(i).pos().equals("CD");
        }

        /** The subject of a cue; for ", adding that …" the subject of the verb before the comma. */
        private Span subjectOfCue(int k, Block block) {
            if (tokens.get(k).pos().equals("VBG") && k >= 2 && tokens.get(k - 1).pos().startsWith("NN")) {
                // "…, with several justices questioning whether …": the participle's own subject after "with"
                int start = nounPhraseStartBackward(k - 1, block);
                if (start >= 1 && start <= k - 1 && inBlock(start - 1, block)
                        && tokens.get(start - 1).word().equalsIgnoreCase("with") && canSpeak(spanOf(start, k - 1))) {
                    return spanOf(start, k - 1);
                }
            }
            if (tokens.get(k).pos().equals("VBG") && k >= 3 && tokens.get(k - 1).word().equalsIgnoreCase("as")) {
                // "Modi was quoted (by the paper) as saying that …": the one quoted
                for (int q = k - 2; q > sentenceStart(k) && k - q <= 8; q--) {
                    String pos = tokens.get(q).pos();
                    if (pos.equals("VBN") && (lemma(q).equals("quote") || lemma(q).equals("cite"))) {
                        Span quoted = subjectBefore(q, block);
                        if (quoted != null) {
                            return quoted;
                        }
                        break;
                    }
                    if (pos.equals("VBD") && (lemma(q).equals("quote") || lemma(q).equals("cite")) && q + 1 < k - 1) {
                        // "Xinhua quoted spokeswoman Mao Ning as saying that …": the one quoted, the object
                        Span quoted = spanOf(q + 1, k - 2);
                        return canSpeak(quoted) ? quoted : null;
                    }
                    if (!(pos.equals("IN") || pos.equals("DT") || pos.startsWith("NN") || pos.startsWith("JJ")
                            || pos.equals("PRP$") || pos.equals("POS") || pos.startsWith("RB"))) {
                        break;
                    }
                }
            }
            if (k >= 2 && hyphenated(k)) {
                // "a Johnson-backed lawsuit": the compound's first part
                int first = k - 2;
                while (first > 0 && tokens.get(first - 1).pos().startsWith("NNP") && inBlock(first - 1, block)) {
                    first--;
                }
                Span name = spanOf(first, k - 2);
                return tokens.get(k - 2).pos().startsWith("NNP") && canSpeak(name) ? name : null; // a name
            }
            int before = k - 1;
            // adverbs, and a verb chain after a conjunction: "but went on to say", "and then decided to tell"
            while (before >= 0 && (tokens.get(before).pos().startsWith("RB") || k - before <= 4
                    && (tokens.get(before).pos().equals("TO") || tokens.get(before).pos().equals("RP")
                    || tokens.get(before).word().equalsIgnoreCase("on")
                    || tokens.get(before).pos().startsWith("VB") && !isCue(before))
                    // "and on Monday announced", "but last week said"
                    || k - before <= 4 && (isTemporal(before) || tokens.get(before).pos().equals("IN")
                    && before + 1 < k && isTemporal(before + 1)))) {
                before--;
            }
            if (before >= 1 && k - before <= 8 && !tokens.get(before).pos().equals("CC")) {
                // "…, but in a later interview said he had", "and, in Republican contests, has supported": a phrase
                // between the conjunction and the cue
                boolean comma = isComma(before);
                int p = comma ? before - 1 : before;
                int last = p;
                while (p > 0 && last - p < 5 && isNounPhraseToken(p) && !isSubjectPronoun(p)) {
                    p--;
                }
                int cc = p - 1;
                if (comma && cc > 0 && isComma(cc)) {
                    cc--;
                }
                if (p < last && cc >= 0 && phrasePreposition(p) && tokens.get(cc).pos().equals("CC")) {
                    before = cc;
                }
            }
            // (a semicolon too, right before a verb with no subject of its own: "was booed on stage; praised …")
            boolean coordinated = before >= 0 && (tokens.get(before).pos().equals("CC")
                    || tokens.get(before).word().equals(";") && before == k - 1 && isFiniteVerb(k));
            int sentence = sentenceStart(k);
            int opening = sentence < k && tokens.get(sentence).pos().equals("CC") ? sentence + 1 : sentence;
            String opener = tokens.get(opening).word().toLowerCase(Locale.ROOT);
            if (tokens.get(k).pos().equals("VBG") && (k == sentence || k == opening + 1
                    && (SUBORDINATORS.contains(opener) || Set.of("in", "by", "upon", "without").contains(opener)))) {
                // (also "And in explaining why …, Clinton blamed …")
                // "While saying that he respects her, Sanders continued to …": the main clause's subject
                Block own = blockOf(tokens.get(k).span().start());
                for (int i = k + 1; i < tokens.size() && i - k < 40 && own != null && inBlock(i, own) && !isSentencePunct(i); i++) {
                    if (isComma(i) && i + 1 < tokens.size()) {
                        // (the comma may sit inside closing marks: "Conceding that … “down the line,” he said …")
                        int from = i + 2 < tokens.size() && isClosingMark(i + 1) ? i + 2 : i + 1;
                        Span subject = nounPhraseForward(from, own);
                        int verb = subject == null ? from : firstTokenFrom(subject.end());
                        while (verb >= 0 && verb < tokens.size() && verb - i <= 8 && inBlock(verb, own)
                                && (tokens.get(verb).pos().startsWith("NN") || tokens.get(verb).pos().startsWith("JJ")
                                || verb == from && (tokens.get(verb).pos().equals("DT")
                                || tokens.get(verb).pos().equals("PRP$")))) {
                            verb++; // "the billionaire real/JJ estate mogul": a noun phrase the reader stopped early
                            subject = spanOf(from, verb - 1);
                        }
                        while (verb >= 0 && verb < tokens.size() && tokens.get(verb).pos().startsWith("RB")) {
                            verb++;
                        }
                        if (verb >= 0 && verb < tokens.size() && isFiniteVerb(verb) && subject != null && canSpeak(subject)) {
                            return subject;
                        }
                    }
                }
                return null;
            }
            // (a comma inside closing quotation marks too: "told the hosts of ''Morning Joe,'' adding that …"; an
            // adverb between: ", falsely suggesting that …")
            int lead = k;
            while (lead > sentence && k - lead < 2 && tokens.get(lead - 1).pos().startsWith("RB")) {
                lead--;
            }
            // (or right after a time, with no comma: "wrote to lawmakers over the weekend promising a review")
            if (coordinated || tokens.get(k).pos().equals("VBG") && (commaBefore(lead)
                    || timePhraseBefore(lead, sentence) && hasFiniteVerb(sentence, lead - 1))) {
                // "He insisted … but acknowledged that …", "…, adding that …": the subject of the verb before
                // reporting verb, else the nearest finite verb, of the same sentence
                int sentenceStart = sentenceStart(k);
                Span absolute = coordinated ? null : absoluteSubject(lead - 1, sentenceStart, block);
                if (absolute != null) {
                    return absolute;
                }
                // "She is noting … and saying …": a participle answers a participle
                boolean parallel = coordinated && tokens.get(k).pos().equals("VBG");
                int quote = EntityResolver.innermost(regions, tokens.get(k).span().start());
                for (int i = k - 2; i >= sentenceStart; i--) {
                    // not a participle without an auxiliary: "When asked …, Ms. Sherry smiled and said"
                    boolean bareParticiple = tokens.get(i).pos().equals("VBN") && !(i > 0 && (lemma(i - 1).equals("have")
                            || BE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))));
                    boolean naming = !coordinated && namingRelative(i, k, block);
                    if ((isIndirectCue(i) || naming) && (!tokens.get(i).pos().equals("VBG") || parallel)
                            && !bareParticiple
                            && !(i > 0 && (tokens.get(i - 1).pos().equals("POS") || tokens.get(i - 1).pos().equals("PRP$")))
                            && !inOtherQuote(i, quote) && !inReportedClause(i, block, sentenceStart)
                            && (!inSubordinateClause(i, block, sentenceStart) || naming)) {
                        Span subject = subjectOfCue(i, block);
                        Span after = subject == null && !coordinated ? nounPhraseForward(i + 1, block) : null;
                        if (after != null && firstTokenFrom(after.end()) == lead - 1 && canSpeak(after)) {
                            return after; // "…,” said Devine, suggesting that …": the speaker after the cue
                        }
                        return subject;
                    }
                }
                if (!coordinated && !hasFiniteVerb(sentenceStart, k - 1)) {
                    // "The Journal, citing internal documents, reported …": the subject before the participle
                    int end = k - 2;
                    while (end > sentenceStart && (tokens.get(end).pos().startsWith("RB") || isComma(end))) {
                        end--; // "The two lawmakers, however, citing …"
                    }
                    int start = end >= sentenceStart ? nounPhraseStartBackward(end, block) : end + 1;
                    return start <= end && start >= sentenceStart ? spanOf(start, end) : null;
                }
                // "they reversed themselves, rushed everyone inside and said …": back along a list of verbs, not
                // those quoted ("saying: “The struggle continues” and vowing") or of a possessive ("Trump's
                // repeated/VBD calls")
                int verbs = 0;
                Span subordinate = null; // a person subject of a subordinate clause passed on the way back
                for (int i = Math.min(k - 2, before - 1); i >= sentenceStart && verbs < 3; i--) {
                    // (or a past verb after an apposition that the tagger took for a participle: "Brian Fallon, a
                    // spokesman for Mrs. Clinton, called/VBN on … and said")
                    boolean finite = isFiniteVerb(i) || tokens.get(i).pos().equals("VBN") && commaBefore(i)
                            && !hasFiniteVerb(sentenceStart, i);
                    // not a relative clause's verb ("— something that's thrown the GOP into chaos —") nor a
                    // participle after its noun ("the list of candidates interviewed, citing …")
                    // (but "planks that support … and oppose …" is the relative's own list of verbs)
                    boolean relative = i - 1 > sentenceStart && (tokens.get(i - 1).word().equalsIgnoreCase("that")
                            || tokens.get(i - 1).word().equalsIgnoreCase("which")) && tokens.get(i - 2).pos().startsWith("NN")
                            && java.util.stream.IntStream.range(i + 1, k).anyMatch(j -> isDash(j));
                    boolean reduced = tokens.get(i).pos().equals("VBD") && i > sentenceStart
                            && tokens.get(i - 1).pos().equals("NNS") && hasFiniteVerb(sentenceStart, i - 1);
                    if (finite && !relative && !reduced && !inOtherQuote(i, quote)
                            && !(i > 0 && tokens.get(i - 1).pos().equals("POS"))) {
                        Span subject = subjectBefore(i, block);
                        int first = subject == null ? i : firstTokenFrom(subject.start());
                        // (but "because he favors right-to-work laws and opposes …" coordinates inside the clause)
                        boolean sameClause = coordinated && !hasComma(i, k) && becauseClause(i, sentenceStart);
                        if (first - 1 > sentenceStart && tokens.get(first - 1).word().equalsIgnoreCase("that")
                                && hasFiniteVerb(sentenceStart, first - 1) || inReportedClause(i, block, sentenceStart)
                                || inSubordinateClause(i, block, sentenceStart) && !sameClause) {
                            if (subordinate == null && subject != null && !coordinated && isPersonSubject(subject)
                                    && inSubordinateClause(i, block, sentenceStart)) {
                                subordinate = subject;
                            }
                            continue; // "joked that Brooklyn was his answer, but went on to say": a reported clause
                        }
                        if (subordinate != null && subject != null && abstractHead(subject)) {
                            // "The criticism … comes as Mrs. Clinton is relying on him, mentioning him in every
                            // speech": a participle after a clause of time has its person, not an abstract subject
                            return subordinate;
                        }
                        // (a list of verbs may pass a comma inside closing marks: "summed her up as “terrible,” denounced …")
                        // (or a list set off by semicolons: "was booed on stage; was denounced …; and declared")
                        if (subject == null && i - 1 > sentenceStart && (tokens.get(i - 1).pos().equals("CC")
                                || tokens.get(i - 1).word().equals(";"))) {
                            verbs++; // "He shook hands and posed for photos and asked …": back along the list
                            continue;
                        }
                        if (subject != null || i == 0 || !commaBefore(i)) {
                            return subject;
                        }
                        // "Brian Fallon, a spokesman for Mrs. Clinton, called on … and said": a subject before an
                        // apposition
                        Span named = subjectOfCue(i, block);
                        if (named != null && canSpeak(named)) {
                            return named;
                        }
                        verbs++;
                    }
                }
                return null;
            }
            Span subject = subjectBefore(k, block);
            if (subject != null && tokens.get(k).pos().equals("VB") && k - 1 > sentence
                    && tokens.get(k - 1).pos().equals("TO")) {
                // "invoked Reagan's polling deficit to claim …", "bought shares in a bid to persuade …": the noun
                // before "to" is an object, the infinitive's subject is the governing verb's; but "forced him to
                // resign" and "urged Congress to act" make the object the subject
                int p = firstTokenFrom(subject.start()) - 1;
                // (not the owner of the noun before "to": "spurred by Trump's failure to denounce …")
                int after = firstTokenFrom(subject.end());
                boolean owner = tokens.get(after - 1).pos().equals("PRP$") || after < k && tokens.get(after).pos().equals("POS");
                // (a perfect too: "has mounted an extraordinary campaign to condemn …")
                boolean object = p >= sentence && !owner && ((isFiniteVerb(p) || isPerfect(p)) && !OBJECT_CONTROL.contains(lemma(p))
                        && !REQUESTS.contains(lemma(p)) && !INTENTIONS.contains(lemma(p))
                        || tokens.get(p).pos().equals("IN") && !Set.of("for", "on", "upon").contains(lemma(p)));
                int quote = EntityResolver.innermost(regions, tokens.get(k).span().start());
                for (int i = p; object && i >= sentence && k - i <= 20 && !isQuoteMark(i); i--) {
                    if (isFiniteVerb(i) && !inOtherQuote(i, quote)) {
                        // (not after a relative: "Trump, who took to the talk shows to defend …" is found below)
                        Span governing = tokens.get(i - 1).pos().startsWith("W") ? null : subjectBefore(i, block);
                        if (governing == null && i > sentence && tokens.get(i - 1).pos().equals("CC")) {
                            governing = subjectOfCue(i, block); // "acknowledged … but invoked Reagan's deficit to claim"
                        }
                        if (governing != null && canSpeak(governing)) {
                            return governing;
                        }
                        break;
                    }
                }
            }
            if (subject == null && tokens.get(k).pos().equals("VBG") && k - 1 > sentence
                    && Set.of("by", "while", "after", "before", "in").contains(lemma(k - 1))) {
                // "she responded Tuesday by saying, “…”": the subject of the finite verb the phrase hangs on
                int quote = EntityResolver.innermost(regions, tokens.get(k).span().start());
                for (int i = k - 2; i >= sentence && k - i <= 15 && !isQuoteMark(i); i--) {
                    if (isFiniteVerb(i) && !inOtherQuote(i, quote)) {
                        Span earlier = subjectBefore(i, block);
                        return earlier != null && canSpeak(earlier) ? earlier : null;
                    }
                }
            }
            if (subject == null && commaBefore(k) && isFiniteVerb(k)) {
                // "Trump summed her up as “terrible,” denounced her record and said …": a list of verbs
                int sentenceStart = sentenceStart(k);
                int quote = EntityResolver.innermost(regions, tokens.get(k).span().start());
                for (int i = k - 2; i >= sentenceStart && k - i <= 25; i--) {
                    if (isFiniteVerb(i) && !inOtherQuote(i, quote) && !inReportedClause(i, block, sentenceStart)
                            && !inSubordinateClause(i, block, sentenceStart)) {
                        Span earlier = subjectBefore(i, block);
                        return earlier != null && canSpeak(earlier) ? earlier : null;
                    }
                }
            }
            return subject;
        }

        /**
         * Where a content clause starting at token {@code c} ends (exclusive): before the sentence's final
         * punctuation, or before a conjunction that opens another reporting verb ("… but acknowledged that …").
         */
        private int clauseEnd(org.dragoman.model.Sentence s, int c) {
            int end = s.endToken();
            boolean fronted = frontedClause(s, c);
            for (int i = c; i < s.endToken(); i++) {
                String pos = tokens.get(i).pos();
                if (i > c && tokens.get(i).word().equals(";") && clauseAfterSemicolon(i, s)) {
                    end = i; // "said they believe X; 29 percent said they believe Y": a clause of its own
                    break;
                }
                if (fronted && i > c + 2 && (isComma(i) || isDash(i)) && mainClauseAt(i + 1, s)) {
                    end = i; // "Although in September she said it was a mistake, at the town hall she said …"
                    break;
                }
                if (fronted && i > c + 2 && isComma(i) && i + 2 < s.endToken() && isClosingMark(i + 1)
                        && mainClauseAt(i + 2, s)) {
                    end = i + 2; // "When Trump said he would “protect our citizens,” the crowd cheered"
                    break;
                }
                if (i > c && isDash(i) && speakerThenCue(i + 1, s)) {
                    end = i; // "… the occasional cheeseburger - an old favorite - others say …"
                    break;
                }
                if (i > c + 1 && isClosingMark(i) && isComma(i - 1) && i + 2 < s.endToken()
                        && CONTRASTS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT)) && anyoneThenCue(i + 2, s)) {
                    end = i + 1; // "had made “tremendous progress,” though he conceded that …": his next report
                    break;
                }
                if (i > c + 2 && Set.of("after", "before").contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                        && tokens.get(i).pos().equals("IN") && speakerThenCue(i + 1, s)
                        && java.util.stream.IntStream.range(c, i - 1).anyMatch(x -> tokens.get(x).pos().equals("TO")
                        && tokens.get(x + 1).pos().equals("VB"))) {
                    end = i; // "urging its citizens to avoid travel to Japan after Takaichi suggested that …": another's
                    break;   // report, when the request was made
                }
                if (i > c + 2 && isDash(i) && i + 2 < s.endToken() && (tokens.get(i + 1).pos().equals("``")
                        || tokens.get(i + 1).word().equals("“")) && Character.isUpperCase(tokens.get(i + 2).word().charAt(0))
                        && attributedQuotationAt(i + 1, s)) {
                    // "suggested that the plan was unserious - “Again, we need …,” she said": her own words next
                    end = i;
                    break;
                }
                if (pos.equals("CC") || isComma(i)) {
                    // a comma inside closing quotation marks: "said the system was "corrupt," noting that …"
                    boolean quoted = isComma(i) && i + 2 < s.endToken() && isClosingMark(i + 1);
                    int j = quoted ? i + 2 : i + 1;
                    while (j < s.endToken() && (tokens.get(j).pos().startsWith("RB") || tokens.get(j).pos().equals("CC"))) {
                        j++;
                    }
                    if (j >= s.endToken()) {
                        continue; // a comma or conjunction that ends the text: "He said the vote was over,"
                    }
                    if (quoted && j < s.endToken() && tokens.get(j).pos().equals("VBG") && isReportingVerb(j)) {
                        end = i + 2;
                        break;
                    }
                    if (isComma(i) && j + 2 < s.endToken() && (tokens.get(j).pos().equals("DT")
                            || tokens.get(j).pos().equals("CD"))
                            && SPANS_OF_TIME.contains(lemma(j + 1).toLowerCase(Locale.ROOT))
                            && Set.of("after", "before").contains(tokens.get(j + 2).word().toLowerCase(Locale.ROOT))) {
                        end = quoted ? i + 2 : i; // "…, a day after negotiators in Geneva met": the writer's when
                        break;
                    }
                    if (isComma(i) && j < s.endToken() && j == (quoted ? i + 2 : i + 1) && speechAfterIn(j, s)) {
                        end = quoted ? i + 2 : i; // "“coast on his name,” in remarks that …": where it was said
                        break;
                    }
                    int contrast = quoted ? i + 2 : i + 1; // (the tagger may take "though" for an adverb)
                    if (isComma(i) && contrast + 1 < s.endToken()
                            && CONTRASTS.contains(tokens.get(contrast).word().toLowerCase(Locale.ROOT))
                            && anyoneThenCue(contrast + 1, s)) {
                        end = quoted ? i + 2 : i; // "…, though he conceded that …": the speaker's next report
                        break;
                    }
                    if (isComma(i) && j < s.endToken() && tokens.get(j).pos().equals("VBG")
                            && (EFFECTS.contains(lemma(j)) || DEFLECTIONS.contains(lemma(j)))) {
                        end = quoted ? i + 2 : i; // "said he could “just say yes,” drawing laughter": the writer's
                        break;
                    }
                    if (quoted && j == i + 3 && tokens.get(i + 2).pos().equals("CC") && tokens.get(j).pos().equals("VBD")
                            && !lemma(j).equals("be") && !lemma(j).equals("have")) {
                        end = i + 2; // "would back “whoever can beat Lula,” but stopped short of …": the speaker's
                        break;
                    }
                    if (pos.equals("CC") && j + 1 < s.endToken() && tokens.get(j).pos().equals("TO")
                            && tokens.get(j + 1).pos().equals("VB") && isReportingVerb(j + 1)) {
                        end = i; // "more likely to say X than Y and to say the opposite about Z"
                        break;
                    }
                    // "called him and offered help": an intention verb with an object goes on with the clause
                    boolean withObject = j + 1 < s.endToken() && INTENTIONS.contains(lemma(j))
                            && !INDIRECT_CUES.contains(lemma(j)) && !tokens.get(j + 1).pos().equals("TO")
                            && !tokens.get(j + 1).word().equalsIgnoreCase("that"); // (not "and demanded that …")
                    // "and accused Armenia of …" (a participle tag on a past verb with its object), not "and accused of"
                    boolean participle = j < s.endToken() && tokens.get(j).pos().equals("VBN")
                            // "and called/VBN on Sanders and Trump to do the same": a past verb of request
                            && !(pos.equals("CC") && lemma(j).equals("call") && j + 1 < s.endToken()
                            && (tokens.get(j + 1).word().equalsIgnoreCase("on") || tokens.get(j + 1).word().equalsIgnoreCase("for")))
                            // "and promised/VBN that taxes would not rise": a past verb with its clause
                            && !(j + 1 < s.endToken() && tokens.get(j + 1).word().equalsIgnoreCase("that") && pos.equals("CC"))
                            && !(j + 1 < s.endToken() && isNounPhraseToken(j + 1) && tokens.get(i).pos().equals("CC")
                            && (JUDGEMENTS.containsKey(lemma(j)) || STANCES.contains(lemma(j)))
                            && !INTENTIONS.contains(lemma(j)) && !REQUESTS.contains(lemma(j)));
                    // not the verb after an apposition closing: "noted that Terris, the Post reporter, saw …"
                    Block block = blockOf(tokens.get(i).span().start());
                    boolean appositionClosed = isComma(i) && j == i + 1 && !isIndirectCue(j) && block != null
                            && appositionStart(i, block) >= c;
                    // "said the talks had failed and urged/VBN both sides to return": a request with its object
                    // and infinitive is the speaker's next act, whatever the tagger made of the verb
                    int to = j + 1;
                    while (to < s.endToken() && to - j <= 5 && isNounPhraseToken(to)) {
                        to++;
                    }
                    if (pos.equals("CC") && j == i + 1 && REQUESTS.contains(lemma(j)) && !lemma(j).equals("expect")
                            && !lemma(j).equals("want")
                            && (tokens.get(j).pos().equals("VBD") || tokens.get(j).pos().equals("VBN"))
                            && to > j + 1 && to + 2 < s.endToken() && tokens.get(to).pos().equals("TO")
                            && (tokens.get(to + 1).pos().equals("VB") || isQuoteMark(to + 1) && tokens.get(to + 2).pos().equals("VB"))
                            && !embeddedTense(c, i, j)) {
                        end = i; // (but "says he spoke to Trump and asked him to condemn …" is one report)
                        break;
                    }
                    if (j < s.endToken() && isReportingVerb(j) && !participle && !withObject && !appositionClosed
                            && !(pos.equals("CC") && j == i + 1 && embeddedTense(c, i, j))) {
                        end = i;
                        break;
                    }
                    // "…, but lamented that …", "… and calls her “an extremely intelligent woman”": the speaker's
                    // next speech verb, coordinated, ends what the first one reported
                    if (j < s.endToken() && j > i && tokens.get(j - 1).pos().equals("CC")
                            && (tokens.get(j).pos().equals("VBD") || tokens.get(j).pos().equals("VBZ"))
                            && ((CUES.contains(lemma(j)) || lemma(j).equals("describe")) && !withObject
                            && speechFollows(j, s)
                            // "insisted his country had done nothing wrong and called the charges baseless"
                            || lemma(j).equals("call") && j + 1 < s.endToken() && namingComplement(j + 1, s) > j + 1
                            || JUDGEMENTS.containsKey(lemma(j)) && j + 1 < s.endToken()
                            && prepositionAfterObject(j + 1, s, JUDGEMENTS.get(lemma(j))))) {
                        end = i;
                        break;
                    }
                    // "…, but went on to say", "and then decided to tell": a verb chain to a speech verb
                    if (j < s.endToken() && j > i && tokens.get(j - 1).pos().equals("CC") && isFiniteVerb(j)) {
                        for (int t = j + 1; t + 1 < s.endToken() && t <= j + 2; t++) {
                            // a speech verb, not "and need to realize it"
                            if (tokens.get(t).pos().equals("TO") && tokens.get(t + 1).pos().equals("VB")
                                    && CUES.contains(lemma(t + 1))) {
                                end = i;
                                break;
                            }
                        }
                        if (end == i) {
                            break;
                        }
                    }
                    // "…, and he added that …", "…, although he tweeted that …": a new subject with its own
                    // reporting verb
                    if (j < s.endToken() && isComma(i) && j == i + 1 && SUBORDINATORS.contains(
                            tokens.get(j).word().toLowerCase(Locale.ROOT))) {
                        j++;
                    }
                    // "…, but in a later interview said he had": a phrase, then the speaker's next speech verb
                    int p = pos.equals("CC") ? phraseAfter(j, s.endToken()) : -1;
                    if (p >= 0 && p + 1 < s.endToken() && (tokens.get(p).pos().equals("VBD")
                            || tokens.get(p).pos().equals("VBZ")) && CUES.contains(lemma(p))
                            && (speechFollows(p, s) || isSubjectPronoun(p + 1))) {
                        end = i;
                        break;
                    }
                    int v = j + 1;
                    while (v < s.endToken() && tokens.get(v).pos().startsWith("RB")) {
                        v++;
                    }
                    // "… and he doesn't understand how …": an auxiliary and a negation before the cue
                    if (isSubjectPronoun(j) && v + 1 < s.endToken() && (lemma(v).equals("do")
                            && tokens.get(v).pos().startsWith("VB") || tokens.get(v).pos().equals("MD"))) {
                        int w = v + 1;
                        while (w < s.endToken() && tokens.get(w).pos().startsWith("RB")) {
                            w++;
                        }
                        if (w < s.endToken() && tokens.get(w).pos().equals("VB") && INDIRECT_CUES.contains(lemma(w))
                                && j > i + (isComma(i) ? 1 : 0)) {
                            end = i;
                            break;
                        }
                    }
                    if (pos.equals("CC") && j < s.endToken() && (lemma(j).equals("do")
                            && tokens.get(j).pos().startsWith("VB") || tokens.get(j).pos().equals("MD"))) {
                        // "… but did not suggest it would be Trump": the speaker's next report, negated
                        int w = j + 1;
                        while (w < s.endToken() && tokens.get(w).pos().startsWith("RB")) {
                            w++;
                        }
                        if (w > j + 1 && w + 1 < s.endToken() && tokens.get(w).pos().equals("VB")
                                && INDIRECT_CUES.contains(lemma(w)) && opensClause(w + 1, block)) {
                            end = i;
                            break;
                        }
                    }
                    boolean shortSubject = isSubjectPronoun(j) || isComma(i)
                            && STANDALONE_SUBJECTS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
                            // "the paper notes …, and it says …": "it" with a verb of report after a conjunction
                            || tokens.get(j).word().equalsIgnoreCase("it") && tokens.get(j - 1).pos().equals("CC")
                            && v < s.endToken() && INDIRECT_CUES.contains(lemma(v));
                    if ((j > i + (isComma(i) ? 1 : 0) || shortSubject && !isSubjectPronoun(j)) && shortSubject
                            && v < s.endToken() && (isIndirectCue(v) || isComma(i) && (STANCES.contains(lemma(v))
                            || JUDGEMENTS.containsKey(lemma(v)) || lemma(v).equals("call")))
                            && isFiniteVerb(v)) {
                        end = i; // (also "…, but he blamed the economy": his stance, a report of its own)
                        break;
                    }
                    // "…, and a third said …", "…, while other voters said …": a noun phrase with its own cue
                    // (after a clause: in "said that Smith, Jones and Brown had agreed" the list is the subject)
                    if (j > i + (isComma(i) ? 1 : 0) && i > c && hasVerb(c, i) && speakerThenCue(j, s)) {
                        end = quoted ? i + 2 : i; // (with the closing mark after a comma inside it)
                        break;
                    }
                    // "offered help, but not the kind he wanted": a contrast the reporter adds
                    if (isComma(i) && i + 3 < s.endToken() && tokens.get(i + 1).word().equalsIgnoreCase("but")
                            && tokens.get(i + 2).word().equalsIgnoreCase("not") && tokens.get(i + 3).pos().equals("DT")) {
                        end = i;
                        break;
                    }
                }
                if (isComma(i) && i + 2 < s.endToken() && tokens.get(i + 1).word().equalsIgnoreCase("according")) {
                    end = i;
                    break;
                }
                String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
                // "… while Sanders suggests …": a contrast with another speaker's report
                if (i > c && CONTRASTS.contains(w) && (speakerThenCue(i + 1, s)
                        || (isComma(i - 1) || isQuoteMark(i - 1) && isComma(i - 2)) && personActs(i + 1, s))) {
                    end = i;
                    break;
                }
                // "… by pointing out that …", "… before explaining why …": the speaker's next report
                if (i > c && TIME_CLAUSES.contains(w) || i > c && w.equals("by")) {
                    if (i + 1 < s.endToken() && tokens.get(i + 1).pos().equals("VBG") && isReportingVerb(i + 1)
                            && tokens.get(i).pos().equals("IN")) {
                        end = i;
                        break;
                    }
                }
                // "…,” referring to the party's convention": the writer's gloss
                if (isComma(i) && i + 3 < s.endToken()) {
                    int g = isClosingMark(i + 1) ? i + 2 : i + 1;
                    if (g + 1 < s.endToken() && tokens.get(g).pos().equals("VBG") && lemma(g).equals("refer")
                            && tokens.get(g + 1).word().equalsIgnoreCase("to")) {
                        end = g == i + 2 ? i + 2 : i;
                        break;
                    }
                    // "… accept the deal “sooner or later,” setting a Thursday deadline": after a quoted fragment that
                    // closes the clause, a participle that is no report is the writer's
                    if (g == i + 2 && g + 1 < s.endToken() && tokens.get(g).pos().equals("VBG") && !isCue(g)
                            && !isReportingVerb(g) && !tokens.get(g).word().equalsIgnoreCase("including")
                            && (tokens.get(g + 1).pos().equals("DT") || tokens.get(g + 1).pos().equals("PRP$"))
                            && java.util.stream.IntStream.range(c, i)
                            .anyMatch(x -> isQuoteMark(x) || tokens.get(x).word().equals("“"))) {
                        end = i + 2;
                        break;
                    }
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
            // a quoted fragment that runs to the end keeps its closing mark: “shown flexibility on every point”
            int open = 0;
            for (int i = c; i < end; i++) {
                String w = tokens.get(i).word();
                open += w.equals("“") ? 1 : w.equals("”") ? -1 : 0;
            }
            if (open > 0 && end < s.endToken() && tokens.get(end).word().equals("”")) {
                end++;
            } else if (open > 0 && end + 1 < s.endToken() && isSentencePunct(end) && tokens.get(end + 1).word().equals("”")) {
                end += 2; // … as “the usual theatre, with the usual ending.”
            } else if (open > 0 && end + 1 < s.endToken() && isComma(end) && tokens.get(end + 1).word().equals("”")) {
                end += 2; // … as “fantastic,” telling reporters …
            } else if (open == 0 && end < s.endToken() && end > c && tokens.get(end).pos().equals("''")
                    && text.substring(tokens.get(c).span().start(), tokens.get(end - 1).span().end())
                    .chars().filter(ch -> ch == '"').count() % 2 == 1) {
                end++; // the same with straight marks
            } else if (open == 0 && end < s.endToken() && end > c && tokens.get(end).word().equals("''")) {
                int doubled = 0; // and with doubled apostrophes: "condemned ''such a murderous attack''"
                for (int i = c; i < end; i++) {
                    doubled += tokens.get(i).word().equals("''") || tokens.get(i).word().equals("``") ? 1 : 0;
                }
                end += doubled % 2;
            }
            return end;
        }

        /**
         * Whether the verb at {@code j}, after "and" at {@code and}, goes on the reported clause starting at {@code c}
         * rather than its cue: it has the tense of the clause's first verb and not the cue's, as in "said he's proud
         * of his campaign and expects/VBZ to leave Nevada with …".
         */
        private boolean embeddedTense(int c, int and, int j) {
            String tense = tokens.get(j).pos();
            if (!tense.equals("VBZ") && !tense.equals("VBP") && !tense.equals("VBD")) {
                return false;
            }
            String cue = null;
            for (int i = c - 1; i >= 0 && c - i <= 3; i--) {
                if (tokens.get(i).pos().startsWith("VB")) {
                    cue = tokens.get(i).pos();
                    break;
                }
            }
            String first = null;
            for (int i = c; i < and && i - c <= 10; i++) {
                if (isFiniteVerb(i) || isContractedVerb(i)) {
                    first = isContractedVerb(i) ? "VBZ" : tokens.get(i).pos();
                    break;
                }
            }
            return cue != null && first != null && !cue.equals(tense) && (first.equals(tense)
                    || first.equals("VBZ") && tense.equals("VBP") || first.equals("VBP") && tense.equals("VBZ"));
        }

        /**
         * Whether the verb at {@code j} introduces speech: "that", a quotation mark or a colon right after it, or a
         * quotation within its object ("called his standing in the field “unheard of”"); not "offered help".
         */
        private boolean speechFollows(int j, org.dragoman.model.Sentence s) {
            int reach = lemma(j).equals("call") || lemma(j).equals("describe") ? 10 : 4;
            for (int t = j + 1; t < s.endToken() && t <= j + reach; t++) {
                if (isQuoteMark(t) || t == j + 1 && (tokens.get(t).word().equalsIgnoreCase("that")
                        || tokens.get(t).word().equals(":"))) {
                    return true;
                }
                if (isComma(t) || isSentencePunct(t)) {
                    return false;
                }
            }
            return false;
        }

        private int sentenceStart(int token) {
            int n = sentenceIndex(token);
            return n < 0 ? 0 : a.sentences().get(n).firstToken();
        }

        /** The index of the sentence holding token {@code token}, or -1. */
        private int sentenceIndex(int token) {
            List<org.dragoman.model.Sentence> sentences = a.sentences();
            int lo = 0;
            int hi = sentences.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                org.dragoman.model.Sentence s = sentences.get(mid);
                if (token < s.firstToken()) {
                    hi = mid - 1;
                } else if (token >= s.endToken()) {
                    lo = mid + 1;
                } else {
                    return mid;
                }
            }
            return -1;
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

        /**
         * The first token at or before {@code i} that is no adverb, at most back to the sentence's first token: the
         * auxiliary of "was widely criticized", "are not expected".
         */
        private int beforeAdverbs(int i, org.dragoman.model.Sentence s) {
            while (i > s.firstToken() && tokens.get(i).pos().startsWith("RB")) {
                i--;
            }
            return i;
        }

        /** The first token from {@code i} past at most two adverbs: the "by" of "was soundly rejected by". */
        private int afterAdverbs(int i, org.dragoman.model.Sentence s) {
            int j = i;
            while (j < s.endToken() && j - i <= 1 && tokens.get(j).pos().startsWith("RB")) {
                j++;
            }
            return j;
        }

        /** Whether token {@code i} opens an indirect question: "whether", "if" ("questioned whether …"). */
        private boolean opensQuestion(int i) {
            if (i >= tokens.size()) {
                return false;
            }
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            return w.equals("whether") || w.equals("if") || WH_WORDS.contains(w) && !w.equals("which");
        }

        /** A reporting verb of any family: speech and thought, accusation and judgement, request, "call for". */
        private boolean isReportingVerb(int i) {
            if (isIndirectCue(i)) {
                return true;
            }
            String lemma = lemma(i);
            return tokens.get(i).pos().startsWith("VB") && (JUDGEMENTS.containsKey(lemma) || REQUESTS.contains(lemma)
                    || STANCES.contains(lemma)
                    || lemma.equals("call") && i + 1 < tokens.size()
                    && (tokens.get(i + 1).word().equals("for") || tokens.get(i + 1).word().equals("on")));
        }

        private boolean isIndirectCue(int i) {
            Token t = tokens.get(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            return t.pos().startsWith("VB") && (INDIRECT_CUES.contains(lemma) || INTENTIONS.contains(lemma) || lemma.equals("ask")
                    || lemma.equals("make") && makeClear(i) > 0 || QUESTIONING.contains(lemma) && opensQuestion(i + 1)
                    || PERSUADING.contains(lemma) || lookingTo(i) || retort(i) || ruling(i));
        }

        /** "the judge ruled that …": a court's or a board's ruling on a clause states it. */
        private boolean ruling(int i) {
            return tokens.get(i).pos().startsWith("VB") && lemma(i).equals("rule") && i + 1 < tokens.size()
                    && tokens.get(i + 1).word().equalsIgnoreCase("that");
        }

        /** "shot back that …", "fired back that …": a retort, saying. */
        private boolean retort(int i) {
            return tokens.get(i).pos().startsWith("VB") && RETORTS.contains(lemma(i)) && i + 2 < tokens.size()
                    && tokens.get(i + 1).word().equalsIgnoreCase("back") && tokens.get(i + 2).word().equalsIgnoreCase("that");
        }

        /** "are looking to do much the same": "look" before an infinitive is an intention. */
        private boolean lookingTo(int i) {
            return lemma(i).equals("look") && tokens.get(i).pos().startsWith("VB") && i + 2 < tokens.size()
                    && tokens.get(i + 1).word().equalsIgnoreCase("to") && tokens.get(i + 2).pos().equals("VB")
                    && !lemma(i + 2).equals("be"); // (not "Latinos look to be weakening": a seeming)
        }

        /**
         * The last token of the cue that "make" at {@code i} opens, or -1: "clear" in "made (it) clear that/how …",
         * "case" in "made the case that …", the addressee's last word in "made the case to the leaders that …".
         * Making clear, or making the case, is saying.
         */
        private int makeClear(int i) {
            int clear = i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("it") ? i + 2 : i + 1;
            if (clear + 2 < tokens.size() && tokens.get(clear).word().equalsIgnoreCase("the")
                    && tokens.get(clear + 1).word().equalsIgnoreCase("case")) {
                // "made the case that …", "made the case to 23 group leaders that …"
                int that = clear + 2;
                if (tokens.get(that).word().equalsIgnoreCase("to")) {
                    that++;
                    while (that < tokens.size() && that - clear <= 9 && isNounPhraseToken(that)) {
                        that++;
                    }
                }
                return that < tokens.size() && tokens.get(that).word().equalsIgnoreCase("that") ? that - 1 : -1;
            }
            int next = clear + 1;
            while (next < tokens.size() && next - clear <= 2 && isTemporal(next)) {
                next++; // "made clear Monday they have no plans to …"
            }
            if (next + 1 >= tokens.size() || !tokens.get(clear).word().equalsIgnoreCase("clear")) {
                return -1;
            }
            if (tokens.get(next).word().equalsIgnoreCase("that") || WH_WORDS.contains(lemma(next))) {
                return clear;
            }
            if (tokens.get(next).word().equalsIgnoreCase("to")) {
                // "made it clear to House Democrats on Wednesday that …": the addressee and a time before "that"
                for (int t = next + 1; t < tokens.size() && t - next <= 10 && !isComma(t) && !isSentencePunct(t)
                        && !isFiniteVerb(t); t++) {
                    if (tokens.get(t).word().equalsIgnoreCase("that")) {
                        return clear;
                    }
                }
                return -1;
            }
            // "made it clear the comment hit a nerve": a clause without "that", its verb within a few words
            for (int v = next + 1; v < tokens.size() && v - next <= 6; v++) {
                if (isFiniteVerb(v)) {
                    return clear;
                }
                if (!isNounPhraseToken(v) && !tokens.get(v).pos().startsWith("RB")) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Whether the verb at {@code k} is used in a sense that reports nothing: "deny" with two objects ("denied him
         * a first-ballot victory"), "admit" of people let in ("admit Syrian refugees"), "answer the call".
         */
        private boolean otherSense(int k, org.dragoman.model.Sentence s) {
            if (!tokens.get(k).pos().startsWith("VB") || k + 2 >= s.endToken()) {
                return false;
            }
            String lemma = lemma(k);
            String next = tokens.get(k + 1).word().toLowerCase(Locale.ROOT);
            if (lemma.equals("deny")) {
                return PERSONAL_OBJECTS.contains(next) && tokens.get(k + 2).pos().equals("DT");
            }
            if (lemma.equals("admit")) {
                int head = k + 1;
                while (head < s.endToken() && head - k <= 3 && !tokens.get(head).pos().startsWith("NN")
                        && (tokens.get(head).pos().startsWith("JJ") || tokens.get(head).pos().equals("DT")
                        || tokens.get(head).pos().equals("CD"))) {
                    head++;
                }
                return head < s.endToken() && ADMITTED.contains(tokens.get(head).word().toLowerCase(Locale.ROOT));
            }
            return lemma.equals("answer") && tokens.get(k + 2).word().equalsIgnoreCase("call")
                    && Set.of("the", "his", "her", "their", "our").contains(next);
        }

        /** Whether the verb at {@code i} is in a clause opened by "because" within a few words before it. */
        private boolean becauseClause(int i, int sentenceStart) {
            for (int b = i - 1; b >= sentenceStart && i - b <= 6; b--) {
                if (tokens.get(b).word().equalsIgnoreCase("because")) {
                    return true;
                }
                if (isComma(b) || tokens.get(b).pos().startsWith("VB")) {
                    return false;
                }
            }
            return false;
        }

        private boolean hasPreposition(int from, int to) {
            for (int i = from; i < to; i++) {
                if (tokens.get(i).pos().equals("IN")) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasComma(int from, int to) {
            for (int i = from; i < to; i++) {
                if (isComma(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasQuoteMark(int from, int to) {
            for (int i = from; i < to; i++) {
                if (isQuoteMark(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasFiniteVerb(int from, int to) {
            for (int i = Math.max(0, from); i < to && i < tokens.size(); i++) {
                if (isFiniteVerb(i)) {
                    return true;
                }
            }
            return false;
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

        /** The quotation the scanner found opening at the mark at token {@code i}, or null. */
        private QuoteScanner.Region regionOpeningAt(int i) {
            int at = tokens.get(i).span().start();
            return regions.stream().filter(r -> r.open() == at).findFirst().orElse(null);
        }

        /** Title Case words without punctuation right after a name or possessive: ABC's “This Week”. */
        boolean isTitleAfterName(QuoteScanner.Region region) {
            String title = region.content().of(text).strip().replaceAll("[.,]+$", ""); // “Morning Joe.” ends a sentence
            String[] ws = title.split("\\s+");
            int before = lastTokenBefore(region.open());
            if (before < 0 || ws.length > 6 || title.matches("(?s).*[.,!?;].*")) {
                return false;
            }
            String pos = tokens.get(before).pos();
            // a show after its network ("NBC's “Today”", "MSNBC's “Morning Joe”") or after "on" ("aired on “New Day.”")
            boolean network = pos.equals("POS") || pos.startsWith("NNP") && ws.length >= 2;
            boolean on = tokens.get(before).word().equalsIgnoreCase("on") && ws.length >= 2;
            return (network || on) && java.util.Arrays.stream(ws)
                    .allMatch(w -> !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || w.length() <= 3));
        }

        /** Whether the quotation is a name given right before it: "code-named “Strait Thunder”", "dubbed “…”". */
        boolean isGivenName(QuoteScanner.Region region) {
            int before = lastTokenBefore(region.open());
            return before >= 0 && NAME_GIVERS.contains(tokens.get(before).word().toLowerCase(Locale.ROOT));
        }

        /** Whether the quotation names a work after its maker: "the co-author of “Going Viral,”". */
        boolean isTitleOfWork(QuoteScanner.Region region) {
            int before = lastTokenBefore(region.open());
            return before >= 1 && tokens.get(before).word().equalsIgnoreCase("of")
                    && WORK_MAKERS.contains(tokens.get(before - 1).lemma().toLowerCase(Locale.ROOT));
        }

        /** Quoted text that reads as speech, not a scare quote, slogan or title. */
        boolean isSpeech(QuoteScanner.Region region) {
            String content = region.content().of(text);
            int words = content.split("\\s+").length;
            int before = lastTokenBefore(region.open());
            if (before >= 0 && NOT_SPEECH_BEFORE.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (isTitleOfWork(region)) {
                return false;
            }
            int open = firstTokenFrom(region.open());
            boolean lowerWord = java.util.Arrays.stream(content.strip().split("\\s+")).skip(1)
                    .anyMatch(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !TITLE_SMALL_WORDS.contains(w));
            if (words >= 2 && open >= 0 && (open == 0 || sentenceStart(open) == open || isSentencePunct(open - 1))
                    && lowerWord && content.strip().matches("(?s)\\p{Lu}.*[,.!?]")
                    && hasFiniteVerb(open, firstTokenFrom(region.content().end()))) {
                return true; // "“It was very nice,” the tycoon told …": a short sentence of its own is speech
            }
            if (open >= 0 && (open == 0 || sentenceStart(open) == open) && content.strip().matches("(?s)\\p{Lu}.*[.!?]")
                    && quoteBefore(region)) {
                return true; // "“We have no plans to raise taxes,” Vogel said. “None whatsoever.”": the speaker goes on
            }
            if (words <= MAX_SCARE_WORDS) {
                return false;
            }
            // Title Case without sentence punctuation is a title ("The Spy Who Came in from the Cold", "Orange is
            // the New Black"): short function words do not count, a comma or stop may close the title
            String bare = content.strip().replaceAll("[.,]+$", "");
            String[] ws = bare.split("\\s+");
            long content_ = java.util.Arrays.stream(ws).filter(w -> !w.isEmpty() && !TITLE_SMALL_WORDS.contains(w)).count();
            long capitalized = java.util.Arrays.stream(ws)
                    .filter(w -> !w.isEmpty() && !TITLE_SMALL_WORDS.contains(w) && Character.isUpperCase(w.charAt(0))).count();
            boolean titleCase = ws.length > 0 && !ws[0].isEmpty() && Character.isUpperCase(ws[0].charAt(0))
                    && capitalized * 10 >= content_ * 8;
            return !(titleCase && !bare.matches("(?s).*[.,!?;].*"));
        }

        /**
         * Whether a quotation closes in the sentence right before the one {@code region} opens, in the same paragraph.
         */
        private boolean quoteBefore(QuoteScanner.Region region) {
            Block block = blockOf(region.open());
            int open = firstTokenFrom(region.open());
            int previous = open < 1 ? -1 : sentenceStart(open - 1);
            for (QuoteScanner.Region r : regions) {
                if (r.depth() == region.depth() && r.close() >= 0 && r.close() < region.open() && block != null
                        && block.span().contains(r.open()) && previous >= 0 && inBlock(previous, block)
                        && firstTokenFrom(r.close()) >= previous) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the characters at {@code a} and {@code b} lie in one sentence. */
        boolean sameSentence(int a, int b) {
            int x = firstTokenFrom(a);
            int y = firstTokenFrom(b);
            return x >= 0 && y >= 0 && sentenceStart(x) == sentenceStart(y);
        }

        /**
         * A quote without its own cue: the speaker of the previous quote {@code kept} in the same paragraph ("“A,”
         * he said. “B.”", passing over titles and scare quotes), or of a previous paragraph that ends by
         * introducing it ("Merz added:").
         */
        Optional<Attribution> fallback(QuoteScanner.Region region, int index, Attribution[] attributions,
                                       boolean[] kept) {
            Optional<Attribution> credited = creditedAfter(region);
            if (credited.isPresent()) {
                return credited;
            }
            Block block = blockOf(region.open());
            for (int p = index - 1; p >= 0; p--) {
                QuoteScanner.Region prev = regions.get(p);
                if (prev.depth() == region.depth() && block != null && endsIn(prev, block) && kept[p]) {
                    return Optional.ofNullable(attributions[p]);
                }
            }
            Optional<Attribution> previous = sentenceBefore(region, block);
            if (previous.isPresent()) {
                return previous;
            }
            if (block != null && region.open() == block.span().start()) {
                int k = lastTokenBefore(block.span().start());
                if (k >= 0 && tokens.get(k).word().equals(":")) {
                    Block prevBlock = blockOf(tokens.get(k).span().start());
                    if (prevBlock != null) {
                        QuoteScanner.Region virtual = new QuoteScanner.Region(region.content(),
                                tokens.get(k).span().end(), region.close(), region.depth(), region.parent());
                        Optional<Attribution> intro = cueBefore(virtual).or(() -> clauseBefore(virtual));
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
         * The speaker a sentence right after a quote credits with it: "“…” With those words, Chancellor Friedrich
         * Merz closed the debate".
         */
        private Optional<Attribution> creditedAfter(QuoteScanner.Region region) {
            int j = region.close() < 0 ? -1 : firstTokenFrom(region.close() + 1);
            if (j < 0 || j + 5 >= tokens.size() || sentenceStart(j) != j || !tokens.get(j).word().equalsIgnoreCase("with")
                    || !Set.of("those", "these", "that", "this").contains(tokens.get(j + 1).word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            int comma = Set.of("word", "remark", "comment", "line").contains(lemma(j + 2)) ? j + 3 : j + 2;
            Block block = blockOf(tokens.get(j).span().start());
            Span np = isComma(comma) && block != null ? nounPhraseForward(comma + 1, block) : null;
            int verb = np == null ? -1 : firstTokenFrom(np.end());
            if (verb < 0 || !inBlock(verb, block) || !isFiniteVerb(verb) || !canSpeak(np)) {
                return Optional.empty();
            }
            return Optional.of(attribution(spanOf(j, comma - 1).of(text).toLowerCase(Locale.ROOT), spanOf(j, comma - 1), np));
        }

        /**
         * A quote opening a sentence with no cue of its own, right after a sentence whose subject is a named
         * person: in the same paragraph ("Howard was blunt. “Eight years ago …”"), or the paragraph before, one
         * sentence with a cue ("Howard continued his scathing remarks."). Not after a sentence with a quotation of
         * its own, whose speaker the quotes before have settled.
         */
        private Optional<Attribution> sentenceBefore(QuoteScanner.Region region, Block block) {
            int mark = firstTokenFrom(region.open());
            if (block == null || mark < 1 || sentenceStart(mark) != mark) {
                return Optional.empty();
            }
            // (or the paragraph before, when it ends in a cue: "Howard continued his scathing remarks.\n\n“…”")
            boolean paragraph = !inBlock(mark - 1, block);
            Block before = paragraph ? blockOf(tokens.get(mark - 1).span().start()) : block;
            int start = sentenceStart(mark - 1);
            if (before == null || paragraph && (region.open() != block.span().start() || start == 0
                    || inBlock(start - 1, before)) || !inBlock(start, before)
                    || regions.stream().anyMatch(r -> r.open() >= tokens.get(start).span().start()
                    && r.open() < region.open())) {
                return Optional.empty();
            }
            for (int v = start + 1; v < mark && v - start <= 12; v++) {
                if (!isFiniteVerb(v)) {
                    continue;
                }
                if (paragraph && !isCue(v)) {
                    return Optional.empty();
                }
                Span subject = subjectBefore(v, before);
                if (subject == null || firstTokenFrom(subject.start()) != start) {
                    return Optional.empty();
                }
                Attribution at = attribution(null, null, subject);
                return at.entity != null && at.entity.type() == org.dragoman.model.EntityType.PERSON
                        ? Optional.of(at) : Optional.empty();
            }
            return Optional.empty();
        }

        /**
         * Whether quote {@code r} ends in {@code block}: it opens there, or it opened in an earlier paragraph and
         * closes there (a quote over several paragraphs).
         */
        private boolean endsIn(QuoteScanner.Region r, Block block) {
            return block.span().contains(r.open()) || r.close() >= 0 && block.span().contains(r.close());
        }

        /**
         * The index of the quote that {@code region} continues after an attribution interrupts them (“A,” she
         * said, “B.” / “A,” said Jo. “B.”): the previous quote at the same depth in the paragraph, attributed by a
         * cue right after it, with no other quote {@code kept} and at most the start of {@code region}'s sentence
         * between them; or a quote that itself continues one ({@code joined}) with nothing but space between
         * (“A,” said Jo. “B.” “C.”); -1 when there is none.
         */
        int interruptedBefore(QuoteScanner.Region region, int index, boolean[] cueAfter, boolean[] kept,
                              boolean[] joined) {
            Block block = blockOf(region.open());
            if (block == null) {
                return -1;
            }
            for (int p = index - 1; p >= 0; p--) {
                QuoteScanner.Region prev = regions.get(p);
                if (prev.depth() > region.depth()) {
                    continue; // nested inside an earlier quote, met next
                }
                if (prev.depth() < region.depth()) {
                    return -1; // the quote enclosing this one
                }
                if (!kept[p] && block.span().contains(prev.open())) {
                    continue; // a title or scare quote in the attribution: “A,” she told “Face the Nation.” “B.”
                }
                boolean adjacent = joined[p] && prev.close() >= 0 && region.open() > prev.close()
                        && text.substring(prev.close() + 1, region.open()).replace("'", "").isBlank();
                if (!endsIn(prev, block) || !cueAfter[p] && !adjacent || prev.close() < 0) {
                    return -1;
                }
                int starts = 0;
                for (org.dragoman.model.Sentence s : a.sentences()) {
                    starts += s.span().start() > prev.close() && s.span().start() <= region.open() ? 1 : 0;
                }
                return starts <= MAX_SENTENCES_INTERRUPTING ? p : -1;
            }
            return -1;
        }

        /**
         * A direct quote still without speaker right after reported speech in its paragraph ("Trump said he was not
         * happy. “I’m not satisfied.”"), or opening the paragraph after one that ends with a named speaker's reported
         * speech, continues that speaker. {@code found} is in text order; replaced in place.
         */
        /**
         * "Ms. Reeves, she said, had broken a promise": a pronoun that tells who speaks does not stand for someone
         * named in what it reports (though it may for a pronoun there: "he said he would run"). Such a speaker
         * becomes the one of the report before it, in the same or the previous sentence, if that is another person;
         * else it stays unresolved.
         */
        void unbindPronouns(List<Found> found) {
            for (int i = 0; i < found.size(); i++) {
                Found f = found.get(i);
                Attribution at = f.attribution;
                if (at == null || at.entity == null || at.mention == null || at.cueSpan == null
                        || !PRONOUNS.contains(at.mention.text().toLowerCase(Locale.ROOT))
                        || at.entity.mentions().stream().noneMatch(m -> !PRONOUN_FORMS.contains(
                        m.text().toLowerCase(Locale.ROOT)) && f.parts.stream().anyMatch(p -> p.contains(m.span())))) {
                    continue;
                }
                Entity other = null;
                int first = firstTokenFrom(f.span.start());
                int sentence = first < 0 ? -1 : sentenceIndex(first);
                for (int j = i - 1; j >= 0 && other == null; j--) {
                    Attribution prev = found.get(j).attribution;
                    int last = lastTokenBefore(found.get(j).span.end());
                    if (last < 0 || sentence - sentenceIndex(last) > 1) {
                        break;
                    }
                    if (prev != null && prev.entity != null
                            && prev.entity.type() == org.dragoman.model.EntityType.PERSON
                            && !prev.entity.equals(at.entity)) {
                        other = prev.entity;
                    }
                }
                Attribution fixed = new Attribution(at.cue, at.cueSpan, other, at.mention, at.firstPerson, at.addressee,
                        at.addresseeEntity);
                found.set(i, new Found(f.span, f.kind, fixed, f.parts, f.continues));
            }
        }

        void continueSpeakers(List<Found> found) {
            for (int i = 1; i < found.size(); i++) {
                Found f = found.get(i);
                if (f.attribution != null || f.kind != QuoteKind.DIRECT) {
                    continue;
                }
                Found prev = found.get(i - 1);
                for (int j = i - 2; j >= 0 && found.get(j).span.overlaps(prev.span); j--) {
                    if (found.get(j).span.contains(prev.span)) {
                        prev = found.get(j); // a naming nested in a report: the report's speaker goes on speaking
                    }
                }
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
                    found.set(i, new Found(f.span, f.kind, continued(at), f.parts, f.continues));
                }
            }
        }

        /** The previous quote's speaker, without its cue: this quote has none of its own. */
        private Attribution continued(Attribution at) {
            return new Attribution(null, null, at.entity, at.mention, false, null, null);
        }

        private Attribution attribution(int cueToken, Span np) {
            if (np != null && lemma(cueToken).equals("ask") && passive(cueToken)) {
                // "Blumenthal was asked, “…?”", "Clinton was asked how she would pay …": the one asked is the
                // addressee; the asker is not named
                return new Attribution("ask", tokens.get(cueToken).span(), null, null, false,
                        new Mention(np, np.of(text)), headEntity(np).orElse(null));
            }
            np = np == null ? null : predicateSubject(np);
            Attribution a = lemma(cueToken).equals("make") && makeClear(cueToken) > 0
                    ? attribution(tokens.get(makeClear(cueToken)).word().equalsIgnoreCase("clear") ? "make clear"
                            : "make the case", spanOf(cueToken, makeClear(cueToken)), np)
                    : retort(cueToken) ? attribution(lemma(cueToken) + " back", spanOf(cueToken, cueToken + 1), np)
                    : attribution(lemma(cueToken), tokens.get(cueToken).span(), np);
            Span to = addresseeAfter(cueToken);
            if (to == null || np != null && to.overlaps(np)) {
                return a; // "“…?” asked Mr. Manafort": the one after the cue is its speaker, not whom he asked
            }
            Entity entity = headEntity(to).orElse(null);
            if (entity != null && entity.equals(a.entity)) {
                entity = null; // "Trump told him, “…”": whoever "him" is, not the speaker
            }
            Mention addressee = new Mention(to, to.of(text));
            return new Attribution(a.cue, a.cueSpan, a.entity, a.mention, a.firstPerson, addressee, entity, a.antecedent);
        }

        /**
         * The subject a predicate noun before a relative clause stands for: in "Ruiz is the only candidate who has
         * said she would cut the levy", the speaker is Ruiz, named before the copula; else {@code np} itself.
         */
        private Span predicateSubject(Span np) {
            int first = firstTokenFrom(np.start());
            int last = lastTokenBefore(np.end());
            if (first <= 0 || last < 0 || last + 1 >= tokens.size() || doc.mentionWithin(np).isPresent()
                    || !Set.of("who", "that").contains(tokens.get(last + 1).word().toLowerCase(Locale.ROOT))) {
                return np;
            }
            int i = first - 1;
            while (i > 0 && first - i < 20 && (isNounPhraseToken(i) || tokens.get(i).pos().equals("CC")
                    || isComma(i) && isNounPhraseToken(i - 1))) {
                i--; // "a serial liar, racist and bully"
            }
            Block block = blockOf(tokens.get(i).span().start());
            if (block == null || !lemma(i).equals("be") || !isFiniteVerb(i)) {
                return np;
            }
            // (the copula may be the second of two verbs: "Trump regularly incites violence and is a serial liar")
            Span subject = i > 0 && tokens.get(i - 1).pos().equals("CC") ? subjectOfCue(i, block)
                    : subjectBefore(i, block);
            boolean named = subject != null && doc.mentionWithin(subject).flatMap(m -> doc.entityAt(m.span()))
                    .filter(e -> e.type() == org.dragoman.model.EntityType.PERSON).isPresent();
            return named ? subject : np;
        }

        /** The entity a phrase names: a person anywhere in it, or another entity that heads it. */
        private Optional<Entity> headEntity(Span np) {
            return doc.mentionWithin(np).flatMap(m -> doc.entityAt(m.span())
                    .filter(e -> e.type() == org.dragoman.model.EntityType.PERSON || m.span().end() == np.end()));
        }

        /**
         * Whether token {@code i} opens a second noun phrase after an addressee that began at {@code start}: a
         * name or a determiner after a plural common noun, as in "told reporters Ortega called him".
         */
        private boolean secondPhrase(int i, int start) {
            if (i <= start) {
                return false;
            }
            String pos = tokens.get(i).pos();
            String ner = tokens.get(i - 1).ner();
            if (pos.startsWith("NNP") && OUTLETS.contains(spanOf(start, i - 1).of(text).toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ").replaceFirst("^the ", ""))) {
                // "told Fox News Trump was right": an outlet, then the clause's subject
                int v = i;
                while (v < tokens.size() && v - i < 4 && tokens.get(v).pos().startsWith("NNP")) {
                    v++;
                }
                if (subjectOfClause(v)) {
                    return true;
                }
            }
            if (tokens.get(i - 1).pos().startsWith("NNP") && !ner.equals("O")) {
                // "told Reuters the group had …", "told Reuters Israel had agreed": a name, then the clause's subject
                // (also two names the tagger ran together and the resolver split; a name that goes on is one name:
                // "told the South China Morning Post that")
                if (pos.startsWith("NNP") && (!tokens.get(i).ner().equals(ner) || doc.mentionWithin(tokens.get(i - 1).span())
                        .isPresent() && doc.mentionWithin(tokens.get(i).span()).isPresent())) {
                    int v = i;
                    while (v < tokens.size() && v - i < 4 && tokens.get(v).pos().startsWith("NNP")) {
                        v++;
                    }
                    return subjectOfClause(v);
                }
                return pos.equals("DT") && !tokens.get(i).word().equalsIgnoreCase("that");
            }
            if (!tokens.get(i - 1).pos().equals("NNS")) {
                return false;
            }
            return pos.equals("NNP") || pos.equals("DT") && !tokens.get(i).word().equalsIgnoreCase("that");
        }

        /** Whether token {@code i}, after a noun phrase, is a modal or finite verb: the phrase was a subject. */
        private boolean subjectOfClause(int i) {
            return i < tokens.size() && (tokens.get(i).pos().equals("MD") || tokens.get(i).pos().equals("VBZ")
                    || tokens.get(i).pos().equals("VBP") || tokens.get(i).pos().equals("VBD") && i + 1 < tokens.size()
                    && !tokens.get(i + 1).pos().equals("TO"));
        }

        /** Whom a cue like "told" names: "told Dasha Burns", "told reporters", "assured allies". */
        private Span addresseeAfter(int cueToken) {
            if (!ADDRESSED.contains(lemma(cueToken))) {
                return null;
            }
            int i = cueToken + 1;
            int start = i;
            while (i < tokens.size() && i - start < 6 && isNounPhraseToken(i) && !tokens.get(i).word().equalsIgnoreCase("that")
                    && !(i > start && isSubjectPronoun(i)) && !secondPhrase(i, start)
                    // not a time after the one told: "told state radio hours later", "told reporters Tuesday"
                    && !(i > start && (isTemporal(i) && !tokens.get(i).ner().equals("ORGANIZATION")
                    && !tokens.get(i - 1).pos().equals("POS") || i + 1 < tokens.size()
                    && Set.of("later", "earlier", "ago").contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))))) {
                i++;
            }
            if (i == start || tokens.get(start).pos().equals("PRP$") && !headSpeaks(spanOf(start, i - 1))
                    || subjectOfClause(i)) {
                return null;
            }
            int open = i + 1 < tokens.size() && tokens.get(i).word().equals("of") && isQuoteMark(i + 1) ? i + 1 : i;
            if ((tokens.get(i - 1).pos().equals("POS") || open > i) && open + 2 < tokens.size() && isQuoteMark(open)) {
                // "told NBC's “Today”", "told the hosts of “Morning Joe”": the show
                i = open;
                int close = i + 1;
                while (close < tokens.size() && close - i <= 6 && !isClosingMark(close) && !isSentencePunct(close)) {
                    close++;
                }
                if (close < tokens.size() && close - i <= 6 && isClosingMark(close) && close > i + 1) {
                    return spanOf(start, close);
                }
            }
            for (int x = start; x < i; x++) {
                if (tokens.get(x).pos().startsWith("NN") || tokens.get(x).pos().equals("PRP")) {
                    return spanOf(start, i - 1);
                }
            }
            return null;
        }

        private Attribution attribution(String cue, Span cueSpan, Span np) {
            // A person or organization speaks when it heads the phrase ("Politico's Dasha Burns", "the ministry
            // said"), not as a modifier ("a UN official said", "Sanders supporters say", "a Trump adviser said").
            int headEnd = np.end();
            // (but "Secretary of State Marco Rubio": a title with "of" before the name is no phrase after a head)
            boolean titled = titleBeforeName(np);
            for (int i = firstTokenFrom(np.start()); !titled && i >= 0 && i < tokens.size()
                    && tokens.get(i).span().end() <= np.end(); i++) {
                // (or a participle with its agent: "a Pentagon memo seen by The Washington Post" is the memo's)
                // (and "to" after an envoy: "The Iranian mission to the UN" is the mission's)
                if (ppHead(i) && i > 0 || i > firstTokenFrom(np.start()) && tokens.get(i).pos().equals("VBN")
                        && tokens.get(i - 1).pos().startsWith("NN") && i + 1 < tokens.size()
                        && tokens.get(i + 1).word().equalsIgnoreCase("by")
                        || i > 0 && tokens.get(i).word().equalsIgnoreCase("to") && ENVOYS.contains(lemma(i - 1))
                        || authorAfter(i)) { // "A new report by Oxfam" is the report's
                    headEnd = tokens.get(i - 1).span().end();
                    break;
                }
            }
            int head = headEnd;
            // the mention that ends the head, not the first one in the phrase ("Trump's rival Sen. Marco Rubio")
            Optional<Mention> mention = doc.entities().stream().flatMap(e -> e.mentions().stream())
                    .filter(m -> np.contains(m.span()) && m.span().end() == head)
                    .min((x, y) -> Integer.compare(x.span().start(), y.span().start()))
                    .filter(m -> m.span().start() == np.start() || !coordinated(np)) // "Russia and France" speak as one
                    .filter(m -> !counted(m.span())); // "eight Democrats" are people, not their party
            boolean firstPerson = false;
            if (mention.isEmpty()) {
                String w = np.of(text).toLowerCase(Locale.ROOT);
                firstPerson = FIRST_PERSON.contains(w);
            }
            boolean time = true;
            for (int i = firstTokenFrom(np.start()); i >= 0 && i < tokens.size() && tokens.get(i).span().end() <= np.end(); i++) {
                time &= isTemporal(i) && !QUANTITIES.contains(lemma(i)); // "three-quarters" is a share
            }
            if (mention.isEmpty() && time) {
                // "Sanders (I-Vt.) on Saturday criticized": a time is no speaker
                return new Attribution(cue, cueSpan, null, null, false, null, null);
            }
            Mention m = mention.orElse(new Mention(np, np.of(text)));
            Entity entity = mention.flatMap(x -> doc.entityAt(x.span())).orElse(null);
            if (entity == null && coordinated(np)) {
                // "Volodymyr Zelenskyy and several European heads of state": the named person among the speakers
                entity = personIn(np).flatMap(doc::entityAt).orElse(null);
            }
            Span antecedent = mention.isEmpty() ? itAntecedent(np) : null;
            // "The prime minister's spokesman insisted … “…,” he told journalists": a person with no name, not the
            // one named inside the phrase
            Span person = mention.isEmpty() && antecedent == null ? personAntecedent(np) : null;
            // "The minister said exports were growing, although he acknowledged …": "he" is the unnamed subject of
            // the sentence's main clause, not someone named before it
            person = person == null && antecedent == null ? unnamedSubjectBefore(np) : person;
            if (person != null) {
                return new Attribution(cue, cueSpan, null, m, false, null, null, new Mention(person, person.of(text)));
            }
            if (antecedent != null) {
                // "Twitter said … It also said …": the organization "it" stands for; a document has no entity, nor
                // has "Taiwan's defence ministry" Taiwan's
                Span phrase = antecedent;
                Entity named = doc.mentionWithin(antecedent).filter(x -> x.span().end() == phrase.end())
                        .flatMap(x -> doc.entityAt(x.span())).orElse(null);
                return new Attribution(cue, cueSpan, named, m, false, null, null,
                        new Mention(antecedent, antecedent.of(text)));
            }
            return new Attribution(cue, cueSpan, entity, m, firstPerson, null, null);
        }

        /**
         * Whether {@code np} is a capitalized title with "of" and a person's name after it: "Secretary of State Marco
         * Rubio", "Minister of Defence Rustem Umerov".
         */
        private boolean titleBeforeName(Span np) {
            Optional<Mention> person = doc.mentionWithin(np).filter(m -> m.span().end() == np.end()
                    && doc.entityAt(m.span()).filter(e -> e.type() == org.dragoman.model.EntityType.PERSON).isPresent());
            if (person.isEmpty() || person.get().span().start() == np.start()) {
                return false;
            }
            boolean of = false;
            int name = person.get().span().start();
            for (int i = firstTokenFrom(np.start()); i < tokens.size() && tokens.get(i).span().end() <= name; i++) {
                String w = tokens.get(i).word();
                of |= w.equals("of");
                if (!w.equals("of") && !(tokens.get(i).pos().startsWith("NNP") && Character.isUpperCase(w.charAt(0)))) {
                    return false;
                }
            }
            return of;
        }

        /**
         * Whether the name at {@code name} is a plural counted before it: "eight Democrats", "several Republicans",
         * members of what the name stands for.
         */
        private boolean counted(Span name) {
            int first = firstTokenFrom(name.start());
            int last = lastTokenBefore(name.end());
            return first > 0 && last >= first && tokens.get(last).pos().equals("NNPS")
                    && (tokens.get(first - 1).pos().equals("CD") && !isTemporal(first - 1) || partOf(first - 1));
        }

        /**
         * Whether the clause at {@code c} opens with a negated or quantified subject and its verb: "said no decision
         * had been made", "said nothing had changed", "said more troops would be sent"; not "said nothing about it".
         */
        private boolean quantifiedSubject(int c, org.dragoman.model.Sentence s) {
            if (!Set.of("no", "nothing", "something", "anything", "everything", "more", "little", "much")
                    .contains(tokens.get(c).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            int v = c + 1;
            while (v < s.endToken() && v - c <= 3 && !isTemporal(v)
                    && (tokens.get(v).pos().startsWith("NN") || tokens.get(v).pos().startsWith("JJ"))) {
                v++;
            }
            return v < s.endToken() && (isFiniteVerb(v) || tokens.get(v).pos().equals("MD"))
                    && !(v == c + 1 && tokens.get(c).word().equalsIgnoreCase("no")); // ("said no/DT is/VBZ …": rare)
        }

        /** Whether a phrase joins several with "and" or "or": "Zelenskyy and European leaders". */
        private boolean coordinated(Span np) {
            for (int i = firstTokenFrom(np.start()); i >= 0 && i < tokens.size() && tokens.get(i).span().end() <= np.end(); i++) {
                if (tokens.get(i).pos().equals("CC")) {
                    return true;
                }
            }
            return false;
        }

        /** A noun phrase starting at token {@code i}: proper and common nouns, determiners, adjectives, pronouns. */
        private Span nounPhraseForward(int i, Block block) {
            if (i + 2 < tokens.size() && inBlock(i + 2, block) && partOf(i) && !isTemporal(i)
                    && tokens.get(i + 1).word().equalsIgnoreCase("of")) {
                Span whole = nounPhraseForward(i + 2, block); // "“…,” one of the MPs said"
                if (whole != null && headCanSpeak(whole)) {
                    return new Span(tokens.get(i).span().start(), whole.end());
                }
            }
            int j = i;
            boolean head = false;
            while (j < tokens.size() && j - i < 10 && inBlock(j, block) && (isNounPhraseToken(j)
                    || participleModifier(j, i)
                    // "the most/RBS recent poll": a degree before an adjective
                    || j > i && (tokens.get(j).pos().equals("RBS") || tokens.get(j).pos().equals("RBR"))
                    && j + 1 < tokens.size() && tokens.get(j + 1).pos().startsWith("JJ")
                    // "the bespectacled, 71-year-old diplomat": a comma between adjectives
                    || isComma(j) && j > i && tokens.get(j - 1).pos().startsWith("JJ") && j + 1 < tokens.size()
                    && (tokens.get(j + 1).pos().startsWith("JJ") || tokens.get(j + 1).pos().equals("CD")))) {
                String pos = tokens.get(j).pos();
                head |= pos.startsWith("NN") || pos.equals("PRP") || isNameWord(j) // "Devine/JJ declared"
                        || pos.equals("CD") && j > i && tokens.get(j - 1).word().equalsIgnoreCase("the"); // "the two write"
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

        /**
         * A participle used as an adjective in a noun phrase starting at {@code start}: "another leading advocate",
         * "the printed slate card", "retired Gen. Lee"; not "the man wearing red", where it follows the noun.
         */
        private boolean participleModifier(int j, int start) {
            String pos = tokens.get(j).pos();
            if (!(pos.equals("VBG") || pos.equals("VBN")) || j + 1 >= tokens.size()) {
                return false;
            }
            String next = tokens.get(j + 1).pos();
            if (!next.startsWith("NN") && !next.startsWith("JJ")) {
                return false;
            }
            if (j == start) {
                return true;
            }
            String prev = tokens.get(j - 1).pos();
            // "The self-described democratic socialist": a participle compound
            return prev.equals("DT") || prev.startsWith("JJ") || prev.equals("PRP$") || prev.equals("CD")
                    || j >= 2 && hyphenated(j);
        }

        private int nounPhraseStartBackward(int j, Block block) {
            if (j >= 2 && inBlock(j - 2, block) && tokens.get(j - 1).word().equalsIgnoreCase("of") && partOfThem(j - 2)) {
                return j - 2; // "One of them, who asked not to be identified, said": the part, not the whole
            }
            int i = j;
            // "The retired/VBN neurosurgeon": a participle as an adjective after a determiner
            while (i >= 0 && j - i < 8 && inBlock(i, block) && (isNounPhraseToken(i)
                    || i < j && i > 0 && insideName(i) // "the U.S. Department of Health and/CC Human Services"
                    || i < j && i > 0 && participleModifier(i, i - 1)
                    || i < j && (tokens.get(i).pos().equals("RBS") || tokens.get(i).pos().equals("RBR"))
                    && tokens.get(i + 1).pos().startsWith("JJ") && i > 0 && tokens.get(i - 1).pos().equals("DT"))) {
                if (tokens.get(i).pos().equals("PRP")) {
                    return i == j ? i : i + 1;
                }
                if (i < j && tokens.get(i).pos().equals("DT") && i > 0 && tokens.get(i - 1).pos().startsWith("NN")
                        && !isTemporal(i - 1)) {
                    i--;
                    break; // "gives Biden the chance to help defend …": a determiner opens the phrase after a noun
                }
                i--;
                if (i >= 1 && i < j && tokens.get(i).word().equalsIgnoreCase("but") && tokens.get(i - 1).word()
                        .equalsIgnoreCase("all") && (tokens.get(i + 1).pos().equals("CD") || tokens.get(i + 1).pos().equals("DT"))) {
                    i -= 2; // "all but two said …"
                    break;
                }
            }
            int start = i + 1;
            // "traders in Istanbul", "a spokesman for the ministry": a noun phrase with its prepositional phrase
            // (and "the Iranian mission to the UN": an envoy's "to")
            if (start <= j && start - 2 >= 0 && inBlock(start - 2, block) && (ppHead(start - 1)
                    || tokens.get(start - 1).word().equalsIgnoreCase("to") && ENVOYS.contains(lemma(start - 2))
                    // "A new report by the Climate Action Tracker": a document and its author
                    || authorAfter(start - 1))
                    && tokens.get(start - 2).pos().startsWith("NN")) {
                int outer = nounPhraseStartBackward(start - 2, block);
                // (the author's document opens the phrase: not "the results of the investigation by a panel, which")
                if (outer <= start - 2 && !(authorAfter(start - 1) && (outer > 0 && inBlock(outer - 1, block)
                        && tokens.get(outer - 1).pos().equals("IN") || java.util.stream.IntStream.range(outer, start - 2)
                        .anyMatch(x -> tokens.get(x).pos().equals("IN"))))) {
                    start = outer;
                }
            } else if (start <= j && start - 2 >= 0 && inBlock(start - 2, block) && tokens.get(start - 1).word()
                    .equalsIgnoreCase("of") && partOf(start - 2) && headCanSpeak(spanOf(start, j))) {
                start = start - 2; // "one of the MPs said", "several of the protesters": a part of them
            } else if (start <= j && start - 3 >= 0 && inBlock(start - 3, block)
                    && (tokens.get(start - 1).word().equals("with") && tokens.get(start - 2).word().equals("familiar")
                    || tokens.get(start - 1).word().equals("to") && tokens.get(start - 2).word().equals("close")
                    || tokens.get(start - 1).word().equals("by") && tokens.get(start - 2).pos().equals("VBN")
                    || tokens.get(start - 1).word().equals("in") && tokens.get(start - 2).pos().equals("VBN")
                    && DOCUMENTS.contains(lemma(start - 3)))
                    && tokens.get(start - 3).pos().startsWith("NN")) {
                // "people familiar with the talks", "sources close to the minister", "records compiled by the FEC",
                // "a study published in The Lancet"
                int outer = nounPhraseStartBackward(start - 3, block);
                if (outer <= start - 3) {
                    start = outer;
                }
            } else if (start <= j && start - 2 >= 0 && inBlock(start - 2, block) && tokens.get(start - 1).pos().equals("VBG")
                    && tokens.get(start - 2).pos().equals("NNS")) {
                // "Unions representing the workers", "officials investigating the attack": a noun with its participle
                int outer = nounPhraseStartBackward(start - 2, block);
                if (outer <= start - 2) {
                    start = outer;
                }
            }
            // Must hold a noun or pronoun, or a name the tagger took for an adjective ("Blackwell/JJ pointed to"),
            // or be a count before its verb ("Some 400 said", "120 said they would resign")
            for (int x = start; x <= j; x++) {
                if (tokens.get(x).pos().startsWith("NN") || doc.mentionWithin(tokens.get(x).span()).isPresent()) {
                    return start;
                }
            }
            boolean count = tokens.get(j).pos().equals("CD") && (COUNT.matcher(tokens.get(j).word()).matches()
                    || NUMBER_WORDS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT)))
                    && j + 1 < tokens.size() && isFiniteVerb(j + 1);
            if (count) {
                // "At least 21,000 said": the opener belongs to the count
                for (int at = start - 2; at <= start - 1; at++) {
                    if (at >= 0 && inBlock(at, block) && atLeast(at)) {
                        start = at;
                    }
                }
                // the count opens its clause: not "a lead of nearly 400 pledged/VBD delegates"
                String before = start > 0 && inBlock(start - 1, block) ? tokens.get(start - 1).pos() : "";
                if (before.isEmpty() || before.equals(",") || before.equals("CC") || before.equals(":") || before.equals(".")) {
                    return start;
                }
            }
            return j + 1;
        }

        /** Counts in words: "all but two said", "Five said they would resign". */
        private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
                "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands");

        /** A number below 1,000, or one with thousands separators: a count, not a year. */
        private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})*");

        /** Whether the word at {@code i}, not a name's word itself, stands inside one organization's name. */
        private boolean insideName(int i) {
            String ner = tokens.get(i).ner();
            return ner.equals("ORGANIZATION") && (tokens.get(i).pos().equals("CC") || tokens.get(i).pos().equals("IN"))
                    && i + 1 < tokens.size() && tokens.get(i - 1).ner().equals(ner) && tokens.get(i + 1).ner().equals(ner)
                    && tokens.get(i - 1).pos().startsWith("NNP") && tokens.get(i + 1).pos().startsWith("NNP");
        }

        private boolean isNounPhraseToken(int i) {
            String pos = tokens.get(i).pos();
            if (pos.equals("HYPH")) {
                // "al-Ansari" is tokenized al / - / Ansari: a hyphen inside a word belongs to the phrase.
                return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).span().end() == tokens.get(i).span().start()
                        && tokens.get(i).span().end() == tokens.get(i + 1).span().start();
            }
            if (pos.startsWith("RB") && i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-")
                    && tokens.get(i + 2).pos().startsWith("JJ") && !tokens.get(i).word().equalsIgnoreCase("so")
                    && tokens.get(i).span().end() == tokens.get(i + 1).span().start()
                    && tokens.get(i + 1).span().end() == tokens.get(i + 2).span().start()) {
                return true; // "the far-right party": an adverb opening a compound adjective
            }
            return pos.startsWith("NN") || pos.equals("DT") || pos.equals("PDT") || pos.startsWith("JJ") || pos.equals("PRP")
                    || pos.equals("POS") || pos.equals("CD") || pos.equals("PRP$") || isNameWord(i)
                    || pos.equals("$") && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("CD"); // "$1 trillion"
        }

        /** A capitalized word the recognizer put in a name, whatever its tag: "Shane Shook/VBD". */
        private boolean isNameWord(int i) {
            Token t = tokens.get(i);
            return (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION"))
                    && Character.isUpperCase(t.word().charAt(0));
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

        /** True when the proper name ending at token {@code i} follows a preposition ("in Harlem", "at Yale"). */
        private boolean afterPreposition(int i) {
            int r = i;
            while (r > 0 && tokens.get(r - 1).pos().startsWith("NNP")) {
                r--;
            }
            return r > 0 && PREPOSITIONS.contains(tokens.get(r - 1).word().toLowerCase(Locale.ROOT));
        }

        /** A token inside one of the article's time expressions ("Friday", "last year", "this morning"). */
        /** Whether a plural of time at {@code i} counts something after it: "predicted years of gridlock". */
        private boolean quantityOfTime(int i, org.dragoman.model.Sentence s) {
            return i + 2 < s.endToken() && tokens.get(i).pos().equals("NNS")
                    && tokens.get(i + 1).word().equalsIgnoreCase("of") && isNounPhraseToken(i + 2) && !isTemporal(i + 2);
        }

        private boolean isTemporal(int i) {
            if (i > 0 && DOCUMENTS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                    && Set.of("DT", "PRP$", "POS").contains(tokens.get(i - 1).pos())) {
                return false; // "the minutes said": a record of a meeting, whatever the time tagger says
            }
            Span t = tokens.get(i).span();
            return a.times().stream().anyMatch(x -> x.span().contains(t));
        }

        /** Whether token {@code i} closes a compound joined by a hyphen without spaces: "telling" in "truth-telling". */
        private boolean hyphenated(int i) {
            Token hyphen = tokens.get(i - 1);
            return (hyphen.word().equals("-") || hyphen.pos().equals("HYPH")) && hyphen.span().end() == tokens.get(i).span().start()
                    && tokens.get(i - 2).span().end() == hyphen.span().start();
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

        private boolean isDash(int i) {
            String w = tokens.get(i).word();
            // (a hyphen set off by spaces is a dash too: "the occasional cheeseburger - an old favorite - others say")
            return w.equals("--") || w.equals("—") || w.equals("–") || w.equals("-") && spaced(i);
        }

        /** Whether token {@code i} has a space on both sides. */
        private boolean spaced(int i) {
            Span t = tokens.get(i).span();
            return t.start() > 0 && t.end() < text.length() && Character.isWhitespace(text.charAt(t.start() - 1))
                    && Character.isWhitespace(text.charAt(t.end()));
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
