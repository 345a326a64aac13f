package org.dragoman.extract;

import org.dragoman.actors.ActorDictionary;
import org.dragoman.actors.ActorMatch;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.ResolvedArticle;
import org.dragoman.model.Role;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Gives every entity of a resolved article its CAMEO actor code on the article's published date (today's date
 * when the article has none): a person by the actor dictionaries ("Marco Rubio" is USALEG in 2024 and USAGOV
 * from 21 January 2025); a place or organization by the gazetteer code the resolver found, else by its name
 * read as a description ("Russian Defence Ministry" → RUSGOV). Each role the text gives a person is coded from
 * its description ("Ukrainian president" → UKRGOV, "Iranian foreign minister" → IRNGOV, "Russian general" →
 * RUSMIL, "former U.S. president" → USAELI), and a person the dictionaries do not know takes the code of the
 * first coded role, the role's evidence span showing where it came from ({@link Entity#SOURCE_ROLE}).
 * A description that names no country or organization ("Interior Minister" alone) gives no code.
 * Immutable and thread-safe.
 */
public final class ActorCoder {

    private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "late", "erstwhile", "onetime", "one-time");

    private final ActorDictionary dictionary;
    private final Clock clock;

    /** A coder over {@code dictionary}, dating undated articles by the system clock. */
    public ActorCoder(ActorDictionary dictionary) {
        this(dictionary, Clock.systemDefaultZone());
    }

    /** A coder over {@code dictionary}, dating undated articles by {@code clock}. */
    public ActorCoder(ActorDictionary dictionary, Clock clock) {
        this.dictionary = dictionary;
        this.clock = clock;
    }

    /** The article with every entity's actor code, its source, and each role's code filled where known. */
    public ResolvedArticle code(ResolvedArticle doc) {
        LocalDate date = doc.annotated().source().article().published().orElseGet(() -> LocalDate.now(clock));
        List<Entity> out = new ArrayList<>(doc.entities().size());
        for (Entity e : doc.entities()) {
            out.add(code(e, date));
        }
        return new ResolvedArticle(doc.annotated(), out);
    }

    /** One entity coded on {@code date}. */
    Entity code(Entity e, LocalDate date) {
        List<Role> roles = e.roles().stream().map(r -> r.withActor(describe(r.title(), date))).toList();
        Optional<String> code = Optional.empty();
        Optional<String> source = Optional.empty();
        if (e.type() == EntityType.PERSON) {
            code = person(e.name(), date);
            if (code.isPresent()) {
                source = Optional.of(Entity.SOURCE_NAME);
            } else {
                for (Role r : roles) {
                    if (r.actor().isPresent()) {
                        code = r.actor();
                        source = Optional.of(Entity.SOURCE_ROLE);
                        break;
                    }
                }
            }
        } else if (e.actor().isPresent()) {
            code = e.actor();
            source = Optional.of(Entity.SOURCE_NAME);
        } else {
            code = dictionary.codeOn(e.name(), date).or(() -> otherNamed(e.name(), date) ? Optional.empty()
                    : describe(e.name(), date));
            source = code.map(c -> Entity.SOURCE_NAME);
        }
        return e.withActor(code, source, roles);
    }

    /**
     * Whether {@code name} is a known actor's name after a first word of its own that names nothing ("Social
     * Democrats", "Christian Democrats"): another organization, which the known one's code would misname.
     */
    private boolean otherNamed(String name, LocalDate date) {
        List<String> words = words(name);
        if (words.size() < 2 || !Character.isUpperCase(words.get(0).codePointAt(0))
                || dictionary.longestMatch(words, 0, date).isPresent()) {
            return false;
        }
        return dictionary.codeOn(String.join(" ", words.subList(1, words.size())), date).isPresent();
    }

    /**
     * A person's code by name, with and without diacritics. A one-word name must not meet a one-word
     * dictionary phrase: "Chad" the person is not the country.
     */
    private Optional<String> person(String name, LocalDate date) {
        for (String n : List.of(name, plain(name))) {
            List<org.dragoman.actors.ActorRole> roles = dictionary.lookup(n);
            if (roles.isEmpty()) {
                continue;
            }
            boolean oneWord = !n.strip().contains(" ");
            if (oneWord && !roles.get(0).actor().contains(" ")) {
                continue;
            }
            Optional<String> code = ActorDictionary.codeOn(roles, date);
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    /**
     * The code a description gives: the first country or organization it names, with the role it names
     * ("Hungarian Foreign Minister" → HUNGOV, "spokesman for Qatar's Ministry of Foreign Affairs" → QATGOV,
     * "president of the European Commission" → IGOEUREEC); "former"/"ex-" make the role ELI. A bare country
     * without a role word gives nothing ("Lithuanian analyst"): a country code alone would say too much.
     */
    Optional<String> describe(String text, LocalDate date) {
        List<String> words = words(text);
        ActorMatch actor = null;
        String agent = null;
        boolean former = false;
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (FORMER.contains(w) || w.startsWith("ex-") && w.length() > 3) {
                former = true;
            }
            Optional<ActorMatch> m = dictionary.longestMatch(words, i, date);
            if (m.isPresent() && m.get().coded() && m.get().kind() != ActorMatch.Kind.AGENT && actor == null) {
                actor = m.get();
                i += m.get().length();
                continue;
            }
            Optional<ActorMatch> a = dictionary.agentAt(words, i);
            if (a.isPresent()) {
                if (agent == null) {
                    agent = a.get().code();
                }
                i += a.get().length();
                continue;
            }
            i++;
        }
        if (actor == null) {
            return Optional.empty();
        }
        if (former) {
            Optional<String> base = dictionary.codeOn(actor.actor(), date);
            return base.map(b -> ActorDictionary.mix(b.length() > 3 && !b.startsWith("IGO") ? b.substring(0, 3) : b,
                    "~ELI"));
        }
        if (actor.kind() == ActorMatch.Kind.ACTOR_AGENT) {
            return Optional.of(actor.code());
        }
        if (agent != null) {
            return Optional.of(ActorDictionary.mix(actor.code(), agent));
        }
        // "Kremlin aide": the actor already names a body, not just a country
        return actor.code().length() > 3 ? Optional.of(actor.code()) : Optional.empty();
    }

    /** A description as tokens: words, a possessive "'s" and punctuation split off. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.strip().split("\\s+")) {
            String w = raw;
            List<String> tail = new ArrayList<>();
            while (!w.isEmpty() && ",;:()\"“”".indexOf(w.charAt(w.length() - 1)) >= 0) {
                tail.add(0, w.substring(w.length() - 1));
                w = w.substring(0, w.length() - 1);
            }
            while (!w.isEmpty() && "(\"“".indexOf(w.charAt(0)) >= 0) {
                out.add(w.substring(0, 1));
                w = w.substring(1);
            }
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
                out.add(w.substring(0, w.length() - 2));
                out.add("'s");
            } else if (w.length() > 1 && (w.endsWith("s'") || w.endsWith("s’"))) {
                out.add(w.substring(0, w.length() - 1));
                out.add("'");
            } else if (!w.isEmpty()) {
                out.add(w);
            }
            out.addAll(tail);
        }
        return out;
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
