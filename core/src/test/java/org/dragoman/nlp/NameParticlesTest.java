package org.dragoman.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.nlp.TaggerFixesTest.tagged;

import java.util.List;

import org.dragoman.model.NamedMention;
import org.dragoman.model.Span;
import org.dragoman.model.Token;
import org.junit.jupiter.api.Test;

class NameParticlesTest {

    private static String text(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::word).toList());
    }

    private static NamedMention mention(List<Token> tokens, int first, int end, String type) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
        return new NamedMention(span, span.of(text(tokens)), type, 0, first, end);
    }

    @Test
    void aParticleTheRecognizerLeftOutJoinsThePersonsName() {
        List<Token> t = tagged("André|NNP|André|PERSON Corrêa|NNP|Corrêa|PERSON do|VBP|do|O Lago|NNP|Lago|LOCATION "
                + "insisted|VBD|insisted|O .|.|.|O");
        List<NamedMention> names = List.of(mention(t, 0, 2, "PERSON"), mention(t, 3, 4, "LOCATION"));
        List<Token> joined = NameParticles.tokens(t, names);
        assertThat(joined).extracting(Token::pos).containsExactly("NNP", "NNP", "NNP", "NNP", "VBD", ".");
        assertThat(joined).extracting(Token::ner).containsExactly("PERSON", "PERSON", "PERSON", "PERSON", "O", "O");
        assertThat(NameParticles.mentions(joined, names, text(t))).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("André Corrêa do Lago", "PERSON"));
    }

    @Test
    void aParticleBeforeALowercaseWordOrAfterAPlaceJoinsNothing() {
        List<Token> t = tagged("Lula|NNP|Lula|PERSON do|VBP|do|O not|RB|not|O agree|VB|agree|O ,|,|,|O "
                + "Porto|NNP|Porto|LOCATION do|VBP|do|O Brasil|NNP|Brasil|LOCATION");
        List<NamedMention> names = List.of(mention(t, 0, 1, "PERSON"), mention(t, 5, 6, "LOCATION"),
                mention(t, 7, 8, "LOCATION"));
        assertThat(NameParticles.tokens(t, names)).isSameAs(t);
        assertThat(NameParticles.mentions(t, names, text(t))).isSameAs(names);
    }

    @Test
    void aFamilyNameTheTaggerFixesPutBackJoinsTheNameAfterIt() {
        List<Token> t = TaggerFixes.apply(tagged("He|PRP|he|O Yongqing|NNP|Yongqing|PERSON ,|,|,|O said|VBD|say|O"));
        List<NamedMention> names = List.of(mention(t, 1, 2, "PERSON"));
        assertThat(NameParticles.mentions(t, names, text(t))).extracting(NamedMention::text, NamedMention::firstToken)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("He Yongqing", 0));
        List<Token> pronoun = tagged("He|PRP|he|O thanked|VBD|thank|O Trump|NNP|Trump|PERSON");
        List<NamedMention> trump = List.of(mention(pronoun, 2, 3, "PERSON"));
        assertThat(NameParticles.mentions(TaggerFixes.apply(pronoun), trump, text(pronoun))).isSameAs(trump);
    }

    @Test
    void aFirstNameTheRecognizerTookForAnOrganizationJoinsTheNameAfterIt() {
        List<Token> t = tagged(",|,|,|O Marine|NNP|Marine|ORGANIZATION Le|NNP|Le|PERSON Pen|NNP|Pen|PERSON ,|,|,|O");
        List<NamedMention> names = List.of(mention(t, 1, 2, "ORGANIZATION"), mention(t, 2, 4, "PERSON"));
        List<Token> joined = NameParticles.tokens(t, names);
        assertThat(joined).extracting(Token::ner).containsExactly("O", "PERSON", "PERSON", "PERSON", "O");
        assertThat(NameParticles.mentions(joined, names, text(t))).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Marine Le Pen", "PERSON"));
        List<Token> place = tagged("in|IN|in|O Georgia|NNP|Georgia|LOCATION Tuesday|NNP|Tuesday|DATE");
        List<NamedMention> georgia = List.of(mention(place, 1, 2, "LOCATION"));
        assertThat(NameParticles.mentions(place, georgia, text(place))).isSameAs(georgia);
    }
}
