package org.dragoman.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.dragoman.model.Span;
import org.dragoman.model.Token;
import org.junit.jupiter.api.Test;

class TaggerFixesTest {

    /** Tokens from "word|TAG|lemma" or "word|TAG|lemma|NER" items, one space apart. */
    static List<Token> tagged(String items) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String item : items.split(" ")) {
            String[] p = item.split("\\|");
            out.add(new Token(out.size(), new Span(at, at + p[0].length()), p[0], p[1], p[2], p.length > 3 ? p[3] : "O"));
            at += p[0].length() + 1;
        }
        return out;
    }

    private static List<String> tags(List<Token> tokens) {
        return tokens.stream().map(Token::pos).toList();
    }

    @Test
    void anIntentionAfterASingularSubjectAndBeforeAnInfinitiveIsAVerb() {
        List<Token> fixed = TaggerFixes.apply(tagged(
                "The|DT|the candidate|NN|candidate plans|NNS|plan to|TO|to be|VB|be back|RB|back .|.|."));
        assertThat(tags(fixed)).containsExactly("DT", "NN", "VBZ", "TO", "VB", "RB", ".");
        assertThat(fixed.get(2).lemma()).isEqualTo("plan");
    }

    @Test
    void anIntentionAfterADeterminerOrPossessiveStaysANoun() {
        List<Token> his = tagged("He|PRP|he dropped|VBD|dropped his|PRP$|his plans|NNS|plan to|TO|to run|VB|run .|.|.");
        assertThat(TaggerFixes.apply(his)).isSameAs(his);
        List<Token> trade = tagged("The|DT|the trade|NN|trade plans|NNS|plan were|VBD|be dropped|VBN|dropped .|.|.");
        assertThat(TaggerFixes.apply(trade)).isSameAs(trade);
    }

    @Test
    void supportAfterAPluralSubjectAndBeforeAnObjectIsAVerb() {
        List<Token> fixed = TaggerFixes.apply(tagged(
                "students|NNS|students polled|VBN|polled support|NN|support Clinton|NNP|clinton .|.|."));
        assertThat(tags(fixed)).containsExactly("NNS", "VBN", "VBP", "NNP", ".");
        List<Token> noun = tagged("Voters|NNS|voters '|POS|' support|NN|support for|IN|for Clinton|NNP|clinton .|.|.");
        assertThat(TaggerFixes.apply(noun)).isSameAs(noun);
        List<Token> broad = tagged("broad|JJ|broad support|NN|support among|IN|among voters|NNS|voters .|.|.");
        assertThat(TaggerFixes.apply(broad)).isSameAs(broad);
    }

    @Test
    void supportAfterAShareOrAParticipleBeforeAtLeastIsAVerb() {
        List<Token> share = TaggerFixes.apply(tagged(
                "40|CD|40 percent|NN|percent support|NN|support Vance|NNP|vance .|.|."));
        assertThat(tags(share)).containsExactly("CD", "NN", "VBP", "NNP", ".");
        List<Token> least = TaggerFixes.apply(tagged(
                "senators|NNS|senator surveyed|VBD|survey support|NN|support at|IN|at least|JJS|least cuts|NNS|cut .|.|."));
        assertThat(tags(least)).containsExactly("NNS", "VBD", "VBP", "IN", "JJS", "NNS", ".");
        List<Token> noun = tagged("his|PRP$|his 40|CD|40 percent|NN|percent support|NN|support among|IN|among women|NNS|woman .|.|.");
        assertThat(TaggerFixes.apply(noun)).isSameAs(noun);
        List<Token> bare = tagged("the|DT|the percent|NN|percent support|NN|support Vance|NNP|vance .|.|.");
        assertThat(TaggerFixes.apply(bare)).isSameAs(bare);
    }

    @Test
    void aStanceAfterANameAndAnAdverbIsAVerb() {
        List<Token> fixed = TaggerFixes.apply(tagged(
                "Vance|NNP|vance often|RB|often questions|NNS|question Ruiz|NNP|ruiz 's|POS|'s ties|NNS|tie .|.|."));
        assertThat(tags(fixed)).containsExactly("NNP", "RB", "VBZ", "NNP", "POS", "NNS", ".");
        assertThat(fixed.get(2).lemma()).isEqualTo("question");
        List<Token> noun = tagged("the|DT|the hard|JJ|hard questions|NNS|question about|IN|about Ruiz|NNP|ruiz .|.|.");
        assertThat(TaggerFixes.apply(noun)).isSameAs(noun);
    }

    @Test
    void aPossessiveAfterAPronounIsIsOrHas() {
        List<Token> is = TaggerFixes.apply(tagged(
                "That|DT|that ’s|POS|’s according|VBG|accord to|IN|to polls|NNS|poll .|.|."));
        assertThat(tags(is)).containsExactly("DT", "VBZ", "VBG", "IN", "NNS", ".");
        assertThat(is.get(1).lemma()).isEqualTo("be");
        List<Token> has = TaggerFixes.apply(tagged("It|PRP|it ’s|POS|’s been|VBN|be said|VBN|say .|.|."));
        assertThat(has.get(1).lemma()).isEqualTo("have");
        List<Token> owner = tagged("The|DT|the senator|NN|senator ’s|POS|’s plan|NN|plan failed|VBD|fail .|.|.");
        assertThat(TaggerFixes.apply(owner)).isSameAs(owner);
    }

    @Test
    void supportAfterANounAndBeforeAnAdverbAndAGerundIsAVerb() {
        List<Token> fixed = TaggerFixes.apply(tagged("voters|NNS|voter polled|VBN|poll Tuesday|NNP|Tuesday "
                + "support|NN|support temporarily|RB|temporarily banning|VBG|ban imports|NNS|import .|.|."));
        assertThat(fixed.get(3).pos()).isEqualTo("VBP");
        List<Token> noun = tagged("Her|PRP$|her support|NN|support quickly|RB|quickly fading|VBG|fade .|.|.");
        assertThat(TaggerFixes.apply(noun)).isSameAs(noun);
    }

    @Test
    void aVerbOfSpeechOpeningASentenceBeforeItsSpeakerAndAQuoteIsAPastVerb() {
        List<Token> fixed = TaggerFixes.apply(tagged("Said|NNP|Said Comey|NNP|Comey ,|,|, \"|``|\" It|PRP|it is|VBZ|be over|RB|over"
                + " .|.|. \"|''|\""));
        assertThat(tags(fixed).get(0)).isEqualTo("VBD");
        assertThat(fixed.get(0).lemma()).isEqualTo("say");
        List<Token> stated = TaggerFixes.apply(tagged("Stated|VBN|state the|DT|the mayor|NN|mayor :|:|: “|``|“ No|DT|no .|.|."));
        assertThat(tags(stated).get(0)).isEqualTo("VBD");
        List<Token> noQuote = tagged("Said|NNP|Said Comey|NNP|Comey ,|,|, it|PRP|it is|VBZ|be over|RB|over .|.|.");
        assertThat(TaggerFixes.apply(noQuote)).isSameAs(noQuote);
        List<Token> title = tagged("Added|NNP|Added Value|NNP|Value Ltd|NNP|Ltd sold|VBD|sell it|PRP|it .|.|.");
        assertThat(TaggerFixes.apply(title)).isSameAs(title);
    }

    @Test
    void longAfterHaveIsAnAdverbBeforeItsParticiple() {
        List<Token> fixed = TaggerFixes.apply(tagged("who|WP|who has|VBZ|have long|JJ|long opposed|VBD|oppose the|DT|the "
                + "levy|NN|levy .|.|."));
        assertThat(tags(fixed).subList(2, 4)).containsExactly("RB", "VBN");
        List<Token> adjective = tagged("It|PRP|it has|VBZ|have long|JJ|long hair|NN|hair .|.|.");
        assertThat(TaggerFixes.apply(adjective)).isSameAs(adjective);
    }

    @Test
    void aVerbOfHopeAfterOfTheNounBeforeAClauseIsAVerb() {
        List<Token> fixed = TaggerFixes.apply(tagged("Backers|NNS|backer of|IN|of the|DT|the levy|NN|levy hope|NN|hope "
                + "this|DT|this is|VBZ|be temporary|JJ|temporary .|.|."));
        assertThat(tags(fixed).get(4)).isEqualTo("VBP");
        List<Token> noun = tagged("The|DT|the end|NN|end of|IN|of the|DT|the hope|NN|hope was|VBD|be near|JJ|near .|.|.");
        assertThat(TaggerFixes.apply(noun)).isSameAs(noun);
    }

    @Test
    void toAfterAVerbOfIntentionBeforeANounAndItsObjectIsAnInfinitive() {
        List<Token> fixed = TaggerFixes.apply(tagged("she|PRP|she sought|VBD|seek to|IN|to puncture|NN|puncture his|PRP$|his "
                + "appeal|NN|appeal .|.|."));
        assertThat(tags(fixed).subList(2, 4)).containsExactly("TO", "VB");
        assertThat(fixed.get(3).lemma()).isEqualTo("puncture");
        List<Token> place = tagged("she|PRP|she went|VBD|go to|IN|to church|NN|church this|DT|this week|NN|week .|.|.");
        assertThat(TaggerFixes.apply(place)).isSameAs(place);
    }

    @Test
    void bothAfterTwoNamesAndBeforeTheirVerbIsNoConjunction() {
        List<Token> fixed = TaggerFixes.apply(tagged(
                "Karzai|NNP|Karzai and|CC|and Ghani|NNP|Ghani both|CC|both said|VBD|say they|PRP|they won|VBD|win .|.|."));
        assertThat(tags(fixed)).containsExactly("NNP", "CC", "NNP", "DT", "VBD", "PRP", "VBD", ".");
        List<Token> pair = tagged("He|PRP|he met|VBD|meet both|CC|both Karzai|NNP|Karzai and|CC|and Ghani|NNP|Ghani .|.|.");
        assertThat(TaggerFixes.apply(pair)).isSameAs(pair);
    }

    @Test
    void anAdjectiveAfterAnArticleAndBeforeAFiniteVerbHeadsTheSubject() {
        List<Token> fixed = TaggerFixes.apply(tagged(
                "The|DT|the general|JJ|general denied|VBD|deny that|IN|that troops|NNS|troops fired|VBD|fire .|.|."));
        assertThat(tags(fixed)).containsExactly("DT", "NN", "VBD", "IN", "NNS", "VBD", ".");
        assertThat(fixed.get(1).lemma()).isEqualTo("general");
        List<Token> only = tagged("But|CC|but this|DT|this only|JJ|only explains|VBZ|explain it|PRP|it .|.|.");
        assertThat(TaggerFixes.apply(only)).isSameAs(only);
        List<Token> attributive = tagged("The|DT|the general|JJ|general election|NN|election was|VBD|be close|JJ|close .|.|.");
        assertThat(TaggerFixes.apply(attributive)).isSameAs(attributive);
    }

    @Test
    void aCapitalizedInterjectionBeforeAPersonsNameOpensTheName() {
        List<Token> fixed = TaggerFixes.apply(tagged(
                "said|VBD|say Um|UH|um Khaled|NNP|Khaled|PERSON ,|,|, 54|CD|54 .|.|."));
        assertThat(tags(fixed)).containsExactly("VBD", "NNP", "NNP", ",", "CD", ".");
        List<Token> interjection = tagged("He|PRP|he said|VBD|say Oh|UH|oh Lord|NNP|Lord .|.|.");
        assertThat(TaggerFixes.apply(interjection)).isSameAs(interjection);
    }

    @Test
    void aShowAfterANetworksPossessiveAndAName() {
        List<Token> fixed = TaggerFixes.apply(tagged(
                "told|VBD|tell NBC|NNP|NBC 's|POS|'s Today|NN|today show|VBP|show that|IN|that he|PRP|he won|VBD|win .|.|."));
        assertThat(tags(fixed)).containsExactly("VBD", "NNP", "POS", "NN", "NN", "IN", "PRP", "VBD", ".");
        List<Token> verb = tagged("Polls|NNS|poll show|VBP|show that|IN|that he|PRP|he won|VBD|win .|.|.");
        assertThat(TaggerFixes.apply(verb)).isSameAs(verb);
    }

    @Test
    void theVerbOfADemandsClauseIsASubjunctive() {
        List<Token> fixed = TaggerFixes.apply(tagged(
                "demanded|VBD|demand that|IN|that parliament|NN|parliament review|NN|review it|PRP|it .|.|."));
        assertThat(tags(fixed)).containsExactly("VBD", "IN", "NN", "VBP", "PRP", ".");
        List<Token> noun = tagged("said|VBD|say that|IN|that the|DT|the budget|NN|budget review|NN|review was|VBD|be late|JJ|late .|.|.");
        assertThat(TaggerFixes.apply(noun)).isSameAs(noun);
    }

    @Test
    void aFamilyNameSpelledLikeAPronounOpensTheName() {
        List<Token> fixed = TaggerFixes.apply(tagged(
                "spokesman|NN|spokesman ,|,|, He|PRP|he|PERSON Yadong|NNP|Yadong|PERSON ,|,|, said|VBD|say .|.|."));
        assertThat(tags(fixed)).containsExactly("NN", ",", "NNP", "NNP", ",", "VBD", ".");
        List<Token> first = TaggerFixes.apply(tagged(
                "He|PRP|he Yongqing|NNP|Yongqing|PERSON ,|,|, a|DT|a scholar|NN|scholar ,|,|, said|VBD|say .|.|."));
        assertThat(tags(first)).containsExactly("NNP", "NNP", ",", "DT", "NN", ",", "VBD", ".");
        assertThat(first.get(0).ner()).isEqualTo("PERSON");
        List<Token> pronoun = tagged("He|PRP|he thanked|VBD|thank Trump|NNP|Trump|PERSON .|.|.");
        assertThat(TaggerFixes.apply(pronoun)).isSameAs(pronoun);
        List<Token> lower = tagged("said|VBD|say he|PRP|he Trump|NNP|Trump|PERSON was|VBD|be .|.|.");
        assertThat(TaggerFixes.apply(lower)).isSameAs(lower);
    }

    @Test
    void aPastSpelledAsTheBaseFormAfterASingularSubjectIsAPast() {
        List<Token> fixed = TaggerFixes.apply(tagged(
                "said|VBD|say the|DT|the result|NN|result fit|VB|fit a|DT|a pattern|NN|pattern .|.|."));
        assertThat(tags(fixed)).containsExactly("VBD", "DT", "NN", "VBD", "DT", "NN", ".");
        List<Token> demand = tagged("demanded|VBD|demand that|IN|that the|DT|the board|NN|board cut|VB|cut costs|NNS|cost .|.|.");
        assertThat(TaggerFixes.apply(demand)).isSameAs(demand);
        List<Token> let = tagged("will|MD|will let|VB|let the|DT|the deal|NN|deal hit|VB|hit them|PRP|they .|.|.");
        assertThat(TaggerFixes.apply(let)).isSameAs(let);
        List<Token> plural = tagged("said|VBD|say the|DT|the results|NNS|result fit|VBP|fit a|DT|a pattern|NN|pattern .|.|.");
        assertThat(TaggerFixes.apply(plural)).isSameAs(plural);
    }

    @Test
    void aThirdPersonVerbAfterTheOrANumberWordIsAPluralNoun() {
        List<Token> fixed = TaggerFixes.apply(tagged(
                "in|IN|in the|DT|the dozen|NN|dozen states|VBZ|state that|IN|that held|VBN|hold primaries|NNS|primary"));
        assertThat(tags(fixed)).containsExactly("IN", "DT", "NN", "NNS", "IN", "VBN", "NNS");
        List<Token> verb = tagged("The|DT|the plan|NN|plan states|VBZ|state that|IN|that taxes|NNS|tax rise|VBP|rise");
        assertThat(TaggerFixes.apply(verb)).isSameAs(verb);
        List<Token> one = tagged("One|CD|one says|VBZ|say China|NNP|China has|VBZ|have the|DT|the most|JJS|most");
        assertThat(TaggerFixes.apply(one)).isSameAs(one);
    }

    @Test
    void aHeadlineVerbBeforeAParticipleOnItsObjectIsAVerb() {
        List<Token> fixed = TaggerFixes.apply(tagged("Kenya|NNP|Kenya 's|POS|'s president|NN|president signs|NNS|sign "
                + "disputed|VBD|dispute finance|NN|finance law|NN|law"));
        assertThat(tags(fixed)).containsExactly("NNP", "POS", "NN", "VBZ", "JJ", "NN", "NN");
        assertThat(fixed.get(3).lemma()).isEqualTo("sign");
        List<Token> signs = tagged(
                "The|DT|the campaign|NN|campaign signs|NNS|sign were|VBD|be removed|VBN|remove .|.|.");
        assertThat(TaggerFixes.apply(signs)).isSameAs(signs);
    }

    @Test
    void aVerbFormAfterAParticleOfAPastVerbIsAPluralNoun() {
        List<Token> fixed = TaggerFixes.apply(tagged(
                "She|PRP|she brushed|VBD|brush aside|RB|aside demands|VBZ|demand that|IN|that she|PRP|she "
                + "apologize|VB|apologize"));
        assertThat(tags(fixed)).containsExactly("PRP", "VBD", "RB", "NNS", "IN", "PRP", "VB");
    }
}
