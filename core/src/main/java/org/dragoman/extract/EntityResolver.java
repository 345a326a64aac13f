package org.dragoman.extract;

import org.dragoman.actors.Gazetteer;
import org.dragoman.model.AnnotatedArticle;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.NamedMention;
import org.dragoman.model.ResolvedArticle;
import org.dragoman.model.Role;
import org.dragoman.model.Sentence;
import org.dragoman.model.Span;
import org.dragoman.model.Token;
import org.dragoman.nlp.NameGenders;
import org.dragoman.nlp.NameGenders.Gender;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers the mentions of each person, organization and place in an article into one entity with its
 * canonical (fullest) name: "Jane Q. Doe", "Jane", "Doe", "Ms. Doe" and a common short form of "Jane" are one
 * person; "U.S." and "the United States" one country. Titles are not part of names. Third-person singular
 * pronouns are added to a person when a conservative salience rule finds one antecedent that agrees in gender.
 * Stateless after construction; thread-safe.
 */
public final class EntityResolver {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president",
            "vice", "prime", "minister", "chancellor", "secretary", "general", "gen", "sen", "senator", "rep",
            "representative", "gov", "governor", "mayor", "king", "queen", "prince", "princess", "pope", "sir", "dame",
            "lord", "lady", "sheikh", "emir", "ayatollah", "rabbi", "reverend", "rev", "father", "judge", "justice",
            "col", "colonel", "lt", "lieutenant", "capt", "captain", "adm", "admiral", "sgt", "sergeant", "major",
            "commander", "chairman", "chairwoman", "chair", "director", "ambassador", "envoy", "speaker", "deputy",
            "foreign", "defence", "defense", "chief", "former", "acting", "premier", "marshal", "field", "crown",
            "first", "lady's", "spokesman", "spokeswoman", "spokesperson", "state", "interior", "finance", "mp", "mep");
    /** Words that name a role a person holds; their presence makes a phrase a title. */
    static final Set<String> ROLE_WORDS = Set.of("president", "chancellor", "minister", "secretary", "premier", "king",
            "queen", "pope", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "leader", "governor",
            "mayor", "senator", "general", "commander", "chief", "director", "commissioner", "chairman", "chairwoman",
            "prince", "princess", "emir", "sheikh", "ayatollah", "judge", "justice", "speaker", "lawmaker", "deputy",
            "head", "adviser", "advisor", "negotiator", "mediator", "prosecutor", "attorney", "admiral", "colonel",
            "marshal", "member", "analyst", "professor", "economist", "researcher", "organiser", "organizer",
            "candidate", "correspondent", "editor", "founder", "ceo", "executive", "officer", "diplomat", "sen",
            "rep", "gov", "vice-president", "vice", "coordinator", "rapporteur", "monarch", "dictator", "strongman");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md");
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "la", "le", "du", "da", "dos",
            "das", "del", "della", "di", "al", "el", "bin", "ibn", "ben", "ter", "ten", "zu", "af", "abu");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "that", "and", "but", "who", "which",
            "when", "because", "while", "as", "if", "after", "before", "said", "says", "told", "“", "\"", "”");

    private final Gazetteer gazetteer;
    private final NameGenders genders;
    private final Map<String, Set<String>> nicknames;

    /** A resolver over the given gazetteer; loads the nickname list once. */
    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.genders = NameGenders.instance();
        this.nicknames = loadNicknames();
    }

    /** Resolves the entities of one article. */
    public ResolvedArticle resolve(AnnotatedArticle doc) {
        String text = doc.text();
        List<QuoteScanner.Region> quotes = QuoteScanner.scan(text, doc.source().blocks());
        List<Candidate> candidates = candidates(doc);
        List<Cluster> clusters = new ArrayList<>();
        clusterPersons(candidates, clusters);
        clusterOthers(candidates, clusters);
        addNameTokens(doc, clusters);
        addRoles(doc, clusters);
        addNominalMentions(doc, clusters);
        resolvePronouns(doc, quotes, clusters);
        addEpithets(doc, quotes, clusters);
        resolveRelatives(doc, clusters);

        List<Cluster> ordered = new ArrayList<>(clusters);
        ordered.removeIf(c -> c.mentions.isEmpty());
        ordered.forEach(c -> c.mentions.sort(Comparator.comparing(m -> m.span)));
        ordered.sort(Comparator.comparing(c -> c.mentions.get(0).span));
        List<Entity> entities = new ArrayList<>();
        for (Cluster c : ordered) {
            List<Mention> mentions = c.mentions.stream().map(m -> new Mention(m.span, m.span.of(text))).toList();
            entities.add(new Entity("E" + (entities.size() + 1), c.name(), c.type, Optional.ofNullable(c.code),
                    c.roles, mentions));
        }
        return new ResolvedArticle(doc, entities);
    }

    // ---------------------------------------------------------------- candidates

    /** A name found in the text: from the tagger, the gazetteer, or both. */
    private static final class Candidate {
        final Span span;
        final EntityType type;
        final String key;      // canonical name for places and organizations; the name itself for persons
        final String code;
        final List<String> nameTokens;
        final int sentence;

        Candidate(Span span, EntityType type, String key, String code, List<String> nameTokens, int sentence) {
            this.span = span;
            this.type = type;
            this.key = key;
            this.code = code;
            this.nameTokens = nameTokens;
            this.sentence = sentence;
        }
    }

    /** Last words of organizations' names that may follow a first name: "Morgan Stanley", "Virginia Tech". */
    private static final Set<String> ORGANIZATION_WORDS = Set.of("tech", "bank", "group", "institute", "foundation",
            "university", "college", "school", "party", "council", "committee", "company", "co", "co.", "corp", "corp.",
            "inc", "inc.", "ltd", "llc", "fund", "trust", "capital", "partners", "associates", "holdings", "media",
            "news", "times", "post", "journal", "network", "center", "centre", "society", "union", "league", "club",
            "agency", "office", "hospital", "airlines", "motors", "energy", "industries", "international", "global");

    /** Whether the name at {@code first} follows "first name" or "name,": a person's, whatever else it spells. */
    private static boolean givenAsName(List<Token> tokens, int first) {
        int at = first >= 1 && tokens.get(first - 1).word().equals(",") ? first - 2 : first - 1;
        return at >= 1 && tokens.get(at).word().equalsIgnoreCase("name")
                && Set.of("first", "last", "full", "her", "his")
                .contains(tokens.get(at - 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the tokens {@code first} to {@code end} (exclusive), tagged an organization, read as a person's name:
     * two or three capitalized words, the first a known first name, the last neither a first name ("Morgan
     * Stanley") nor a word of organizations' names.
     */
    private boolean personalName(List<Token> tokens, int first, int end) {
        if (end - first < 2 || end - first > 3) {
            return false;
        }
        for (int i = first; i < end; i++) {
            String w = tokens.get(i).word();
            if (!tokens.get(i).pos().startsWith("NNP") || !Character.isUpperCase(w.codePointAt(0))
                    || w.equals(w.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        String last = tokens.get(end - 1).word();
        return genders.of(plain(tokens.get(first).word())).isPresent() && genders.of(plain(last)).isEmpty()
                && !ORGANIZATION_WORDS.contains(last.toLowerCase(Locale.ROOT));
    }

    /** {@code word} without its accents: "António" is "Antonio". */
    private static String plain(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private List<Candidate> candidates(AnnotatedArticle doc) {
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        List<Candidate> out = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        for (NamedMention m : doc.names()) {
            int first = m.firstToken();
            int end = m.endToken();
            // Titles ("President", "Mr.") are not part of a person's name; "the" is part of no name.
            boolean person = m.type().equals("PERSON");
            while (first < end && (person && isTitle(tokens.get(first).word()) || isArticle(tokens.get(first).word()))) {
                first++;
            }
            while (end > first && (SUFFIXES.contains(norm(tokens.get(end - 1).word())) || tokens.get(end - 1).word().equals(","))) {
                end--;
            }
            if (first >= end) {
                continue;
            }
            Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
            String name = span.of(text).replaceAll("\\s+", " ");
            Optional<Gazetteer.Entry> known = gazetteer.lookup(name);
            if (known.isEmpty() && name.length() > 3 && name.equals(name.toUpperCase(Locale.ROOT))) {
                // "CAIRO —" in a dateline
                known = gazetteer.lookup(titleCase(name));
            }
            if (known.isEmpty() && first > 0 && tokens.get(first - 1).word().equals("The")) {
                // "The Hague": the article belongs to the name, though the tagger left it out.
                known = gazetteer.lookup("The " + name).filter(e -> e.canonical().startsWith("The "));
                if (known.isPresent()) {
                    span = new Span(tokens.get(first - 1).span().start(), span.end());
                }
            }
            if (known.isPresent() && !m.type().equals("PERSON") && first > 0 && modifierOfName(tokens, first - 1)) {
                // "The Social Democrats", "the Christian Democrats": a party of its own, not the "Democrats" the
                // gazetteer knows, though the tagger left out its first word
                span = new Span(tokens.get(first - 1).span().start(), span.end());
                name = span.of(text).replaceAll("\\s+", " ");
                known = gazetteer.lookup(name);
                covered[first - 1] = true;
            }
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                covered[i] = true;
            }
            if (known.isEmpty() && !m.type().equals("PERSON") && split(doc, first, end, m.sentence(), out)) {
                continue; // "Iran the Middle East": two names the tagger ran together
            }
            if (known.isPresent() && !(m.type().equals("PERSON") && known.get().type() == EntityType.ORGANIZATION)) {
                Gazetteer.Entry e = known.get();
                out.add(new Candidate(span, e.type(), e.canonical(), e.code(), List.of(), m.sentence()));
            } else if (m.type().equals("PERSON") || !m.type().equals("LOCATION") && givenAsName(tokens, first)
                    || m.type().equals("ORGANIZATION") && personalName(tokens, first, end)) {
                // (also a foreign name the tagger took for an organization: "António Costa", and one given as a
                // name: "who gave only her first name, Amal,")
                out.add(new Candidate(span, EntityType.PERSON, name, null, List.of(name.split(" ")), m.sentence()));
            } else if (m.type().equals("ORGANIZATION") && end < tokens.size() && isTitle(tokens.get(end).word())
                    && end + 1 < tokens.size() && tokens.get(end + 1).ner().equals("PERSON")) {
                continue; // "Interior Minister Ivica Dačić": part of a title, not an organization
            } else {
                EntityType type = switch (m.type()) {
                    case "ORGANIZATION" -> EntityType.ORGANIZATION;
                    case "LOCATION" -> EntityType.LOCATION;
                    case "MISC" -> EntityType.MISC;
                    default -> null;
                };
                if (type != null) {
                    out.add(new Candidate(span, type, name, null, List.of(), m.sentence()));
                }
            }
        }
        // Gazetteer names the tagger missed: nationalities, "Kremlin", abbreviations.
        for (Sentence s : doc.sentences()) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                int matched = 0;
                for (int n = Math.min(gazetteer.maxTokens(), s.endToken() - i); n >= 1 && matched == 0; n--) {
                    if (anyCovered(covered, i, i + n) || !Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
                        continue;
                    }
                    Span span = new Span(tokens.get(i).span().start(), tokens.get(i + n - 1).span().end());
                    Optional<Gazetteer.Entry> known = gazetteer.lookup(span.of(text));
                    if (known.isPresent() && plausible(known.get(), tokens.subList(i, i + n), i == s.firstToken())
                            && !advocacyName(tokens, i + n, s.endToken())) {
                        Gazetteer.Entry e = known.get();
                        if (i > s.firstToken() && e.type() == EntityType.ORGANIZATION
                                && modifierOfName(tokens, i - 1)) {
                            // "The Social Democrats": a party of its own, whose name the gazetteer does not hold
                            Span whole = new Span(tokens.get(i - 1).span().start(), span.end());
                            String name = whole.of(text).replaceAll("\\s+", " ");
                            out.add(new Candidate(whole, e.type(), name, null, List.of(), s.index()));
                        } else {
                            out.add(new Candidate(span, e.type(), e.canonical(), e.code(), List.of(), s.index()));
                        }
                        matched = n;
                    }
                }
                i += Math.max(1, matched);
            }
        }
        out.sort(Comparator.comparing(c -> c.span));
        return out;
    }

    /**
     * Whether token {@code i}, right before a name, is a capitalized word of that name the tagger left out ("Social"
     * in "The Social Democrats"): an adjective or proper noun after "the", not a place or nationality of its own.
     */
    private boolean modifierOfName(List<Token> tokens, int i) {
        String w = tokens.get(i).word();
        String pos = tokens.get(i).pos();
        return i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the") && Character.isUpperCase(w.codePointAt(0))
                && (pos.equals("JJ") || pos.equals("NNP")) && tokens.get(i).ner().equals("O")
                && gazetteer.lookup(w).isEmpty();
    }

    /**
     * Whether a gazetteer name ending before token {@code end} opens the name of a group the tagger missed:
     * "Americans for Prosperity", "Veterans Against the War".
     */
    private static boolean advocacyName(List<Token> tokens, int end, int sentenceEnd) {
        return end + 1 < sentenceEnd && Set.of("for", "against", "without").contains(tokens.get(end).word())
                && tokens.get(end + 1).pos().startsWith("NNP")
                && Character.isUpperCase(tokens.get(end + 1).word().codePointAt(0));
    }

    /** Adds two candidates when the tokens split into two known names, optionally joined by "the". */
    private boolean split(AnnotatedArticle doc, int first, int end, int sentence, List<Candidate> out) {
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        for (int p = first + 1; p < end; p++) {
            int rightStart = tokens.get(p).word().equalsIgnoreCase("the") ? p + 1 : p;
            if (rightStart >= end) {
                continue;
            }
            Span left = new Span(tokens.get(first).span().start(), tokens.get(p - 1).span().end());
            Span right = new Span(tokens.get(rightStart).span().start(), tokens.get(end - 1).span().end());
            Optional<Gazetteer.Entry> l = gazetteer.lookup(left.of(text));
            Optional<Gazetteer.Entry> r = gazetteer.lookup(right.of(text));
            if (l.isPresent() && r.isPresent()) {
                out.add(new Candidate(left, l.get().type(), l.get().canonical(), l.get().code(), List.of(), sentence));
                out.add(new Candidate(right, r.get().type(), r.get().canonical(), r.get().code(), List.of(), sentence));
                return true;
            }
        }
        return false;
    }

    /** A one-word gazetteer match must be tagged as a proper noun (or an adjective/plural for nationalities). */
    private static boolean plausible(Gazetteer.Entry e, List<Token> tokens, boolean sentenceInitial) {
        if (tokens.size() > 1) {
            return true;
        }
        String pos = tokens.get(0).pos();
        if (e.type() == EntityType.NATIONALITY) {
            return pos.startsWith("NNP") || pos.startsWith("JJ") || pos.startsWith("NNS");
        }
        return pos.startsWith("NNP") || !sentenceInitial && tokens.get(0).word().length() > 1
                && tokens.get(0).word().chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    // ---------------------------------------------------------------- clusters

    private static final class Cluster {
        final EntityType type;
        final String code;
        final String key;
        final List<Candidate> mentions = new ArrayList<>();
        final List<Role> roles = new ArrayList<>();
        String first;
        String last;
        Gender gender;

        Cluster(EntityType type, String key, String code) {
            this.type = type;
            this.key = key;
            this.code = code;
        }

        /** The fullest name: most name tokens, then most characters, then earliest. */
        String name() {
            if (type != EntityType.PERSON) {
                return key;
            }
            Candidate best = null;
            for (Candidate c : mentions) {
                if (c.nameTokens.isEmpty()) {
                    continue;
                }
                if (best == null || c.nameTokens.size() > best.nameTokens.size()
                        || c.nameTokens.size() == best.nameTokens.size() && c.key.length() > best.key.length()) {
                    best = c;
                }
            }
            return best == null ? key : best.key;
        }

        int lastBefore(int offset) {
            int pos = -1;
            for (Candidate c : mentions) {
                if (c.span.start() < offset) {
                    pos = Math.max(pos, c.span.start());
                }
            }
            return pos;
        }
    }

    private void clusterPersons(List<Candidate> candidates, List<Cluster> clusters) {
        List<Candidate> persons = candidates.stream().filter(c -> c.type == EntityType.PERSON).toList();
        // Full names first, so a surname met before the full name still joins it.
        for (Candidate c : persons) {
            if (c.nameTokens.size() < 2 || surnameOnly(c.nameTokens)) {
                continue;
            }
            String first = c.nameTokens.get(0);
            String last = lastName(c.nameTokens);
            Cluster match = null;
            for (Cluster k : clusters) {
                if (k.last != null && k.last.equalsIgnoreCase(last) && compatibleFirst(k.first, first)) {
                    match = k;
                }
            }
            if (match == null) {
                match = new Cluster(EntityType.PERSON, c.key, null);
                match.first = first;
                match.last = last;
                match.gender = genders.of(first).or(() -> genders.ofFamilyName(last)).orElse(null);
                clusters.add(match);
            }
            match.mentions.add(c);
        }
        for (Candidate c : persons) {
            if (c.nameTokens.size() >= 2 && !surnameOnly(c.nameTokens)) {
                continue;
            }
            String name = surnameOnly(c.nameTokens) ? String.join(" ", c.nameTokens) : c.nameTokens.get(0);
            Cluster match = nearest(clusters, c.span.start(), k -> k.last != null && k.last.equalsIgnoreCase(name));
            if (match == null) {
                match = nearest(clusters, c.span.start(), k -> k.first != null && compatibleFirst(k.first, name)
                        && k.mentions.stream().anyMatch(m -> m.nameTokens.size() >= 2));
            }
            if (match == null) {
                match = nearest(clusters, c.span.start(), k -> k.type == EntityType.PERSON && k.key.equalsIgnoreCase(name));
            }
            if (match == null && c.nameTokens.size() == 1) {
                // "Lula" for "Luiz Inácio Lula da Silva": a name inside a fuller one, by which the person is known
                match = nearest(clusters, c.span.start(), k -> k.mentions.stream().anyMatch(m -> m.nameTokens.size() >= 3
                        && m.nameTokens.subList(1, m.nameTokens.size() - 1).stream().anyMatch(name::equals)));
            }
            if (match == null) {
                match = new Cluster(EntityType.PERSON, c.key, null);
                match.last = name;
                match.gender = genders.ofFamilyName(name).orElse(null);
                clusters.add(match);
            }
            match.mentions.add(c);
        }
    }

    /** Among matching clusters, the one mentioned most recently before {@code offset}, else the first one. */
    private static Cluster nearest(List<Cluster> clusters, int offset, java.util.function.Predicate<Cluster> test) {
        Cluster best = null;
        int bestPos = Integer.MIN_VALUE;
        for (Cluster k : clusters) {
            if (!test.test(k)) {
                continue;
            }
            int pos = k.lastBefore(offset);
            if (best == null || pos > bestPos) {
                best = k;
                bestPos = pos;
            }
        }
        return best;
    }

    private void clusterOthers(List<Candidate> candidates, List<Cluster> clusters) {
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.type == EntityType.PERSON) {
                continue;
            }
            // A one-word name that is a person's surname or first name is that person ("Rubio says ...").
            if (c.code == null && !c.key.contains(" ")) {
                Cluster person = nearest(clusters, c.span.start(), k -> k.type == EntityType.PERSON
                        && (c.key.equalsIgnoreCase(k.last) || k.first != null && c.key.equalsIgnoreCase(k.first)));
                if (person != null) {
                    person.mentions.add(c);
                    continue;
                }
            }
            String key = c.type + "\t" + c.key.toLowerCase(Locale.ROOT);
            Cluster k = byKey.get(key);
            if (k == null) {
                k = new Cluster(c.type, c.key, c.code);
                byKey.put(key, k);
            }
            k.mentions.add(c);
        }
        List<Cluster> others = new ArrayList<>(byKey.values());
        // "the Commission" after "the European Commission": a one-word organization that is the head word
        // of exactly one longer organization named before it is that organization.
        for (Cluster single : others) {
            if (single.type != EntityType.ORGANIZATION || single.key.contains(" ") || single.code != null) {
                continue;
            }
            int firstUse = single.mentions.get(0).span.start();
            List<Cluster> heads = others.stream().filter(k -> k != single && k.type == EntityType.ORGANIZATION
                    && !k.mentions.isEmpty() && k.mentions.get(0).span.start() < firstUse
                    && k.key.endsWith(" " + single.key)).toList();
            if (heads.size() == 1) {
                heads.get(0).mentions.addAll(single.mentions);
                single.mentions.clear();
            }
        }
        // Acronyms join the organization they abbreviate ("IAEA" and "International Atomic Energy Agency").
        for (Cluster acronym : others) {
            if (acronym.mentions.isEmpty() || acronym.type != EntityType.ORGANIZATION || !acronym.key.matches("[A-Z]{2,8}")) {
                continue;
            }
            for (Cluster full : others) {
                if (full != acronym && !full.mentions.isEmpty() && full.type == EntityType.ORGANIZATION
                        && initials(full.key).equals(acronym.key)) {
                    full.mentions.addAll(acronym.mentions);
                    acronym.mentions.clear();
                    break;
                }
            }
        }
        clusters.addAll(others);
    }

    /**
     * A capitalized word the tagger left untagged that is the first name or surname of a person named in
     * full elsewhere in the article ("Marco believes ...") is a mention of that person.
     */
    private void addNameTokens(AnnotatedArticle doc, List<Cluster> clusters) {
        Set<Span> taken = new HashSet<>();
        List<Span> all = new ArrayList<>();
        for (Cluster c : clusters) {
            for (Candidate m : c.mentions) {
                taken.add(m.span);
                all.add(m.span);
            }
        }
        for (Token t : doc.tokens()) {
            if (!t.pos().startsWith("NNP") || !t.ner().equals("O") || taken.contains(t.span())
                    || all.stream().anyMatch(s -> s.overlaps(t.span()))) {
                continue;
            }
            Cluster person = nearest(clusters, t.span().start(), k -> k.type == EntityType.PERSON
                    && k.mentions.stream().anyMatch(m -> m.nameTokens.size() >= 2)
                    && (t.word().equals(k.last) || t.word().equals(k.first)));
            if (person != null) {
                person.mentions.add(new Candidate(t.span(), EntityType.PERSON, t.word(), null, List.of(t.word()),
                        sentenceOf(doc, t.index())));
            }
        }
    }

    // ---------------------------------------------------------------- roles

    /**
     * Roles from the words around a person's name: a title before it ("German Chancellor Friedrich Merz",
     * "Secretary of State Marco Rubio") or an apposition after or before it ("Volodymyr Zelenskyy, the
     * Ukrainian president," / "The prime minister, Keir Starmer,").
     */
    private void addRoles(AnnotatedArticle doc, List<Cluster> clusters) {
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        for (Cluster c : clusters) {
            if (c.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate m : List.copyOf(c.mentions)) {
                if (m.nameTokens.isEmpty() || isPronoun(m.key)) {
                    continue;
                }
                int first = firstToken(tokens, m.span.start());
                int last = lastToken(tokens, m.span.end());
                if (first < 0 || last < 0) {
                    continue;
                }
                titleBefore(tokens, first).ifPresent(span -> addRole(c, span, text));
                appositionAfter(tokens, last).ifPresent(span -> addRole(c, span, text));
                appositionBefore(tokens, first).ifPresent(span -> addRole(c, span, text));
            }
        }
    }

    private static void addRole(Cluster c, Span span, String text) {
        String title = span.of(text).replaceAll("\\s+", " ");
        if (c.roles.stream().noneMatch(r -> r.title().equalsIgnoreCase(title))) {
            c.roles.add(new Role(title, span));
        }
    }

    /** Capitalized title words right before a name, holding a role word: "Secretary of State", "Interior Minister". */
    private static Optional<Span> titleBefore(List<Token> tokens, int first) {
        int i = first - 1;
        int start = first;
        boolean role = false;
        while (i >= 0 && first - i <= 6) {
            Token t = tokens.get(i);
            String w = t.word();
            boolean capitalized = Character.isUpperCase(w.codePointAt(0)) && !t.pos().equals("DT") && !w.equals("The");
            boolean link = (w.equals("of") || t.pos().equals("POS")) && start < first;
            if (!(capitalized && (t.pos().startsWith("NN") || t.pos().startsWith("JJ")) || link)) {
                break;
            }
            role |= ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""));
            start = i;
            i--;
        }
        while (start < first && (tokens.get(start).word().equals("of") || tokens.get(start).pos().equals("POS"))) {
            start++;
        }
        return role && start < first ? Optional.of(new Span(tokens.get(start).span().start(), tokens.get(first - 1).span().end()))
                : Optional.empty();
    }

    /** ", the Ukrainian president," after a name: up to the next comma or the end of the sentence. */
    private static Optional<Span> appositionAfter(List<Token> tokens, int last) {
        int i = last + 1;
        if (i >= tokens.size() || !tokens.get(i).word().equals(",")) {
            return Optional.empty();
        }
        int start = i + 1;
        while (start < tokens.size() && tokens.get(start).pos().equals("DT")) {
            start++;
        }
        return roleRun(tokens, start, 1);
    }

    /** "The prime minister, " right before a name. */
    private static Optional<Span> appositionBefore(List<Token> tokens, int first) {
        int comma = first - 1;
        if (comma < 1 || !tokens.get(comma).word().equals(",")) {
            return Optional.empty();
        }
        int i = comma - 1;
        while (i >= 0 && comma - i <= 8 && !isBoundary(tokens.get(i))) {
            i--;
        }
        int start = i + 1;
        if (start >= comma || !tokens.get(start).word().equalsIgnoreCase("the")) {
            return Optional.empty();
        }
        Optional<Span> run = roleRun(tokens, start + 1, 1);
        return run.filter(span -> span.end() == tokens.get(comma - 1).span().end());
    }

    /** A noun phrase from {@code start} up to a comma or sentence end, holding a role word; at most 12 tokens. */
    private static Optional<Span> roleRun(List<Token> tokens, int start, int step) {
        int end = start;
        boolean role = false;
        while (end < tokens.size() && end - start < 12) {
            Token t = tokens.get(end);
            if (isBoundary(t) || t.pos().startsWith("VB") || t.pos().equals("MD") || t.pos().startsWith("W")) {
                break;
            }
            role |= ROLE_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
            end++;
        }
        if (!role || end == start || end < tokens.size() && !(tokens.get(end).word().equals(",")
                || tokens.get(end).word().equals(".") || tokens.get(end).word().equals(";"))) {
            return Optional.empty();
        }
        return Optional.of(new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end()));
    }

    private static boolean isBoundary(Token t) {
        String w = t.word();
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("?") || w.equals("!")
                || w.equals("“") || w.equals("”") || w.equals("\"") || w.equals("(") || w.equals(")");
    }

    /**
     * "the president", "the Ukrainian president", "the chancellor": a definite description that matches a role
     * the article gave a person named before it is a mention of that person (the most recently named one).
     */
    private static void addNominalMentions(AnnotatedArticle doc, List<Cluster> clusters) {
        List<Token> tokens = doc.tokens();
        List<Cluster> withRoles = clusters.stream().filter(c -> c.type == EntityType.PERSON && !c.roles.isEmpty()).toList();
        if (withRoles.isEmpty()) {
            return;
        }
        Set<Span> taken = new HashSet<>();
        // a nationality inside the description ("the Ukrainian president") does not stop it being a mention
        clusters.stream().filter(c -> c.type != EntityType.NATIONALITY).forEach(c -> c.mentions.forEach(m -> taken.add(m.span)));
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).word().equalsIgnoreCase("the")) {
                continue;
            }
            int j = i + 1;
            List<String> modifiers = new ArrayList<>();
            while (j < tokens.size() && j - i <= 3 && !ROLE_WORDS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
                    && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().startsWith("NNP"))) {
                modifiers.add(tokens.get(j).word().toLowerCase(Locale.ROOT));
                j++;
            }
            if (j >= tokens.size() || !ROLE_WORDS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String head = tokens.get(j).word().toLowerCase(Locale.ROOT);
            if (j + 1 < tokens.size() && (tokens.get(j + 1).word().equals("of") || tokens.get(j + 1).ner().equals("PERSON")
                    || ROLE_WORDS.contains(tokens.get(j + 1).word().toLowerCase(Locale.ROOT)))) {
                continue; // "the president of …", "the president Donald Trump", "the foreign minister"
            }
            Span span = new Span(tokens.get(i).span().start(), tokens.get(j).span().end());
            if (taken.stream().anyMatch(t -> t.overlaps(span))) {
                continue;
            }
            Cluster best = null;
            int bestPos = -1;
            for (Cluster c : withRoles) {
                boolean fits = c.roles.stream().anyMatch(r -> {
                    // (an abbreviated title is its word: "Gov. Gavin Newsom" is the governor)
                    List<String> words = java.util.Arrays.stream(r.title().toLowerCase(Locale.ROOT).split("[\\s’']+"))
                            .map(w -> TITLE_ABBREVIATIONS.getOrDefault(w.replace(".", ""), w)).toList();
                    return words.contains(head) && words.containsAll(modifiers);
                });
                int pos = c.lastBefore(span.start());
                if (fits && pos > bestPos) {
                    best = c;
                    bestPos = pos;
                }
            }
            if (best != null) {
                best.mentions.add(new Candidate(span, EntityType.PERSON, span.of(doc.text()), null, List.of(),
                        sentenceOf(doc, i)));
                taken.add(span);
            }
        }
    }

    /** Abbreviated titles and the role words they stand for. */
    private static final Map<String, String> TITLE_ABBREVIATIONS = Map.of("gov", "governor", "sen", "senator",
            "rep", "representative", "gen", "general", "adm", "admiral", "col", "colonel", "pres", "president");

    /** Nouns of a person that an epithet may end in, besides the role words: "the 47-year-old former comedian". */
    private static final Set<String> EPITHET_NOUNS = Set.of("official", "comedian", "actor", "actress", "politician",
            "businessman", "businesswoman", "billionaire", "veteran", "lawyer", "activist", "banker", "economist",
            "populist", "conservative", "liberal", "socialist", "nationalist", "democrat", "republican", "mogul",
            "tycoon", "star", "cleric", "bishop", "writer", "author", "journalist", "broadcaster", "entrepreneur",
            "investor", "scientist", "doctor", "physician", "general", "soldier", "officer", "incumbent", "newcomer",
            "challenger", "frontrunner", "front-runner", "hardliner", "moderate", "reformer");

    /**
     * "The Ukrainian president said …. “…,” the 47-year-old former comedian said": a definite description that opens
     * its sentence as the subject of a verb, right after a sentence naming one person and no other, is a mention of
     * that person (news style's elegant variation), when no person is named before it in its own sentence.
     */
    private static void addEpithets(AnnotatedArticle doc, List<QuoteScanner.Region> quotes, List<Cluster> clusters) {
        List<Token> tokens = doc.tokens();
        List<Cluster> persons = clusters.stream().filter(c -> c.type == EntityType.PERSON).toList();
        Set<Span> taken = new HashSet<>();
        persons.forEach(c -> c.mentions.forEach(m -> taken.add(m.span)));
        for (Sentence s : doc.sentences()) {
            if (s.index() == 0) {
                continue;
            }
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (!tokens.get(i).word().equalsIgnoreCase("the") || innermost(quotes, tokens.get(i).span().start()) >= 0) {
                    continue;
                }
                int j = i + 1;
                while (j < s.endToken() && j - i <= 6 && !isEpithetHead(tokens, j) && (tokens.get(j).pos().startsWith("JJ")
                        || tokens.get(j).pos().startsWith("NN") || tokens.get(j).pos().equals("CD")
                        || tokens.get(j).pos().equals("HYPH"))) {
                    j++;
                }
                int verb = j + 1;
                while (verb < s.endToken() && tokens.get(verb).pos().startsWith("RB")) {
                    verb++;
                }
                if (j >= s.endToken() || j == i + 1 || !isEpithetHead(tokens, j) || verb >= s.endToken()
                        || !Set.of("VBD", "VBZ", "VBP", "MD").contains(tokens.get(verb).pos())) {
                    break; // (only the first "the" of the sentence, with a modifier, and only as a subject)
                }
                Span span = new Span(tokens.get(i).span().start(), tokens.get(j).span().end());
                int from = s.span().start();
                if (taken.stream().anyMatch(t -> t.overlaps(span) || t.start() >= from && t.start() < span.start())) {
                    break; // a name or pronoun before it in the sentence, or the description is a name's
                }
                // the persons of the sentence before, but those after a preposition ("with envoy Steve Witkoff")
                Span previous = doc.sentences().get(s.index() - 1).span();
                List<Cluster> named = persons.stream().filter(c -> c.mentions.stream()
                        .anyMatch(m -> previous.contains(m.span) && !afterPreposition(tokens, m.span))).toList();
                if (named.size() == 1 && roleFits(tokens, i + 1, j, named.get(0))) {
                    named.get(0).mentions.add(new Candidate(span, EntityType.PERSON, span.of(doc.text()), null, List.of(),
                            s.index()));
                    taken.add(span);
                }
                break;
            }
        }
    }

    /**
     * Whether an epithet from token {@code first} to its head {@code head} fits the roles the article gave the person:
     * a role word as head must be in one of them with the nouns before it ("the finance minister" is not "Prime
     * Minister Anton Vale"); an epithet of another kind ("the former comedian"), or a person with no role, fits.
     */
    private static boolean roleFits(List<Token> tokens, int first, int head, Cluster person) {
        String w = tokens.get(head).word().toLowerCase(Locale.ROOT);
        if (!ROLE_WORDS.contains(w) || person.roles.isEmpty()) {
            return true;
        }
        List<String> nouns = new ArrayList<>();
        for (int k = first; k < head; k++) {
            if (tokens.get(k).pos().equals("NN") || tokens.get(k).pos().equals("NNS")) {
                nouns.add(tokens.get(k).word().toLowerCase(Locale.ROOT));
            }
        }
        return person.roles.stream().anyMatch(r -> {
            List<String> words = java.util.Arrays.stream(r.title().toLowerCase(Locale.ROOT).split("[\\s’']+"))
                    .map(t -> TITLE_ABBREVIATIONS.getOrDefault(t.replace(".", ""), t)).toList();
            return words.contains(w) && words.containsAll(nouns);
        });
    }

    /** Whether a preposition stands before the mention at {@code span} and its title: "with U.S. envoy Steve Witkoff". */
    private static boolean afterPreposition(List<Token> tokens, Span span) {
        for (int i = tokenFrom(tokens, span.start()) - 1; i >= 0; i--) {
            String pos = tokens.get(i).pos();
            if (pos.equals("IN")) {
                return !tokens.get(i).word().equalsIgnoreCase("that");
            }
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isEpithetHead(List<Token> tokens, int j) {
        String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
        return tokens.get(j).pos().equals("NN") && (ROLE_WORDS.contains(w) || EPITHET_NOUNS.contains(w))
                && !(j + 1 < tokens.size() && (tokens.get(j + 1).pos().startsWith("NN")
                || tokens.get(j + 1).word().equals("of")));
    }

    private static int firstToken(List<Token> tokens, int offset) {
        int i = tokenFrom(tokens, offset);
        return i < tokens.size() && tokens.get(i).span().start() == offset ? i : -1;
    }

    private static int lastToken(List<Token> tokens, int offset) {
        int i = tokenFrom(tokens, offset) - 1;
        return i >= 0 && tokens.get(i).span().end() == offset ? i : -1;
    }

    /** Index of the first token starting at or after {@code offset} (tokens are in text order). */
    private static int tokenFrom(List<Token> tokens, int offset) {
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
        return lo;
    }

    /** True for a definite description by role ("the Ukrainian president"), as added by this resolver. */
    public static boolean isRoleDescription(String text) {
        String[] words = text.strip().split("\\s+");
        // the resolver's descriptions are "the" + at most three adjectives or proper nouns + a role word
        return words.length >= 2 && words.length <= 5 && words[0].equalsIgnoreCase("the")
                && java.util.Arrays.stream(words).noneMatch(w -> w.contains("'") || w.contains("’"))
                && ROLE_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                && Character.isLowerCase(words[words.length - 1].charAt(0));
    }

    private static boolean isPronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MALE_PRONOUNS.contains(w) || FEMALE_PRONOUNS.contains(w);
    }

    // ---------------------------------------------------------------- pronouns

    private void resolvePronouns(AnnotatedArticle doc, List<QuoteScanner.Region> quotes, List<Cluster> clusters) {
        List<Cluster> persons = clusters.stream().filter(c -> c.type == EntityType.PERSON).toList();
        if (persons.isEmpty()) {
            return;
        }
        for (Cluster c : persons) {
            // what the text says of the person outweighs what a first name usually is ("Lin Jian, a spokesman", where
            // "Lin" is a family name)
            Gender told = toldGender(doc, c);
            if (c.gender == null || told != null) {
                c.gender = told != null ? told : titleGender(doc, c);
            }
        }
        List<Token> tokens = doc.tokens();
        for (Sentence s : doc.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                String w = t.word().toLowerCase(Locale.ROOT);
                Gender g = MALE_PRONOUNS.contains(w) ? Gender.MALE : FEMALE_PRONOUNS.contains(w) ? Gender.FEMALE : null;
                if (g == null || !t.pos().startsWith("PRP")) {
                    continue;
                }
                int context = innermost(quotes, t.span().start());
                boolean object = w.equals("him") || w.equals("her") && t.pos().equals("PRP");
                Cluster antecedent = cataphor(doc, persons, s, i, g);
                if (antecedent == null) {
                    antecedent = antecedent(doc, quotes, persons, s, i, context, g, object);
                }
                if (antecedent != null) {
                    if (antecedent.gender == null) {
                        antecedent.gender = g;
                    }
                    antecedent.mentions.add(new Candidate(t.span(), EntityType.PERSON, t.word(), null, List.of(), s.index()));
                }
            }
        }
    }

    /**
     * The person a pronoun inside a participle phrase that opens its sentence stands for: the subject named right
     * after that phrase's comma ("Asked whether he would order strikes, President Trump said …" is Trump); null when
     * the pronoun is elsewhere or no such person follows.
     */
    private static Cluster cataphor(AnnotatedArticle doc, List<Cluster> persons, Sentence s, int i, Gender g) {
        List<Token> tokens = doc.tokens();
        int comma = openerComma(doc, s);
        if (comma < 0 || i == s.firstToken() || comma < i) {
            return null; // (no participle phrase opens the sentence, or the pronoun is past it)
        }
        int title = comma + 1; // the subject, maybe after a title: "President Trump said"
        while (title < s.endToken() && title - comma <= 4 && tokens.get(title).ner().equals("O")
                && (tokens.get(title).pos().startsWith("NNP") || tokens.get(title).pos().equals("DT")
                || tokens.get(title).pos().startsWith("JJ"))) {
            title++;
        }
        int subjectStart = tokens.get(Math.min(title, s.endToken() - 1)).span().start();
        for (Cluster c : persons) {
            for (Candidate m : c.mentions) {
                if (!m.nameTokens.isEmpty() && agrees(c, g) && m.span.start() == subjectStart) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The comma that ends a participle phrase opening sentence {@code s} ("Asked whether he would …, he replied"), or
     * -1 when the sentence opens otherwise or the comma is not within 25 tokens.
     */
    private static int openerComma(AnnotatedArticle doc, Sentence s) {
        List<Token> tokens = doc.tokens();
        String opener = tokens.get(s.firstToken()).pos();
        if (!(opener.equals("VBN") || opener.equals("VBG"))) {
            return -1;
        }
        for (int comma = s.firstToken(); comma + 1 < s.endToken() && comma - s.firstToken() <= 25; comma++) {
            if (tokens.get(comma).word().equals(",")) {
                return comma;
            }
        }
        return -1;
    }

    /**
     * Whether mention {@code m} sits in an apposition on another person named right before it: "Kim Yo Jong, the
     * powerful sister of leader Kim Jong Un, …" (a phrase with no verb from the comma after that name).
     */
    private static boolean inApposition(AnnotatedArticle doc, List<Cluster> persons, Candidate m) {
        List<Token> tokens = doc.tokens();
        int first = firstToken(tokens, m.span.start());
        for (int i = first - 1; i > 0 && first - i <= 10; i--) {
            Token t = tokens.get(i);
            if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
                return false;
            }
            if (t.word().equals(",")) {
                int end = tokens.get(i - 1).span().end();
                return persons.stream().flatMap(c -> c.mentions.stream())
                        .anyMatch(o -> o != m && !o.nameTokens.isEmpty() && o.span.end() == end);
            }
        }
        return false;
    }

    /** Verbs of a speech tag set off by commas inside the clause it reports: "Ms. Reeves, she said, had …". */
    private static final Set<String> TAG_VERBS = Set.of("say", "add", "write", "insist", "argue", "note", "claim",
            "tell", "contend", "suggest");

    /**
     * Whether the pronoun at {@code i} opens a speech tag set off by commas right after mention {@code m}, the
     * subject of the clause the tag reports: "Ms. Reeves, she said, had broken a promise".
     */
    private static boolean parentheticalTagOn(AnnotatedArticle doc, int i, Candidate m) {
        List<Token> tokens = doc.tokens();
        int v = i + 1;
        while (v < tokens.size() && v - i <= 2 && tokens.get(v).pos().startsWith("RB")) {
            v++; // "she later said"
        }
        return i >= 1 && v + 1 < tokens.size() && tokens.get(i - 1).word().equals(",")
                && tokens.get(i - 1).span().start() == m.span.end() && tokens.get(v).pos().startsWith("VB")
                && TAG_VERBS.contains(tokens.get(v).lemma().toLowerCase(Locale.ROOT))
                && tokens.get(v + 1).word().equals(",");
    }

    /** "Chris Christie, who said …": the relative pronoun right after a person's name refers to that person. */
    private static void resolveRelatives(AnnotatedArticle doc, List<Cluster> clusters) {
        List<Token> tokens = doc.tokens();
        for (Token t : tokens) {
            if (!t.word().equalsIgnoreCase("who") || t.index() < 1) {
                continue;
            }
            int before = tokens.get(t.index() - 1).word().equals(",") ? t.index() - 2 : t.index() - 1;
            if (before < 0) {
                continue;
            }
            int end = tokens.get(before).span().end();
            for (Cluster c : clusters) {
                if (c.type == EntityType.PERSON && c.mentions.stream().anyMatch(m -> m.span.end() == end && !m.nameTokens.isEmpty())) {
                    c.mentions.add(new Candidate(t.span(), EntityType.PERSON, t.word(), null, List.of(), sentenceOf(doc, t.index())));
                    break;
                }
            }
        }
    }

    /**
     * The antecedent of a pronoun: in its own sentence, the nearest person before it (for an object pronoun,
     * not the subject of its own clause); otherwise, in the nearest of the three previous sentences that names
     * a person in the same quotation context, the first such person (the subject, in news prose).
     */
    private static Cluster antecedent(AnnotatedArticle doc, List<QuoteScanner.Region> quotes, List<Cluster> persons,
                                      Sentence s, int tokenIndex, int context, Gender g, boolean object) {
        int offset = doc.tokens().get(tokenIndex).span().start();
        // the subject right after an opening participle phrase is the one it describes, not a person named inside it:
        // "Asked whether he would work with Mr. Jeffries, he replied" is not Jeffries
        int comma = openerComma(doc, s);
        int from = comma >= 0 && comma + 1 == tokenIndex ? offset : s.span().start();
        Cluster reporter = object ? null : reporterOf(doc, persons, s, tokenIndex, g);
        if (reporter != null) {
            return reporter; // "He added that Mr. Zelensky would like it, and said he had told him": he reports himself
        }
        List<Object[]> inSentence = new ArrayList<>(); // [cluster, candidate]
        for (Cluster c : persons) {
            for (Candidate m : c.mentions) {
                if (m.span.start() >= from && m.span.end() <= offset
                        && innermost(quotes, m.span.start()) == context && agrees(c, g)) {
                    inSentence.add(new Object[] {c, m});
                }
            }
        }
        inSentence.sort(Comparator.comparing(o -> -((Candidate) o[1]).span.start()));
        for (Object[] o : inSentence) {
            Candidate m = (Candidate) o[1];
            if (object && !clauseBreakBetween(doc, m.span.end(), offset)) {
                continue; // "Putin called him": him is not Putin
            }
            if (!object && namedLaterInClause(doc, (Cluster) o[0], s, offset)) {
                continue; // "Khan said Mr. Trump had lied, and he blamed Mr. Trump": he is not Trump
            }
            if (!object && inSentence.size() > 1 && inApposition(doc, persons, m)) {
                continue; // "Kim Yo Jong, the sister of Kim Jong Un, has dismissed …, and she warned": not the brother
            }
            if (!object && parentheticalTagOn(doc, tokenIndex, m)) {
                continue; // "Ms. Reeves, she said, had broken a promise": she is not Reeves
            }
            return (Cluster) o[0];
        }
        Cluster unknown = null; // a person of unknown gender whom "she" may yet pass for a woman named before
        for (int back = 1; back <= 3 && s.index() - back >= 0; back++) {
            Sentence prev = doc.sentences().get(s.index() - back);
            Cluster first = null;
            int firstPos = Integer.MAX_VALUE;
            boolean any = false;
            boolean known = false;
            boolean pronounFirst = false;
            for (Cluster c : persons) {
                for (Candidate m : c.mentions) {
                    if (prev.span().contains(m.span) && innermost(quotes, m.span.start()) == context) {
                        any = true;
                        known |= c.gender == g;
                        // (a name or description before an object or possessive pronoun resolved earlier: in "a
                        // sergeant who gave only his first name, Oleh, said …" the first person is Oleh)
                        String w = m.span.of(doc.text()).toLowerCase(Locale.ROOT);
                        // (not a subject, nor a possessive before its own person: "after announcing his support for
                        // Trump, Rubio …")
                        boolean pronoun = isPronoun(w) && !w.equals("he") && !w.equals("she") && c.mentions.stream()
                                .noneMatch(x -> prev.span().contains(x.span) && !isPronoun(x.span.of(doc.text())));
                        if (agrees(c, g) && (m.span.start() < firstPos && (pronounFirst || !pronoun)
                                || first == null || pronounFirst && !pronoun)) {
                            first = c;
                            firstPos = m.span.start();
                            pronounFirst = pronoun;
                        }
                    }
                }
            }
            if (unknown != null && !known) {
                if (first == null && any || unnamedSpeaker(doc, prev, g) >= 0) {
                    break;
                }
                continue;
            }
            if (unknown != null && first.gender != g) {
                return unknown; // (the sentence names a woman after a subject of unknown gender)
            }
            if (first != null && first.gender == null && first.first == null && g == Gender.FEMALE && !known) {
                // "Maria Zakharova said …. Peskov said …. “…,” she said": a woman named in an earlier sentence, before
                // a person named by surname alone, whose gender no name tells and who in political news is more
                // often a man (but "“…,” said Einav Zangauker …. She urged …" is the speaker of unknown first name)
                unknown = first;
                continue;
            }
            if (first != null) {
                // "The prime minister's spokesman insisted … “…,” he told journalists": he is the spokesman
                // (also "A spokesman for Keir Starmer said …": a subject with no name before the name)
                int unnamed = unnamedSpeaker(doc, prev, g);
                if (possessorOfPerson(doc, firstPos, g)) {
                    // "Mr. Newsom's spokesman, Izzy Gardon, said …. He did not answer": the spokesman named
                    return possessedInApposition(doc, persons, firstPos, g);
                }
                return unnamed >= 0 && unnamed < firstPos ? null : first;
            }
            if (any && !onlyOtherGender(quotes, persons, prev, context, g) || unnamedSpeaker(doc, prev, g) >= 0) {
                // the nearest sentence naming someone names no one who agrees, or its subject is a person left
                // unnamed ("A government spokesman insisted …"): too unsure (but "Peskov, the Kremlin spokesman,
                // said …. “…,” she said" looks further back, past a man)
                return null;
            }
        }
        return unknown;
    }

    /** Whether every person named in {@code s}, in quotation context {@code context}, is known not to be {@code g}. */
    private static boolean onlyOtherGender(List<QuoteScanner.Region> quotes, List<Cluster> persons, Sentence s,
                                           int context, Gender g) {
        return persons.stream().allMatch(c -> c.mentions.stream().noneMatch(m -> s.span().contains(m.span)
                && innermost(quotes, m.span.start()) == context) || c.gender != null && c.gender != g);
    }

    /** Nouns of a person who speaks for or belongs to another, with the gender they carry when they carry one. */
    private static final Map<String, Gender> PERSON_NOUNS = Map.ofEntries(Map.entry("spokesman", Gender.MALE),
            Map.entry("spokeswoman", Gender.FEMALE), Map.entry("son", Gender.MALE), Map.entry("daughter", Gender.FEMALE),
            Map.entry("husband", Gender.MALE), Map.entry("wife", Gender.FEMALE), Map.entry("brother", Gender.MALE),
            Map.entry("sister", Gender.FEMALE), Map.entry("father", Gender.MALE), Map.entry("mother", Gender.FEMALE));
    private static final Set<String> UNGENDERED_PERSON_NOUNS = Set.of("spokesperson", "aide", "adviser", "advisor",
            "lawyer", "attorney", "deputy", "envoy", "secretary", "minister", "chief", "counsel", "representative",
            "official", "farmer", "resident", "witness", "worker", "teacher", "doctor", "nurse", "soldier", "officer",
            "student", "voter", "protester", "lawmaker", "diplomat", "source", "analyst", "economist", "expert",
            "commander", "negotiator", "activist", "survivor", "neighbour", "neighbor", "owner", "driver", "member",
            "governor", "senator", "mayor", "president", "candidate", "congressman", "congresswoman", "chancellor");

    /**
     * Where a person noun of gender {@code g} with no name opens the subject of {@code s} ("The spokesman insisted
     * …", "A spokesman for Keir Starmer said …"): its offset, or -1.
     */
    private static int unnamedSpeaker(AnnotatedArticle doc, Sentence s, Gender g) {
        List<Token> tokens = doc.tokens();
        for (int i = s.firstToken(); i + 1 < s.endToken() && i - s.firstToken() <= 4; i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (!(PERSON_NOUNS.containsKey(w) && PERSON_NOUNS.get(w) == g || UNGENDERED_PERSON_NOUNS.contains(w))) {
                continue;
            }
            if (tokens.get(i + 1).ner().equals("PERSON")) {
                return -1; // "Spokesman Matt Miller said": a title before the name
            }
            boolean titled = false;
            for (int j = i + 1; j < s.endToken() && j - i <= 4 && !tokens.get(j).word().equals(",")
                    && (tokens.get(j).pos().startsWith("NNP") || tokens.get(j).word().equals("of")); j++) {
                titled |= tokens.get(j).ner().equals("PERSON");
            }
            if (titled) {
                return -1; // "Secretary of State Marco Rubio, who …, called": a longer title before the name
            }
            for (int j = i + 1; j < s.endToken() && j - i <= 30; j++) {
                String pos = tokens.get(j).pos();
                if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
                    return tokens.get(i).span().start();
                }
                if (tokens.get(j).word().equals(",") && j + 1 < s.endToken()
                        && tokens.get(j + 1).word().equalsIgnoreCase("who")) {
                    // "A farmer in the province, who asked not to be named, said": past the relative clause
                    int close = j + 2;
                    while (close < s.endToken() && !tokens.get(close).word().equals(",")) {
                        close++;
                    }
                    j = close;
                    continue;
                }
                // (a participle on the noun too: "A senior official involved in the talks, who …, said")
                if (j - i > 8 || !(pos.startsWith("NN") || pos.equals("IN") || pos.equals("DT") || pos.startsWith("JJ")
                        || pos.equals("POS") || pos.equals("CC") || pos.equals("VBN") && j == i + 1)) {
                    break;
                }
            }
            return -1;
        }
        return -1;
    }

    /**
     * Whether the person mention starting at {@code start} owns a person who may be what a pronoun of gender
     * {@code g} stands for: "The prime minister's official spokesman", "Netanyahu's lawyer".
     */
    private static boolean possessorOfPerson(AnnotatedArticle doc, int start, Gender g) {
        int j = possessedPersonNoun(doc, start);
        String w = j < 0 ? "" : doc.tokens().get(j).word().toLowerCase(Locale.ROOT);
        return j >= 0 && (!PERSON_NOUNS.containsKey(w) || PERSON_NOUNS.get(w) == g);
    }

    /**
     * The token of the person noun that the mention starting at {@code start} owns ("spokesman" in "The prime
     * minister's official spokesman"), or -1.
     */
    private static int possessedPersonNoun(AnnotatedArticle doc, int start) {
        List<Token> tokens = doc.tokens();
        int i = tokenFrom(tokens, start);
        if (i < tokens.size() && tokens.get(i).pos().equals("DT")) {
            i++; // "The prime minister's …"
        }
        while (i < tokens.size() && !tokens.get(i).pos().equals("POS") && (tokens.get(i).pos().startsWith("NN")
                || tokens.get(i).pos().startsWith("JJ"))) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).pos().equals("POS")) {
            return -1;
        }
        for (int j = i + 1; j < tokens.size() && j - i <= 4; j++) {
            String pos = tokens.get(j).pos();
            String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
            if (PERSON_NOUNS.containsKey(w) || UNGENDERED_PERSON_NOUNS.contains(w)) {
                return j;
            }
            if (!(pos.startsWith("JJ") || pos.startsWith("NN"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The person named in apposition right after the person noun that the possessor at {@code start} owns ("Mr.
     * Newsom's spokesman, Izzy Gardon,"), when that person may be {@code g}; else null.
     */
    private static Cluster possessedInApposition(AnnotatedArticle doc, List<Cluster> persons, int start, Gender g) {
        List<Token> tokens = doc.tokens();
        int j = possessedPersonNoun(doc, start);
        if (j < 0 || j + 2 >= tokens.size() || !tokens.get(j + 1).word().equals(",")) {
            return null;
        }
        int name = tokens.get(j + 2).span().start();
        return persons.stream().filter(c -> agrees(c, g) && c.mentions.stream()
                .anyMatch(m -> m.span.start() == name && !m.nameTokens.isEmpty())).findFirst().orElse(null);
    }

    private static boolean clauseBreakBetween(AnnotatedArticle doc, int from, int to) {
        List<Token> tokens = doc.tokens();
        for (int i = tokenFrom(tokens, from); i < tokens.size() && tokens.get(i).span().end() <= to; i++) {
            if (CLAUSE_BREAKS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of report after which a subject pronoun opening the reported clause is, most often, the reporter. */
    private static final Set<String> SELF_REPORTS = Set.of("say", "tell", "add", "insist", "claim", "argue", "explain",
            "acknowledge", "admit", "recall", "believe", "think", "vow", "promise", "pledge");

    /**
     * The person who opens sentence {@code s} as its subject, when the pronoun at {@code i} opens a clause reported by
     * a verb of that subject's ("He said he had told him", "Trump said that he would"); else null.
     */
    private static Cluster reporterOf(AnnotatedArticle doc, List<Cluster> persons, Sentence s, int i, Gender g) {
        List<Token> tokens = doc.tokens();
        int v = i - 1;
        if (v > s.firstToken() && tokens.get(v).word().equalsIgnoreCase("that")) {
            v--;
        }
        if (v <= s.firstToken() || !tokens.get(v).pos().startsWith("VB")
                || !SELF_REPORTS.contains(tokens.get(v).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int subject = tokens.get(s.firstToken()).span().start();
        for (Cluster c : persons) {
            if (agrees(c, g) && c.mentions.stream().anyMatch(m -> m.span.start() == subject)) {
                return c;
            }
        }
        return null;
    }

    /** Whether {@code c} is named by name after {@code offset} in sentence {@code s}, with no clause break between. */
    private static boolean namedLaterInClause(AnnotatedArticle doc, Cluster c, Sentence s, int offset) {
        return c.mentions.stream().anyMatch(m -> !m.nameTokens.isEmpty() && m.span.start() > offset
                && s.span().contains(m.span) && !clauseBreakBetween(doc, offset, m.span.start()));
    }

    private static boolean agrees(Cluster c, Gender g) {
        return c.gender == null || c.gender == g;
    }

    /**
     * The gender that the nouns in apposition on the person's mentions give ("Lin Jian, a spokesman for …", "Maria
     * Ruiz, the mother of …"), when they give one and only one; else null.
     */
    private static Gender toldGender(AnnotatedArticle doc, Cluster c) {
        List<Token> tokens = doc.tokens();
        java.util.Set<Gender> told = java.util.EnumSet.noneOf(Gender.class);
        for (Candidate m : c.mentions) {
            if (m.nameTokens.isEmpty()) {
                continue;
            }
            int first = tokenFrom(tokens, m.span.start());
            // (the noun before the name: "Mr. Newsom's spokesman, Izzy Gardon,", "spokeswoman Ana Ruiz")
            int noun = first >= 2 && tokens.get(first - 1).word().equals(",") ? first - 2 : first - 1;
            if (noun >= 0 && PERSON_NOUNS.containsKey(tokens.get(noun).word().toLowerCase(Locale.ROOT))) {
                told.add(PERSON_NOUNS.get(tokens.get(noun).word().toLowerCase(Locale.ROOT)));
                continue;
            }
            int i = tokenFrom(tokens, m.span.end());
            // (not after "his" or "her": "Jill Biden, her son Hunter and …" is a list)
            if (i + 2 >= tokens.size() || !tokens.get(i).word().equals(",") || !tokens.get(i + 1).pos().equals("DT")) {
                continue;
            }
            for (int j = i + 2; j < tokens.size() && j - i <= 5; j++) {
                Gender g = PERSON_NOUNS.get(tokens.get(j).word().toLowerCase(Locale.ROOT));
                if (g != null) {
                    told.add(g);
                    break;
                }
                if (!(tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().startsWith("NN")
                        || tokens.get(j).pos().equals("POS"))) {
                    break;
                }
            }
        }
        return told.size() == 1 ? told.iterator().next() : null;
    }

    /** Gender from a courtesy title before any mention of the person. */
    private static Gender titleGender(AnnotatedArticle doc, Cluster c) {
        for (Candidate m : c.mentions) {
            int before = tokenFrom(doc.tokens(), m.span.start()) - 1;
            if (before >= 0) {
                Token t = doc.tokens().get(before);
                if (m.span.start() - t.span().end() <= 1) {
                    String w = norm(t.word());
                    if (w.equals("mr") || w.equals("sir") || w.equals("king") || w.equals("prince")) {
                        return Gender.MALE;
                    }
                    if (w.equals("mrs") || w.equals("ms") || w.equals("miss") || w.equals("queen") || w.equals("dame")) {
                        return Gender.FEMALE;
                    }
                }
            }
        }
        return null;
    }

    /** Index of the innermost quotation region containing {@code offset}, or -1 outside quotes. */
    static int innermost(List<QuoteScanner.Region> quotes, int offset) {
        int best = -1;
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).withMarks().contains(offset)
                    && (best < 0 || quotes.get(i).depth() > quotes.get(best).depth())) {
                best = i;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- names

    private boolean compatibleFirst(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.toLowerCase(Locale.ROOT).replace(".", "");
        String y = b.toLowerCase(Locale.ROOT).replace(".", "");
        if (x.equals(y)) {
            return true;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0); // an initial
        }
        if (Math.min(x.length(), y.length()) >= 3 && (x.startsWith(y) || y.startsWith(x))) {
            return true;
        }
        return nicknames.getOrDefault(x, Set.of()).contains(y) || nicknames.getOrDefault(y, Set.of()).contains(x);
    }

    private static String lastName(List<String> words) {
        int end = words.size();
        while (end > 1 && SUFFIXES.contains(norm(words.get(end - 1)))) {
            end--;
        }
        int start = end - 1;
        while (start > 1 && PARTICLES.contains(words.get(start - 1).toLowerCase(Locale.ROOT))) {
            start--;
        }
        return String.join(" ", words.subList(start, end));
    }

    private static boolean surnameOnly(List<String> words) {
        return !words.isEmpty() && PARTICLES.contains(words.get(0).toLowerCase(Locale.ROOT));
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    private static boolean isTitle(String word) {
        return TITLES.contains(norm(word));
    }

    private static boolean isArticle(String word) {
        return word.equalsIgnoreCase("the");
    }

    private static String norm(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceOf(AnnotatedArticle doc, int tokenIndex) {
        for (Sentence s : doc.sentences()) {
            if (tokenIndex >= s.firstToken() && tokenIndex < s.endToken()) {
                return s.index();
            }
        }
        return -1;
    }

    private static Map<String, Set<String>> loadNicknames() {
        Map<String, Set<String>> map = new HashMap<>();
        String resource = "org/dragoman/extract/nicknames.txt";
        InputStream in = EntityResolver.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    continue;
                }
                String full = f[0].toLowerCase(Locale.ROOT);
                for (String s : f[1].split("\\|")) {
                    map.computeIfAbsent(full, k -> new HashSet<>()).add(s.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(map);
    }
}
