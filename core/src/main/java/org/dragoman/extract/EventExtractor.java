package org.dragoman.extract;

import org.dragoman.actors.Gazetteer;
import org.dragoman.extract.coding.ActorSlot;
import org.dragoman.extract.coding.CameoTables;
import org.dragoman.extract.coding.ClauseCoder;
import org.dragoman.extract.coding.CodedEvent;
import org.dragoman.extract.coding.DepSentence;
import org.dragoman.extract.coding.DepToken;
import org.dragoman.extract.coding.DepTree;
import org.dragoman.extract.coding.VerbLexicon;
import org.dragoman.model.AnnotatedArticle;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.QuotedArticle;
import org.dragoman.model.Removal;
import org.dragoman.model.Sentence;
import org.dragoman.model.Span;
import org.dragoman.model.TimeExpr;
import org.dragoman.model.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events of an article: who did what to whom, when and where. Picks the sentences worth a parse
 * ({@link #candidates}: an event verb and an actor), then, given their parses ({@link ParsedArticle}), maps the
 * article's entities and actor phrases ("European leaders", "Russia's military", "the Kremlin", a capital used
 * as a government) to actor slots, has a {@link SentenceCoder} code them, and turns each coded clause into an
 * {@link Event}: date from a time expression governing the clause (else the published date), location from a
 * place in the clause, negation and hypothetical flags, the quote it is reported in, PLOVER translation.
 * Negated intentions ("is not going to sanction") become a refusal (CAMEO 12) with the negated event kept and
 * flagged; planned meetings and other stated plans become CAMEO intents (036 etc.); threats of force 138.
 * Final and immutable; never throws for odd parses.
 */
public final class EventExtractor {

    private static final Set<EntityType> ACTOR_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.COUNTRY, EntityType.CITY, EntityType.NATIONALITY, EntityType.LOCATION,
            EntityType.STATE_OR_PROVINCE);
    private static final Set<EntityType> PLACE_TYPES = Set.of(EntityType.COUNTRY, EntityType.CITY,
            EntityType.LOCATION, EntityType.STATE_OR_PROVINCE);
    private static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "across", "inside", "outside",
            "around", "throughout");
    /** Where force lands: "strikes on Tel Aviv", "pushing into Ukraine". */
    private static final Set<String> FORCE_PLACE_PREPS = Set.of("on", "into", "over", "against");
    /** Nouns for the people of a state or group that act for it, with the CAMEO agent code they add. */
    private static final Map<String, String> GROUP_AGENTS = Map.ofEntries(
            Map.entry("leader", "GOV"), Map.entry("head", "GOV"), Map.entry("official", "GOV"),
            Map.entry("minister", "GOV"), Map.entry("ministry", "GOV"), Map.entry("government", "GOV"), Map.entry("diplomat", "GOV"),
            Map.entry("administration", "GOV"), Map.entry("authority", "GOV"), Map.entry("envoy", "GOV"),
            Map.entry("delegation", "GOV"), Map.entry("negotiator", "GOV"), Map.entry("president", "GOV"),
            Map.entry("troop", "MIL"), Map.entry("force", "MIL"), Map.entry("military", "MIL"),
            Map.entry("army", "MIL"), Map.entry("soldier", "MIL"), Map.entry("navy", "MIL"),
            Map.entry("police", "COP"), Map.entry("rebel", "REB"), Map.entry("insurgent", "REB"),
            Map.entry("militant", "REB"), Map.entry("lawmaker", "LEG"), Map.entry("parliament", "LEG"),
            Map.entry("legislator", "LEG"));
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");
    private static final Set<String> MODALS = Set.of("would", "could", "may", "might", "should", "can", "must",
            "'d", "’d");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "’ll", "wo");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never", "no");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    /** Verbs governing an infinitive that state a plan or expectation, not a fact. */
    private static final Set<String> PLANS = Set.of("plan", "intend", "expect", "schedule", "set", "due", "prepare",
            "agree", "vow", "pledge", "promise", "want", "hope", "seek", "aim", "try", "offer", "decide", "mean",
            "wish", "propose", "consider", "look", "go", "poise", "slate");
    private static final Set<String> THREATS = Set.of("threaten", "warn");
    /** Verbs asking someone else to act: what they ask for has not happened. */
    private static final Set<String> REQUESTS = Set.of("urge", "ask", "call", "press", "demand", "request", "appeal",
            "push", "encourage", "invite", "beg", "implore", "pressure", "tell", "order", "instruct",
            "persuade", "convince");
    private static final Set<String> REFUSALS = Set.of("refuse", "decline", "reject", "fail");
    /** Relations through which a clause inherits a demand of a clause above it. */
    private static final Set<String> CLIMB = Set.of("ccomp", "advcl", "xcomp", "advmod", "dep");
    /** Verbs whose "that" clause is what someone wants done ("demanded that Russia withdraw"), not a report. */
    private static final Set<String> DEMANDS = Set.of("demand", "urge", "request", "order", "propose", "recommend",
            "require", "ask");
    private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");

    private final SentenceCoder coder;
    private final CameoTables tables;
    private final Gazetteer gazetteer;
    private final Map<String, String> capitals;

    /** An extractor with the given coder and Dragoman's own gazetteer and CAMEO tables. */
    public EventExtractor(SentenceCoder coder) {
        this.coder = coder;
        this.tables = CameoTables.defaults();
        this.gazetteer = Gazetteer.defaultGazetteer();
        this.capitals = capitals();
    }

    /** An extractor that finds no candidate sentences and so no events: the pipeline without event coding. */
    public static EventExtractor disabled() {
        return new EventExtractor(new SentenceCoder() {
            @Override
            public List<CodedEvent> code(DepSentence sentence, List<ActorSlot> actors) {
                return List.of();
            }

            @Override
            public boolean mayCode(String lemma) {
                return false;
            }
        });
    }

    /** The extractor with Dragoman's own verb dictionary. */
    public static EventExtractor defaults() {
        return new EventExtractor(new ClauseCoder(VerbLexicon.defaults()));
    }

    /**
     * The sentences worth a dependency parse: those with a verb the coder may code with the sentence's words and
     * at least two actors (entity mentions, or a first-person pronoun in a quote with a speaker), outside removed
     * spans. One-actor sentences ("Iran kept firing") are not coded: the parse is the cost of event coding.
     * Nor are sentences that no parse could give an event (no actor the coder could use, see
     * {@link #mayGiveEvents}).
     */
    public List<Sentence> candidates(QuotedArticle article) {
        AnnotatedArticle annotated = article.resolved().annotated();
        List<Span> mentions = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Entity e : article.resolved().entities()) {
            if (ACTOR_TYPES.contains(e.type())) {
                for (Mention m : e.mentions()) {
                    mentions.add(m.span());
                    owners.add(e.id());
                }
            }
        }
        Map<String, Entity> byId = new HashMap<>();
        article.resolved().entities().forEach(e -> byId.put(e.id(), e));
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            if (removed(article, s.span())) {
                continue;
            }
            // the parse is the expensive part of event coding: only sentences with two actors (a source and a
            // target, or two sources) and a verb that can code with the sentence's words are parsed
            Set<String> actors = new HashSet<>();
            for (int i = 0; i < mentions.size(); i++) {
                if (s.span().contains(mentions.get(i))) {
                    actors.add(owners.get(i));
                }
            }
            List<Token> tokens = annotated.tokens(s);
            for (Token t : tokens) {
                if (FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT))) {
                    quoteAt(article, t.span()).flatMap(Quote::speaker).flatMap(sp -> sp.entity()).ifPresent(actors::add);
                }
            }
            if (actors.size() < 2) {
                continue;
            }
            Set<String> words = new HashSet<>();
            for (Token t : tokens) {
                words.add(t.lemma().toUpperCase(Locale.ROOT));
                words.add(t.word().toUpperCase(Locale.ROOT));
            }
            boolean mayCode = false;
            for (Token t : tokens) {
                if (t.pos().startsWith("VB") && coder.mayCode(t.lemma().toLowerCase(Locale.ROOT), words)) {
                    mayCode = true;
                    break;
                }
            }
            if (mayCode && mayGiveEvents(article, tokens, words, byId)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * False if no parse of the sentence can give an event, judged by the actor slots {@link #extract} would
     * give the coder (they depend on the words, not on the parse): none, or only one actor while no verb may
     * code an event that stands without a target (statements and consultations need one, and a target is
     * another actor than the source). Exact: it only spares the parser work whose result would be thrown away.
     */
    private boolean mayGiveEvents(QuotedArticle article, List<Token> tokens, Set<String> words,
                                  Map<String, Entity> byId) {
        List<DepToken> unparsed = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            unparsed.add(new DepToken(i, t.word(), t.lemma(), t.pos(), -1, "dep", t.span().start(), t.span().end()));
        }
        Set<String> actors = new HashSet<>();
        for (ActorSlot slot : slots(article, new DepSentence(unparsed), byId, new HashMap<>())) {
            actors.add(slot.ref());
        }
        if (actors.size() != 1) {
            return !actors.isEmpty();
        }
        for (Token t : tokens) {
            if (t.pos().startsWith("VB") && coder.mayCodeAlone(t.lemma().toLowerCase(Locale.ROOT), words)) {
                return true;
            }
        }
        return false;
    }

    /** The events of the parsed sentences, in text order, with ids V1, V2, ... */
    public List<Event> extract(ParsedArticle parsed) {
        QuotedArticle article = parsed.quoted();
        Map<String, Entity> byId = new HashMap<>();
        article.resolved().entities().forEach(e -> byId.put(e.id(), e));
        List<Draft> drafts = new ArrayList<>();
        for (ParsedArticle.Parse parse : parsed.parses()) {
            DepSentence deps = parse.deps();
            if (deps.tokens().isEmpty() || removed(article, parse.sentence().span())) {
                continue;
            }
            Map<String, String> names = new HashMap<>();
            List<ActorSlot> slots = slots(article, deps, byId, names);
            if (slots.isEmpty()) {
                continue;
            }
            List<CodedEvent> coded;
            try {
                coded = coder.code(deps, slots);
            } catch (RuntimeException e) {
                // a coder failing on one odd parse must not lose the article's other events
                continue;
            }
            DepTree tree = new DepTree(deps.tokens());
            List<Draft> sentenceDrafts = new ArrayList<>();
            Set<Integer> suppressed = new HashSet<>();
            for (CodedEvent ce : coded) {
                sentenceDrafts.addAll(drafts(article, parse.sentence(), deps, tree, ce, byId, names, slots,
                        suppressed));
            }
            for (Draft d : sentenceDrafts) {
                if (!suppressed.contains(d.verb)) {
                    drafts.add(d);
                }
            }
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.span).thenComparing(d -> d.code));
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Draft d : drafts) {
            // "attacks on Tel Aviv and other Israeli cities": one event per dyad of actor codes, not per name
            String key = d.verb + "|" + d.sentence.start() + "|" + d.code + "|" + partyKey(d.source) + "|"
                    + d.target.map(EventExtractor::partyKey).orElse("") + "|" + d.negated;
            if (!seen.add(key)) {
                continue;
            }
            Optional<CameoTables.Plover> plover = tables.plover(d.code);
            events.add(new Event("V" + (events.size() + 1), d.code, plover.map(CameoTables.Plover::event),
                    plover.flatMap(CameoTables.Plover::mode), d.source, d.target, d.date, d.location,
                    d.quote.isPresent(), d.quote.map(Quote::id), d.negated, d.hypothetical, d.span, d.sentence));
        }
        return events;
    }

    private static String partyKey(EventParty p) {
        return p.actor().orElse(p.entity().orElse(p.name()));
    }

    private static final class Draft {
        int verb;
        String code;
        EventParty source;
        Optional<EventParty> target;
        Optional<LocalDate> date;
        Optional<EventParty> location;
        Optional<Quote> quote;
        boolean negated;
        boolean hypothetical;
        Span span;
        Span sentence;

        Draft copy() {
            Draft d = new Draft();
            d.verb = verb;
            d.code = code;
            d.source = source;
            d.target = target;
            d.date = date;
            d.location = location;
            d.quote = quote;
            d.negated = negated;
            d.hypothetical = hypothetical;
            d.span = span;
            d.sentence = sentence;
            return d;
        }
    }

    /** What the words governing a verb say about its reality. */
    private record Modality(boolean negated, boolean future, boolean plan, boolean threat, boolean refusal,
                            boolean conditional, List<Integer> governors) {
    }

    private List<Draft> drafts(QuotedArticle article, Sentence sentence, DepSentence deps, DepTree tree,
                               CodedEvent ce, Map<String, Entity> byId, Map<String, String> names,
                               List<ActorSlot> slots, Set<Integer> suppressed) {
        String text = article.resolved().annotated().text();
        List<DepToken> tokens = deps.tokens();
        DepToken verb = tokens.get(ce.verb());
        Draft d = new Draft();
        d.verb = ce.verb();
        d.code = ce.code();
        d.sentence = sentence.span();
        d.span = new Span(tokens.get(ce.first()).start(), tokens.get(ce.last()).end());
        d.quote = quoteAt(article, new Span(verb.start(), verb.end()));
        if (d.quote.isEmpty() && verb.rel().equals("conj") && verb.head() >= 0) {
            // "Trump said Putin called him and offered help": a verb coordinated with reported speech is reported
            DepToken first = tokens.get(verb.head());
            d.quote = quoteAt(article, new Span(first.start(), first.end()))
                    .filter(q -> q.kind() != QuoteKind.DIRECT);
        }
        int root = CameoTables.root(ce.code());
        d.source = party(ce.source(), byId, names, false);
        d.target = ce.target().map(t -> party(t, byId, names, root >= 18));
        d.date = date(article, tree, tokens, ce.verb());
        d.location = location(article, tree, tokens, ce, byId);
        if (d.location.isEmpty() && root >= 18 && ce.target().isPresent()) {
            // "attacked Kharkiv": a place attacked is where the attack happened
            Entity e = byId.get(ce.target().get().ref());
            if (e != null && (e.type() == EntityType.CITY || e.type() == EntityType.STATE_OR_PROVINCE)) {
                d.location = Optional.of(new EventParty(Optional.of(e.id()), e.name(), e.actor()));
            }
        }
        List<Draft> out = new ArrayList<>();
        if (root == 1 && d.target.flatMap(EventParty::actor).isEmpty()) {
            // "told reporters", "told Dasha": a statement is an event between actors only
            return out;
        }
        if (root == 4 && d.target.isEmpty()) {
            // a call, meeting or visit with nobody is not a consultation ("what she called a choice")
            return out;
        }
        Modality m = modality(tree, ce.verb());
        // "the ability to talk to them", "a shot at a deal": an infinitive modifying a noun is not a fact
        boolean nounComplement = verb.rel().equals("acl") && tree.children(ce.verb()).stream()
                .anyMatch(k -> tree.token(k).rel().equals("mark"));
        d.hypothetical = m.future || m.plan || m.threat || m.refusal || m.conditional || nounComplement;
        if (m.negated && (m.future || m.plan || m.refusal) && !m.conditional) {
            // "is not going to throw new sanctions": not a sanctions event but a refusal, with the negated
            // sanctions kept and flagged
            d.negated = true;
            out.add(d);
            Draft refusal = d.copy();
            refusal.code = refusal(ce.code());
            refusal.negated = false;
            refusal.hypothetical = false;
            refusal.target = addressee(article, d.quote, slots, byId, names).or(() -> d.target);
            out.add(refusal);
            suppressed.addAll(m.governors);
            return out;
        }
        if (m.negated || m.refusal) {
            d.negated = true;
            out.add(d);
            return out;
        }
        if (m.threat && !m.conditional && root >= 15) {
            d.code = root >= 18 ? "138" : root == 16 ? "1312" : "130";
            d.hypothetical = false;
            suppressed.addAll(m.governors);
        } else if ((m.plan || m.future) && !m.conditional) {
            Optional<String> intent = intent(ce.code());
            if (intent.isPresent()) {
                d.code = intent.get();
                d.hypothetical = false;
                suppressed.addAll(m.governors);
            }
        }
        Optional<LocalDate> published = article.resolved().annotated().source().article().published();
        if (!d.hypothetical && published.isPresent() && d.date.isPresent() && d.date.get().isAfter(published.get())) {
            // "is scheduled to meet him on February 19": the intent is reported now; the meeting is not a fact yet
            d.date = published;
        }
        out.add(d);
        return out;
    }

    /** CAMEO's "express intent to" code for a planned act, where CAMEO has one. */
    static Optional<String> intent(String code) {
        int root = CameoTables.root(code);
        return switch (root) {
            case 3 -> Optional.of(code);
            case 4 -> Optional.of("036");
            case 5 -> Optional.of("032");
            case 6 -> Optional.of(code.startsWith("061") ? "0311" : code.startsWith("062") ? "0312" : "031");
            case 7 -> Optional.of(code.startsWith("071") ? "0331" : code.startsWith("072") ? "0332"
                    : code.startsWith("073") ? "0333" : code.startsWith("074") ? "0334" : "033");
            case 8 -> Optional.of(code.startsWith("084") ? "0353" : code.startsWith("085") ? "0354"
                    : code.startsWith("087") ? "0356" : "035");
            default -> Optional.empty();
        };
    }

    /** The CAMEO rejection (12) of a refused act. */
    static String refusal(String code) {
        int root = CameoTables.root(code);
        return switch (root) {
            case 3, 4 -> "125";
            case 6 -> code.startsWith("061") ? "1211" : code.startsWith("062") ? "1212" : "121";
            case 7 -> "122";
            case 8 -> code.startsWith("087") ? "1246" : "124";
            default -> "120";
        };
    }

    private Modality modality(DepTree tree, int v) {
        boolean negated = false;
        boolean future = false;
        boolean plan = false;
        boolean threat = false;
        boolean refusal = false;
        boolean conditional = false;
        List<Integer> governors = new ArrayList<>();
        int c = v;
        for (int depth = 0; c >= 0 && depth < 6; depth++) {
            DepToken t = tree.token(c);
            for (int child : tree.children(c)) {
                DepToken k = tree.token(child);
                String w = k.word().toLowerCase(Locale.ROOT);
                if (k.rel().startsWith("aux")) {
                    future |= FUTURE.contains(w);
                    conditional |= MODALS.contains(w);
                } else if ((k.rel().equals("advmod") || k.rel().equals("neg")) && NEGATIONS.contains(w)) {
                    negated = true;
                } else if (k.rel().equals("mark") && CONDITIONS.contains(w)) {
                    conditional = true;
                }
            }
            if (c != v) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (lemma.equals("go") && t.pos().equals("VBG")) {
                    future = true;
                } else if (THREATS.contains(lemma)) {
                    threat = true;
                } else if (REFUSALS.contains(lemma)) {
                    refusal = true;
                } else if (PLANS.contains(lemma)) {
                    plan = true;
                } else if (REQUESTS.contains(lemma)) {
                    conditional = true;
                }
                governors.add(c);
            }
            if (!t.rel().equals("xcomp") || t.head() < 0) {
                break;
            }
            c = t.head();
        }
        // what a demand asks for has not happened, nor what is to happen before or after it ("Israel is
        // demanding that Hamas begin handing over weapons before Israeli forces pull back")
        for (int depth = 0; c >= 0 && depth < 5 && !conditional; depth++) {
            DepToken t = tree.token(c);
            if (!CLIMB.contains(t.rel()) || t.head() < 0) {
                break;
            }
            int h = t.head();
            if (t.rel().equals("ccomp") && DEMANDS.contains(tree.token(h).lemma().toLowerCase(Locale.ROOT))) {
                conditional = true;
            }
            c = h;
        }
        return new Modality(negated, future, plan, threat, refusal, conditional, governors);
    }

    /** Actor slots of a parsed sentence: actor phrases first, then entity mentions, then "I"/"we" in quotes. */
    private List<ActorSlot> slots(QuotedArticle article, DepSentence deps, Map<String, Entity> byId,
                                  Map<String, String> names) {
        String text = article.resolved().annotated().text();
        List<DepToken> tokens = deps.tokens();
        List<ActorSlot> groups = new ArrayList<>();
        List<ActorSlot> mentions = new ArrayList<>();
        Map<Integer, Entity> entityAt = new HashMap<>();
        Span sentence = new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        for (Entity e : article.resolved().entities()) {
            if (!ACTOR_TYPES.contains(e.type())) {
                continue;
            }
            if (e.actor().isEmpty() && e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue; // a place with no actor code ("the North Sea") does not act
            }
            for (Mention m : e.mentions()) {
                if (!sentence.contains(m.span())) {
                    continue;
                }
                int first = -1;
                int last = -1;
                for (DepToken t : tokens) {
                    if (t.start() < m.span().end() && m.span().start() < t.end()) {
                        first = first < 0 ? t.index() : first;
                        last = t.index();
                        entityAt.put(t.index(), e);
                    }
                }
                if (first >= 0) {
                    mentions.add(new ActorSlot(first, last, actorOf(e, m), e.id()));
                }
            }
        }
        // "European leaders", "Russia's military", "several European heads of state"
        for (DepToken t : tokens) {
            String agent = GROUP_AGENTS.get(t.lemma().toLowerCase(Locale.ROOT));
            if (agent == null || !t.pos().startsWith("NN") || t.pos().startsWith("NNP")) {
                continue;
            }
            for (int i = t.index() - 1; i >= Math.max(0, t.index() - 4); i--) {
                DepToken k = tokens.get(i);
                Optional<String> base = Optional.empty();
                Entity e = entityAt.get(i);
                if (e != null && e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                    base = e.actor();
                } else if (k.pos().startsWith("JJ") || k.pos().startsWith("NNP")) {
                    base = gazetteer.lookup(k.word()).map(Gazetteer.Entry::code);
                }
                if (base.isPresent() && base.get().length() == 3) {
                    int first = i;
                    while (first > 0 && entityAt.get(first - 1) == e && e != null) {
                        first--;
                    }
                    int last = t.index();
                    if (last + 2 < tokens.size() && tokens.get(last + 1).word().equalsIgnoreCase("of")
                            && Set.of("state", "government", "staff").contains(tokens.get(last + 2).lemma()
                            .toLowerCase(Locale.ROOT))) {
                        last += 2; // "heads of state", "chiefs of staff"
                    }
                    String phrase = text.substring(tokens.get(first).start(), tokens.get(last).end());
                    String ref = "phrase:" + tokens.get(first).start();
                    names.put(ref, phrase);
                    groups.add(new ActorSlot(first, last, Optional.of(base.get() + agent), ref));
                    break;
                }
                boolean modifier = k.pos().startsWith("JJ") || k.pos().equals("POS") || k.pos().equals("DT")
                        || k.pos().equals("CD") || k.pos().startsWith("NN") && !k.pos().startsWith("NNP")
                        || e != null;
                if (!modifier) {
                    break;
                }
            }
        }
        List<ActorSlot> speakers = new ArrayList<>();
        for (DepToken t : tokens) {
            if (!FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<Quote> q = quoteAt(article, new Span(t.start(), t.end()));
            Optional<Entity> speaker = q.flatMap(Quote::speaker).flatMap(s -> s.entity()).map(byId::get);
            if (speaker.isPresent()) {
                speakers.add(new ActorSlot(t.index(), t.index(), speaker.get().actor(), speaker.get().id()));
            }
        }
        List<ActorSlot> all = new ArrayList<>(groups);
        all.addAll(mentions);
        all.addAll(speakers);
        return all;
    }

    /** The actor code of an entity at one mention: a capital named as an actor is its government. */
    private Optional<String> actorOf(Entity e, Mention m) {
        if (e.type() == EntityType.CITY) {
            String country = capitals.get(m.text());
            if (country != null) {
                return Optional.of(country + "GOV");
            }
        }
        return e.actor();
    }

    private EventParty party(ActorSlot slot, Map<String, Entity> byId, Map<String, String> names, boolean force) {
        Entity e = byId.get(slot.ref());
        if (e != null) {
            // a capital attacked is the country's territory, not its government
            Optional<String> actor = force && e.type() == EntityType.CITY ? e.actor() : slot.code();
            return new EventParty(Optional.of(e.id()), e.name(), actor);
        }
        return new EventParty(Optional.empty(), names.getOrDefault(slot.ref(), slot.ref()), slot.code());
    }

    private Optional<EventParty> addressee(QuotedArticle article, Optional<Quote> quote, List<ActorSlot> slots,
                                           Map<String, Entity> byId, Map<String, String> names) {
        if (quote.isEmpty() || quote.get().addressee().isEmpty()) {
            return Optional.empty();
        }
        var addressee = quote.get().addressee().get();
        if (addressee.entity().isPresent() && byId.containsKey(addressee.entity().get())) {
            Entity e = byId.get(addressee.entity().get());
            return Optional.of(new EventParty(Optional.of(e.id()), e.name(), e.actor()));
        }
        // an addressee that is an actor phrase ("told European leaders"): the phrase's slot, by its text
        Optional<Mention> mention = addressee.mention();
        if (mention.isPresent()) {
            for (ActorSlot s : slots) {
                String name = names.get(s.ref());
                if (name != null && mention.get().text().contains(name)) {
                    return Optional.of(new EventParty(Optional.empty(), name, s.code()));
                }
            }
        }
        return Optional.empty();
    }

    /** The day of a time expression governing the verb's clause or a clause above it, else the published date. */
    private Optional<LocalDate> date(QuotedArticle article, DepTree tree, List<DepToken> tokens, int v) {
        AnnotatedArticle annotated = article.resolved().annotated();
        Optional<LocalDate> published = annotated.source().article().published();
        List<TimeExpr> times = new ArrayList<>();
        Span sentence = new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        for (TimeExpr t : annotated.times()) {
            if (sentence.contains(t.span()) && day(t.value(), published).isPresent()) {
                times.add(t);
            }
        }
        if (!times.isEmpty()) {
            Map<Integer, LocalDate> governed = new HashMap<>();
            for (TimeExpr t : times) {
                int head = -1;
                for (DepToken k : tokens) {
                    if (t.span().contains(new Span(k.start(), k.end()))
                            && (k.head() < 0 || !t.span().contains(tokens.get(k.head()).start()))) {
                        head = k.index();
                        break;
                    }
                }
                int clause = clauseOf(tree, head);
                if (clause >= 0) {
                    governed.putIfAbsent(clause, day(t.value(), published).get());
                }
            }
            for (int c = v, depth = 0; c >= 0 && depth < 12; c = tree.token(c).head(), depth++) {
                if (!tree.token(c).pos().startsWith("VB") && c != v) {
                    continue;
                }
                if (governed.containsKey(c)) {
                    return Optional.of(governed.get(c));
                }
                // "X, speaking from the summit on Tuesday, told ...": a participle clause's time is its governor's
                List<Integer> near = new ArrayList<>(tree.children(c));
                for (int k : tree.children(c)) {
                    if (tree.token(k).rel().startsWith("nsubj")) {
                        near.addAll(tree.children(k));
                    }
                }
                for (int k : near) {
                    DepToken child = tree.token(k);
                    if ((child.rel().equals("advcl") || child.rel().equals("acl"))
                            && (child.pos().equals("VBG") || child.pos().equals("VBN")) && governed.containsKey(k)) {
                        return Optional.of(governed.get(k));
                    }
                }
            }
        }
        return published;
    }

    /** The nearest verb (or the root) above a token: the clause a time expression is attached to. */
    private static int clauseOf(DepTree tree, int token) {
        for (int c = token, depth = 0; c >= 0 && depth < 12; depth++) {
            DepToken t = tree.token(c);
            if (t.pos().startsWith("VB") && c != token || t.head() < 0) {
                return c;
            }
            c = t.head();
        }
        return -1;
    }

    static Optional<LocalDate> day(String value, Optional<LocalDate> published) {
        Matcher m = DAY.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        String year = m.group(1);
        if (year.equals("XXXX")) {
            if (published.isEmpty()) {
                return Optional.empty();
            }
            year = String.valueOf(published.get().getYear());
        }
        try {
            return Optional.of(LocalDate.parse(year + "-" + m.group(2) + "-" + m.group(3)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A place named in the clause after a locative preposition ("strikes on Tel Aviv", "in Ukraine"). */
    private static Optional<EventParty> location(QuotedArticle article, DepTree tree, List<DepToken> tokens,
                                                 CodedEvent ce, Map<String, Entity> byId) {
        List<Integer> clause = subtree(tree, ce.verb());
        for (int i : clause) {
            DepToken t = tokens.get(i);
            String prep = tree.prep(i).toLowerCase(Locale.ROOT);
            boolean force = CameoTables.root(ce.code()) >= 18;
            if (!(t.rel().startsWith("obl") || t.rel().startsWith("nmod"))
                    || !(PLACE_PREPS.contains(prep) || force && FORCE_PLACE_PREPS.contains(prep))) {
                continue;
            }
            Span span = new Span(t.start(), t.end());
            for (Entity e : article.resolved().entities()) {
                if (!PLACE_TYPES.contains(e.type())) {
                    continue;
                }
                if (prep.equals("at") && e.type() == EntityType.COUNTRY) {
                    continue; // "sanctions at Russia" aims at a state, not a place
                }
                for (Mention m : e.mentions()) {
                    if (m.span().contains(span)) {
                        return Optional.of(new EventParty(Optional.of(e.id()), e.name(), e.actor()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The quote reporting this span: a direct quote, or reported speech with a speaker, named or not ("diplomats
     * said"): the event is that source's report, not the article's own statement.
     */
    private static Optional<Quote> quoteAt(QuotedArticle article, Span span) {
        for (Quote q : article.quotes()) {
            boolean attributed = q.kind() == org.dragoman.model.QuoteKind.DIRECT
                    || q.speaker().isPresent();
            if (attributed && q.inContent(span)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    private static boolean removed(QuotedArticle article, Span span) {
        for (Removal r : article.resolved().annotated().source().removed()) {
            if (r.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> capitals() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length > 5 && !f[5].isBlank()) {
                    for (String capital : f[5].split("\\|")) {
                        out.put(capital.strip(), f[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }

    /** The verb's own clause: its subtree without coordinated and subordinate clauses, in token order. */
    private static List<Integer> subtree(DepTree tree, int v) {
        List<Integer> out = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(v));
        while (!stack.isEmpty() && out.size() <= tree.size()) {
            int i = stack.remove(stack.size() - 1);
            out.add(i);
            for (int c : tree.children(i)) {
                String rel = tree.token(c).rel();
                if (!(i == v && (rel.equals("conj") || rel.equals("ccomp") || rel.equals("advcl")
                        || rel.equals("parataxis"))) && !rel.equals("acl:relcl")) {
                    stack.add(c);
                }
            }
        }
        out.sort(Integer::compare);
        return out;
    }
}
