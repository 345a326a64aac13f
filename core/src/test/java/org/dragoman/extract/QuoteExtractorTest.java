package org.dragoman.extract;

import org.dragoman.Pipelines;
import org.dragoman.model.Analysis;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Speaker;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Direct quotes and their speakers, one reporting pattern per test. Texts are written for these tests. */
class QuoteExtractorTest {

    private static List<Quote> runQuotes(String text, int expectedCount) {
        Analysis a = Pipelines.analyze(text, "2026-03-04");
        assertThat(a.quotes()).as("quotes in %s", text).hasSize(expectedCount);
        return a.quotes();
    }

    private static String speaker(Quote q) {
        return q.speaker().flatMap(Speaker::name).orElse(null);
    }

    private static String speakerText(Quote q) {
        return q.speaker().flatMap(Speaker::mention).map(m -> m.text()).orElse(null);
    }

    @Test
    void speakerAfterQuoteNameThenVerb() {
        List<Quote> q = runQuotes("Talks resume in Geneva\nSwiss Foreign Minister Ignazio Cassis opened the talks. "
                + "“We have a narrow window,” Cassis said.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("We have a narrow window,");
        assertThat(speaker(q.get(0))).isEqualTo("Ignazio Cassis");
        assertThat(speakerText(q.get(0))).isEqualTo("Cassis");
        assertThat(q.get(0).cue()).contains("say");
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void speakerAfterQuoteVerbThenName() {
        List<Quote> q = runQuotes("Grain deal\nKenya welcomed the grain shipments. "
                + "\"This is a lifeline for millions of families,\" said Amina Odhiambo, the agriculture minister.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Amina Odhiambo");
    }

    @Test
    void speakerBeforeQuoteWithComma() {
        List<Quote> q = runQuotes("Budget fight\nStill, Senator Joan Parker insisted, “We are going to pass this bill before the recess.”\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Joan Parker");
        assertThat(q.get(0).cue()).contains("insist");
    }

    @Test
    void toldAddresseeAfterQuote() {
        List<Quote> q = runQuotes("Interview\nLena Fischer spoke to the broadcaster on Monday. "
                + "“If the talks fail, the ceasefire collapses with them,” Fischer told Radio Berlin.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Lena Fischer");
        assertThat(q.get(0).cue()).contains("tell");
    }

    @Test
    void accordingToBeforeQuote() {
        List<Quote> q = runQuotes("Port strike\nAccording to Paulo Mendes, “the port will stay closed until the government pays what it owes.”\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Paulo Mendes");
        assertThat(q.get(0).cue()).contains("according to");
    }

    @Test
    void appositionBetweenNameAndVerb() {
        List<Quote> q = runQuotes("Alliance summit\n“Every ally is moving, some faster than others,” "
                + "Mark Rutte, NATO’s secretary general, told reporters.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Mark Rutte");
    }

    @Test
    void pronounSpeakerResolvesToTheNamedPerson() {
        List<Quote> q = runQuotes("Election night\nMaria Kowalska thanked her supporters in Wroclaw. "
                + "“Tonight the city chose change over fear,” she said.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Maria Kowalska");
        assertThat(speakerText(q.get(0))).isEqualTo("she");
    }

    @Test
    void firstNameCueGivesCanonicalFullName() {
        List<Quote> q = runQuotes("Summit\nMarco Rubio spoke on Tuesday. “We are going to continue to engage with both sides,” Marco said.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Marco Rubio");
        assertThat(speakerText(q.get(0))).isEqualTo("Marco");
    }

    @Test
    void nestedQuoteWithFirstPersonCueIsTheOuterSpeakers() {
        List<Quote> q = runQuotes("Phone call\nDonald Trump described the call. “He called me up and offered help. "
                + "I said, ‘no, I don’t need help with that. I need help with you,’ and he understood,” Trump said.\n", 2);
        assertThat(speaker(q.get(0))).isEqualTo("Donald Trump");
        assertThat(q.get(1).text()).isEqualTo("no, I don’t need help with that. I need help with you,");
        assertThat(speaker(q.get(1))).isEqualTo("Donald Trump");
    }

    @Test
    void secondQuoteInParagraphKeepsTheSpeaker() {
        List<Quote> q = runQuotes("Harbour\n“The water is rising faster than we planned for,” Mayor Ana Duarte said. "
                + "“We need the sea wall finished this year.”\n", 2);
        assertThat(speaker(q.get(1))).isEqualTo("Ana Duarte");
    }

    @Test
    void quoteIntroducedByColonInPreviousParagraph() {
        List<Quote> q = runQuotes("Statement\nThe prime minister, Keir Starmer, said in a statement:\n"
                + "“Britain will stand with its allies for as long as it takes, and we will not be intimidated.”\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Keir Starmer");
    }

    @Test
    void multiParagraphQuoteIsOneQuote() {
        List<Quote> q = runQuotes("Speech\nPresident Lula spoke for an hour. “We will not accept tariffs imposed by decree.\n"
                + "“And we will answer every unfair measure with a fair one,” Lula said.\n", 1);
        assertThat(q.get(0).text()).startsWith("We will not accept").endsWith("with a fair one,");
        assertThat(speaker(q.get(0))).isEqualTo("Lula");
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotes() {
        runQuotes("Protest\nThousands marched under the slogan “Enough Is Enough” on Saturday. "
                + "The so-called “peace dividend” never arrived. The film “The Long Road to Belgrade” opened on Friday.\n", 0);
    }

    @Test
    void wordsAWriterAttributesWithCalledAreAQuote() {
        List<Quote> q = runQuotes("Budget\nOpposition leader Clara Weiss called the plan a “fiscal fantasy built on borrowed money”.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Clara Weiss");
    }

    @Test
    void fragmentInReportedSpeechIsMixed() {
        List<Quote> q = runQuotes("Alliance\nJens Halvorsen told reporters that every ally was “moving in the right direction” on spending.\n", 1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(speaker(q.get(0))).isEqualTo("Jens Halvorsen");
    }

    @Test
    void quoteOffsetsPointAtTheQuotedText() {
        String text = "Market\n“Prices will fall by summer,” said Ines Moreau.\n";
        Quote q = runQuotes(text, 1).get(0);
        assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(q.text());
        assertThat(q.speaker().flatMap(Speaker::mention).map(m -> text.substring(m.span().start(), m.span().end())))
                .contains("Ines Moreau");
    }
}
