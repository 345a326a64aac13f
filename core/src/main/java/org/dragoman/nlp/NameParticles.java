package org.dragoman.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dragoman.model.NamedMention;
import org.dragoman.model.Span;
import org.dragoman.model.Token;

/**
 * Joins a person's name across a lowercase particle the recognizer left out of it: "André Corrêa do/VBP Lago/LOCATION"
 * is one person, "André Corrêa do Lago", as "Luiz Inácio Lula da Silva" already is when the particle is tagged.
 * The particle and the capitalized words after it become part of the person's name, in the tokens and in the
 * mentions; a mention of another type inside the joined name ("Lago" as a place) is dropped. A family name the
 * tagger fixes marked as a person's before a name ("He Yongqing") joins it too.
 */
final class NameParticles {

    /** Lowercase words that link the parts of a family name in Portuguese, Spanish, Dutch, German, Arabic, Italian. */
    private static final Set<String> PARTICLES = Set.of("da", "das", "de", "del", "della", "di", "do", "dos", "du",
            "la", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "y");

    private NameParticles() {
    }

    /**
     * The tokens with each particle inside a person's name, the words after it and the given name before it, marked
     * as the person's.
     */
    static List<Token> tokens(List<Token> tokens, List<NamedMention> names) {
        List<Token> out = null;
        for (NamedMention m : names) {
            int end = joinedEnd(tokens, m);
            int start = joinedStart(tokens, m, -1);
            for (int i = start; i < end; i++) {
                Token t = tokens.get(i);
                boolean inside = i >= m.firstToken() && i < m.endToken();
                if (inside && !(m.type().equals("PERSON") && PARTICLES.contains(t.word()))) {
                    continue; // (but "dos/VBZ" opening "dos Santos" is a particle of the name)
                }
                if (!t.ner().equals("PERSON") || !t.pos().startsWith("NNP")) {
                    out = out == null ? new ArrayList<>(tokens) : out;
                    out.set(i, new Token(t.index(), t.span(), t.word(), "NNP", t.lemma(), "PERSON"));
                }
            }
        }
        return out == null ? tokens : out;
    }

    /** The mentions with each person's name joined across its particle; mentions inside a joined name go. */
    static List<NamedMention> mentions(List<Token> tokens, List<NamedMention> names, String text) {
        List<NamedMention> out = new ArrayList<>(names.size());
        int coveredTo = -1;
        boolean changed = false;
        for (NamedMention m : names) {
            if (m.firstToken() < coveredTo) {
                changed = true; // (inside the name joined before it)
                continue;
            }
            int end = joinedEnd(tokens, m);
            int start = joinedStart(tokens, m, coveredTo);
            if (end > m.endToken() || start < m.firstToken()) {
                int from = start;
                out.removeIf(o -> o.firstToken() >= from); // ("Marine/ORGANIZATION" before "Le Pen")
                Span span = new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
                out.add(new NamedMention(span, span.of(text), m.type(), m.sentence(), start, end));
                coveredTo = end;
                changed = true;
            } else {
                out.add(m);
            }
        }
        return changed ? out : names;
    }

    /**
     * The end of person mention {@code m} joined across one or two particles and the capitalized proper nouns after
     * them ("do Lago", "van der Berg"); its own end when no particle follows, or no capitalized word follows the
     * particle, or it is not a person's name.
     */
    private static int joinedEnd(List<Token> tokens, NamedMention m) {
        if (!m.type().equals("PERSON")) {
            return m.endToken();
        }
        int i = m.endToken();
        int particles = 0;
        while (i < tokens.size() && particles < 2 && PARTICLES.contains(tokens.get(i).word())
                && adjacent(tokens, i)) {
            i++;
            particles++;
        }
        if (particles == 0) {
            return m.endToken();
        }
        int end = i;
        while (end < tokens.size() && adjacent(tokens, end) && tokens.get(end).pos().startsWith("NNP")
                && Character.isUpperCase(tokens.get(end).word().charAt(0))
                && !tokens.get(end).word().toUpperCase(Locale.ROOT).equals(tokens.get(end).word())) {
            end++;
        }
        return end > i ? end : m.endToken();
    }

    /**
     * The first token of person mention {@code m} with a family name the recognizer left out before it and the tagger
     * fixes put back ("He/NNP/PERSON Yongqing", see {@link TaggerFixes}), with a first name it took for a place or an
     * organization ("Marine Le Pen"), or with the capitalized given name before a name that opens with a particle
     * ("Mat dos Santos"); its own first token otherwise.
     */
    private static int joinedStart(List<Token> tokens, NamedMention m, int coveredTo) {
        int before = m.firstToken() - 1;
        if (!m.type().equals("PERSON") || before < 0 || before < coveredTo || !adjacent(tokens, m.firstToken())) {
            return m.firstToken();
        }
        Token t = tokens.get(before);
        if (t.word().equals("He") && t.pos().equals("NNP") && t.ner().equals("PERSON")) {
            return before;
        }
        // "Marine/ORGANIZATION Le Pen", "Jordan/LOCATION Bardella": a first name the recognizer took for something else
        if (t.pos().equals("NNP") && !t.ner().equals("O") // (PERSON already in the tokens the mentions are joined on)
                && NameGenders.instance().of(t.word()).isPresent()
                && (before == 0 || !tokens.get(before - 1).pos().startsWith("NNP"))) {
            return before;
        }
        // "Mat/NN dos/VBZ Santos": a name that opens with a particle has its given name before it
        boolean particle = PARTICLES.contains(tokens.get(m.firstToken()).word()) && m.endToken() > m.firstToken() + 1;
        return particle && t.pos().startsWith("NN") && Character.isUpperCase(t.word().charAt(0))
                && !t.word().toUpperCase(Locale.ROOT).equals(t.word()) ? before : m.firstToken();
    }

    /** Whether token {@code i} follows the token before it with at most one space between them. */
    private static boolean adjacent(List<Token> tokens, int i) {
        return tokens.get(i).span().start() - tokens.get(i - 1).span().end() <= 1;
    }
}
