package org.dragoman.extract;

import org.dragoman.Pipelines;
import org.dragoman.model.Analysis;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.SourceType;
import org.dragoman.model.Speaker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Direct quotes and their speakers, one reporting pattern per test. Texts are written for these tests. */
class QuoteExtractorTest {

    /** The quotes found in {@code text}, checking their number unless {@code expectedCount} is negative. */
    private static List<Quote> runQuotes(String text, int expectedCount) {
        Analysis a = Pipelines.analyze(text, "2026-03-04");
        if (expectedCount >= 0) {
            assertThat(a.quotes()).as("quotes in %s", text).hasSize(expectedCount);
        }
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
    void doubledApostrophesMarkDirectQuotes() {
        List<Quote> q = runQuotes("Harbour plan\n''We will rebuild the pier before the winter storms,'' Mayor Ines Vidal "
                + "said on Monday. ''Nobody else will do it.''\n", 1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.get(0).text()).isEqualTo("We will rebuild the pier before the winter storms, Nobody else will do it.");
        assertThat(q.get(0).parts()).hasSize(2);
        assertThat(speaker(q.get(0))).isEqualTo("Ines Vidal");
    }

    @Test
    void aPhraseBeforeACueWithItsOwnObjectIsNoQuote() {
        runQuotes("Truce\nAfter weeks of rising tension, President Ana Lindqvist announced a truce between the "
                + "two clans.\n", 0);
        List<Quote> q = runQuotes("Truce\nThe clans will lay down their weapons, President Ana Lindqvist announced.\n",
                1);
        assertThat(q.get(0).text()).isEqualTo("The clans will lay down their weapons");
        assertThat(speaker(q.get(0))).isEqualTo("Ana Lindqvist");
    }

    @Test
    void contractedAuxiliaryOpensAReportedClause() {
        List<Quote> q = runQuotes("Budget\nSenator Hal Brooks said he’s ready to vote against the budget next week.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("he’s ready to vote against the budget next week");
        assertThat(speaker(q.get(0))).isEqualTo("Hal Brooks");
    }

    @Test
    void presentVerbTaggedAsBaseFormStillOpensAReportedClause() {
        List<Quote> q = runQuotes("Border\nInspector Lars Holm said smugglers dig tunnels under the old customs house.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("smugglers dig tunnels under the old customs house");
        assertThat(speaker(q.get(0))).isEqualTo("Lars Holm");
    }

    @Test
    void ageBeforeTheAppositionIsNotTheSpeaker() {
        List<Quote> q = runQuotes("Schools\nMira Kovac, 58, a teacher, said the school had been closed for a month.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the school had been closed for a month");
        assertThat(speaker(q.get(0))).isEqualTo("Mira Kovac");
    }

    @Test
    void thatClauseMayOpenWithAPhrase() {
        List<Quote> q = runQuotes("Ferries\nThe Baltic Shipping Company says that in 2024 it carried four million passengers.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("in 2024 it carried four million passengers");
    }

    @Test
    void longSourceOpeningTheSentenceRunsToTheComma() {
        List<Quote> q = runQuotes("Trams\nAccording to a new poll from Harbor University released on Monday, most voters "
                + "want the new tram line.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("most voters want the new tram line");
        assertThat(speakerText(q.get(0))).isEqualTo("a new poll from Harbor University released on Monday");
    }

    @Test
    void relativeClauseOnAPostposedSpeakerIsNotPartOfTheContent() {
        List<Quote> q = runQuotes("Festival\nThe festival is two million euros short, said former mayor Ed Lanner, "
                + "who chairs the organising committee.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("The festival is two million euros short");
        assertThat(speaker(q.get(0))).isEqualTo("Ed Lanner");
    }

    @Test
    void speakerNamedInAnAppositionAfterTheContent() {
        List<Quote> q = runQuotes("App\nThe company built the app for emergencies, a spokeswoman, Anna Weiss, said on "
                + "Saturday.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("The company built the app for emergencies");
        assertThat(speaker(q.get(0))).isEqualTo("Anna Weiss");
    }

    @Test
    void knowledgeWithItsClauseIsReported() {
        List<Quote> q = runQuotes("Coalition\nParty officials know the coalition has lost its majority in the north.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the coalition has lost its majority in the north");
        assertThat(speakerText(q.get(0))).isEqualTo("Party officials");
    }

    @Test
    void verbOfThoughtInsideAQuoteReportsNoSpeech() {
        List<Quote> q = runQuotes("Storm\n“I know, this winter has been hard for everyone in the valley,” Mayor Ida Berg said.\n", 1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(speaker(q.get(0))).isEqualTo("Ida Berg");
    }

    @Test
    void quoteAfterReportedSpeechContinuesItsSpeaker() {
        List<Quote> q = runQuotes("Budget\nSenator Hal Brooks said he was not happy with the numbers. "
                + "“I expected a lot more from the committee this year.”\n", 2);
        assertThat(q.get(1).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(speaker(q.get(1))).isEqualTo("Hal Brooks");
        assertThat(q.get(1).cue()).isEmpty();
    }

    @Test
    void cueSetOffByCommasInsideTheReportedClause() {
        List<Quote> q = runQuotes("Ferries\nThe bigger problem, Captain Ana Ruiz said, is the silt that builds up "
                + "in the channel every spring.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("The bigger problem is the silt that builds up in the channel every spring");
        assertThat(q.get(0).parts()).hasSize(2);
        assertThat(speaker(q.get(0))).isEqualTo("Ana Ruiz");
        assertThat(q.get(0).cue()).contains("say");
    }

    @Test
    void surveyShareAsSpeaker() {
        List<Quote> q = runQuotes("Survey\nThe institute asked 2,000 farmers about the new levy. Nearly nine out of 10 "
                + "say they will pass the cost on to buyers.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("they will pass the cost on to buyers");
        assertThat(speakerText(q.get(0))).isEqualTo("Nearly nine out of 10");
        assertThat(q.get(0).sourceType()).contains(SourceType.ANONYMOUS);
    }

    @Test
    void longAppositionWithRelativeClauseBeforeTheCue() {
        List<Quote> q = runQuotes("Hack\nMarta Lindqvist, a security researcher who has studied the breaches for "
                + "two years, said she saw no evidence that the ministry was the target.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("she saw no evidence that the ministry was the target");
        assertThat(speaker(q.get(0))).isEqualTo("Marta Lindqvist");
    }

    @Test
    void accusationCarriesWhatTheObjectIsSaidToHaveDone() {
        List<Quote> q = runQuotes("Council row\nMayor Jonas Berg accused the opposition of blocking the budget for "
                + "political gain.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the opposition of blocking the budget for political gain");
        assertThat(q.get(0).cue()).contains("accuse");
        assertThat(speaker(q.get(0))).isEqualTo("Jonas Berg");
    }

    @Test
    void requestsWithAnObjectAndAnInfinitive() {
        List<Quote> q = runQuotes("Storm\nGovernor Lea Marsh urged residents to stay indoors until the storm "
                + "passes. The unions called for an inquiry into the blackout.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("residents to stay indoors until the storm passes");
        assertThat(q.get(0).cue()).contains("urge");
        assertThat(speaker(q.get(0))).isEqualTo("Lea Marsh");
        assertThat(q.get(1).text()).isEqualTo("an inquiry into the blackout");
        assertThat(q.get(1).cue()).contains("call for");
        assertThat(speakerText(q.get(1))).isEqualTo("The unions");
    }

    @Test
    void pollFindingsAreAttributedToThePoll() {
        List<Quote> q = runQuotes("Race\nA Harbor Institute poll last week showed the mayor leading her rival by "
                + "nine points.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the mayor leading her rival by nine points");
        assertThat(q.get(0).cue()).contains("show");
        assertThat(q.get(0).sourceType()).contains(SourceType.DOCUMENT);
    }

    @Test
    void nounOfSpeechWithItsThatClause() {
        List<Quote> q = runQuotes("Vote\nThe court rejected his claim that the ballots had been counted twice. "
                + "The claim that she made on Monday was dismissed.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the ballots had been counted twice");
        assertThat(q.get(0).cue()).contains("claim");
        assertThat(speakerText(q.get(0))).isEqualTo("his");
    }

    @Test
    void personModifyingTheSpeakerNounIsNotTheSpeaker() {
        List<Quote> q = runQuotes("Primary\nSenator Ruth Calder won the state. Calder supporters said the result "
                + "proved the polls wrong.\n", 1);
        assertThat(speakerText(q.get(0))).isEqualTo("Calder supporters");
        assertThat(speaker(q.get(0))).isNull();
    }

    @Test
    void asSpeakerObservedBeforeTheClause() {
        List<Quote> q = runQuotes("Debate\nAs the moderator Carla Brenner observed, the real winner of the night was "
                + "the format itself.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the real winner of the night was the format itself");
        assertThat(speaker(q.get(0))).isEqualTo("Carla Brenner");
        assertThat(q.get(0).cue()).contains("observe");
    }

    @Test
    void auxiliaryBetweenSpeakerAndCueAfterTheQuote() {
        List<Quote> q = runQuotes("Campaign trail\n“She still keeps every promise she made in school,” Tomas Weller "
                + "has said while campaigning for his sister.\n", 2);
        assertThat(speaker(q.get(0))).isEqualTo("Tomas Weller");
        assertThat(q.get(0).cue()).contains("say");
        assertThat(q.get(1).cue()).contains("campaign for"); // his stance, while he campaigns
        assertThat(speaker(q.get(1))).isEqualTo("Tomas Weller");
    }

    @Test
    void speakerAfterQuoteVerbThenName() {
        // the first sentence is Kenya's stance on the shipments, the quote after it is the minister's
        List<Quote> q = runQuotes("Grain deal\nKenya welcomed the grain shipments. "
                + "\"This is a lifeline for millions of families,\" said Amina Odhiambo, the agriculture minister.\n", 2);
        assertThat(speaker(q.get(0))).isEqualTo("Kenya");
        assertThat(q.get(0).cue()).contains("welcome");
        assertThat(q.get(0).text()).isEqualTo("the grain shipments");
        assertThat(speaker(q.get(1))).isEqualTo("Amina Odhiambo");
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
                + "I said, ‘no, I don’t need help with that. I need help with you,’ and he understood,” Trump said.\n", 3);
        assertThat(q.get(0).text()).isEqualTo("the call"); // what he described, a topic
        assertThat(speaker(q.get(1))).isEqualTo("Donald Trump");
        assertThat(q.get(2).text()).isEqualTo("no, I don’t need help with that. I need help with you,");
        assertThat(speaker(q.get(2))).isEqualTo("Donald Trump");
    }

    @Test
    void quoteInterruptedByItsAttributionIsOneQuoteInTwoParts() {
        String text = "Harbour\n“The water is rising faster than we planned for,” Mayor Ana Duarte said. "
                + "“We need the sea wall finished this year.”\n";
        List<Quote> q = runQuotes(text, 1);
        assertThat(q.get(0).parts()).extracting(p -> p.of(text)).containsExactly(
                "The water is rising faster than we planned for,", "We need the sea wall finished this year.");
        assertThat(q.get(0).text()).isEqualTo("The water is rising faster than we planned for, "
                + "We need the sea wall finished this year.");
        assertThat(q.get(0).span().of(text)).startsWith("The water").endsWith("this year.");
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(speaker(q.get(0))).isEqualTo("Ana Duarte");
        assertThat(q.get(0).cueSpan().map(c -> c.of(text))).contains("said");
    }

    @Test
    void attributionInsideOneSentenceJoinsTheParts() {
        String text = "Ferry\n“The timetable is fine,” said Captain Olaf Brandt, who has run the route for years, "
                + "“but the boats are too old for winter crossings.”\n";
        List<Quote> q = runQuotes(text, 1);
        assertThat(q.get(0).parts()).extracting(p -> p.of(text)).containsExactly("The timetable is fine,",
                "but the boats are too old for winter crossings.");
        assertThat(speaker(q.get(0))).isEqualTo("Olaf Brandt");
    }

    @Test
    void quoteWithItsOwnCueAfterAnInterruptionIsItsOwnQuote() {
        List<Quote> q = runQuotes("Harbour\n“The water is rising faster than we planned for,” Mayor Ana Duarte said. "
                + "“The pumps are ready for the storm,” Tom Reyes replied.\n", 2);
        assertThat(q).allSatisfy(x -> assertThat(x.parts()).hasSize(1));
        assertThat(speaker(q.get(1))).isEqualTo("Tom Reyes");
    }

    @Test
    void secondQuoteAfterAnotherSentenceKeepsTheSpeakerAsItsOwnQuote() {
        List<Quote> q = runQuotes("Harbour\n“The water is rising faster than we planned for,” Mayor Ana Duarte said. "
                + "The council meets on Friday to discuss the budget. “We need the sea wall finished this year.”\n", 2);
        assertThat(q.get(1).parts()).hasSize(1);
        assertThat(speaker(q.get(1))).isEqualTo("Ana Duarte");
    }

    @Test
    void quoteInTheNextParagraphIsNotJoined() {
        List<Quote> q = runQuotes("Harbour\n“The water is rising faster than we planned for,” Mayor Ana Duarte said.\n"
                + "“We need the sea wall finished this year.”\n", 2);
        assertThat(q).allSatisfy(x -> assertThat(x.parts()).hasSize(1));
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
        assertThat(q.get(0).text()).isEqualTo("every ally was “moving in the right direction” on spending");
    }

    @Test
    void quoteOffsetsPointAtTheQuotedText() {
        String text = "Market\n“Prices will fall by summer,” said Ines Moreau.\n";
        Quote q = runQuotes(text, 1).get(0);
        assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(q.text());
        assertThat(q.speaker().flatMap(Speaker::mention).map(m -> text.substring(m.span().start(), m.span().end())))
                .contains("Ines Moreau");
    }

    private static List<Quote> indirect(String text) {
        return Pipelines.analyze(text, "2026-03-04").quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
    }

    @Test
    void saidThatClauseIsTheContentOnly() {
        List<Quote> q = indirect("Talks\nFinance Minister Rachel Reeves said on Monday that the budget would protect public investment.\n");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the budget would protect public investment");
        assertThat(speaker(q.get(0))).isEqualTo("Rachel Reeves");
        assertThat(q.get(0).cue()).contains("say");
    }

    @Test
    void toldAddresseeThatClause() {
        List<Quote> q = indirect("Call\nChancellor Friedrich Merz told reporters that Germany would send more air defence systems.\n");
        assertThat(q).extracting(Quote::text).containsExactly("Germany would send more air defence systems");
        assertThat(speaker(q.get(0))).isEqualTo("Friedrich Merz");
    }

    @Test
    void clauseBeforeTheCue() {
        List<Quote> q = indirect("Strike\nThe port will stay closed until Friday, the transport ministry said in a statement.\n");
        assertThat(q).extracting(Quote::text).containsExactly("The port will stay closed until Friday");
        assertThat(speakerText(q.get(0))).isEqualTo("the transport ministry");
    }

    @Test
    void accordingToBeforeTheClause() {
        List<Quote> q = indirect("Border\nAccording to Lithuanian officials, two drones crossed the border overnight.\n");
        assertThat(q).extracting(Quote::text).containsExactly("two drones crossed the border overnight");
        assertThat(q.get(0).cue()).contains("according to");
    }

    @Test
    void coordinatedCuesShareTheSubject() {
        List<Quote> q = indirect("Ceasefire\nPrime Minister Mark Carney insisted the deal was fair but acknowledged that farmers would lose out.\n");
        assertThat(q).extracting(Quote::text).containsExactly("the deal was fair", "farmers would lose out");
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsOnly("Mark Carney");
    }

    @Test
    void participleCueTakesTheMainSubject() {
        List<Quote> q = indirect("Talks\nThe senior official said talks would resume in Doha, adding that a proposal could follow within days.\n");
        assertThat(q).extracting(Quote::text).contains("a proposal could follow within days");
        assertThat(q).allSatisfy(x -> assertThat(speakerText(x)).isEqualTo("The senior official"));
    }

    @Test
    void announcingAThingIsNotReportedSpeech() {
        assertThat(indirect("Deal\nThe president announced a ceasefire between the two sides, but it collapsed within hours.\n")).isEmpty();
    }

    @Test
    void speechReportedInsideAQuoteBelongsToItsSpeaker() {
        List<Quote> q = runQuotes("Call\nDonald Trump spoke about Vladimir Putin. “Vladimir called me up. He said, can I help you with Iran? "
                + "I said no,” Trump said.\n", 3);
        assertThat(q.get(0).cue()).contains("speak about"); // the topic Trump spoke about
        assertThat(q.get(0).text()).isEqualTo("Vladimir Putin");
        assertThat(q.get(2).text()).isEqualTo("can I help you with Iran?");
        assertThat(speaker(q.get(2))).isEqualTo("Vladimir Putin");
    }

    @Test
    void reportedSpeechWithAQuotedFragmentIsOneMixedQuote() {
        List<Quote> q = runQuotes("Alliance\nJens Halvorsen said every ally was “moving in the right direction” on spending.\n", 1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(q.get(0).text()).isEqualTo("every ally was “moving in the right direction” on spending");
    }

    @Test
    void addresseeAndSourceTypes() {
        Analysis a = Pipelines.analyze("Briefing\nMarco Rubio told Dasha Burns that the talks were over. "
                + "A senior official said the delegation would leave on Friday. "
                + "The ministry said the border would reopen. The report says exports fell by a third.\n", "2026-03-04");
        List<Quote> q = a.quotes();
        assertThat(q).hasSize(4);
        assertThat(q.get(0).addressee().flatMap(Speaker::name)).contains("Dasha Burns");
        assertThat(q).extracting(x -> x.sourceType().orElseThrow()).containsExactly(
                org.dragoman.model.SourceType.NAMED, org.dragoman.model.SourceType.ANONYMOUS,
                org.dragoman.model.SourceType.ORGANIZATION, org.dragoman.model.SourceType.DOCUMENT);
    }

    @Test
    void definiteDescriptionResolvesThroughTheRoleTheTextGave() {
        Analysis a = Pipelines.analyze("Summit\nVolodymyr Zelenskyy, the Ukrainian president, arrived in Rome on Monday. "
                + "Later the Ukrainian president said the air defence deal was close.\n", "2026-03-04");
        var zelenskyy = a.entities().stream().filter(e -> e.name().equals("Volodymyr Zelenskyy")).findFirst().orElseThrow();
        assertThat(zelenskyy.roles()).extracting(r -> r.title()).contains("Ukrainian president");
        assertThat(a.quotes()).extracting(QuoteExtractorTest::speaker).containsExactly("Volodymyr Zelenskyy");
    }

    @Test
    void titleBeforeTheNameIsARole() {
        Analysis a = Pipelines.analyze("Visit\nGerman Chancellor Friedrich Merz met Secretary of State Marco Rubio in Berlin.\n", "2026-03-04");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("Friedrich Merz")).flatExtracting(e -> e.roles())
                .extracting(r -> r.title()).containsExactly("German Chancellor");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("Marco Rubio")).flatExtracting(e -> e.roles())
                .extracting(r -> r.title()).containsExactly("Secretary of State");
    }

    @Test
    void aClosingCueReportsTheWholeClauseIncludingAnIntentionInIt() {
        List<Quote> q = indirect("Talks\nThe mediators expect to reconvene in Doha on Wednesday, the senior official said.\n");
        assertThat(q).extracting(Quote::text).containsExactly("The mediators expect to reconvene in Doha on Wednesday");
        assertThat(speakerText(q.get(0))).isEqualTo("the senior official");
    }

    @Test
    void passiveExpectationIsNotTheSubjectsIntentionButUnnamedPeoples() {
        List<Quote> q = indirect("Summit\nThe prime minister is expected to meet the Danish king in Copenhagen on Friday.\n"
                + "Both delegations were asked to stay for a second round of talks.\n");
        assertThat(q).extracting(Quote::text)
                .containsExactly("The prime minister to meet the Danish king in Copenhagen on Friday");
        assertThat(q.get(0).speaker()).isEmpty();
        assertThat(q.get(0).sourceType()).contains(SourceType.ANONYMOUS);
    }

    @Test
    void intentionEndsWhereTheMainClauseStarts() {
        List<Quote> q = indirect("Talks\nWhile the mediators want to keep talking, the army launched a new offensive in the north.\n");
        assertThat(q).extracting(Quote::text).containsExactly("to keep talking");
    }

    @Test
    void newSentenceAfterAQuoteIsNotItsCue() {
        List<Quote> q = runQuotes("Football\nTrump says “football has become soft like the country has become soft.” "
                + "He says referees are constantly throwing penalty flags.\n", 2);
        assertThat(q.get(1).kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.get(1).text()).isEqualTo("referees are constantly throwing penalty flags");
    }

    @Test
    void quoteOpeningTheNextParagraphContinuesTheNamedSpeaker() {
        List<Quote> q = runQuotes("Budget\n“We cannot keep borrowing to pay for last year’s promises,” Finance Minister Lena Fischer said.\n"
                + "“Every ministry will have to find savings, and mine will go first.”\n", 2);
        assertThat(speaker(q.get(1))).isEqualTo("Lena Fischer");
        assertThat(q.get(1).cue()).isEmpty();
    }

    @Test
    void headlineNamingItsSourceBeforeAColon() {
        List<Quote> q = indirect("Kallas: Europe will keep sanctions until Russia withdraws\n"
                + "Kaja Kallas spoke in Brussels on Monday.\n");
        assertThat(q).extracting(Quote::text).containsExactly("Europe will keep sanctions until Russia withdraws");
        assertThat(q.get(0).cue()).contains(":");
    }

    @Test
    void longSubjectBeforeTheVerbIsStillAClause() {
        List<Quote> q = indirect("Guns\nTexas Sen. Ted Cruz says President Barack Obama’s new actions to regulate gun sales "
                + "aren’t worth the paper they’re written on.\n");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Ted Cruz");
    }

    @Test
    void contractedAuxiliaryKeepsThePronounAsSpeaker() {
        List<Quote> q = indirect("Race\nGovernor Ana Ruiz spoke in Reno. She’s predicting she will win the next contest easily.\n");
        assertThat(q).hasSize(1);
        assertThat(speakerText(q.get(0))).isEqualTo("She");
        assertThat(speaker(q.get(0))).isEqualTo("Ana Ruiz");
    }

    @Test
    void clauseEndingInAColonNamesTheSpeaker() {
        List<Quote> q = runQuotes("Storm\nGovernor Alma Reyes issued the following statement: “Our thoughts are with the "
                + "families of the victims of this terrible storm.”\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Alma Reyes");
        assertThat(q.get(0).cue()).isEmpty();
    }

    @Test
    void verbChainBeforeAColonNamesTheSpeaker() {
        List<Quote> q = runQuotes("Markets\nThe economist Paul Grant went so far as to say: “The boom is over for good.”\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Paul Grant");
    }

    @Test
    void paragraphEndingInAColonIntroducesTheNextOne() {
        List<Quote> q = runQuotes("Harbour\nThe harbour master Ivo Berg gave his verdict on the new pier:\n“It is the best "
                + "work this port has seen in fifty years, and the fishermen agree with me.”\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Ivo Berg");
    }

    @Test
    void timeInsideTheVerbChainIsNotTheSpeaker() {
        List<Quote> q = indirect("Budget\nSenator Lena Orr tweeted on Friday to say that the budget deal was a disgrace.\n");
        assertThat(q).extracting(Quote::text).containsExactly("the budget deal was a disgrace");
        assertThat(speaker(q.get(0))).isEqualTo("Lena Orr");
    }

    @Test
    void timeAfterTheSubjectIsNotTheSpeaker() {
        List<Quote> q = runQuotes("Council\nMayor Tom Ekberg on Thursday stepped up his attacks on the council, saying it was "
                + "“asleep at the wheel.”\n", 2);
        assertThat(q.get(0).text()).isEqualTo("the council");
        assertThat(q.get(0).cue()).contains("attack on");
        assertThat(speaker(q.get(0))).isEqualTo("Tom Ekberg");
        assertThat(speaker(q.get(1))).isEqualTo("Tom Ekberg");
    }

    @Test
    void placeAfterAPrepositionIsNotTheSpeaker() {
        List<Quote> q = indirect("Drought\nSpeaking in Denver, Senator Maria Lopez, without naming her rival, also accused the "
                + "mayor of ignoring the drought.\n");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Maria Lopez");
    }

    @Test
    void adjunctBetweenCommasIsNotTheSpeaker() {
        List<Quote> q = runQuotes("Jobs\nMina Holt, during a town hall meeting in Columbus, Ohio, said she was “going to fight "
                + "for every single job.”\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Mina Holt");
    }

    @Test
    void messageSomeoneReleasesSpeaksForThem() {
        assertThat(speakerText(runQuotes("Vote\nAfter the vote, the senator released a new radio ad calling the bill “a "
                + "betrayal of working families.”\n", 1).get(0))).isEqualTo("the senator");
        assertThat(speakerText(runQuotes("Bridge\nHis office put out a statement saying the state “cannot afford another "
                + "delay on the bridge.”\n", 1).get(0))).isEqualTo("His office");
    }

    @Test
    void assuredIsAReportingVerb() {
        List<Quote> q = runQuotes("Taxes\n“Nobody likes a tax increase,” Jo Park assured the crowd.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Jo Park");
        assertThat(q.get(0).cue()).contains("assure");
    }

    @Test
    void readQuotesATextButNotASlogan() {
        List<Quote> q = runQuotes("Letter\n“Nobody likes a tax increase in the middle of a recession,” the letter read.\n", 1);
        assertThat(speakerText(q.get(0))).isEqualTo("the letter");
        runQuotes("Square\nProtesters carried banners reading “No More Delays” through the square.\n", 0);
    }

    @Test
    void ownerOfAReportingNounSpeaksTheQuotedFragment() {
        List<Quote> q = runQuotes("Mines\nSenator Ada Brandt was booed after her remark that “coal towns will have to find "
                + "new work.”\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Ada Brandt");
        assertThat(q.get(0).cue()).contains("remark");
        q = runQuotes("Mines\nThe union will sit out the race after the senator's March comment that, “We are going to "
                + "close the mines.”\n", 1);
        assertThat(speakerText(q.get(0))).isEqualTo("the senator");
    }

    @Test
    void stanceVerbReportsItsObject() {
        List<Quote> q = runQuotes("Union backs Delgado\nThe teachers' union endorsed Maria Delgado for governor.\n", 2);
        assertThat(q.get(0).cue()).contains("back"); // the headline says it too
        assertThat(q.get(0).text()).isEqualTo("Delgado");
        assertThat(speakerText(q.get(1))).isEqualTo("The teachers' union");
        assertThat(q.get(1).cue()).contains("endorse");
        assertThat(q.get(1).text()).isEqualTo("Maria Delgado for governor");
        assertThat(q.get(1).kind()).isEqualTo(QuoteKind.INDIRECT);
    }

    @Test
    void stanceObjectEndsAtTheMainVerb() {
        List<Quote> q = runQuotes("City vote\nMost of the voters who back Avery live in the city.\n", 1);
        assertThat(q.get(0).cue()).contains("back");
        assertThat(q.get(0).text()).isEqualTo("Avery");
    }

    @Test
    void wishWithAPronounObjectIsNoQuote() {
        List<Quote> q = runQuotes("Harbour\nThe mayor wants a new harbour. Residents want it too.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("a new harbour");
        assertThat(q.get(0).cue()).contains("want");
    }

    @Test
    void callingSomethingSomethingIsAJudgement() {
        List<Quote> q = runQuotes("Verdict\nJudge Ortiz called the verdict a disgrace. The council called an emergency "
                + "session.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Ortiz");
        assertThat(q.get(0).cue()).contains("call");
        assertThat(q.get(0).text()).isEqualTo("the verdict a disgrace");
    }

    @Test
    void indirectQuestionWithItsAddressee() {
        List<Quote> q = runQuotes("Talks\nA reporter asked the minister how the talks had gone. The ministry declined "
                + "to comment.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("how the talks had gone");
        assertThat(q.get(0).addressee().flatMap(Speaker::mention).map(m -> m.text())).contains("the minister");
        assertThat(q.get(1).cue()).contains("decline");
        assertThat(q.get(1).text()).isEqualTo("to comment");
    }

    @Test
    void coordinatedSpeakersOpenTheClause() {
        List<Quote> q = runQuotes("Levy\nFarmers and even some bankers say the new levy will hurt rural towns. The envoy "
                + "met the farmers and officials said the talks went well.\n", 2);
        assertThat(speakerText(q.get(0))).isEqualTo("Farmers and even some bankers");
        assertThat(speakerText(q.get(1))).isEqualTo("officials");
    }

    @Test
    void modifiersAndPreposedPhrasesBeforeTheReportedClause() {
        List<Quote> q = runQuotes("Hart\nMayor Lena Hart said on Friday she would run again. Hart says, win or lose, "
                + "she will stay in politics.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("she would run again");
        assertThat(q.get(1).text()).isEqualTo("win or lose, she will stay in politics");
        assertThat(speaker(q.get(1))).isEqualTo("Lena Hart");
    }

    @Test
    void accordingToInsideTheClauseItReports() {
        List<Quote> q = runQuotes("Turnout\nTurnout, according to the election commission, rose to 61 percent.\n", 1);
        assertThat(q.get(0).parts()).hasSize(2);
        assertThat(q.get(0).text()).isEqualTo("Turnout rose to 61 percent");
        assertThat(speakerText(q.get(0))).isEqualTo("the election commission");
    }

    @Test
    void stanceNounWithItsOwner() {
        List<Quote> q = runQuotes("Bridge\nSenator Ruth Avery repeated her support for the bridge project.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Ruth Avery");
        assertThat(q.get(0).cue()).contains("support for");
        assertThat(q.get(0).text()).isEqualTo("the bridge project");
    }

    @Test
    void reportedClauseEndsBeforeADirectQuoteInsideIt() {
        List<Quote> q = runQuotes("Plan\nSenator Ruth Avery said that engineers had approved her plan, to which her rival "
                + "replied: \"That is simply not true.\"\n", 2);
        assertThat(q.get(0).text()).isEqualTo("engineers had approved her plan");
        assertThat(speaker(q.get(0))).isEqualTo("Ruth Avery");
        assertThat(q.get(1).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(speakerText(q.get(1))).isEqualTo("her rival");
    }

    @Test
    void anIntentionVerbWithAnObjectGoesOnWithTheClause() {
        List<Quote> q = runQuotes("Help\nThe minister told reporters that Moscow had called and offered help, but not "
                + "the kind he wanted.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("Moscow had called and offered help");
    }

    @Test
    void pollsReportWhatTheyFoundWithIn() {
        List<Quote> q = runQuotes("Race\nIn a Gazette poll last month, Avery had a 10-point lead. Hart has a clear lead in "
                + "the Herald survey ahead of the primary. In the fall of 2023, Hart held a lead. Hart has slid in the "
                + "polls since May. In recent national polls, Avery leads.\n", 2);
        assertThat(speakerText(q.get(0))).isEqualTo("a Gazette poll last month");
        assertThat(q.get(0).text()).isEqualTo("Avery had a 10-point lead");
        assertThat(q.get(0).sourceType()).contains(SourceType.DOCUMENT);
        assertThat(speakerText(q.get(1))).isEqualTo("the Herald survey");
        assertThat(q.get(1).text()).isEqualTo("Hart has a clear lead");
        // "in the polls", "in recent national polls": a standing, not what any one poll found
    }

    @Test
    void aThingThatCannotSpeakSpeaksForWhoeverPutItOut() {
        List<Quote> q = runQuotes("Levy vote nears\nSenator Ruth Avery released a video that urges voters to reject the "
                + "levy. Analysts see the vote as a test of the government.\n", 2);
        assertThat(speaker(q.get(0))).isEqualTo("Ruth Avery");
        assertThat(q.get(0).text()).isEqualTo("voters to reject the levy");
        assertThat(speakerText(q.get(1))).isEqualTo("Analysts");
        assertThat(q.get(1).cue()).contains("see");
        assertThat(q.get(1).text()).isEqualTo("the vote as a test of the government");
    }

    @Test
    void stanceOnAClause() {
        List<Quote> q = runQuotes("Levies\nIn October, Senator Ruth Avery proposed that every city be allowed to set its "
                + "own levy. Hart questioned why the council had waited so long. Avery proposed barring all new levies "
                + "until May.\n", 3);
        assertThat(q.get(0).text()).isEqualTo("every city be allowed to set its own levy");
        assertThat(q.get(0).cue()).contains("propose");
        assertThat(q.get(1).text()).isEqualTo("why the council had waited so long");
        assertThat(q.get(1).cue()).contains("question");
        assertThat(q.get(2).text()).isEqualTo("barring all new levies until May");
    }

    @Test
    void speechVerbsWithAnObject() {
        List<Quote> q = runQuotes("Border\n\nAzerbaijan denied the claim and accused Armenia of firing first.\n", 2);
        assertThat(q.get(0).cue()).contains("deny");
        assertThat(q.get(0).text()).isEqualTo("the claim");
        assertThat(q.get(1).cue()).contains("accuse");
        assertThat(q.get(1).text()).isEqualTo("Armenia of firing first");
    }

    @Test
    void parentheticalCueAfterTheVerbOrAFreeRelative() {
        List<Quote> q = runQuotes("Speech\n\nGovernor Hart spoke on Monday. It was, she said, one of the hardest years. "
                + "Whatever progress the envoy has made, officials said, could easily be undone.\n", 2);
        assertThat(q.get(0).text()).startsWith("It was").endsWith("one of the hardest years");
        assertThat(speaker(q.get(0))).isEqualTo("Hart");
        assertThat(q.get(1).text()).startsWith("Whatever progress").endsWith("could easily be undone");
        assertThat(speakerText(q.get(1))).isEqualTo("officials");
    }

    @Test
    void aSubordinateClauseAfterTheAddresseeIsNotWhatWasSaid() {
        // "as she worked …" says when she told them, not what: no quote
        runQuotes("Speech\n\nGovernor Hart talked with her advisers on Monday. She told them as she worked on the speech "
                + "until late at night.\n", 0);
    }

    @Test
    void aShowsTitleIsNoQuoteAndAnEllipticalAnswerIs() {
        List<Quote> q = runQuotes("Vote\n\nSenator Ruth Avery said on Channel 4's “Morning Report” that she would “take a "
                + "look” at the bill. Senator Tom Hale said he would.\n", 2);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(q.get(0).text()).isEqualTo("she would “take a look” at the bill");
        assertThat(speaker(q.get(0))).isEqualTo("Ruth Avery");
        assertThat(q.get(1).text()).isEqualTo("he would");
        assertThat(speaker(q.get(1))).isEqualTo("Tom Hale");
    }

    @Test
    void clauseBeforeACueFollowedByAParticiple() {
        List<Quote> q = runQuotes("Paris\n\nThe plan is a disgrace, President Hollande said Tuesday in Paris, noting that "
                + "the vote was close.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("The plan is a disgrace");
        assertThat(q.get(0).cue()).contains("say");
        assertThat(q.get(1).text()).isEqualTo("the vote was close");
        assertThat(speaker(q.get(1))).isEqualTo(speaker(q.get(0)));
    }

    @Test
    void aNameTaggedAsAVerbStillSpeaks() {
        // "Shook" is a past tense to the tagger; the recognizer knows it is a name
        List<Quote> q = runQuotes("Breach\nShane Shook, a security consultant who has studied the breach, said he saw "
                + "no sign of a foreign hand in the attack.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Shane Shook");
        assertThat(q.get(0).text()).isEqualTo("he saw no sign of a foreign hand in the attack");
    }

    @Test
    void aSubjectModifierBetweenCommasIsPartOfTheReportedClause() {
        List<Quote> q = runQuotes("Primary\nTwo-thirds of party insiders said the deficit, combined with the low turnout "
                + "in the north, meant that Ortega could not win.\n", 1);
        assertThat(speakerText(q.get(0))).isEqualTo("Two-thirds of party insiders");
        assertThat(q.get(0).text()).isEqualTo("the deficit, combined with the low turnout in the north, meant that "
                + "Ortega could not win");
    }

    @Test
    void saidSheFollowedByAVerbIsNoInvertedSpeaker() {
        List<Quote> q = runQuotes("Press room\nLena Ortiz, who covered the ministry for 20 years, said she almost always "
                + "treated the briefing as a chance to ask one hard question.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Lena Ortiz");
        assertThat(q.get(0).text()).startsWith("she almost always treated the briefing");
    }

    @Test
    void aSecondSubjectWithItsOwnReportingVerbEndsTheClause() {
        List<Quote> q = runQuotes("Foundation\nEdmund Rowe, a former governor, said the charity should close if Hale "
                + "wins, and he added that it should stop taking foreign money at once. Hale said late Monday that "
                + "she would keep the charity open, although she conceded that it had made mistakes.\n", 4);
        assertThat(q.get(0).text()).isEqualTo("the charity should close if Hale wins");
        assertThat(q.get(1).cue()).contains("add");
        assertThat(q.get(1).text()).isEqualTo("it should stop taking foreign money at once");
        assertThat(q.get(2).text()).isEqualTo("she would keep the charity open");
        assertThat(q.get(3).cue()).contains("concede");
    }

    @Test
    void speakersWithLongAppositionsDashesAndParticiples() {
        List<Quote> q = runQuotes("Convention\nMarta Silva, assistant to the governor and director of the state's office of "
                + "rural development and outreach, said in an interview Wednesday that the plan was ready. The "
                + "judge -- who has been in a public dispute with the mayor for weeks -- said she regretted her "
                + "remarks. Paul Archer, wearing a cap covered in campaign buttons, said he was proud of the "
                + "volunteers. By 61% to 30%, those surveyed said the program should continue.\n", 4);
        assertThat(speaker(q.get(0))).isEqualTo("Marta Silva");
        assertThat(q.get(0).text()).isEqualTo("the plan was ready");
        assertThat(speakerText(q.get(1))).isEqualTo("The judge");
        assertThat(q.get(1).text()).isEqualTo("she regretted her remarks");
        assertThat(speaker(q.get(2))).isEqualTo("Paul Archer");
        assertThat(speakerText(q.get(3))).isEqualTo("those surveyed");
        assertThat(q.get(3).text()).isEqualTo("the program should continue");
    }

    @Test
    void thatThenAnAdverbialClauseThenTheReportedClause() {
        List<Quote> q = runQuotes("Lobbying\nPeople familiar with the contract said that, during the years when the firm "
                + "was advising the ministry, it also lobbied for the pipeline.\n", 1);
        assertThat(speakerText(q.get(0))).isEqualTo("People familiar with the contract");
        assertThat(q.get(0).sourceType()).contains(SourceType.ANONYMOUS);
        assertThat(q.get(0).text()).isEqualTo("during the years when the firm was advising the ministry, it also "
                + "lobbied for the pipeline");
    }

    @Test
    void accordingToClosingTheSentenceBeforeAParticipleOrAnApposition() {
        List<Quote> q = runQuotes("Strike ends\nThe carrier reached a deal with unions representing 30,000 workers, "
                + "according to the Labor Department, ending a six-week strike. Bills restricting protests have "
                + "tripled since 2019, according to the Civic Space Monitor, a watchdog group. Ortega now leads "
                + "Vance 48 percent to 41 percent according to a Channel 9 poll released Monday.\n", 3);
        assertThat(q.get(0).text()).isEqualTo("The carrier reached a deal with unions representing 30,000 workers");
        assertThat(speaker(q.get(0))).isEqualTo("Labor Department");
        assertThat(q.get(1).text()).isEqualTo("Bills restricting protests have tripled since 2019");
        assertThat(q.get(2).text()).isEqualTo("Ortega now leads Vance 48 percent to 41 percent");
        assertThat(q.get(2).sourceType()).contains(SourceType.DOCUMENT);
    }

    @Test
    void judgementsWithAdverbsParticiplesAndLongObjects() {
        List<Quote> q = runQuotes("March\nThe commissioner described the marches as largely peaceful. The senator "
                + "described the city as overrun by crime. Still, she called the minister's quarrel with the "
                + "central bank unusual.\n", 3);
        assertThat(q.get(0).text()).isEqualTo("the marches as largely peaceful");
        assertThat(q.get(1).text()).isEqualTo("the city as overrun by crime");
        assertThat(q.get(2).cue()).contains("call");
        assertThat(q.get(2).text()).isEqualTo("the minister's quarrel with the central bank unusual");
    }

    @Test
    void sharesOfPeopleHoldPositions() {
        List<Quote> q = runQuotes("Ban\nAbout three-quarters support a ban on new coal plants. A number of "
                + "Labour senators support lowering the voting age.\n", 2);
        assertThat(speakerText(q.get(0))).isEqualTo("About three-quarters");
        assertThat(q.get(0).text()).isEqualTo("a ban on new coal plants");
        assertThat(q.get(0).sourceType()).contains(SourceType.ANONYMOUS);
        assertThat(q.get(1).sourceType()).contains(SourceType.ANONYMOUS);
    }

    @Test
    void aPollNamedWithInAfterTheClause() {
        List<Quote> q = runQuotes("Race\nIn the spring of 2024, Ortega held a 12-point lead over Vance among young "
                + "voters in a Channel 9 poll. But he fell to 30 percent in the latest Herald poll released "
                + "Wednesday. Vance has led Ortega in just about every statewide survey this year, usually by "
                + "double digits.\n", 3);
        assertThat(q.get(0).text()).isEqualTo("Ortega held a 12-point lead over Vance among young voters");
        assertThat(q.get(0).cue()).contains("in");
        assertThat(q.get(1).text()).isEqualTo("he fell to 30 percent");
        assertThat(q.get(2).text()).isEqualTo("Vance has led Ortega");
    }

    @Test
    void speakersAfterAQuoteWithPartyTagsAdjectivesAndATrailingPhrase() {
        List<Quote> q = runQuotes("Hearing\n“There is real energy in a whole host of races,” Rep. Dana Whitfield (D-Ore.) "
                + "said. “From day one, I made water the top priority,” the bespectacled, 71-year-old envoy said. "
                + "“The court expresses no view on the merits” of the dispute, the unsigned opinion said.\n", 3);
        assertThat(speaker(q.get(0))).isEqualTo("Dana Whitfield");
        assertThat(speakerText(q.get(1))).isEqualTo("the bespectacled, 71-year-old envoy");
        assertThat(speakerText(q.get(2))).isEqualTo("the unsigned opinion");
        assertThat(q.get(2).sourceType()).contains(SourceType.DOCUMENT);
    }

    @Test
    void aNameAndAColonIntroduceAQuoteOrATranscriptTurn() {
        List<Quote> q = runQuotes("Interview\nGov. Nora Castell spoke to the network on Sunday.\n\n"
                + "Ortiz and Castell disagree on the strike. Castell: “We will not negotiate under threat.”\n\n"
                + "PAUL ORTIZ: You said the strike was illegal. Do you still think so?\n\n"
                + "CASTELL: I think the law is clear. It has been clear for years.\n\n"
                + "BERLIN: Officials said the talks would resume.\n\n"
                + "UPDATE: The talks resumed on Monday.\n", 4);
        assertThat(speaker(q.get(0))).isEqualTo("Nora Castell");
        assertThat(q.get(0).cue()).contains(":");
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(speakerText(q.get(1))).isEqualTo("PAUL ORTIZ");
        assertThat(q.get(1).text()).isEqualTo("You said the strike was illegal. Do you still think so?");
        assertThat(speaker(q.get(2))).isEqualTo("Nora Castell"); // the tag in capitals is her surname
        assertThat(q.get(2).text()).isEqualTo("I think the law is clear. It has been clear for years.");
        assertThat(speakerText(q.get(3))).isEqualTo("Officials"); // a dateline is no speaker
    }

    @Test
    void aContrastEndsAStatedPreferenceAndADocumentCanCloseTheSentence() {
        List<Quote> q = runQuotes("Caucus\nMost older voters preferred Ortega while about 6 in 10 young voters supported "
                + "Vance. But the survey shows only a small gender gap. Vance has not donated to any candidate since "
                + "2019, state election records compiled by the Civic Ledger show.\n", 4);
        assertThat(q.get(0).text()).isEqualTo("Ortega");
        assertThat(speakerText(q.get(1))).isEqualTo("about 6 in 10 young voters");
        assertThat(q.get(2).text()).isEqualTo("a small gender gap");
        assertThat(q.get(3).text()).isEqualTo("Vance has not donated to any candidate since 2019");
        assertThat(speakerText(q.get(3))).isEqualTo("state election records compiled by the Civic Ledger");
    }

    @Test
    void speakersBehindRelativeClausesAddresseesAndHometowns() {
        List<Quote> q = runQuotes("Convention\nThe ministry confirmed the visit, its chief spokesman, Tomas Reyes, told The "
                + "Harbor Gazette. A senior official who spoke anonymously to discuss internal planning said Wednesday, "
                + "“There are talks between the two camps.” Lena Hart, 22, of Dayton, Ohio, said she had not given up "
                + "on the candidate. “Many people are unsure this year,” Marek Vogel wrote in a statement to the Gazette "
                + "explaining why he is speaking at the convention.\n", 5);
        assertThat(speaker(q.get(0))).isEqualTo("Tomas Reyes");
        assertThat(q.get(0).text()).isEqualTo("The ministry confirmed the visit");
        assertThat(speakerText(q.get(1))).isEqualTo("A senior official");
        assertThat(speaker(q.get(2))).isEqualTo("Lena Hart");
        assertThat(speaker(q.get(3))).isEqualTo("Marek Vogel");
        assertThat(q.get(4).cue()).contains("explain");
        assertThat(speaker(q.get(4))).isEqualTo("Marek Vogel");
    }

    @Test
    void aClosedQuoteIsNotTheNextSentencesObjectAndAPastTenseMayLookLikeAParticiple() {
        List<Quote> q = runQuotes("Rally\nAt a rally on Monday, Vance's primary rival Sen. Ana Ortega (R-Ohio) said Vance is "
                + "“unelectable now.” Sen. Paul Reed (R-Texas), also a candidate, called the militia “repulsive.” "
                + "Rep. Lee Hart (D-N.Y) said Ortega called on members to be “closely coordinated.”\n", 3);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(speaker(q.get(0))).isEqualTo("Ana Ortega"); // the name at the head, not "Vance's"
        assertThat(q.get(0).text()).isEqualTo("Vance is “unelectable now.”");
        assertThat(speaker(q.get(1))).isEqualTo("Paul Reed");
        assertThat(q.get(1).text()).isEqualTo("the militia “repulsive.”");
        assertThat(q.get(1).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(speaker(q.get(2))).isEqualTo("Lee Hart");
        assertThat(q.get(2).text()).startsWith("Ortega called on members");
    }

    @Test
    void countsAndParticiplesAreNoSpeech() {
        List<Quote> q = runQuotes("Primary\nIn the Republican primary, 603,000 people voted, a 20% increase from 2012. The "
                + "other states voting Tuesday are Ohio and Illinois. The economy added around 292,000 jobs in December, "
                + "China suffered market chaos, and stocks fell.\n", 0);
        assertThat(q).isEmpty();
    }

    @Test
    void titlesInQuotationMarksAreNoQuotes() {
        List<Quote> q = runQuotes("Actors\nShe starred in “Orange is the New Black” and hosts “Flip the Script with Liz Plank” "
                + "online. He appeared in “How the Grinch Stole Christmas,” the holiday film. “We are ready for the "
                + "season,” the studio said.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("We are ready for the season,");
    }

    @Test
    void standaloneSubjectsAndASecondReportInTheSameSentence() {
        List<Quote> q = runQuotes("Rich lists\nWhile one company says there are 2,400 billionaires, another says there are "
                + "about 1,800. Several said they would rather see the lists merged.\n", 3);
        assertThat(q.get(0).text()).isEqualTo("there are 2,400 billionaires");
        assertThat(speakerText(q.get(1))).isEqualTo("another");
        assertThat(q.get(1).text()).isEqualTo("there are about 1,800");
        assertThat(speakerText(q.get(2))).isEqualTo("Several");
    }

    @Test
    void clauseBeforeACueWithAppositionRelativeClauseAddresseeOrShowTitle() {
        List<Quote> q = runQuotes("Schools\nFederal rules are a burden on teachers, said Ana Wilcox, a state senator who "
                + "founded a charter school. The district is within reach, said a handful of organizers who point to "
                + "the turnout. This is not about me, Mayor Ortega told her advisers as she worked on the speech. "
                + "The governor was right to veto the bill, he said Wednesday on Channel 4's “Morning Report.” "
                + "But as Lee noted, those voters will give Ortega a second look.\n", 6);
        assertThat(speaker(q.get(0))).isEqualTo("Ana Wilcox");
        assertThat(q.get(0).text()).isEqualTo("Federal rules are a burden on teachers");
        assertThat(speakerText(q.get(1))).isEqualTo("a handful of organizers");
        // the speakers' relative clause holds a stance of their own
        assertThat(q.get(2).cue()).contains("point to");
        assertThat(speakerText(q.get(2))).isEqualTo("a handful of organizers");
        assertThat(q.get(3).text()).isEqualTo("This is not about me");
        assertThat(q.get(4).text()).isEqualTo("The governor was right to veto the bill");
        assertThat(q.get(5).cue()).contains("note");
        assertThat(q.get(5).text()).isEqualTo("those voters will give Ortega a second look");
    }

    @Test
    void aColonAfterSayAndALongPartyTag() {
        List<Quote> q = runQuotes("War\nSome voters say: It's time for us to get out. Sen. Ray Doyle (a Maine Democrat so "
                + "young he has been mistaken for an intern) says he was lost in his first weeks.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("It's time for us to get out");
        assertThat(speaker(q.get(1))).isEqualTo("Ray Doyle");
    }

    @Test
    void anyVerbRightAfterTheSpeakerOfAQuoteEndingInACommaIsItsCue() {
        List<Quote> q = runQuotes("Summit\n“Italy is no longer Italy,” Vance claimed. “Italy will always be Italy,” an angry "
                + "Ortega retaliated. “The market has not failed the workers,” she mocks.\n", 3);
        assertThat(speaker(q.get(1))).isEqualTo("Ortega");
        assertThat(q.get(1).cue()).contains("retaliate");
        assertThat(q.get(2).cue()).contains("mock");
    }

    @Test
    void aVerbChainAfterAConjunctionAndADocumentNamedWithFrom() {
        List<Quote> q = runQuotes("Danger\nVance joked that Brooklyn was his answer, but went on to say, “There are places "
                + "in this country that are truly dangerous.”\n\nFrom the report: “In general, larger samples produced "
                + "more accurate results.”\n", 3);
        assertThat(q.get(0).cue()).contains("joke"); // a joke reports a clause too
        assertThat(q.get(0).text()).isEqualTo("Brooklyn was his answer");
        assertThat(speaker(q.get(1))).isEqualTo("Vance");
        assertThat(q.get(1).cue()).contains("say");
        assertThat(speakerText(q.get(2))).isEqualTo("the report");
        assertThat(q.get(2).sourceType()).contains(SourceType.DOCUMENT);
    }

    @Test
    void aQuestionPutBySomeoneUnnamedIsAddressedToTheMainClausesSubject() {
        List<Quote> q = runQuotes("Climate\nAsked whether he was worried about the treaty, Ortega demurred. Asked by "
                + "Lena Hart to respond to the criticism, Vance said nothing.\n", 2);
        assertThat(q.get(0).cue()).contains("ask");
        assertThat(q.get(0).text()).isEqualTo("whether he was worried about the treaty");
        assertThat(q.get(0).speaker()).isEmpty();
        assertThat(q.get(0).addressee().flatMap(Speaker::name)).contains("Ortega");
        assertThat(speaker(q.get(1))).isEqualTo("Lena Hart");
        assertThat(q.get(1).text()).isEqualTo("to respond to the criticism");
        assertThat(q.get(1).addressee().flatMap(Speaker::name)).contains("Vance");
    }

    @Test
    void aPassiveExpectationIsUnnamedPeoplesInTwoParts() {
        List<Quote> q = runQuotes("Court\nThe tribunal is expected to rule on the border case next month. The first "
                + "hearing, which is widely expected to open on May 3, will be public.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("The tribunal to rule on the border case next month");
        assertThat(q.get(0).parts()).hasSize(2);
        assertThat(q.get(0).cue()).contains("expect");
        assertThat(q.get(0).speaker()).isEmpty();
        assertThat(q.get(0).sourceType()).contains(SourceType.ANONYMOUS);
        assertThat(q.get(1).text()).isEqualTo("which to open on May 3");
    }

    @Test
    void anInvertedSpeakerWithAParticipleAdjectiveNamesThePersonInApposition() {
        List<Quote> q = runQuotes("Bench\n“The odds are that the court will sit with eight justices for the whole "
                + "term,” said another leading appeals lawyer, Ruth Okafor of the firm Hale & Dorr.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Ruth Okafor");
    }

    @Test
    void verbChainsAndParticiplePhrasesBeforeTheCue() {
        List<Quote> q = runQuotes("Detail\nGary Lind wrote a memoir about his years on the detail. He went on to say, "
                + "“She once threw a lamp at an agent.”\n\nWhen asked whom she supported, Ms. Sherry smiled and said, "
                + "“I'm waiting for someone else to get in the race.”\n\nThe row began after Mr. Vance, asked about the "
                + "protests, had said, “Our country has seen far worse than this.”\n", 4);
        assertThat(speaker(q.get(0))).isEqualTo("Gary Lind");
        assertThat(q.stream().filter(x -> x.text().startsWith("I'm waiting")).map(QuoteExtractorTest::speaker))
                .containsExactly("Sherry");
        assertThat(speaker(q.get(3))).isEqualTo("Vance");
    }

    @Test
    void aQuoteGoesOnInAClauseBeforeItsAttribution() {
        List<Quote> q = runQuotes("Margin\n“Many would call that an embarrassment for the governor” if she lost by a "
                + "wider margin, said Dana Whitfield, an analyst at the Harbor Institute.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Dana Whitfield");
    }

    @Test
    void aShowsTitleOrAPossessiveBeforeQuotedWordsLeavesTheReportedClause() {
        List<Quote> q = runQuotes("Leak\nOn Sunday’s “Capitol Report,” Rep. Dale Okafor said Governor Lena Hart’s "
                + "“judgment” and “candor” are in question after the leak.\n", 1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(speaker(q.get(0))).isEqualTo("Dale Okafor");
        assertThat(q.get(0).text()).startsWith("Governor Lena Hart’s “judgment”");
    }

    @Test
    void asidesAndParentheticalsAroundAReportedClause() {
        List<Quote> q = runQuotes("Bridge\nHart said — on the radio, as it happens — that the bridge would reopen in "
                + "May. The answer, the engineer told them, was simple. Those who still have tickets, he said, must "
                + "exchange them by Friday. She says despite all that, the council was right to wait.\n", 4);
        assertThat(q.get(0).text()).isEqualTo("the bridge would reopen in May");
        assertThat(q.get(1).text()).isEqualTo("The answer was simple");
        assertThat(q.get(1).addressee().flatMap(Speaker::mention).map(m -> m.text())).contains("them");
        assertThat(q.get(2).text()).isEqualTo("Those who still have tickets must exchange them by Friday");
        assertThat(q.get(3).text()).isEqualTo("despite all that, the council was right to wait");
    }

    @Test
    void aReportAfterItsClauseOwnsAClaimInsideItAndThatMayComeAfterPlaces() {
        List<Quote> q = runQuotes("Trust\nVance’s claim that the council had hidden the report damaged trust in the "
                + "city, Hart said. Ortega said Thursday during a taping of a radio show in Leeds, England, that the "
                + "council is wrong to delay the vote.\n", 2);
        assertThat(speaker(q.get(0))).isEqualTo("Hart");
        assertThat(q.get(0).text()).startsWith("Vance’s claim that");
        assertThat(q.get(1).text()).isEqualTo("the council is wrong to delay the vote");
    }

    @Test
    void aNameInAppositionSpeaksForAHeadWithANameInItsModifier() {
        List<Quote> q = runQuotes("Union\nThe head of the largest union backing Mayor Lena Hart, Tom Baxter, praised "
                + "the deal on Monday.\n", 1);
        assertThat(q.stream().filter(x -> x.cue().orElse("").equals("praise")).map(QuoteExtractorTest::speaker))
                .containsExactly("Tom Baxter");
    }

    @Test
    void aParticipleCueTakesTheSubjectOfTheClauseItHangsOn() {
        List<Quote> q = runQuotes("Trail\nShe is noting the problems Vance had answering questions about banks and saying "
                + "he could not answer questions on trade.\n\nHart spent much of the run-up to the caucuses portraying "
                + "Ortega as focused on one issue.\n\nTom Emanuel of Laconia stood at a Bush event to say he was "
                + "leaning toward Mr. Vance.\n\nKhan also decried Vance’s repeated calls to close the border, noting he "
                + "has sacrificed nothing for it.\n", 6);
        assertThat(speakerText(q.get(1))).isEqualTo("She"); // not Vance, the subject of "had"
        assertThat(speaker(q.get(2))).isEqualTo("Hart");
        assertThat(speaker(q.get(3))).isEqualTo("Tom Emanuel");
        assertThat(q.get(4).text()).isEqualTo("Vance’s repeated calls to close the border");
        assertThat(speaker(q.get(5))).isEqualTo("Khan");
    }

    @Test
    void aSecondSpeakerWithItsOwnCueEndsTheClause() {
        List<Quote> q = runQuotes("Exit poll\nAfter the event, several Hart supporters said the mayor had made a good case "
                + "for the plan, while other voters said they had heard nothing new. Nearly half said they prefer someone "
                + "with experience, and more than 4 in 10 said Vance would be best at handling the economy.\n", 4);
        assertThat(q).extracting(QuoteExtractorTest::speakerText).containsExactly("several Hart supporters",
                "other voters", "Nearly half", "more than 4 in 10");
        assertThat(q.get(0).text()).isEqualTo("the mayor had made a good case for the plan");
        assertThat(q.get(2).text()).isEqualTo("they prefer someone with experience");
    }

    @Test
    void aFragmentBeforeAsXSaidAndAFragmentInsideAPollsFinding() {
        List<Quote> q = runQuotes("Race\nStill, the fact that the race “is a dead heat right now,” as Ortega said on a "
                + "radio program on Monday, makes the choice harder.\n\nAccording to the exit polls in Ohio, 24% of "
                + "voters want a candidate who would \"tell it like it is\" on trade.\n", 2);
        assertThat(speaker(q.get(0))).isEqualTo("Ortega");
        assertThat(q.get(1).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(speakerText(q.get(1))).isEqualTo("the exit polls in Ohio");
        assertThat(q.get(1).sourceType()).contains(SourceType.DOCUMENT);
    }

    @Test
    void anOpeningParticipleCueTakesTheMainClausesSubjectAndAnObjectIsNoInvertedSpeaker() {
        List<Quote> q = runQuotes("Doubts\nWhile saying that he does respect the mayor, Ortega continued to question her "
                + "record. The regional authorities, the agency next to the border, announced tighter controls on the "
                + "bridge on Tuesday, with the minister leveling criticism at his neighbours.\n", -1);
        assertThat(speaker(q.get(0))).isEqualTo("Ortega");
        assertThat(q.get(0).text()).isEqualTo("he does respect the mayor");
        assertThat(q).noneMatch(x -> "tighter controls".equals(speakerText(x)));
    }

    @Test
    void aRelativeClauseReportEndsBeforeTheMainVerbAndNamesItsHeadNotAModifier() {
        List<Quote> q = runQuotes("Ads\nLena Hart, who said that the bridge would be rebuilt, won the county. One ad "
                + "features a Lincoln impersonator who promises that Vance will not raise taxes.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("the bridge would be rebuilt");
        assertThat(speaker(q.get(0))).isEqualTo("Lena Hart");
        assertThat(speakerText(q.get(1))).endsWith("impersonator");
    }

    @Test
    void anInfinitiveBeforeTheClosingMarkIsNoSpeechInsideTheQuote() {
        List<Quote> q = runQuotes("Vote\n''Well, it's kind of a silly thing to say,'' Ms. Hart said. ''But I'm going to "
                + "trust the voters who know me.''\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Hart");
        assertThat(q.get(0).parts()).hasSize(2);
    }

    @Test
    void anExpectationEndsAtACommaAndNoneOpensAContrast() {
        List<Quote> q = indirect("Talks\nThe delegations meet again on June 2, when they are expected to discuss the "
                + "grain corridor, once the results are in. Where he was expected to make peace, Vance attacked the "
                + "council again.\n");
        assertThat(q).extracting(Quote::text).containsExactly("they to discuss the grain corridor");
    }

    @Test
    void asReportedByAndPointedOutThatAndAnAppositionBeforeTheClausesVerb() {
        List<Quote> q = runQuotes("Inquiry\nAs first reported by the Harbor Gazette, investigators found 2,200 emails "
                + "with classified material. A reporter pointed out that Terris, the Gazette's photographer, saw the "
                + "incident unfold.\n", 2);
        assertThat(speakerText(q.get(0))).isEqualTo("Harbor Gazette");
        assertThat(q.get(0).cue()).contains("report");
        assertThat(q.get(0).text()).isEqualTo("investigators found 2,200 emails with classified material");
        assertThat(q.get(1).text()).isEqualTo("Terris, the Gazette's photographer, saw the incident unfold");
    }

    @Test
    void aVerbInASubordinateClauseDoesNotLendItsSubjectToALaterCue() {
        List<Quote> q = runQuotes("Debate\nVance mocked his rivals, talked over them as they answered questions and "
                + "assured the crowd that he was ready. The retired senator gave no details about how he planned to "
                + "rebuild his campaign, saying only that he was ready.\n", -1);
        assertThat(q.stream().filter(x -> x.cue().orElse("").equals("assure")).map(QuoteExtractorTest::speaker))
                .containsExactly("Vance");
        assertThat(q.stream().filter(x -> x.text().equals("he was ready") && x.cue().orElse("").equals("say"))
                .map(QuoteExtractorTest::speakerText)).containsExactly("The retired senator");
    }

    @Test
    void aVerbOfSpeechTheTaggerTookForANounStillCues() {
        List<Quote> q = runQuotes("Letters\n“You seem to have picked a new standard out of thin air to describe the "
                + "conduct of the minister and her staff,” the two write.\n\n“Not us but can’t argue with it!” Murphy, "
                + "the head of the Harbor Fund, Tweeted on Friday with an image of the banner.\n", 2);
        assertThat(speakerText(q.get(0))).isEqualTo("the two");
        assertThat(q.get(0).cue()).contains("write");
        assertThat(speakerText(q.get(1))).isEqualTo("Murphy");
        assertThat(q.get(1).cue()).contains("tweet");
    }

    @Test
    void aQuotationClosingAnAppositionLeavesTheSubjectToTheMainVerb() {
        List<Quote> q = runQuotes("Rally\nMr. Okafor, citing “the quiet strength of the suburbs,” said the governor could "
                + "carry the state by six points.\n\nThe senator, who called the tariff plan “a disaster,” said she would "
                + "vote against it on Thursday.\n", -1);
        Quote carry = q.stream().filter(x -> x.text().startsWith("the governor could")).findFirst().orElseThrow();
        assertThat(carry.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(speaker(carry)).isEqualTo("Okafor");
        assertThat(carry.cue()).contains("say");
        Quote vote = q.stream().filter(x -> x.text().startsWith("she would vote")).findFirst().orElseThrow();
        assertThat(speakerText(vote)).isEqualTo("The senator");
        // the naming ends with its quotation: "said she would …" is not part of what she called the plan
        Quote called = q.stream().filter(x -> x.cue().equals(Optional.of("call"))).findFirst().orElseThrow();
        assertThat(called.text()).doesNotContain("said");
    }

    @Test
    void feelingsPutForwardAboutSomethingAreTheirHoldersStance() {
        List<Quote> q = runQuotes("Visit\nIn 2019, Ms. Haddad expressed admiration for the mayor's housing program. Her "
                + "deputy later voiced frustration with the pace of construction.\n", 2);
        assertThat(speaker(q.get(0))).isEqualTo("Haddad");
        assertThat(q.get(0).cue()).contains("admiration for");
        assertThat(q.get(0).text()).isEqualTo("the mayor's housing program");
        assertThat(speakerText(q.get(1))).isEqualTo("Her deputy");
        assertThat(q.get(1).cue()).contains("frustration with");
    }

    @Test
    void aWishWithAPossessiveObjectAndAnIntentionTheTaggerTookForANoun() {
        List<Quote> q = runQuotes("Campaign\nThe Green presidential candidate plans to be back in Leeds on Saturday. "
                + "She wants her party to work harder in the north.\n", 2);
        assertThat(q.get(0).cue()).contains("plan");
        assertThat(speakerText(q.get(0))).isEqualTo("The Green presidential candidate");
        assertThat(q.get(0).text()).startsWith("to be back in Leeds");
        assertThat(q.get(1).cue()).contains("want");
        assertThat(q.get(1).text()).isEqualTo("her party to work harder in the north");
    }

    @Test
    void aStanceNamedByAnAdjectiveOrAPhrasalVerbIsItsHoldersPosition() {
        List<Quote> q = runQuotes("Trade\nSenator Ward has been sharply critical of the trade deal. Aides were worried "
                + "about turnout in Ohio. The governor lashed out at the port authority. The mayor took issue with the "
                + "ruling.\n", 4);
        assertThat(q).extracting(Quote::cue).containsExactly(Optional.of("critical of"), Optional.of("worried about"),
                Optional.of("lash out at"), Optional.of("take issue with"));
        assertThat(q).extracting(QuoteExtractorTest::speakerText).containsExactly("Ward", "Aides", "The governor",
                "The mayor");
        assertThat(q.get(0).text()).isEqualTo("the trade deal");
        assertThat(q.get(3).text()).isEqualTo("the ruling");
    }

    @Test
    void aStanceInThePassiveIsHeldByTheAgentAfterBy() {
        List<Quote> q = runQuotes("Bill\nThe housing bill, opposed by the farmers' union, never came to a vote.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("The housing bill");
        assertThat(speakerText(q.get(0))).isEqualTo("the farmers' union");
        assertThat(q.get(0).cue()).contains("oppose");
        // an act that is not a stance stays out: "was signed by the president" is no quote
        runQuotes("Bill\nThe housing bill, signed by the president on Friday, takes effect in May.\n", 0);
    }

    @Test
    void aRelativeClauseAfterACommaSpeaksForTheNounBeforeItAndEndsAtTheMainVerb() {
        List<Quote> q = runQuotes("Vote\nHundreds of the party's delegates have endorsed Ms. Obi. Senator Ray Dunn of "
                + "Maine, who has accused the chair of rigging the count, may still back her.\n", -1);
        Quote endorsed = q.stream().filter(x -> x.cue().equals(Optional.of("endorse"))).findFirst().orElseThrow();
        assertThat(speakerText(endorsed)).isEqualTo("Hundreds of the party's delegates");
        Quote accused = q.stream().filter(x -> x.cue().equals(Optional.of("accuse"))).findFirst().orElseThrow();
        assertThat(speaker(accused)).isEqualTo("Ray Dunn");
        assertThat(accused.text()).isEqualTo("the chair of rigging the count");
    }

    @Test
    void aShortSentenceInQuotesIsSpeechEvenWhenAClauseFollowsItsCue() {
        List<Quote> q = runQuotes("Casino\n“It was very nice,” the casino owner told Reuters in Macau when asked if he had "
                + "met the senator.\n", 1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(speakerText(q.get(0))).isEqualTo("the casino owner");
        assertThat(q.get(0).cue()).contains("tell");
    }

    @Test
    void aCueInTheNextSentenceThatOpensAnotherQuoteIsNotTheFirstOnes() {
        List<Quote> q = runQuotes("Debate\nMs. Ortiz says she respects her rival and calls her “a tireless public servant.”"
                + " She adds, “In a campaign things get heated.”\n", -1);
        Quote adds = q.stream().filter(x -> x.cue().equals(Optional.of("add"))).findFirst().orElseThrow();
        assertThat(adds.text()).isEqualTo("In a campaign things get heated.");
        assertThat(adds.parts()).hasSize(1);
    }

    @Test
    void aPersonsPredictionIsAStanceAndAnAsideBetweenCommasMayComeBeforeThat() {
        List<Quote> q = runQuotes("Primary\nMayor Ruiz predicted a narrow win in the north. The auditor further stated, "
                + "while testifying before the council, that the accounts were incomplete.\n", 2);
        assertThat(q.get(0).cue()).contains("predict");
        assertThat(q.get(0).text()).isEqualTo("a narrow win in the north");
        assertThat(q.get(1).cue()).contains("state");
        assertThat(q.get(1).text()).isEqualTo("the accounts were incomplete");
    }

    @Test
    void aCueInsideAQuotationDoesNotReachPastItAndAParticipleAfterATitleIsTheSpeakers() {
        List<Quote> q = runQuotes("Rally\n“We show anger, we show emotion,” said Mr. Harvey, who acknowledged the mayor was "
                + "his fourth choice. ''I wish him well,'' Ms. Dale told the hosts of ''Morning Talk,'' adding that her "
                + "son knows his.\n", -1);
        Quote acknowledged = q.stream().filter(x -> x.cue().equals(Optional.of("acknowledge"))).findFirst().orElseThrow();
        assertThat(speaker(acknowledged)).isEqualTo("Harvey");
        assertThat(acknowledged.text()).isEqualTo("the mayor was his fourth choice");
        Quote adding = q.stream().filter(x -> x.cue().equals(Optional.of("add"))).findFirst().orElseThrow();
        assertThat(speaker(adding)).isEqualTo("Dale");
        assertThat(adding.text()).isEqualTo("her son knows his");
    }

    @Test
    void aParticipleCueAfterACommaInsideClosingMarksStartsItsOwnQuote() {
        List<Quote> q = runQuotes("Banks\nThe senator from Vermont said the banking system was \"rigged,\" noting that it is "
                + "\"very strange that nobody went to jail.\" The ministry confirmed the visit, its chief spokesman, Tomas "
                + "Reyes, told the Gazette.\n", 3);
        assertThat(q.get(0).cue()).contains("say");
        assertThat(q.get(0).text()).isEqualTo("the banking system was \"rigged,\"");
        assertThat(q.get(1).cue()).contains("note");
        assertThat(q.get(1).text()).startsWith("it is \"very strange");
        assertThat(speakerText(q.get(1))).isEqualTo("The senator from Vermont");
        // a stance object stops before a closing attribution with an apposition
        assertThat(speaker(q.get(2))).isEqualTo("Tomas Reyes");
        assertThat(q.get(2).text()).isEqualTo("The ministry confirmed the visit");
    }

    @Test
    void aStanceObjectEndsAtASecondPredicateAListOfRelativesOrAClauseAfterAs() {
        List<Quote> q = runQuotes("Rally\nShe did not mention her rivals by name but did note that she had won the most "
                + "counties. Senator Diaz is highlighting his win in Leon as he urges moderates to unite. The coalition "
                + "joined farmers who wanted lower tariffs, teachers who were angry about pay, engineers who wanted higher wages."
                + "\n", -1);
        assertThat(q).extracting(Quote::text).contains("her rivals by name", "she had won the most counties",
                "his win in Leon", "lower tariffs", "higher wages");
        Quote more = q.stream().filter(x -> x.text().equals("higher wages")).findFirst().orElseThrow();
        assertThat(speakerText(more)).isEqualTo("engineers");
    }

    @Test
    void aQuoteRightAfterAContinuedOneContinuesItToo() {
        List<Quote> q = runQuotes("Border\n“We have to do something,” the governor said. “We have to be tougher.” “We have to "
                + "act now.”\n", 1);
        assertThat(q.get(0).parts()).hasSize(3);
        assertThat(q.get(0).text()).isEqualTo("We have to do something, We have to be tougher. We have to act now.");
        assertThat(speakerText(q.get(0))).isEqualTo("the governor");
    }

    @Test
    void aVerbInAListAfterAQuotationTakesTheListsSubject() {
        List<Quote> q = runQuotes("Debate\nMr. Oduya summed up the plan as “reckless,” denounced its costs and said the "
                + "council should vote it down.\n", -1);
        Quote denounced = q.stream().filter(x -> x.cue().equals(Optional.of("denounce"))).findFirst().orElseThrow();
        assertThat(speaker(denounced)).isEqualTo("Oduya");
        assertThat(denounced.text()).isEqualTo("its costs");
        Quote said = q.stream().filter(x -> x.cue().equals(Optional.of("say"))).findFirst().orElseThrow();
        assertThat(speaker(said)).isEqualTo("Oduya");
        assertThat(said.text()).isEqualTo("the council should vote it down");
    }

    @Test
    void aJudgementInThePassiveIsItsHoldersOrUnnamedPeoples() {
        List<Quote> q = runQuotes("Race\nOhio and Iowa are both seen as opportunities for the senator by about a third of "
                + "donors. The port is widely viewed as a bulwark against smuggling. The mayor dismissed the audit as a "
                + "distraction. He was seen at the rally on Friday.\n", 3);
        assertThat(q.get(0).cue()).contains("see");
        assertThat(speakerText(q.get(0))).isEqualTo("a third of donors");
        assertThat(q.get(0).parts()).hasSize(2);
        assertThat(q.get(0).text()).isEqualTo("Ohio and Iowa as opportunities for the senator");
        assertThat(q.get(1).speaker()).isEmpty();
        assertThat(q.get(1).sourceType()).contains(SourceType.ANONYMOUS);
        assertThat(q.get(1).text()).isEqualTo("The port as a bulwark against smuggling");
        assertThat(q.get(2).cue()).contains("dismiss");
        assertThat(q.get(2).text()).isEqualTo("the audit as a distraction");
    }

    @Test
    void sayingNoTheSameOrSoReportsAnAnswer() {
        List<Quote> q = runQuotes("Poll\nAsked about the tax, the governor said no. She said no to the toll road. While 80 "
                + "percent of farmers backed the mayor, 40 percent said the same for his rival. Neither side would say so. "
                + "I said no more questions.\n", -1);
        assertThat(q).extracting(Quote::text).contains("no", "no to the toll road", "the same for his rival", "so");
        assertThat(q).extracting(Quote::text).doesNotContain("no more questions");
    }

    @Test
    void thoseWhoHoldAStanceSpeakForThemselves() {
        List<Quote> q = runQuotes("Levy\nThe mayor thanked those who backed the levy. Among those who want a new stadium, "
                + "most are season ticket holders.\n", 2);
        assertThat(speakerText(q.get(0))).isEqualTo("those");
        assertThat(q.get(0).text()).isEqualTo("the levy");
        assertThat(speakerText(q.get(1))).isEqualTo("those");
        assertThat(q.get(1).text()).isEqualTo("a new stadium");
    }

    @Test
    void aClosingAccordingToAfterADashARelativeClauseOrAPlaceAndThatIsAccordingTo() {
        List<Quote> q = runQuotes("Crime\nLast year the county recorded 212 burglaries — most of them in empty holiday "
                + "homes — according to the latest figures released by the sheriff's office.\n\nTuition at the college "
                + "will rise by 4 percent next fall, according to Mara Okafor, who chairs its finance committee.\n\n"
                + "The strike idled two paper mills, according to a report from KTVB, the NBC affiliate in Boise, Idaho."
                + "\n\nThat's according to early returns compiled by the state elections board.\n", 4);
        assertThat(q.get(0).cue()).contains("according to");
        assertThat(q.get(0).text()).startsWith("Last year the county recorded 212 burglaries").doesNotContain("according");
        assertThat(speakerText(q.get(0))).isEqualTo("the latest figures released by the sheriff's office");
        assertThat(speaker(q.get(1))).isEqualTo("Mara Okafor");
        assertThat(q.get(1).text()).isEqualTo("Tuition at the college will rise by 4 percent next fall");
        assertThat(speakerText(q.get(2))).startsWith("a report from KTVB");
        assertThat(q.get(2).text()).isEqualTo("The strike idled two paper mills");
        assertThat(q.get(3).text()).isEqualTo("That");
        assertThat(speakerText(q.get(3))).isEqualTo("early returns compiled by the state elections board");
    }

    @Test
    void aSecondSpeechVerbOfTheSameSpeakerEndsTheFirstClause() {
        List<Quote> q = runQuotes("Budget\nThe governor said the budget was balanced and promised that taxes would not "
                + "rise.\n\nRita Sole, a spokeswoman for the mayor, called on the council to drop the fee and said it had "
                + "gone too far.\n\nOkafor said she was “stunned” by the vote, but lamented that few members had read "
                + "the bill.\n\nVance told reporters Ortega called him and offered help.\n", 7);
        // (Ortega's offer is part of what Vance told: "offered help" has an object, not speech)
        assertThat(q).extracting(Quote::text).containsExactly("the budget was balanced", "taxes would not rise",
                "the council to drop the fee", "it had gone too far", "she was “stunned” by the vote",
                "few members had read the bill", "Ortega called him and offered help");
        assertThat(q.get(1).cue()).contains("promise");
        assertThat(speaker(q.get(3))).isEqualTo("Rita Sole");
        assertThat(q.get(5).cue()).contains("lament");
        assertThat(speaker(q.get(5))).isEqualTo("Okafor");
    }

    @Test
    void aRequestsObjectMayHaveAPrepositionOrANegationAndEndsAtTheSpeakersNextVerb() {
        List<Quote> q = runQuotes("Flood\nPolice urged residents not to drive through flooded streets.\n\nOn Monday, "
                + "Okafor and Lena Hart urged the rest of the council to back the levy and tried to make the case that it "
                + "was urgent.\n\nIn a post on Facebook, the city of Dunmore asked people to stay indoors.\n\nWhen she asked "
                + "volunteers to fill sandbags, hundreds came.\n", 5);
        assertThat(q).extracting(Quote::text).containsExactly("residents not to drive through flooded streets",
                "the rest of the council to back the levy", "it was urgent", "people to stay indoors",
                "volunteers to fill sandbags");
        assertThat(q.get(0).cue()).contains("urge");
        assertThat(q.get(2).cue()).contains("make the case"); // the speakers' next verb, a claim of its own
        assertThat(speakerText(q.get(3))).isEqualTo("the city of Dunmore");
        assertThat(q.get(3).sourceType()).contains(SourceType.ORGANIZATION);
    }

    @Test
    void aStanceOnItAndStancesOfTroopsAndFans() {
        List<Quote> q = runQuotes("Levy\nCouncil Democrats opposed it because it fell short of the mayor's request.\n\n"
                + "Most veterans favor a larger role for the state in their care.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("it");
        assertThat(q.get(0).cue()).contains("oppose");
        assertThat(speakerText(q.get(1))).isEqualTo("Most veterans");
        assertThat(q.get(1).text()).isEqualTo("a larger role for the state in their care");
    }

    @Test
    void wordsCitedRightBeforeTheMainVerbAndAQuoteABeamingSpeakerSays() {
        List<Quote> q = runQuotes("Rally\nMs. Okafor, citing ''the quiet strength of the suburbs,'' said the governor "
                + "could carry the state.\n\n“This is wonderful!” beamed Lena Hart of Dunmore, who had waited since dawn.\n", 3);
        assertThat(q.get(0).text()).contains("the quiet strength of the suburbs");
        assertThat(speaker(q.get(0))).isEqualTo("Okafor");
        assertThat(q.get(0).cue()).contains("cite");
        assertThat(q.get(1).cue()).contains("say");
        assertThat(q.get(2).text()).isEqualTo("This is wonderful!");
        assertThat(speaker(q.get(2))).isEqualTo("Lena Hart");
        assertThat(q.get(2).cue()).contains("beam");
    }

    @Test
    void theTopicOfSpeechIsItsNounPhraseButNotTheTermsOrTheMediumOfSpeaking() {
        List<Quote> q = runQuotes("Hall\nOkafor talked about the housing shortage for most of the evening.\n\n"
                + "“We cannot wait another winter,” Lena Hart said, referring to the shelter closures.\n\n"
                + "Vance spoke briefly about how the levy would be spent. An aide spoke on condition of anonymity. "
                + "The mayor wrote on Facebook that the hall would reopen.\n", -1);
        assertThat(q).extracting(Quote::text).contains("the housing shortage", "the shelter closures",
                "how the levy would be spent", "the hall would reopen");
        assertThat(q).extracting(Quote::text).noneMatch(t -> t.contains("anonymity") || t.contains("Facebook"));
        Quote referring = q.stream().filter(x -> x.text().equals("the shelter closures")).findFirst().orElseThrow();
        assertThat(referring.cue()).contains("refer to");
        assertThat(speaker(referring)).isEqualTo("Lena Hart");
        Quote spoke = q.stream().filter(x -> x.text().startsWith("how the levy")).findFirst().orElseThrow();
        assertThat(spoke.cue()).contains("speak about");
        assertThat(speaker(spoke)).isEqualTo("Vance");
    }

    @Test
    void aNamingWithoutAsAndAThatClauseWhoseQuotedVerbTheTaggerMissed() {
        List<Quote> q = runQuotes("Race\nOkafor labeled the plan ''reckless and unfair.''\n\nAt the forum, Vance declared "
                + "that austerity ''works.''\n", 2);
        assertThat(q.get(0).cue()).contains("label");
        assertThat(speaker(q.get(0))).isEqualTo("Okafor");
        assertThat(q.get(0).text()).startsWith("the plan ''reckless and unfair");
        assertThat(q.get(1).cue()).contains("declare");
        assertThat(q.get(1).text()).startsWith("austerity ''works");
    }

    @Test
    void anAdverbialOpenerBeforeAParentheticalCueAndAPastVerbTakenForAParticiple() {
        List<Quote> q = runQuotes("Arrest\nAfter being informed that he would be charged, police said, Dale Morrow walked into the "
                + "station on his own.\n\nShe said the charity provided a signed letter from its auditors.\n", 2);
        assertThat(speakerText(q.get(0))).isEqualTo("police");
        assertThat(q.get(0).parts()).hasSize(2);
        assertThat(q.get(0).text()).startsWith("After being informed that he would be charged").endsWith("on his own")
                .doesNotContain("police said");
        assertThat(q.get(1).cue()).contains("say");
        assertThat(q.get(1).text()).isEqualTo("the charity provided a signed letter from its auditors");
    }

    @Test
    void aPollOpeningTheSentenceMayCarryAParticiplePhraseButNotAFirmsOwnFinding() {
        List<Quote> q = runQuotes("Poll\nIn a Harbor Gazette poll released Sunday, two of three voters backed the levy.\n\n"
                + "In the latest Gazette survey, conducted in May, Okafor led Vance 47 percent to 39 percent.\n\n"
                + "In an online poll of 800 voters, conducted in June, Delta Research found that turnout would fall.\n", 3);
        assertThat(q).extracting(Quote::text).containsExactly("two of three voters backed the levy",
                "Okafor led Vance 47 percent to 39 percent", "turnout would fall");
        assertThat(speakerText(q.get(0))).isEqualTo("a Harbor Gazette poll released Sunday");
        assertThat(speakerText(q.get(1))).isEqualTo("the latest Gazette survey");
        assertThat(q.get(2).cue()).contains("find");
    }

    @Test
    void aCountOpeningItsClauseCanSpeakButNotACountInsideAPhrase() {
        List<Quote> q = runQuotes("Strike\nThe union polled its members. Some 400 said they would walk out, and at least 1,200 "
                + "said they would stay home.\n\nHer lead of nearly 300 pledged delegates is double the lead of 2008.\n", 2);
        assertThat(speakerText(q.get(0))).isEqualTo("Some 400");
        assertThat(q.get(0).text()).isEqualTo("they would walk out");
        assertThat(speakerText(q.get(1))).isEqualTo("at least 1,200");
        assertThat(q.get(1).text()).isEqualTo("they would stay home");
    }

    @Test
    void aJudgementAsSomethingMayHaveAParticipleOrAnAdverbInItsObject() {
        List<Quote> q = runQuotes("Vote\nAnalysts see the election held Sunday as a test of the army's promises.\n\n"
                + "Many investors view it more as a vote of confidence than as a threat.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("the election held Sunday as a test of the army's promises");
        assertThat(q.get(0).cue()).contains("see");
        assertThat(speakerText(q.get(0))).isEqualTo("Analysts");
        assertThat(q.get(1).text()).isEqualTo("it more as a vote of confidence than as a threat");
        assertThat(q.get(1).cue()).contains("view");
    }

    @Test
    void whatIsDescribedOrDiscussedIsATopic() {
        List<Quote> q = runQuotes("Forum\nSenator Ana Ruiz described the flooding in her district at length. The mayor and "
                + "the governor will discuss the new levee plan on Friday. Officials held talks with Ruiz and Okafor to discuss "
                + "the budget. The levee was described as sound.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("the flooding");
        assertThat(q.get(0).cue()).contains("describe");
        assertThat(speaker(q.get(0))).isEqualTo("Ana Ruiz");
        assertThat(q.get(1).text()).isEqualTo("the new levee plan");
        assertThat(q.get(1).cue()).contains("discuss");
        assertThat(speakerText(q.get(1))).isEqualTo("The mayor and the governor");
    }

    @Test
    void makingClearIsSaying() {
        List<Quote> q = runQuotes("Levy\nMayor Ruth Avery made it clear that she would veto the levy. The council made clear "
                + "how it would vote. The fog made the road clear of traffic.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("she would veto the levy");
        assertThat(q.get(0).cue()).contains("make clear");
        assertThat(speaker(q.get(0))).isEqualTo("Ruth Avery");
        assertThat(q.get(1).text()).isEqualTo("how it would vote");
    }

    @Test
    void stancesHeldAndStancesTakenInANoun() {
        List<Quote> q = runQuotes("Poll\nAmong independents, 40 percent support temporarily closing the border. Fewer than "
                + "15 percent of Republicans approve of his job performance. Most voters had an unfavorable opinion of him. "
                + "Vance has raised questions about the audit. His attacks on the council have grown sharper.\n", 5);
        assertThat(q).extracting(Quote::text).containsExactly("temporarily closing the border", "his job performance",
                "him", "the audit", "the council");
        assertThat(q).extracting(x -> x.cue().orElse("")).containsExactly("support", "approve of", "opinion of",
                "question about", "attack on");
        assertThat(speakerText(q.get(0))).isEqualTo("40 percent");
        assertThat(speakerText(q.get(2))).isEqualTo("Most voters");
        assertThat(speaker(q.get(3))).isEqualTo("Vance");
    }

    @Test
    void aVerbWithAParticleTakesWhatIsPutForwardOrBrushedAside() {
        List<Quote> q = runQuotes("Budget\nGovernor Ana Ruiz laid out her plan for the harbor. Her rival has played down "
                + "the deficit. The senator shrugged off the criticism and pointed out the flaws in the bill. The crew "
                + "played out the cable.\n", 4);
        assertThat(q).extracting(Quote::text).containsExactly("her plan for the harbor", "the deficit", "the criticism",
                "the flaws in the bill");
        assertThat(q).extracting(x -> x.cue().orElse("")).containsExactly("lay out", "play down", "shrug off",
                "point out");
        assertThat(speaker(q.get(0))).isEqualTo("Ana Ruiz");
    }

    @Test
    void aParticipleAfterAnAdverbOrAnInvertedSpeakerAndAProgressiveChain() {
        List<Quote> q = runQuotes("Levy\nVance attacked the mayor on Monday, falsely suggesting that the levy had doubled. "
                + "“It was a long night,” said Ana Ruiz, suggesting that the vote would be close. Okafor is continuing to "
                + "insist the audit was fair. Ruiz warned of the costs of delay. The pastor urged his parishioners to also "
                + "consider voting.\n", -1);
        assertThat(q).filteredOn(x -> x.text().equals("the levy had doubled")).extracting(QuoteExtractorTest::speaker)
                .containsExactly("Vance");
        assertThat(q).filteredOn(x -> x.text().equals("the vote would be close")).extracting(QuoteExtractorTest::speaker)
                .containsExactly("Ana Ruiz");
        assertThat(q).filteredOn(x -> x.text().equals("the audit was fair")).extracting(QuoteExtractorTest::speaker)
                .containsExactly("Okafor");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("warn of")).extracting(Quote::text)
                .containsExactly("the costs of delay");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("urge")).extracting(Quote::text)
                .containsExactly("his parishioners to also consider voting");
    }

    @Test
    void beliefsHeldInAnAdjectiveOrANounAndTheCaseMade() {
        List<Quote> q = runQuotes("Levy\nHer supporters are optimistic that she will win the runoff. The council remains "
                + "convinced that the levy will pass. The White House expressed doubt that the plan could work. Vance made "
                + "the case to the council members that the audit was flawed. The harbor is clear that morning.\n", 4);
        assertThat(q).extracting(Quote::text).containsExactly("she will win the runoff", "the levy will pass",
                "the plan could work", "the audit was flawed");
        assertThat(q).extracting(x -> x.cue().orElse("")).containsExactly("optimistic", "convinced", "doubt",
                "make the case");
        assertThat(speakerText(q.get(0))).isEqualTo("Her supporters");
        assertThat(speaker(q.get(3))).isEqualTo("Vance");
    }

    @Test
    void judgementsWithAQuotedObjectAndStancesTakenAgainstSomeone() {
        List<Quote> q = runQuotes("Storm\nRuiz blamed the “fog of war” for the delay. Okafor assailed the mayor from "
                + "every angle. The governor outlined her priorities for the session. Vance later walked back his "
                + "comments.\n", 4);
        assertThat(q).extracting(x -> x.cue().orElse("")).containsExactly("blame", "assail", "outline", "walk back");
        assertThat(q.get(0).text()).isEqualTo("the “fog of war” for the delay");
        assertThat(q.get(3).text()).isEqualTo("his comments");
    }

    @Test
    void aCueAfterByOrWhileTakesTheSubjectOfTheVerbItHangsOn() {
        List<Quote> q = runQuotes("Levy\nOn Twitter, Mayor Ana Ruiz responded Tuesday by saying, “Just stop lying.” Vance "
                + "ended the debate by explaining why the levy had failed. Okafor told donors at the gala how she saved "
                + "the harbor.\n", 3);
        assertThat(q.get(0).text()).isEqualTo("Just stop lying.");
        assertThat(speaker(q.get(0))).isEqualTo("Ana Ruiz");
        assertThat(q.get(1).text()).isEqualTo("why the levy had failed");
        assertThat(speaker(q.get(1))).isEqualTo("Vance");
        assertThat(q.get(2).text()).isEqualTo("how she saved the harbor");
        assertThat(q.get(2).addressee().flatMap(Speaker::mention).map(m -> m.text())).contains("donors");
    }

    @Test
    void aTitleAfterItsAuthorIsNotAQuote() {
        List<Quote> q = runQuotes("Media\nLena Hart, the co-author of “Going Local,” spoke at the library. The mayor "
                + "expressed dismay at the closure. She expressed solidarity for her even as the council hesitated.\n", -1);
        assertThat(q).noneMatch(x -> x.text().contains("Going Local"));
        assertThat(q).extracting(x -> x.cue().orElse("")).contains("dismay at", "solidarity for");
    }

    @Test
    void aShowsTitleBeforeThatATimeClauseAfterATweetAndAQuotedObject() {
        List<Quote> q = runQuotes("Debate\nOkafor attacked, stating on WKRN's \"Sunday Morning\" that the levy was "
                + "\"clearly dead.\" Vance tweeted when the debate ended. Ruiz condemned “such a reckless plan” on "
                + "Monday. She also referenced the harbor audit.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("state")).extracting(Quote::text).singleElement()
                .asString().startsWith("the levy was");
        assertThat(q).noneMatch(x -> x.text().startsWith("when the debate"));
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("condemn")).extracting(Quote::text).singleElement()
                .asString().contains("such a reckless plan");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("reference")).extracting(Quote::text)
                .containsExactly("the harbor audit");
    }

    @Test
    void whatIsTweetedStatedOrAnsweredAndWhatOneIsRemindedOf() {
        List<Quote> q = runQuotes("Harbor\nMayor Ana Ruiz weighed in, tweeting her thanks to the crews on Friday. Okafor "
                + "stated his intention to run again. Vance spent an hour answering questions from reporters. In her post, "
                + "Ruiz reminded Vance of the flood of 2019.\n", -1);
        assertThat(q).extracting(x -> x.cue().orElse("")).contains("tweet", "state", "answer", "remind");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("tweet")).extracting(Quote::text)
                .containsExactly("her thanks");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("remind")).extracting(Quote::text)
                .containsExactly("Vance of the flood of 2019");
    }

    @Test
    void whatIsClaimedReportedOrDeclaredAndAFindingThatIsAWay() {
        List<Quote> q = runQuotes("Runoff\nIn a victory speech, Okafor claimed momentum and argued he would win the runoff. "
                + "Police reported no arrests late Monday. Two delegates publicly declared their allegiance. Vance found a "
                + "way to stay in the race.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("claim")).extracting(Quote::text)
                .containsExactly("momentum");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("report")).extracting(Quote::text)
                .containsExactly("no arrests");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("declare")).extracting(Quote::text)
                .containsExactly("their allegiance");
        assertThat(q).noneMatch(x -> x.cue().orElse("").equals("find"));
    }

    @Test
    void hearsayIsReportedWithoutASpeakerAndAClauseBeforeAColonQuote() {
        List<Quote> q = runQuotes("Inquiry\nThe agency is reportedly preparing to interview the mayor. Vance reportedly "
                + "left the meeting early. “He reportedly left,” Ruiz said. Soon after the vote, Okafor asserted that the "
                + "port had lost its way: “The port is no longer ours,” he said. He then listed the projects he would cut.\n", -1);
        Quote first = q.get(0);
        assertThat(first.cue()).contains("reportedly");
        assertThat(first.speaker()).isEmpty();
        assertThat(first.sourceType()).contains(SourceType.ANONYMOUS);
        assertThat(first.parts()).hasSize(2);
        assertThat(first.text()).isEqualTo("The agency is preparing to interview the mayor");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("reportedly")).hasSize(2);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("assert")).extracting(Quote::text)
                .containsExactly("the port had lost its way");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("list")).extracting(Quote::text)
                .containsExactly("the projects");
    }

    @Test
    void speechInsideAnOpeningSubordinateClauseEndsWhereTheMainClauseBegins() {
        List<Quote> q = runQuotes("Levy\nWhile old harbor hands say there is a benefit from the levy in a dry year, the "
                + "council disagrees. Although Ruiz said the audit was fair, the panel chairman wants a second "
                + "one.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("say")).extracting(Quote::text)
                .containsExactly("there is a benefit from the levy in a dry year", "the audit was fair");
    }

    @Test
    void aNounPhraseBeforeAVerbIsTheClausesSubjectNotTheAddressee() {
        List<Quote> q = runQuotes("Levy\nMayor Ana Ruiz warns the levy will fail. Okafor told reporters the vote was "
                + "close.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("the levy will fail");
        assertThat(q.get(0).addressee()).isEmpty();
        assertThat(q.get(1).text()).isEqualTo("the vote was close");
        assertThat(q.get(1).addressee().flatMap(Speaker::mention).map(m -> m.text())).contains("reporters");
    }

    @Test
    void aReportedClauseEndsBeforeAClosingAttributionAndBeforeACoordinatedJudgement() {
        List<Quote> q = runQuotes("Port\nOfficials believe the fire was set by a former worker, the Harbor Gazette reported. "
                + "The minister insisted his ministry had done nothing wrong and called the charges baseless.\n", -1);
        assertThat(q).extracting(Quote::text).doesNotContain(
                "the fire was set by a former worker, the Harbor Gazette reported");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("report")).extracting(Quote::text)
                .containsExactly("Officials believe the fire was set by a former worker");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("insist")).extracting(Quote::text)
                .containsExactly("his ministry had done nothing wrong");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("call")).extracting(Quote::text)
                .containsExactly("the charges baseless");
    }

    @Test
    void aReportNamedAfterTheCueIsWhereItWasSaidNotTheSource() {
        List<Quote> q = runQuotes("Abuses\nHarbor Watch said in a report released Tuesday that both sides had committed "
                + "abuses.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("both sides had committed abuses");
        assertThat(speaker(q.get(0))).isEqualTo("Harbor Watch");
        assertThat(q.get(0).cue()).contains("say");
    }

    @Test
    void aWritersAsideEndsTheReportedClauseAndAJudgementEndsBeforeTheNextVerb() {
        List<Quote> q = runQuotes("Drones\nThe defence ministry said its air defences had shot down 40 drones, a claim that "
                + "could not be independently verified. The opposition leader dismissed the results as fraudulent and "
                + "called on supporters to take to the streets.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("say")).extracting(Quote::text)
                .containsExactly("its air defences had shot down 40 drones");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("dismiss")).extracting(Quote::text)
                .containsExactly("the results as fraudulent");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("call on")).extracting(Quote::text)
                .containsExactly("supporters to take to the streets");
    }

    @Test
    void anOpenQuestionAfterQuestionOrWonderIsReported() {
        List<Quote> q = runQuotes("Audit\nThe watchdog group Ledger Watch has questioned whether the port authority broke "
                + "procurement rules. Several board members wondered if the contract could be cancelled.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("whether the port authority broke procurement rules");
        assertThat(q.get(0).cue()).contains("question");
        assertThat(speakerText(q.get(0))).isEqualTo("Ledger Watch");
        assertThat(q.get(1).text()).isEqualTo("if the contract could be cancelled");
        assertThat(q.get(1).cue()).contains("wonder");
    }

    @Test
    void whatOneTriesToConvinceOthersOfIsReportedWithThemAsAddressees() {
        List<Quote> q = runQuotes("Race\nMayor Ortega is trying to convince voters he is still a reformer. She persuaded "
                + "the committee that the budget was too small. Aides persuaded him to stay.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("convince")).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("he is still a reformer");
            assertThat(speaker(x)).isEqualTo("Ortega");
            assertThat(x.addressee().flatMap(Speaker::mention).map(m -> m.text())).contains("voters");
        });
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("persuade")).extracting(Quote::text)
                .containsExactly("the budget was too small", "him to stay");
    }

    @Test
    void aClauseWhoseVerbTheTaggerReadAsAParticipleIsReportedBeforeAClosingAttribution() {
        List<Quote> q = runQuotes("Breach\nHackers compromised 12 laptops at the agency, the congressional report said.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("Hackers compromised 12 laptops at the agency");
        assertThat(speakerText(q.get(0))).isEqualTo("the congressional report");
    }

    @Test
    void anAttributionInsideALongSubjectOrBetweenANounAndItsClauseSplitsTheContent() {
        List<Quote> q = runQuotes("Ceasefire\nThe gains the army made in the east since the offensive began in March, "
                + "analysts said, could be lost within weeks. There is a risk, two diplomats said, that the truce "
                + "will collapse before the talks resume.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("The gains the army made in the east since the offensive began in March "
                + "could be lost within weeks");
        assertThat(q.get(0).parts()).hasSize(2);
        assertThat(speakerText(q.get(0))).isEqualTo("analysts");
        assertThat(q.get(1).text()).isEqualTo("There is a risk that the truce will collapse before the talks resume");
        assertThat(speakerText(q.get(1))).isEqualTo("two diplomats");
    }

    @Test
    void aReportedClauseEndsWhereAnotherReportBegins() {
        List<Quote> q = runQuotes("Debate\nThe governor accuses the mayor of hiding the audit while the mayor suggests the "
                + "governor is a captive of the unions. Many council members have said they will skip the vote and "
                + "others have said they are undecided. The mayor dismissed the charges by pointing out that the audit "
                + "was public. The governor added that she had published her schedule and called on the mayor to do "
                + "the same. Ortega said the plan “should be settled by Easter,” referring to the party’s spring "
                + "congress.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("accuse")).extracting(Quote::text)
                .containsExactly("the mayor of hiding the audit");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("suggest")).extracting(Quote::text)
                .containsExactly("the governor is a captive of the unions");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("say")).extracting(Quote::text).containsExactly(
                "they will skip the vote", "they are undecided", "the plan “should be settled by Easter,”");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("dismiss")).extracting(Quote::text)
                .containsExactly("the charges");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("point")).extracting(Quote::text)
                .containsExactly("the audit was public");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("add")).extracting(Quote::text)
                .containsExactly("she had published her schedule");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("call on")).extracting(Quote::text)
                .containsExactly("the mayor to do the same");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("refer to")).extracting(Quote::text)
                .containsExactly("the party’s spring congress");
    }

    @Test
    void aTopicMayOpenWithAParticipleAndAQuestionMayEndInsideAShowsTitle() {
        List<Quote> q = runQuotes("Race\nIn her speech, Ortega described a rigged system. Asked why he had yet to endorse "
                + "Ortega during an appearance Friday on “Morning Edition,” Diaz said he was focused on the platform.\n", 3);
        assertThat(q.get(0).text()).isEqualTo("a rigged system");
        assertThat(q.get(0).cue()).contains("describe");
        assertThat(q.get(1).text()).isEqualTo("why he had yet to endorse Ortega during an appearance Friday");
        assertThat(q.get(1).cue()).contains("ask");
        assertThat(q.get(1).addressee().flatMap(Speaker::mention).map(m -> m.text())).contains("Diaz");
        assertThat(q.get(2).text()).isEqualTo("he was focused on the platform");
    }

    @Test
    void aQuestionPutInThePassiveReportsItsTopicWithTheOneAskedAsAddressee() {
        List<Quote> q = runQuotes("Rally\nAfter the rally, Senator Ortega was asked about the pension reform. "
                + "“Nobody gets it perfect,” Diaz said when asked about the school standards, which were written last "
                + "year. He was asked to leave the room.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("ask about")).extracting(Quote::text)
                .containsExactly("the pension reform", "the school standards");
        Quote first = q.stream().filter(x -> x.text().equals("the pension reform")).findFirst().orElseThrow();
        assertThat(first.speaker()).isEmpty();
        assertThat(first.addressee().flatMap(Speaker::mention).map(m -> m.text())).contains("Senator Ortega");
    }

    @Test
    void whatOneSpeaksOfIsATopic() {
        List<Quote> q = runQuotes("Farewell\nThe senator spoke of her faith in the voters of the state.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("her faith");
        assertThat(q.get(0).cue()).contains("speak of");
    }

    @Test
    void aJudgementInThePassiveReportsTheOneJudgedAndWhatFor() {
        List<Quote> q = runQuotes("Flood\nThe governor was widely criticized for his handling of the flood. The mayor is "
                + "accused of hiding the audit by the council. A driver was charged with assault.\n", 2);
        assertThat(q.get(0).parts()).hasSize(2);
        assertThat(q.get(0).text()).isEqualTo("The governor his handling of the flood");
        assertThat(q.get(0).cue()).contains("criticize");
        assertThat(q.get(0).speaker()).isEmpty();
        assertThat(q.get(1).text()).isEqualTo("The mayor hiding the audit");
        assertThat(speakerText(q.get(1))).isEqualTo("the council");
    }

    @Test
    void aVerbAfterAndWithTheReportedClausesTenseGoesOnThatClause() {
        List<Quote> q = runQuotes("Nevada\nHe said he’s proud of his campaign and expects to leave Nevada with a share of "
                + "the delegates. She said the plan is sound and warned that delays would be costly.\n", 3);
        assertThat(q.get(0).text()).isEqualTo("he’s proud of his campaign and expects to leave Nevada with a share of "
                + "the delegates");
        assertThat(q.get(1).text()).isEqualTo("the plan is sound");
        assertThat(q.get(2).text()).isEqualTo("delays would be costly");
        assertThat(q.get(2).cue()).contains("warn");
    }

    @Test
    void aStanceOnAQuotedObjectKeepsItsMarksAndADefenseDeliveredIsTheSpeakers() {
        List<Quote> q = runQuotes("Attack\nChancellor Vogel condemned ''such a cowardly attack'' on Monday. The mayor has "
                + "delivered an impassioned defense of “harbour values,” saying the port embodied the city.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("condemn")).extracting(Quote::text)
                .containsExactly("''such a cowardly attack''");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("defense of")).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("“harbour values,”");
            assertThat(speakerText(x)).isEqualTo("The mayor");
        });
    }

    @Test
    void asOnePutsItAttributesTheClauseOnTheOtherSideOfTheComma() {
        List<Quote> q = runQuotes("Budget\nAs the Herald's Ana Ruiz puts it, the mayor is trying to make the council \"an offer "
                + "it can't refuse.\" The party is in a civil war, as one senior aide put it. She put it on the table.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("the mayor is trying to make the council \"an offer it can't refuse.\"");
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(speaker(q.get(0))).isEqualTo("Ana Ruiz");
        assertThat(q.get(0).cue()).contains("put it");
        assertThat(q.get(1).text()).isEqualTo("The party is in a civil war");
        assertThat(speakerText(q.get(1))).isEqualTo("one senior aide");
    }

    @Test
    void aShortQuotedFragmentInsideAClauseMakesTheClauseBeforeTheCueMixed() {
        List<Quote> q = runQuotes("Hack\nPeople should not wave around words like “maybe” and “perhaps”, Lu told reporters. "
                + "Mr. Vander Berg is ''activating his personal network,'' said Bryan Ellis, the campaign's director.\n", 2);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(q.get(0).text()).isEqualTo("People should not wave around words like “maybe” and “perhaps”");
        assertThat(q.get(0).cue()).contains("tell");
        assertThat(q.get(1).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(q.get(1).text()).isEqualTo("Mr. Vander Berg is ''activating his personal network,''");
        assertThat(speaker(q.get(1))).isEqualTo("Bryan Ellis");
    }

    @Test
    void aClauseAfterSaidAndACommaIsSpeechWithoutQuotationMarks() {
        List<Quote> q = runQuotes("Visits\nTchen said, the White House is able to invite twice as many people this year. "
                + "Q: You said yesterday, the middle class is still getting crushed. That said, the plan cannot pass.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("the White House is able to invite twice as many people this year");
        assertThat(speaker(q.get(0))).isEqualTo("Tchen");
        assertThat(q.get(1).text()).isEqualTo("the middle class is still getting crushed");
        assertThat(speakerText(q.get(1))).isEqualTo("You");
    }

    @Test
    void anAcknowledgmentTheWriterNamesEndsTheReportedClause() {
        List<Quote> q = runQuotes("Taxes\nOkafor said that some middle-class families would pay more in taxes, an "
                + "acknowledgment that aides to Vance quickly trumpeted online.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("say")).extracting(Quote::text)
                .containsExactly("some middle-class families would pay more in taxes");
    }

    @Test
    void whatIsRecitedIsATopic() {
        List<Quote> q = runQuotes("Rally\nThe former governor recited her policy ideas to the crowd.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("her policy ideas");
        assertThat(q.get(0).cue()).contains("recite");
    }

    @Test
    void theSubjectOfAnInfinitiveAfterAnObjectIsTheGoverningVerbsUnlessTheVerbControlsIt() {
        List<Quote> q = runQuotes("Polls\nMr. Ortega invoked the mayor's early polling deficit in 2019 to claim the gap was "
                + "not permanent. Ms. Diaz bought shares in 2014, in a bid to persuade the board to sell the port. "
                + "The council forced the director to deny that he had met the donors.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("claim")).singleElement()
                .satisfies(x -> assertThat(speaker(x)).isEqualTo("Ortega"));
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("persuade")).singleElement()
                .satisfies(x -> assertThat(speaker(x)).isEqualTo("Diaz"));
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("deny")).singleElement()
                .satisfies(x -> assertThat(speakerText(x)).isEqualTo("the director"));
    }

    @Test
    void aQuotedFragmentClosingAfterItsCommaEndsTheObjectWithItsMarks() {
        List<Quote> q = runQuotes("Vote\nOrtega has hailed the referendum as “historic,” telling reporters in Lyon that the "
                + "country had spoken.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("hail")).extracting(Quote::text)
                .containsExactly("the referendum as “historic,”");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("tell")).extracting(Quote::text)
                .containsExactly("the country had spoken");
    }

    @Test
    void accordingToASourceWithAModifierOrAppositionsRunsToItsComma() {
        List<Quote> q = runQuotes("Poll\nAccording to a just-released survey from Monmouth University aired on CNN, in a "
                + "six-way primary, the governor leads the field by 20 points. Missing from the briefing, according to "
                + "aides who spoke with reporters afterward, was any word on the budget. The mayor was the most popular "
                + "official in the state this year, according to a study by Ana Ruiz, an economist at Tulane University, "
                + "and Omar Haddad, a pollster in New Orleans.\n", 3);
        assertThat(q).extracting(x -> x.speaker().flatMap(Speaker::mention).map(m -> m.text()).orElse(""))
                .containsExactly("a just-released survey from Monmouth University aired on CNN",
                        "aides who spoke with reporters afterward", "a study by Ana Ruiz");
        assertThat(q).extracting(Quote::text).containsExactly(
                "in a six-way primary, the governor leads the field by 20 points",
                "Missing from the briefing was any word on the budget",
                "The mayor was the most popular official in the state this year");
    }

    @Test
    void accordingToBeforeAClauseWithARelativeClauseKeepsTheClause() {
        List<Quote> q = runQuotes("Pay\nIn addition, according to the ministry, nearly two million workers who should "
                + "already be covered will be protected.\n", 1);
        assertThat(speakerText(q.get(0))).isEqualTo("the ministry");
        assertThat(q.get(0).text()).isEqualTo("nearly two million workers who should already be covered will be protected");
    }

    @Test
    void aHeadlineSetAsAParagraphNamesItsSpeakerBeforeTheColon() {
        List<Quote> q = runQuotes("Runoff\nHistorians: Ortega will win the runoff.\nExclusive: Ortega will resign.\n"
                + "But beware, voters: the runoff is close.\nOrtega spoke in Lyon on Monday.\n", -1);
        assertThat(q).extracting(Quote::text).containsExactly("Ortega will win the runoff");
        assertThat(speakerText(q.get(0))).isEqualTo("Historians");
        assertThat(q.get(0).cue()).contains(":");
    }

    @Test
    void speechNamedByANounAfterALightVerb() {
        List<Quote> q = runQuotes("Rally\nOrtega pointedly made no mention of Diaz, who quit the race on Monday. "
                + "Vance has made several angry statements on the strike. Diaz is making a passionate case to union "
                + "leaders that she can still win Ohio. Party officials made clear Tuesday they will not fund the race. "
                + "Mendez has offered few specifics beyond a speech in March. The donors gave $5 million to the party.\n", -1);
        assertThat(q).extracting(x -> x.cue().orElse(""), Quote::text).containsExactly(
                tuple("make mention of", "Diaz"),
                tuple("make statements on", "the strike"),
                tuple("make case", "she can still win Ohio"),
                tuple("make clear", "they will not fund the race"),
                tuple("offer", "few specifics beyond a speech in March"));
        assertThat(q).extracting(QuoteExtractorTest::speakerText)
                .containsExactly("Ortega", "Vance", "Diaz", "Party officials", "Mendez");
    }

    @Test
    void talkingToSomeoneAboutATopic() {
        List<Quote> q = runQuotes("Tour\nMendez talks to Dana Ruiz about school funding. She is talking to farmers about "
                + "water rights and keeping small dairies open.\n", 2);
        assertThat(q).extracting(Quote::text).containsExactly("school funding",
                "water rights and keeping small dairies open");
        assertThat(q).extracting(x -> x.cue().orElse("")).containsOnly("talk about");
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsOnly("Mendez");
    }

    @Test
    void askingForSomethingOrAskingToDoIt() {
        List<Quote> q = runQuotes("Probe\nA council member asked for the donors' names to be made public. After the audit "
                + "closed, the watchdog group asked to depose Ortega, along with two aides.\n", 2);
        assertThat(q).extracting(x -> x.cue().orElse(""), Quote::text).containsExactly(
                tuple("ask for", "the donors' names to be made public"),
                tuple("ask", "to depose Ortega, along with two aides"));
        assertThat(q).extracting(QuoteExtractorTest::speakerText).containsExactly("A council member", "the watchdog group");
    }

    @Test
    void aStanceTakenAtATarget() {
        List<Quote> q = runQuotes("Debate\nOrtega also took multiple swipes at fellow contender Diaz. Vance took direct "
                + "aim at Senator Mendez of Ohio, long viewed as the favorite. The ministry took credit for cutting the "
                + "waiting lists.\n", 3);
        assertThat(q).extracting(x -> x.cue().orElse(""), Quote::text).containsExactly(
                tuple("take swipes at", "fellow contender Diaz"),
                tuple("take aim at", "Senator Mendez of Ohio"),
                tuple("take credit for", "cutting the waiting lists"));
    }

    @Test
    void aReportInANonRestrictiveRelativeClauseEndsAtItsClosingComma() {
        List<Quote> q = runQuotes("Visas\nThe new rules, which officials said will take effect in the spring, will not apply "
                + "to students.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("will take effect in the spring");
        assertThat(speakerText(q.get(0))).isEqualTo("officials");
    }

    @Test
    void whatIsRecalledOrExplainedAndAReportInThePassive() {
        List<Quote> q = runQuotes("Campaign\nMendez explained his reasoning to the crowd in Lyon. Ortega recalled a visit "
                + "to the flooded valley. The meeting was first reported by the Ledger.\n", 3);
        assertThat(q).extracting(x -> x.cue().orElse(""), Quote::text).containsExactly(
                tuple("explain", "his reasoning"), tuple("recall", "a visit"), tuple("report", "The meeting"));
        assertThat(q).extracting(QuoteExtractorTest::speakerText).containsExactly("Mendez", "Ortega", "the Ledger");
    }

    @Test
    void aPollFindingAfterADatelineAndAFrontedPhrase() {
        List<Quote> q = runQuotes("Poll\nLYON, France — In the spring of 2019, Ortega held a 12-point lead over Diaz among "
                + "young voters in a Le Monde national poll.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("Ortega held a 12-point lead over Diaz among young voters");
        assertThat(speakerText(q.get(0))).isEqualTo("a Le Monde national poll");
    }

    @Test
    void backingReceivedNamesTheBackerAsSpeaker() {
        List<Quote> q = runQuotes("Caucus\nLast week, Ortega won the endorsement of the most influential farm union in Ohio. "
                + "Diaz still has not received any endorsements from her fellow governors. Vance has support from 52 "
                + "percent of likely voters. Mendez hopes to win the backing of donors.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").startsWith("endorsement"))
                .extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                        tuple("Ortega", "the most influential farm union in Ohio"),
                        tuple("Diaz", "her fellow governors"));
        assertThat(q).noneMatch(x -> x.cue().orElse("").startsWith("support"));
        assertThat(q).noneMatch(x -> x.cue().orElse("").startsWith("backing"));
    }

    @Test
    void anOpeningParticipleReportsForTheMainClausesSubjectAndEndsAtItsComma() {
        List<Quote> q = runQuotes("Rally\nConceding that a deal would likely come down the line, Ortega said the port would "
                + "wait. Declaring that she alone could fix the budget, the shipping tycoon promised lower fees.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("concede")).extracting(Quote::text)
                .containsExactly("a deal would likely come down the line");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("say")).extracting(Quote::text)
                .containsExactly("the port would wait");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("declare"))
                .extracting(Quote::text, QuoteExtractorTest::speakerText)
                .containsExactly(tuple("she alone could fix the budget", "the shipping tycoon"));
    }

    @Test
    void namingSomethingAsWhatItIsAndPressingForIt() {
        List<Quote> q = runQuotes("Favorites\nOrtega named a Lyon bakery as her favorite place to eat. Union leaders "
                + "pressed for a shorter week.\n", 2);
        assertThat(q).extracting(x -> x.cue().orElse(""), Quote::text).containsExactly(
                tuple("name", "a Lyon bakery as her favorite place to eat"), tuple("press for", "a shorter week"));
    }

    @Test
    void callsUponAndCallsForRunToTheEndOfWhatIsAskedAndACallInThePerfect() {
        List<Quote> q = runQuotes("Ports\nSenator Dana Ruiz called upon the ministry to reopen the northern port. "
                + "Mayor Tomas Reyes renewed his call for a ban on trucks crossing the old bridge. Ruiz has "
                + "nevertheless called his plan a reckless one.\n", 3);
        assertThat(q).extracting(x -> x.cue().orElse(""), Quote::text, QuoteExtractorTest::speaker).containsExactly(
                tuple("call upon", "the ministry to reopen the northern port", "Dana Ruiz"),
                tuple("call for", "a ban on trucks crossing the old bridge", "Tomas Reyes"),
                tuple("call", "his plan a reckless one", "Dana Ruiz"));
    }

    @Test
    void theSpeakerOfAnInfinitiveAfterAPerfectACoordinatedVerbOrAnOwnersNoun() {
        List<Quote> q = runQuotes("Harbor\nSince May, Dana Ruiz has mounted a public campaign to condemn the port deal. Tomas "
                + "Reyes admitted the delays but invoked the port's record in 2019 to claim that the backlog would clear. "
                + "Dockers were angered by Ortega's refusal to condemn the closures. Mayor Ana Lima and Governor Carl "
                + "Weber have both supported the plan.\n", -1);
        assertThat(q).filteredOn(x -> !x.cue().orElse("").equals("admit"))
                .extracting(x -> x.cue().orElse(""), QuoteExtractorTest::speakerText).containsExactly(
                        tuple("condemn", "Dana Ruiz"), tuple("claim", "Tomas Reyes"), tuple("refusal", "Ortega"),
                        tuple("support", "Mayor Ana Lima and Governor Carl Weber"));
    }

    @Test
    void aShowsTitleBeforeAVerbIsNoQuote() {
        List<Quote> q = runQuotes("Show\nDana Ruiz, host of KTV's \u201cMorning Desk,\u201d suggested the mayor's "
                + "refusal to resign could cost him the race.\n", 1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(speaker(q.get(0))).isEqualTo("Dana Ruiz");
        assertThat(q.get(0).text()).isEqualTo("the mayor's refusal to resign could cost him the race");
    }

    @Test
    void aListOfVerbsPassesARelativeAsideAndAParticipleAfterItsNoun() {
        List<Quote> q = runQuotes("Budget\nSenator Dana Ruiz on Monday criticized the mayor's budget \u2014 a plan that has "
                + "divided the council all week \u2014 and said it would close two clinics. Mayor Tomas Reyes rounded out "
                + "the list of officials interviewed, citing \u201cThe Wire\u201d as his favorite show.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("criticize")).extracting(Quote::text)
                .containsExactly("the mayor's budget");
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("say") || x.cue().orElse("").equals("cite"))
                .extracting(x -> x.cue().orElse(""), QuoteExtractorTest::speaker)
                .containsExactly(tuple("say", "Dana Ruiz"), tuple("cite", "Tomas Reyes"));
    }

    @Test
    void aSemicolonClauseAndAFrontedSubordinateClauseEndWhatIsReported() {
        List<Quote> q = runQuotes("Poll\nSome 30 percent of voters in a recent Gazette poll said they trust the port authority; "
                + "41 percent (and 55 percent of dockers) said they want it dissolved. Although in May Dana Ruiz said the "
                + "deal was dead, at the council meeting this week she said talks would resume. The mayor defended his "
                + "projects - the ferry, which is late; the bridge, some of which is built; and the port.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("say"))
                .extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                        tuple("they trust the port authority", "Some 30 percent of voters in a recent Gazette poll"),
                        tuple("they want it dissolved", "41 percent"),
                        tuple("the deal was dead", "Dana Ruiz"),
                        tuple("talks would resume", "she"));
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("defend")).extracting(Quote::text)
                .containsExactly("his projects - the ferry, which is late; the bridge, some of which is built; and the port");
    }

    @Test
    void aSpacedHyphenIsADashAndARelativeReportEndsAStancesObject() {
        List<Quote> q = runQuotes("Port\nWhile some dockers say the port would run faster with new cranes - an old "
                + "promise - others say it has never been busier. The report cited an internal audit of the "
                + "contractor, which the inquiry said was paid twice.\n", -1);
        assertThat(q).extracting(x -> x.cue().orElse(""), Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("say", "the port would run faster with new cranes - an old promise", "some dockers"),
                tuple("say", "it has never been busier", "others"),
                tuple("cite", "an internal audit of the contractor", "The report"),
                tuple("say", "was paid twice", "the inquiry"));
    }

    @Test
    void aClosingAttributionAfterAnOpenerWhoseVerbTheTaggerTookForAParticiple() {
        List<Quote> q = runQuotes("Audit\nIn all, hackers compromised 12 ministry workstations and 10 servers, the audit "
                + "said. The council stressed the Senate's duty to confirm judges.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("say"))
                .extracting(Quote::text, QuoteExtractorTest::speakerText)
                .containsExactly(tuple("In all, hackers compromised 12 ministry workstations and 10 servers", "the audit"));
        assertThat(q).noneMatch(x -> speakerText(x).contains("Senate"));
    }

    @Test
    void aRelativeWhenAfterANounStaysInTheClauseAndAQuestionFollowsTheOneAsked() {
        List<Quote> q = runQuotes("Press\nDana Ruiz said the days when the city had one newspaper are gone. Tomas Reyes "
                + "asked the port director in Gdansk whether the ferry would sail when the strike ended.\n", 2);
        assertThat(q).extracting(Quote::text).containsExactly("the days when the city had one newspaper are gone",
                "whether the ferry would sail when the strike ended");
    }

    @Test
    void anAttributionInsideTheMainClauseAfterAFrontedClauseWithItsInfinitiveAfterTheCue() {
        List<Quote> q = runQuotes("Harbor\nAs the port authority widens the northern channel, a route long used by "
                + "fishing boats, it is her job, Ruiz said, to warn the council about the cost.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("it is her job to warn the council about the cost");
        assertThat(q.get(0).parts()).hasSize(2);
        assertThat(speaker(q.get(0))).isEqualTo("Ruiz");
    }

    @Test
    void aReportedClauseWhoseSubjectIsAListOrHasAnAsideGoesOnToItsVerb() {
        List<Quote> q = runQuotes("Ports\nCustoms officials said Latvia, Estonia, and Finland have signed the accord. "
                + "The monitoring group said members of the militia, also known as the Eastern Guard, were moving north. "
                + "The union said dockers, drivers or clerks would join the strike.\n", 3);
        assertThat(q).extracting(Quote::text).containsExactly("Latvia, Estonia, and Finland have signed the accord",
                "members of the militia, also known as the Eastern Guard, were moving north",
                "dockers, drivers or clerks would join the strike");
    }

    @Test
    void aCueWithItsOwnObjectEndsNoClauseBeforeIt() {
        List<Quote> q = runQuotes("Race\nThough the mayor's campaign has languished for months, she began to find her "
                + "voice this week. From her years on the council to her term in the Senate, Ruiz has found ways to "
                + "fund the port. Fares will rise by a fifth, the audit found.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("Fares will rise by a fifth");
        assertThat(speakerText(q.get(0))).isEqualTo("the audit");
    }

    @Test
    void blamingOrChallengingSomeoneIsAStanceOnThem() {
        List<Quote> q = runQuotes("Port\nMayor Ines Ruiz blamed the harbor board directly for the delays. Two "
                + "councillors, Tomas Reyes and Ana Berg, had challenged the mayor's budget.\n", 2);
        assertThat(q).extracting(Quote::cue, Quote::text).containsExactly(
                tuple(Optional.of("blame"), "the harbor board directly for the delays"),
                tuple(Optional.of("challenge"), "the mayor's budget"));
        assertThat(speaker(q.get(0))).isEqualTo("Ines Ruiz");
    }

    @Test
    void aDashBeforeAnotherCueWithAnAdverbEndsTheClause() {
        List<Quote> q = runQuotes("Awards\nMarta Olsen told reporters that she was saddened there were so few winners from "
                + "the north — the actress also pointed out that the academy has changed its rules.\n", 2);
        assertThat(q).extracting(Quote::text).containsExactly("she was saddened there were so few winners from the north",
                "the academy has changed its rules");
        assertThat(speakerText(q.get(1))).isEqualTo("the actress");
    }

    @Test
    void aSpeakersApositionMayHoldAShortNameInQuotationMarks() {
        List<Quote> q = runQuotes("Convention\nDelegates left the hall after the last speech.\n\n“We have had better "
                + "weeks than this one,” Ohio delegate Carl Brandt, wearing a straw hat and “Vote Ruiz” buttons, said "
                + "matter-of-factly.\n", 1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.get(0).text()).isEqualTo("We have had better weeks than this one,");
        assertThat(speaker(q.get(0))).isEqualTo("Carl Brandt");
    }

    @Test
    void aCompoundANameOrAWinIsNoReport() {
        List<Quote> q = runQuotes("Border\nThe region needs some clear-eyed truth-telling by its leaders, otherwise the port "
                + "will close. At a crossing known as Narva to the Estonians and Ivangorod to the Russians, a new customs hall "
                + "is being built. Ruiz nearly claimed the nomination when Berg battled back. A Berg-backed lawsuit "
                + "against the levy failed.\n", 1);
        assertThat(q.get(0).cue()).contains("back"); // a participle after a hyphen still reports: "Berg-backed"
        assertThat(q.get(0).text()).isEqualTo("lawsuit against the levy"); // the noun the compound modifies
        assertThat(speakerText(q.get(0))).isEqualTo("Berg"); // the compound's first part, not "A Berg-"
    }

    @Test
    void aShowsTitleAfterItsNetworkOrOnIsNoQuote() {
        List<Quote> q = runQuotes("Interview\n“The line was bad,” Mayor Ines Ruiz told ABC’s “Today” on Monday. “I could hardly "
                + "hear.”\n\n“We are ahead,” Berg said in an interview aired Sunday on “Face the Nation.” “The money is "
                + "there.”\n\n“He fought hard,” Ruiz told the hosts of “Morning Edition,” adding that the race was over.\n", -1);
        assertThat(q).extracting(Quote::text).noneMatch(t -> t.startsWith("Today") || t.startsWith("Face the Nation")
                || t.startsWith("Morning Edition"));
        assertThat(q).filteredOn(x -> x.kind() == QuoteKind.DIRECT).extracting(QuoteExtractorTest::speaker)
                .containsExactly("Ines Ruiz", "Berg", "Ines Ruiz");
        // the show is the addressee: "told ABC’s “Today”", "told the hosts of “Morning Edition”"
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("tell"))
                .extracting(x -> x.addressee().flatMap(Speaker::mention).map(m -> m.text()).orElse(""))
                .containsExactly("ABC’s “Today”", "the hosts of “Morning Edition,”");
    }

    @Test
    void twoQuotedFragmentsOfOneReportedClauseMakeOneMixedQuote() {
        List<Quote> q = runQuotes("Port\nDana Ruiz, the mayor's adviser, said the council is playing a cynical \"game\" that "
                + "shows its \"contempt for the people who work on the docks.\"\n", 1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(q.get(0).text()).startsWith("the council is playing a cynical").endsWith("work on the docks.\"");
        assertThat(speaker(q.get(0))).isEqualTo("Dana Ruiz");
    }

    @Test
    void aVerbOfThoughtPutsNoSpeakerAfterItAndShowingUpIsNoShowing() {
        List<Quote> q = runQuotes("Campaign\nThe governor barely made the debate, but in Ohio, he, too, feels a payoff "
                + "coming. Why do we, stuck here in the snow, feel this way? Young voters have not reliably shown up for "
                + "the party. The levy will pass, the mayor believes.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("The levy will pass");
        assertThat(speakerText(q.get(0))).isEqualTo("the mayor");
    }

    @Test
    void aReportedVerbWhoseSubjectIsTheRelativePronounBeforeTheSpeaker() {
        List<Quote> q = runQuotes("Housing\nThe council passed rules, which critics say target renters. Not everything the "
                + "mayor says is true.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("target renters");
        assertThat(speakerText(q.get(0))).isEqualTo("critics");
    }

    @Test
    void aCountInWordsSpeaks() {
        List<Quote> q = runQuotes("Survey\nMost of the mayors surveyed back the levy, and all but two said the state should "
                + "pay for the roads. Five said they would resign.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("say"))
                .extracting(Quote::text, QuoteExtractorTest::speakerText)
                .containsExactly(tuple("the state should pay for the roads", "all but two"),
                        tuple("they would resign", "Five"));
    }

    @Test
    void theSpeakersNextReportEndsTheFirstAfterAPhraseOrAnAuxiliary() {
        List<Quote> q = runQuotes("Port\nThe clerk first said he did not recall deleting the files, but in a later interview "
                + "said he had. Ruiz conceded that the guard had touched Berg but implied that it was Berg who was at fault. "
                + "She concludes that the levy is the best plan and she doesn't understand how anyone can oppose it. The "
                + "senator praised the bill but on Monday criticized its cost.\n", -1);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("he did not recall deleting the files", "The clerk"),
                tuple("he had", "The clerk"),
                tuple("the guard had touched Berg", "Ruiz"),
                tuple("it was Berg who was at fault", "Ruiz"),
                tuple("the levy is the best plan", "She"),
                tuple("how anyone can oppose it", "she"),
                tuple("the bill", "The senator"),
                tuple("its cost", "The senator"));
    }

    @Test
    void aSecondRelativeClauseAndAPrepositionalAsideInTheContent() {
        List<Quote> q = runQuotes("Port\nThe fund took money from Mr. Garza, who suggested that Mr. Berg, under fire for the "
                + "delays, would do better to keep quiet. She is a councillor whose ward voted for the levy but who "
                + "suggested that the mayor could lose the port vote. Ruiz, who won the north and who says she will stay "
                + "in the race, spoke Tuesday. Reyes said the minister, under fire for the failures, would resign.\n", -1);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("Mr. Berg, under fire for the delays, would do better to keep quiet", "Garza"),
                tuple("the mayor could lose the port vote", "a councillor"),
                tuple("she will stay in the race", "Ruiz"),
                tuple("the minister, under fire for the failures, would resign", "Reyes"));
    }

    @Test
    void aCoordinatedStanceAfterACommaAndAPhraseKeepsTheSubject() {
        List<Quote> q = runQuotes("Donors\nA Libertarian, the investor backed Ana Ruiz in 2012 and, in party contests, has "
                + "supported Tomas Berg.\n", 2);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("Ana Ruiz", "the investor"), tuple("Tomas Berg", "the investor"));
    }

    @Test
    void anInterjectionOpensAClauseReportedAfterAComma() {
        List<Quote> q = runQuotes("Forum\nI gave that speech at the port, but I said, hey, you have to change the rules.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("hey, you have to change the rules");
        assertThat(speakerText(q.get(0))).isEqualTo("I");
    }

    @Test
    void aTimeClauseAfterTheCueIsNoReportedClause() {
        List<Quote> q = runQuotes("Debate\nThe campaign tried to make the mayor look relaxed. “Too stiff?” Ruiz tweeted when "
                + "the mayor ended a debate with a joke.\n", 1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.get(0).text()).isEqualTo("Too stiff?");
        assertThat(speakerText(q.get(0))).isEqualTo("Ruiz");
    }

    @Test
    void aRelativePronounNamedAsSomethingIsTheSpeakersNaming() {
        List<Quote> q = runQuotes("Port\nThe mayor touted his record at the port, which he describes as his finest work. "
                + "Observers walked with the dockers, whom the mayor once described as “our backbone,” along the route. "
                + "The levy, which critics described as ruinous, passed.\n", -1);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("his record at the port", "The mayor"),
                tuple("his finest work", "he"),
                tuple("“our backbone,”", "the mayor"),
                tuple("ruinous", "critics"));
    }

    @Test
    void aDescribedClauseAndASelfDescribedSpeaker() {
        List<Quote> q = runQuotes("Port\nThe harbor master described how the port had changed since the strike. The "
                + "self-described harbor socialist said the levy would pass.\n", 2);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("how the port had changed since the strike", "The harbor master"),
                tuple("the levy would pass", "The self-described harbor socialist"));
    }

    @Test
    void whatTheSpeakerDescribedAsSomethingIsTheSpeakers() {
        List<Quote> q = runQuotes("Auction\nTwo dealers pulled the crane before bidding opened on what the harbor master "
                + "described as “a piece of port history.” The sale was delayed.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("“a piece of port history.”");
        assertThat(speakerText(q.get(0))).isEqualTo("the harbor master");
    }

    @Test
    void lookingToDoSomethingIsAnIntention() {
        List<Quote> q = runQuotes("Port\nThe harbor board is looking to sell the old cranes. The cranes look to be rusting. "
                + "The mayor looked to the unions for help.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("to sell the old cranes");
        assertThat(speakerText(q.get(0))).isEqualTo("The harbor board");
        assertThat(q.get(0).cue()).contains("look");
    }

    @Test
    void aCueOpeningTheSentenceNamesTheSpeakerOfTheQuoteAfterIt() {
        List<Quote> q = runQuotes("Port\nThe vote was close. Said Inspector Ruiz, “The thought that an error was made is "
                + "painful.” Added the harbor master: “The port is safe.” Wrote the council’s auditors, “The books are "
                + "clean.”\n", 3);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("The thought that an error was made is painful.", "Ruiz"),
                tuple("The port is safe.", "the harbor master"),
                tuple("The books are clean.", "the council’s auditors"));
    }

    @Test
    void aNamingWithAnAdjectiveEndingTheSentence() {
        List<Quote> q = runQuotes("Court\nThe mayor called the ruling unfair.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the ruling unfair");
        assertThat(speakerText(q.get(0))).isEqualTo("The mayor");
    }

    @Test
    void aNameAndAFewVerblessWordsAsASubheadIsNoTurn() {
        List<Quote> q = runQuotes("Port race\nHere is what each candidate needs on Tuesday.\n\nRuiz: Win in a walk.\n\n"
                + "The mayor has led in every ward this year.\n\nBerg: A late surge.\n\nHe has faded since March.\n\n"
                + "Q: Will you run again?\n\nRuiz: Not this time.\n\nQ: Why not?\n\nRuiz: I love my job at the port.\n", -1);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("Not this time.", "Ruiz"), tuple("I love my job at the port.", "Ruiz"));
    }

    @Test
    void aParticipleAfterACommaTakesTheSentencesSubjectNotAPossessive() {
        List<Quote> q = runQuotes("Feud\nRuiz answered on the mayor's preferred medium, tweeting at him, “You are a "
                + "loser.” The feud went on.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("You are a loser.");
        assertThat(speakerText(q.get(0))).isEqualTo("Ruiz");
    }

    @Test
    void aSurnameAfterAFrontedCueIsThePersonNamedBefore() {
        List<Quote> q = runQuotes("Radio\nTomas Berg spoke on the radio on Monday.\n\nStated Berg: “I think the stakes are "
                + "high.”\n", 1);
        assertThat(q.get(0).speaker().flatMap(Speaker::name)).contains("Tomas Berg");
        assertThat(q.get(0).cue()).contains("state");
    }

    @Test
    void aQuestionAskedBySomeoneIsTheAskers() {
        List<Quote> q = runQuotes("Debate\nRuiz was asked by the moderator, Ana Berg, whether the levy was fair. Ruiz said "
                + "yes.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("whether the levy was fair");
        assertThat(speakerText(q.get(0))).isEqualTo("Ana Berg");
    }

    @Test
    void criticismDrawnOrFacedIsTheCriticsStance() {
        List<Quote> q = runQuotes("Levy\nThe mayor proposed a port levy. The levy has drawn sharp criticism from the dockers' "
                + "union. Ruiz faced criticism for unpaid fines at the port. The board faced criticism for the delay from "
                + "shipping firms.\n", -1);
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("criticism"))
                .extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                        tuple("The levy", "the dockers' union"),
                        tuple("for unpaid fines at the port", null),
                        tuple("for the delay", "shipping firms"));
    }

    @Test
    void whatOneExpressesOrVoicesIsOnesStance() {
        List<Quote> q = runQuotes("Levy\nNearly all the dockers expressed their support for the levy. The board expressed "
                + "confidence it would pass the levy. The harbor master voiced the frustration of many captains.\n", -1);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("their support for the levy", "all the dockers"),
                tuple("it would pass the levy", "The board"),
                tuple("the frustration of many captains", "The harbor master"));
    }

    @Test
    void questionsOrDoubtsAboutAClauseAreTheirHoldersStance() {
        List<Quote> q = runQuotes("Levy\nThe union raised questions about whether the board had counted the votes.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("whether the board had counted the votes");
        assertThat(speakerText(q.get(0))).isEqualTo("The union");
    }

    @Test
    void aPromiseOrCallToDoSomethingIsItsOwnersIntention() {
        List<Quote> q = runQuotes("Levy\nThe mayor won votes with his promise to dredge the harbor by June.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("to dredge the harbor by June");
        assertThat(q.get(0).cue()).contains("promise");
    }

    @Test
    void aTopicWhoseHeadIsNoMediumIsATopic() {
        List<Quote> q = runQuotes("Show\nThe host spoke briefly about the cancellation of her radio show. The mayor spoke on "
                + "condition of anonymity.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the cancellation of her radio show");
        assertThat(speakerText(q.get(0))).isEqualTo("The host");
    }

    @Test
    void whatSomeoneWasRevealedAsIsNoReport() {
        List<Quote> q = runQuotes("Port\nWhen Mr. Berg was revealed as a donor, a columnist for the harbor gazette said he was "
                + "“utterly ashamed” of the board.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("he was “utterly ashamed” of the board");
        assertThat(speakerText(q.get(0))).isEqualTo("a columnist for the harbor gazette");
    }

    @Test
    void aDegreeBeforeAnAdjectiveStaysInTheNounPhrase() {
        List<Quote> q = runQuotes("Poll\nRuiz was at 25 percent in the most recent Gazette poll. The most senior official "
                + "said the talks had failed.\n", 2);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("Ruiz was at 25 percent", "the most recent Gazette poll"),
                tuple("the talks had failed", "The most senior official"));
    }

    @Test
    void aNounOfSpeechMadeIsItsMakersStance() {
        List<Quote> q = runQuotes("Levy\nThe mayor made a call for a ban on night shipping at the port. The senator made "
                + "comments about the levy on Monday.\n", 2);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("a ban on night shipping at the port", "The mayor"), tuple("the levy", "The senator"));
    }

    @Test
    void aQuotationAfterAStatementsParticipleIsTheIssuers() {
        List<Quote> q = runQuotes("Port\nMayor Ruiz released a statement Thursday night condemning “what appears to be a "
                + "deliberate attack on the docks.”\n", 1);
        assertThat(q.get(0).text()).isEqualTo("what appears to be a deliberate attack on the docks.");
        assertThat(speakerText(q.get(0))).isEqualTo("Ruiz");
    }

    @Test
    void aPredicateNounBeforeARelativeClauseStandsForTheNamedSubject() {
        List<Quote> q = runQuotes("Levy\nAna Ruiz is a veteran docker, organizer and candidate who has said she would cut "
                + "the levy. The winner was a man who said he would cut taxes.\n", 2);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("she would cut the levy", "Ana Ruiz"), tuple("he would cut taxes", "a man"));
    }

    @Test
    void aQuoteOverTwoParagraphsIsContinuedAfterItsAttribution() {
        String text = "Shelter\nMendoza has volunteered at the shelter for years. “The camps keep children apart from their "
                + "parents. They take the phones away.\n\n“These are still my neighbors, even if we are not related,” "
                + "he said. “We speak the same language and we go to the same church.”\n\nThe march ends Sunday.\n";
        List<Quote> q = runQuotes(text, 1);
        // one part per paragraph, without the opening mark the second paragraph repeats
        assertThat(q.get(0).parts()).extracting(p -> p.of(text)).containsExactly(
                "The camps keep children apart from their parents. They take the phones away.",
                "These are still my neighbors, even if we are not related,",
                "We speak the same language and we go to the same church.");
        assertThat(speakerText(q.get(0))).isEqualTo("he");
    }

    @Test
    void aRelativeClauseWithTwoVerbsAndATimeStillLeadsToItsSubject() {
        List<Quote> q = runQuotes("Port\nRuiz, who backed Gov. Ana Lind, D-Maine, and sharply criticized the union during "
                + "the strike, last week said the port would reopen.\n", -1);
        assertThat(q).filteredOn(x -> x.text().equals("the port would reopen"))
                .extracting(QuoteExtractorTest::speakerText).containsExactly("Ruiz");
    }

    @Test
    void aQuotedTitleEndingInACommaStaysInsideTheApposition() {
        List<Quote> q = runQuotes("Media\nLena Ortiz, the author of “Breaking Fast,” about the decline of local papers, said "
                + "the era when towns shared “one common story” is over.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the era when towns shared “one common story” is over");
        assertThat(speakerText(q.get(0))).isEqualTo("Lena Ortiz");
    }

    @Test
    void aSungLineIsQuotedFromItsSinger() {
        List<Quote> q = runQuotes("Rally\n“We will hold the line,” the mayor said. In his best-known ballad, Tom Varga sings, "
                + "“Never bend to please the crowd.”\n", 2);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("We will hold the line,", "the mayor"), tuple("Never bend to please the crowd.", "Tom Varga"));
    }

    @Test
    void aQuestionPutToSomeoneIsNotTheirsAndTheAnswerIsItsOwnQuote() {
        List<Quote> q = runQuotes("Port\nMayor Ana Ruiz was asked, “Would you close the docks again?” She answered, "
                + "“Without a doubt.” Ruiz was asked whether the union still backs the levy.\n", 3);
        assertThat(q).extracting(Quote::text, x -> x.speaker().isPresent(),
                        x -> x.addressee().flatMap(Speaker::mention).map(m -> m.text()).orElse(""))
                .containsExactly(tuple("Would you close the docks again?", false, "Mayor Ana Ruiz"),
                        tuple("Without a doubt.", true, ""),
                        tuple("whether the union still backs the levy", false, "Ruiz"));
        assertThat(speaker(q.get(1))).isEqualTo("Ana Ruiz");
    }

    @Test
    void itWithAVerbOfReportAfterAConjunctionStartsANewReport() {
        List<Quote> q = runQuotes("Port\nThe audit notes the board inspects every crane twice a year, and it says the harbor "
                + "police have seized 40 tons of cargo.\n", 2);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("the board inspects every crane twice a year", "The audit"),
                tuple("the harbor police have seized 40 tons of cargo", "it"));
    }

    @Test
    void aQuotedObjectOfOfferInsideAReportedClauseIsAFragmentOfIt() {
        List<Quote> q = runQuotes("Port\nThe mayor said she would offer “a helping hand” to the dockers but did not suggest "
                + "the levy would be cut.\n", 2);
        assertThat(q).extracting(Quote::text, Quote::kind, QuoteExtractorTest::speakerText).containsExactly(
                tuple("she would offer “a helping hand” to the dockers", QuoteKind.MIXED, "The mayor"),
                tuple("the levy would be cut", QuoteKind.INDIRECT, "The mayor"));
    }

    @Test
    void anAccusationReachesItsPrepositionPastAnAppositionOnTheObject() {
        List<Quote> q = runQuotes("Port\nRuiz accused Ana Lind, the harbor master and chair of the port board, of hiding "
                + "the audit.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("Ana Lind, the harbor master and chair of the port board, of hiding the audit");
        assertThat(q.get(0).cue()).contains("accuse");
        assertThat(speakerText(q.get(0))).isEqualTo("Ruiz");
    }

    @Test
    void aReportedClauseEndsAtADashBeforeTheSpeakersOwnAttributedWords() {
        List<Quote> q = runQuotes("Port\nRuiz suggested that the levy was unworkable - “Again, we need to see the numbers,” "
                + "she said. Lind said the plan was dead — “a fantasy.”\n", 3);
        assertThat(q).extracting(Quote::text, Quote::kind).containsExactly(
                tuple("the levy was unworkable", QuoteKind.INDIRECT),
                tuple("Again, we need to see the numbers,", QuoteKind.DIRECT),
                tuple("the plan was dead — “a fantasy.”", QuoteKind.MIXED));
    }

    @Test
    void aClaimsThatClauseWithACopulaEndsBeforeTheMainVerb() {
        List<Quote> q = runQuotes("Port\nRuiz's claim that the cranes were in good repair was false. The promise that he made "
                + "was broken.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the cranes were in good repair");
        assertThat(speakerText(q.get(0))).isEqualTo("Ruiz");
    }

    @Test
    void aReportInARelativeClauseOnAnOfferedObjectIsItsOwn() {
        List<Quote> q = runQuotes("Port\nThe audit offered fresh ammunition to dockers who say the levy is a scam.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the levy is a scam");
        assertThat(speakerText(q.get(0))).isEqualTo("dockers");
    }

    @Test
    void aCityAndItsStateInsideAnAppositionDoNotSpeak() {
        List<Quote> q = runQuotes("Port\nAna Ruiz, who lost her brother in the flood in Dayton, Ohio, in May 2019, said the levee "
                + "had failed. The mayor, during a visit to Toledo, Ohio, on Monday, said the plant would stay open.\n", 2);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("the levee had failed", "Ana Ruiz"), tuple("the plant would stay open", "The mayor"));
    }

    @Test
    void aVerbCoordinatedInsideABecauseClauseTakesThatClausesSubject() {
        List<Quote> q = runQuotes("Port\nThe dockers have never trusted Ruiz, in part because she favors longer shifts and "
                + "opposes a wage increase.\n", 2);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("longer shifts", "she"), tuple("a wage increase", "she"));
    }

    @Test
    void aNameInAppositionSpeaksForAQuantityBeforeIt() {
        List<Quote> q = runQuotes("Port\nTwo dockers backed the levy. A third, Tomas Varga, said that he was against it.\n", -1);
        assertThat(q).filteredOn(x -> x.text().equals("he was against it"))
                .extracting(QuoteExtractorTest::speakerText).containsExactly("Tomas Varga");
    }

    @Test
    void denyingSomeoneSomethingAdmittingPeopleAndAnsweringTheCallReportNothing() {
        List<Quote> q = runQuotes("Port\nThe board denied her a second term. The port will admit 40 foreign students. The "
                + "mayor answered the call. Ruiz denied the charge.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the charge");
        assertThat(speakerText(q.get(0))).isEqualTo("Ruiz");
    }

    @Test
    void anOpeningParticipleEndingInAQuotationTakesTheMainClausesSubject() {
        List<Quote> q = runQuotes("Port\nConceding that a deal with the union would come “down the line,” Ruiz said the "
                + "port would wait.\n", 2);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("a deal with the union would come “down the line,”", "Ruiz"),
                tuple("the port would wait", "Ruiz"));
    }

    @Test
    void wordsQuotedBetweenAPossessiveAndANounOfSpeechAreThePossessors() {
        List<Quote> q = runQuotes("Port\nMayor Ana Ruiz's “not one more crane” pledge haunted her campaign. The port's "
                + "“Gateway” brand was new.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("not one more crane");
        assertThat(q.get(0).cue()).contains("pledge");
        assertThat(speaker(q.get(0))).isEqualTo("Ana Ruiz");
    }

    @Test
    void aParticipleAfterAnOpeningPrepositionTakesTheMainClausesSubject() {
        List<Quote> q = runQuotes("Port\nIn explaining why the levy failed, Ruiz blamed the harbor board. By voting to delay the "
                + "levy, the council angered the dockers.\n", 3);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("why the levy failed", "Ruiz"), tuple("the harbor board", "Ruiz"),
                tuple("to delay the levy", "the council"));
    }

    @Test
    void aPhraseBetweenARelativePronounAndItsCueLeavesTheSpeakerBeforeIt() {
        List<Quote> q = runQuotes("Port\nAna Ruiz, who in May said the port would close, changed course. The case went to "
                + "Judge Tomas Varga, who in two earlier rulings had made clear that he would back the union.\n", 2);
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speakerText).containsExactly(
                tuple("the port would close", "Ana Ruiz"), tuple("he would back the union", "Tomas Varga"));
    }

    @Test
    void aQuotedFragmentOpeningAThatClauseIsPartOfAMixedQuote() {
        List<Quote> q = runQuotes("Port\nThe harbor board acknowledged on Friday that “classified” cargo had been found on "
                + "the pier. The mayor said that “the port will reopen in May.”\n", 2);
        assertThat(q).extracting(Quote::text, Quote::kind).containsExactly(
                tuple("“classified” cargo had been found on the pier", QuoteKind.MIXED),
                tuple("the port will reopen in May.", QuoteKind.DIRECT));
        assertThat(speakerText(q.get(0))).isEqualTo("The harbor board");
    }

    @Test
    void aPastVerbAfterAPossessiveIsNoCue() {
        List<Quote> q = runQuotes("Port\nLind then interjected, calling Ruiz’s proposed dock levy “a tax on sailors.”\n", 1);
        assertThat(q.get(0).text()).endsWith("a tax on sailors.");
        assertThat(speakerText(q.get(0))).isEqualTo("Lind");
    }

    @Test
    void aQuoteClosingWithItsOuterQuoteIsTheInnerSpeakersAndToldMeIsTheOuterSpeaker() {
        List<Quote> q = runQuotes("Flood aid\nGovernor Paul Reyes called Mayor Ellen Ward last week. “He told me, "
                + "‘We will send the trucks on Friday,’” Ward said.\n", 2);
        assertThat(speaker(q.get(0))).isEqualTo("Ellen Ward");
        assertThat(q.get(1).text()).isEqualTo("We will send the trucks on Friday,");
        assertThat(speakerText(q.get(1))).isEqualTo("He");
        assertThat(q.get(1).cue()).contains("tell");
        assertThat(q.get(1).addressee().flatMap(Speaker::name)).contains("Ellen Ward");
    }

    @Test
    void aDashedAsideMayHoldAQuotationOrAPlaceWithoutNamingTheSpeaker() {
        List<Quote> q = runQuotes("Leave policy\nA spokesman for the label - a small shoe maker pitched as \"the brand "
                + "for busy parents\" - noted that the company offers eight weeks of paid leave. The senator — a former "
                + "prosecutor in Ohio — said that the bill was flawed.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("the company offers eight weeks of paid leave", "A spokesman for the label"),
                tuple("the bill was flawed", "The senator"));
    }

    @Test
    void itSpeaksForTheOrganizationOrDocumentThatIsTheSubjectBefore() {
        List<Quote> q = runQuotes("Audit\nHackers reached twelve servers, the inspector general's report said. It accused "
                + "the agency of hiding the breach from Congress. It said the board had failed to act.\n\nNorvia Telecom "
                + "said on Friday that service had been restored. It also said the outage had cost it $4 million.\n", 5);
        assertThat(q).extracting(x -> speakerText(x), x -> x.sourceType().orElse(null)).containsExactly(
                tuple("the inspector general's report", SourceType.DOCUMENT), tuple("It", SourceType.DOCUMENT),
                tuple("It", SourceType.DOCUMENT), tuple("Norvia Telecom", SourceType.ORGANIZATION),
                tuple("It", SourceType.ORGANIZATION));
        assertThat(speaker(q.get(4))).isEqualTo("Norvia Telecom");
        // a document has no entity: the phrase "it" stands for names it
        assertThat(q.get(1).speaker().flatMap(Speaker::name)).contains("the inspector general's report");
        assertThat(q.get(2).speaker().flatMap(Speaker::name)).contains("the inspector general's report");
    }

    @Test
    void aFamiliarVoiceAndACloseAideSpeakAndAnInvertedAskHasNoAddressee() {
        List<Quote> q = runQuotes("Threats\nHours after four guards were wounded in Port Ellis, a familiar voice praised the "
                + "attack online: “We are already among you.” A close aide said the minister would resign.\n\n"
                + "“Is he running against the committee?” asked Mr. Hale.\n", 4);
        assertThat(q.get(0).text()).isEqualTo("the attack online"); // what was praised
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).contains(
                tuple("We are already among you.", "a familiar voice"), tuple("the minister would resign", "A close aide"));
        assertThat(speaker(q.get(3))).isEqualTo("Hale");
        assertThat(q.get(3).addressee()).isEmpty();
    }

    @Test
    void aColonAfterAMainClauseWhoseSubjectCannotSpeakGivesNoSpeakerFromTheClauseBefore() {
        List<Quote> q = runQuotes("Storm\nAfter the mayor ordered the evacuation, the flood reached the old town: “Nothing "
                + "is left of the market.”\n", -1);
        assertThat(q).noneMatch(x -> "the mayor".equals(speakerText(x)));
    }

    @Test
    void repeatAndRestateReportAClause() {
        List<Quote> q = runQuotes("Hacking\nForeign ministry spokesman Tomas Berg repeated that Norland opposed hacking in "
                + "all its forms. Later, he restated that the ministry had no knowledge of the breach.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x), x -> x.cue().orElse(null)).containsExactly(
                tuple("Norland opposed hacking in all its forms", "Tomas Berg", "repeat"),
                tuple("the ministry had no knowledge of the breach", "Tomas Berg", "restate"));
    }

    @Test
    void troopsPersonnelAndACrowdCanTakeAStance() {
        List<Quote> q = runQuotes("Military poll\nOfficers favored Lindqvist 46 percent to 32 percent, while naval "
                + "personnel favored Moreau. Female troops preferred Lindqvist. The crowd backed the mayor.\n", 4);
        assertThat(q).extracting(x -> speakerText(x), x -> x.cue().orElse(null)).containsExactly(
                tuple("Officers", "favor"), tuple("naval personnel", "favor"), tuple("Female troops", "prefer"),
                tuple("The crowd", "back"));
    }

    @Test
    void aDateBeforeASpeakerWithAnAppositionIsNoAgeTag() {
        List<Quote> q = runQuotes("Endorsement\nOn June 4, 2019, Halvorsen, who had stayed neutral during the primaries, "
                + "decided to back Moreau.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Halvorsen");
        assertThat(q.get(0).text()).isEqualTo("Moreau");
    }

    @Test
    void speechQuotedInsideReportedSpeechIsTwoQuotesEachWithItsSpeaker() {
        String text = "Talks\nForeign Minister Ana Duarte said that President Paul Reyes told him at the meeting, "
                + "“We will not sign this agreement.”\n";
        List<Quote> q = runQuotes(text, 2);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(speaker(q.get(0))).isEqualTo("Ana Duarte");
        assertThat(q.get(0).text()).startsWith("President Paul Reyes told him").endsWith("agreement.”");
        assertThat(q.get(1).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.get(1).text()).isEqualTo("We will not sign this agreement.");
        assertThat(speaker(q.get(1))).isEqualTo("Paul Reyes");
        assertThat(q.get(1).cue()).contains("tell");
        assertThat(q.get(1).addressee().flatMap(Speaker::mention).map(m -> m.text())).contains("him");
        assertThat(q.get(1).addressee().flatMap(Speaker::name)).isNotEqualTo(Optional.of("Paul Reyes"));
    }

    @Test
    void aQuoteWithoutCueAfterAOneSentenceParagraphWithACueIsThatPersonsAndNotAfterALongerOne() {
        List<Quote> q = runQuotes("Harbour\nMayor Ana Duarte has criticised the port authority for months.\n\nDuarte "
                + "continued her attack on Tuesday.\n\n“They have had ten years to fix the sea wall and they have "
                + "done nothing.”\n\nThe authority's chief, Paul Reyes, visited the site. He later said the wall was "
                + "safe.\n\n“The wall meets every standard we have,” according to a statement from the authority.\n", -1);
        assertThat(q).filteredOn(x -> x.text().startsWith("They have had")).extracting(x -> speaker(x))
                .containsExactly("Ana Duarte");
        assertThat(q).noneMatch(x -> x.text().equals("Tuesday")); // a time, no topic of her attack
        assertThat(q).filteredOn(x -> x.text().startsWith("The wall meets")).extracting(x -> speaker(x))
                .doesNotContain("Paul Reyes");
    }

    @Test
    void aRelativeClauseOnTheObjectOfFindOrKnowIsNoReportedClause() {
        List<Quote> q = runQuotes("Jobs\nYoung graduates often can't find jobs that pay well. Voters know candidates that "
                + "make big promises. The survey found that most graduates had moved away. Officials said the servers "
                + "that were hacked contained payroll data.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("most graduates had moved away");
        assertThat(q.get(1).text()).isEqualTo("the servers that were hacked contained payroll data");
    }

    @Test
    void aPartyTagMayComeBetweenTheSpeakersNameAndTheColon() {
        List<Quote> q = runQuotes("Hearing\nSenators pressed the border agency's director on Tuesday.\n\n"
                + "SEN. MARA QUIST (R-IOWA): How many agents do you need to do the job?\n\n"
                + "DIRECTOR PAUL ENNIS: We would need at least four thousand more agents.\n\n"
                + "Sen. Tom Bray (D-N.Y.): That is a lot of money for a wall nobody wants.\n", 3);
        assertThat(q).extracting(x -> speakerText(x), x -> x.text()).containsExactly(
                tuple("MARA QUIST", "How many agents do you need to do the job?"),
                tuple("PAUL ENNIS", "We would need at least four thousand more agents."),
                tuple("Tom Bray", "That is a lot of money for a wall nobody wants."));
        assertThat(q).allSatisfy(x -> assertThat(x.kind()).isEqualTo(QuoteKind.DIRECT));
    }

    @Test
    void aListOfNamesOpeningAReportedClauseIsItsSubjectNotAnotherSpeaker() {
        List<Quote> q = runQuotes("Ruling\nJudge Carl Reeves wrote that the title, history and text of the law showed it to be "
                + "\"an attempt to punish these families.\" He said that Smith, Jones and Brown had agreed to the deal. "
                + "Polls show that Ortega leads, and a third said they would never vote for her.\n", 4);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("the title, history and text of the law showed it to be \"an attempt to punish these families.\"",
                        "Carl Reeves"),
                tuple("Smith, Jones and Brown had agreed to the deal", "He"),
                tuple("Ortega leads", "Polls"),
                tuple("they would never vote for her", "a third"));
    }

    @Test
    void bothAfterTheSpeakersAndAnAdjectiveTakenForTheSubjectsHead() {
        List<Quote> q = runQuotes("Vote\nHamid Karzai and Ashraf Ghani both said they would accept the result. The general "
                + "denied that troops had fired on civilians.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("they would accept the result", "Hamid Karzai and Ashraf Ghani"),
                tuple("troops had fired on civilians", "The general"));
    }

    @Test
    void aParticiplePhraseInAppositionNamesNoSpeakerEvenWithANameInIt() {
        List<Quote> q = runQuotes("Incomes\nThe report, released on Tuesday by the Institute for Fiscal Studies, found that "
                + "incomes had fallen for a third year. The prime minister, Keir Starmer, said the figures were old.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("incomes had fallen for a third year", "The report"),
                tuple("the figures were old", "Keir Starmer"));
        assertThat(q.get(0).sourceType()).contains(SourceType.DOCUMENT);
    }

    @Test
    void aNameInAppositionAfterAQuoteSpeaksAndAPostOnXEndsItsSentence() {
        List<Quote> q = runQuotes("Strikes\n\"We will respond,\" Iran's foreign minister, Abbas Araghchi, wrote on X. \"The "
                + "aggressor will pay,\" he added.\n\nGermany's chancellor, Friedrich Merz, said the strikes were a "
                + "mistake.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("We will respond,", "Abbas Araghchi"),
                tuple("The aggressor will pay,", "Abbas Araghchi"),
                tuple("the strikes were a mistake", "Friedrich Merz"));
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aShortSentenceQuotedRightAfterAQuoteGoesOnWithIt() {
        List<Quote> q = runQuotes("Taxes\n\"We have no plans to raise taxes,\" Finance Minister Hans Vogel told parliament "
                + "on Wednesday. \"None whatsoever.\"\n\nThe party's slogan is \"Forward.\"\n", 1);
        assertThat(q.get(0).parts()).hasSize(2);
        assertThat(q.get(0).text()).startsWith("We have no plans to raise taxes").endsWith("None whatsoever.");
        assertThat(speaker(q.get(0))).isEqualTo("Hans Vogel");
    }

    @Test
    void whoAfterAThingThatCannotSpeakIsThePeopleAfterItsPreposition() {
        List<Quote> q = runQuotes("Remarks\nThe president's remarks drew sharp criticism from opposition leaders, who called "
                + "them \"reckless and dangerous.\" The mayor of Leeds, who spoke after the vote, said the result was fair.\n", 3);
        assertThat(q).extracting(x -> speakerText(x)).containsExactly("opposition leaders", "opposition leaders",
                "The mayor of Leeds");
        assertThat(q.get(1).cue()).contains("call");
    }

    @Test
    void aSpeakerWithItsOwnCueAfterInItsReportSpeaksForItself() {
        List<Quote> q = runQuotes("Uranium\nIn its latest report, the International Atomic Energy Agency said Iran had enriched "
                + "uranium to 60 percent. In a new poll, 8 percent of voters said they backed the plan.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("Iran had enriched uranium to 60 percent", "say"),
                tuple("8 percent of voters said they backed the plan", "in"));
        assertThat(speaker(q.get(0))).isEqualTo("International Atomic Energy Agency");
    }

    @Test
    void aContrastWithItsOwnSpeakerAndNamingEndsTheReportedClause() {
        List<Quote> q = runQuotes("Deal\nBadenoch said the deal was a surrender, while Farage called it a humiliation. "
                + "Critics said the plan was \"reckless,\" while supporters said it was overdue.\n", 4);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x), x -> x.cue().orElse(null)).containsExactly(
                tuple("the deal was a surrender", "Badenoch", "say"),
                tuple("it a humiliation", "Farage", "call"),
                tuple("the plan was \"reckless,\"", "Critics", "say"),
                tuple("it was overdue", "supporters", "say"));
    }

    @Test
    void itAfterAPlaceOrTimeAndATwoWordClauseAfterThatAreReported() {
        List<Quote> q = runQuotes("Truce\nHamas said in a statement on Sunday it had accepted the proposal. The official, who "
                + "spoke on condition of anonymity, added that gaps remained.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("it had accepted the proposal", "Hamas"),
                tuple("gaps remained", "The official"));
    }

    @Test
    void quotedAsSayingReportedlyToldAndAShortQuotationClosingTheObject() {
        List<Quote> q = runQuotes("Talks\nPresident Anand Rao was quoted by the newspaper as saying that India would not bow to "
                + "pressure. Premier Wen Li reportedly told Rao that the border was calm. Moscow reportedly offered help "
                + "to the rebels. The spokesman Dmitry Orlov dismissed the reports as \"absolute nonsense.\"\n", 4);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null), x -> x.kind()).containsExactly(
                tuple("India would not bow to pressure", "say", QuoteKind.INDIRECT),
                tuple("the border was calm", "tell", QuoteKind.INDIRECT),
                tuple("Moscow offered help to the rebels", "reportedly", QuoteKind.INDIRECT),
                tuple("the reports as \"absolute nonsense.\"", "dismiss", QuoteKind.MIXED));
        assertThat(speaker(q.get(0))).isEqualTo("Anand Rao");
        assertThat(speaker(q.get(3))).isEqualTo("Dmitry Orlov");
    }

    @Test
    void aShowsTitleInQuotationMarksAfterTheOneToldIsPartOfTheAddressee() {
        List<Quote> q = runQuotes("Sunday shows\nSenator Jim Vance told NBC's \"Meet the Press\" that the campaign was "
                + "confident.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the campaign was confident");
        assertThat(speaker(q.get(0))).isEqualTo("Jim Vance");
        assertThat(q.get(0).addressee().flatMap(Speaker::mention).map(Mention::text)).contains("NBC's \"Meet the Press\"");
    }

    @Test
    void aClauseOpeningWithAtLeastIsReported() {
        List<Quote> q = runQuotes("Strikes\nOfficials said at least 200 people had been killed, including 50 children. "
                + "She said at least once that the count was low.\n", 2);
        assertThat(q).extracting(x -> x.text()).containsExactly(
                "at least 200 people had been killed, including 50 children", "the count was low");
    }

    @Test
    void aLabelOrClaimSetAfterANamingOrStanceIsTheWritersAside() {
        List<Quote> q = runQuotes("Law\nCritics have called the law a \"foreign agents\" bill, a label the government rejects. "
                + "Norvia regards the island as its own territory, a claim not recognized internationally.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("the law a \"foreign agents\" bill", "Critics"),
                tuple("a label", "the government"), // (the aside holds a stance of its own)
                tuple("the island as its own territory", "Norvia"));
    }

    @Test
    void anAdverbBeforeTheColonAndAQuotationOpeningAfterThePronounSubject() {
        List<Quote> q = runQuotes("Error\nThe prime minister said he \"deeply regretted\" the error. When asked about the "
                + "inquiry, his spokesperson said only: \"No comment.\"\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> x.kind()).containsExactly(
                tuple("he \"deeply regretted\" the error", QuoteKind.MIXED),
                tuple("about the inquiry", QuoteKind.INDIRECT),
                tuple("No comment.", QuoteKind.DIRECT));
    }

    @Test
    void theNamedSubjectOfAnAbsolutePhraseSpeaksNotTheMainClausesSubject() {
        List<Quote> q = runQuotes("Rates\nThe Bank of Ghana held rates steady on Thursday, with its governor, Amara Osei, "
                + "telling reporters in Accra that inflation was on target.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("inflation was on target");
        assertThat(speaker(q.get(0))).isEqualTo("Amara Osei");
    }

    @Test
    void aSourceNotAuthorizedToDiscussSomethingDidNotDiscussIt() {
        List<Quote> q = runQuotes("Fed\nA senior official, who spoke on condition of anonymity because he was not authorized "
                + "to discuss internal deliberations, said several governors favored a cut. The two leaders met to discuss "
                + "the war in Ukraine.\n", 2);
        assertThat(q).extracting(x -> x.cue().orElse(null), x -> speakerText(x)).containsExactly(
                tuple("say", "A senior official"), tuple("discuss", "The two leaders"));
    }

    @Test
    void aWritersAsideAfterAClosingQuotationMarkEndsTheReportedClause() {
        List<Quote> q = runQuotes("Protests\nPresident Daniel Mwangi insisted on Friday that the protests had been "
                + "\"infiltrated by criminals,\" a claim rejected by rights groups.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the protests had been \"infiltrated by criminals,\"");
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.MIXED);
    }

    @Test
    void aReadoutAndAJudgmentAreDocumentsAndAMemoSeenByAPaperIsTheMemos() {
        List<Quote> q = runQuotes("Call\nThe readout of the call said both sides wanted calm. The judgment found that the "
                + "ministry had acted unlawfully. According to a defence memo seen by the Daily Courier, stocks had "
                + "fallen sharply.\n", 3);
        assertThat(q).extracting(x -> speakerText(x), x -> x.sourceType().orElse(null)).containsExactly(
                tuple("The readout of the call", SourceType.DOCUMENT),
                tuple("The judgment", SourceType.DOCUMENT),
                tuple("a defence memo seen by the Daily Courier", SourceType.DOCUMENT));
    }

    @Test
    void aTimeAfterTheOneToldAndANameBeforeTheClauseAreNotPartOfTheAddressee() {
        List<Quote> q = runQuotes("Veto\nViktor Orban told state radio hours later that he had not changed his mind. A senior "
                + "Hamas official told Reuters the group had not received a new proposal.\n", 2);
        assertThat(q).extracting(x -> x.text(),
                x -> x.addressee().flatMap(Speaker::mention).map(Mention::text).orElse(null)).containsExactly(
                tuple("he had not changed his mind", "state radio"),
                tuple("the group had not received a new proposal", "Reuters"));
    }

    @Test
    void aDatelineIsNotPartOfTheClauseBeforeItsAttribution() {
        List<Quote> q = runQuotes("Strikes\nGAZA CITY — Airstrikes killed at least 27 people overnight, the civil defence "
                + "agency said on Sunday.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("Airstrikes killed at least 27 people overnight");
    }

    @Test
    void aClauseAfterThatMayOpenWithNoOrNothingAndARetortIsReported() {
        List<Quote> q = runQuotes("Hearing\nThe secretary said the review was routine and insisted that no decision had been "
                + "taken. Her deputy added that nothing had changed. Senator Ruth Bell shot back that the committee had "
                + "been misled.\n", 4);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("the review was routine", "say"),
                tuple("no decision had been taken", "insist"),
                tuple("nothing had changed", "add"),
                tuple("the committee had been misled", "shoot back"));
        assertThat(speaker(q.get(3))).isEqualTo("Ruth Bell");
    }

    @Test
    void aForeignNameTheTaggerTakesForAnOrganizationIsAPerson() {
        List<Quote> q = runQuotes("EU\n\"Today we made history,\" the European Council president, António Costa, wrote on X. "
                + "Costa said the door was open.\n", 2);
        assertThat(q).extracting(x -> speaker(x), x -> x.sourceType().orElse(null)).containsExactly(
                tuple("António Costa", SourceType.NAMED), tuple("António Costa", SourceType.NAMED));
    }

    @Test
    void heAfterASpokesmanWithNoNameIsTheSpokesmanNotTheOneHeSpeaksFor() {
        List<Quote> q = runQuotes("Revolt\nPrime Minister Alan Reeve faced a revolt on Tuesday. The prime minister's official "
                + "spokesman insisted the government would not back down. \"The system is broken,\" he told journalists. "
                + "A spokesman for Alan Reeve said the vote would go ahead. He added that no date was set. Reeve's "
                + "spokeswoman said the plan stood. \"We will fix it,\" he said.\n", 6);
        assertThat(q).extracting(x -> speakerText(x), x -> speaker(x)).containsExactly(
                tuple("The prime minister's official spokesman", null),
                tuple("he", "The prime minister's official spokesman"),
                tuple("A spokesman for Alan Reeve", null),
                tuple("He", "A spokesman for Alan Reeve"),
                tuple("Reeve's spokeswoman", null),
                tuple("he", "Alan Reeve"));
        assertThat(q.get(1).speaker().flatMap(Speaker::entity)).isEmpty();
        assertThat(q.get(1).addressee().flatMap(Speaker::mention).map(Mention::text)).contains("journalists");
    }

    @Test
    void aNameGivenInQuotationMarksInsideAReportedClauseIsNoFragmentOfIt() {
        List<Quote> q = runQuotes("Drills\nThe Eastern Command said the exercises, code-named \"Strait Thunder,\" were a "
                + "\"stern warning\" to separatists.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the exercises, code-named \"Strait Thunder,\" were a \"stern warning\" to separatists");
        assertThat(speaker(q.get(0))).isEqualTo("Eastern Command");
    }

    @Test
    void itStandsForTheWholePhraseNotTheNameOwningIt() {
        List<Quote> q = runQuotes("Drills\nNorvia's defence ministry said it had detected 71 aircraft and condemned what it "
                + "called \"irrational provocations.\"\n", 2);
        assertThat(q.get(1).text()).isEqualTo("irrational provocations.");
        assertThat(q.get(1).speaker().flatMap(Speaker::entity)).isEmpty();
        assertThat(speaker(q.get(1))).isEqualTo("Norvia's defence ministry");
    }

    @Test
    void aContrastWithACharityNamedAfterItsKindIsAQuoteOfItsOwn() {
        List<Quote> q = runQuotes("Benefits\nJon Sparkes warned that thousands of families faced \"a cliff edge\" in April, "
                + "while the disability charity Scope said it had been \"inundated with calls.\" Zhu Feng told the South "
                + "China Morning Post that the drills were aimed at Taipei.\n", 3);
        assertThat(q).extracting(x -> x.text()).containsExactly(
                "thousands of families faced \"a cliff edge\" in April",
                "it had been \"inundated with calls.\"",
                "the drills were aimed at Taipei");
        assertThat(speakerText(q.get(1))).isEqualTo("the disability charity Scope");
        assertThat(q.get(2).addressee().flatMap(Speaker::mention).map(Mention::text)).contains("the South China Morning Post");
    }

    @Test
    void anOfficialAskedAboutSomethingStillSpeaksAndAQuotedFragmentIsNoShowTitle() {
        List<Quote> q = runQuotes("Climate\nA White House official, asked about the decision, said the administration \"will "
                + "not be lectured\" on climate by countries that \"buy Russian oil.\"\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x), x -> x.kind()).containsExactly(
                tuple("the administration \"will not be lectured\" on climate by countries that \"buy Russian oil.\"",
                        "A White House official", QuoteKind.MIXED));
    }

    @Test
    void aWarningThatGoesWithAVerbIsItsSubjects() {
        List<Quote> q = runQuotes("Summit\nPresident Lia Moreno opened the summit on Monday with a warning that the world was "
                + "running out of time.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the world was running out of time");
        assertThat(speaker(q.get(0))).isEqualTo("Lia Moreno");
    }

    @Test
    void aRequestWithItsObjectAfterAReportedClauseIsTheSpeakersNextAct() {
        List<Quote> q = runQuotes("Drills\nThe minister said the talks had failed and urged both sides to return. Senator Ann "
                + "Kell says she spoke to the governor and asked him to condemn the violence.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("the talks had failed", "say"),
                tuple("both sides to return", "urge"),
                tuple("she spoke to the governor and asked him to condemn the violence", "say"));
    }

    @Test
    void aReportWithItsParticipleAndTimeSpeaksAndAUnitAfterANumberEndsTheSentence() {
        List<Quote> q = runQuotes("Climate\nA UN report published on Thursday found that current plans would lead to warming "
                + "of 2.6C. Voters polled on Tuesday said they wanted change.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("current plans would lead to warming of 2.6C", "A UN report published on Thursday"),
                tuple("they wanted change", "Voters polled on Tuesday"));
    }

    @Test
    void aPlatformIsNoTopicAnEnvoysToIsNoHeadAndADatelineIsNoContent() {
        List<Quote> q = runQuotes("Talks\nWARSAW, Poland (AP) — Karol Nowak narrowly won the runoff, according to official "
                + "results. Its foreign minister, Omar Haddad, wrote on X that \"dialogue is the only way.\" The Iranian "
                + "mission to the UN called his remarks \"absurd.\"\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("Karol Nowak narrowly won the runoff", "official results"),
                tuple("dialogue is the only way.", "Omar Haddad"),
                tuple("his remarks \"absurd.\"", "The Iranian mission to the UN"));
    }

    @Test
    void aCueBeforeAColonInsideAQuoteReportsWhatFollowsNotTheInnerQuoteBeforeIt() {
        List<Quote> q = runQuotes("Peace\nPresident Olena Marchenko spoke on Sunday. \"People ask me, 'Why don't you just "
                + "sign?' I tell them: because the war would start again,\" Marchenko said.\n", 2);
        assertThat(q.get(1).text()).isEqualTo("Why don't you just sign?");
        assertThat(speakerText(q.get(1))).isEqualTo("People");
        assertThat(q.get(1).cue()).contains("ask");
        assertThat(q.get(1).addressee().flatMap(Speaker::name)).contains("Olena Marchenko");
    }

    @Test
    void aCounterIsReportedSpeechAndAWritersLeadBeforeAColonIsNoContent() {
        List<Quote> q = runQuotes("Rates\nHis shadow, Mel Strand, countered that families were \"still paying the price\" for the "
                + "tax rises. The decision was closer than expected: four of the nine members voted to hold rates, the "
                + "bank said.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("families were \"still paying the price\" for the tax rises", "counter"),
                tuple("four of the nine members voted to hold rates", "say"));
    }

    @Test
    void heAfterAnUnnamedFarmerWithARelativeClauseIsTheFarmerAndANameBeforeHimselfSpeaks() {
        List<Quote> q = runQuotes("Land\n\"It is not a land grab,\" said Thabo Ndlovu, a constitutional lawyer. A farmer in the "
                + "province, who asked not to be named for fear of reprisals, said he had not been affected. \"Everyone is "
                + "nervous,\" he said. The president himself said the plan was dead.\n", 4);
        assertThat(q).extracting(x -> speakerText(x), x -> speaker(x)).containsExactly(
                tuple("Thabo Ndlovu", "Thabo Ndlovu"),
                tuple("A farmer in the province", null),
                tuple("he", "A farmer in the province"),
                tuple("The president", null));
    }

    @Test
    void aQuotedAdverbAfterAnInfinitiveInsideAReportedClauseIsPartOfIt() {
        List<Quote> q = runQuotes("Truce\nForeign Secretary Ravi Menon said there had been \"repeated violations\" and that the "
                + "army had been instructed to respond \"strongly.\"\n", 1);
        assertThat(q.get(0).text()).isEqualTo("there had been \"repeated violations\" and that the army had been instructed "
                + "to respond \"strongly.\"");
        assertThat(speaker(q.get(0))).isEqualTo("Ravi Menon");
    }

    @Test
    void anOpeningParticiplePhraseIsNoCueAndANounKeepsItsParticiple() {
        List<Quote> q = runQuotes("Ruling\nWriting for the majority, Justice Ellen Pryor said the lower court had overstepped "
                + "its authority. Unions representing the workers vowed to keep fighting.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("the lower court had overstepped its authority", "Ellen Pryor"),
                tuple("to keep fighting", "Unions representing the workers"));
    }

    @Test
    void aMoveSeenAsSomethingIsTheWritersAsideAndAQuotedInfinitiveIsStillRequested() {
        List<Quote> q = runQuotes("Shrine\nPrime Minister Aiko Mori said she would not visit the shrine while in office, a move "
                + "seen as an olive branch to Beijing. Wen Hao said Beijing had \"taken note\" of her remarks and urged Tokyo "
                + "to \"reflect deeply\" on its history.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("she would not visit the shrine while in office", "say"),
                tuple("Beijing had \"taken note\" of her remarks", "say"),
                tuple("Tokyo to \"reflect deeply\" on its history", "urge"));
    }

    @Test
    void aTimeMayStandBetweenAnIntentionAndItsInfinitive() {
        List<Quote> q = runQuotes("Defence\nPrime Minister Aiko Mori pledged on Tuesday to strengthen the country's defences. "
                + "The rebels vowed last week to fight on.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("to strengthen the country's defences", "pledge"),
                tuple("to fight on", "vow"));
    }

    @Test
    void aListOfCountriesIsOneOrganizationSpeaker() {
        List<Quote> q = runQuotes("Grain\nISTANBUL — Ukraine, Turkey and the United Nations agreed on Tuesday to set up joint "
                + "inspection teams. Officials in Kyiv and Warsaw said talks would go on.\n", 2);
        assertThat(q).extracting(x -> speakerText(x), x -> x.sourceType().orElse(null)).containsExactly(
                tuple("Ukraine, Turkey and the United Nations", SourceType.ORGANIZATION),
                tuple("Officials in Kyiv and Warsaw", SourceType.ANONYMOUS));
    }

    @Test
    void aGroupWithPartOfItDescribedSpeaksInAnAbsolutePhrase() {
        List<Quote> q = runQuotes("Oil\nOil prices rose 2 percent, with traders, many of them rattled by the latest strikes "
                + "on refineries, warning that supply could tighten before winter.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("supply could tighten before winter", "traders"));
    }

    @Test
    void anUrgedOrPredictedNounPhraseIsAStance() {
        List<Quote> q = runQuotes("Output\nAnalysts at the bank predicted years of volatility. OPEC members have urged a "
                + "return to stable output. The minister urged the cartel to raise production.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("years of volatility", "predict"),
                tuple("a return to stable output", "urge"),
                tuple("the cartel to raise production", "urge"));
    }

    @Test
    void sheGoesToAWomanNamedNearbyBeforeAPersonOfUnknownGender() {
        List<Quote> q = runQuotes("Talks\nForeign ministry spokeswoman Maria Orlova said on Thursday that Moscow would respond. "
                + "Peskov, the Kremlin spokesman, said Russia remained open to talks. \"We are not closing the door,\" she "
                + "said.\n\nGiorgia Meloni met Volodymyr Zelensky in Rome. She said Italy would host a conference. Later, "
                + "Kovaleva, the deputy minister, arrived. Gutierrez greeted the delegation. She said the talks were "
                + "useful.\n", 5);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("Moscow would respond", "Maria Orlova"),
                tuple("Russia remained open to talks", "Peskov"),
                tuple("We are not closing the door,", "Maria Orlova"),
                tuple("Italy would host a conference", "Giorgia Meloni"),
                tuple("the talks were useful", "Kovaleva"));
    }

    @Test
    void anOutletToldEndsBeforeTheNameThatOpensTheClause() {
        List<Quote> q = runQuotes("Deal\nSenator Tom Hale told Fox News Trump was right to walk away. Hale told CNN Biden had "
                + "failed.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> x.addressee().flatMap(a -> a.mention()).map(m -> m.text()).orElse(null))
                .containsExactly(tuple("Trump was right to walk away", "Fox News"), tuple("Biden had failed", "CNN"));
    }

    @Test
    void aNameAfterAKindOfInstitutionIsAnOrganization() {
        List<Quote> q = runQuotes("Cuts\nThe disability charity Scope said the cuts would push thousands into poverty.\n", 1);
        assertThat(q).extracting(x -> x.sourceType().orElse(null)).containsExactly(SourceType.ORGANIZATION);
    }

    @Test
    void theObjectOfARelativeClauseIsNotTheSpeaker() {
        List<Quote> q = runQuotes("Tariffs\nSmall-business owners who brought one of the cases told reporters they were "
                + "hopeful. Farmers who sued the agency said the rule was unfair. People who know the governor say he is "
                + "angry. Those who know him well say he will not resign.\n", 4);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("they were hopeful", "Small-business owners"),
                tuple("the rule was unfair", "Farmers"),
                tuple("he is angry", "People"),
                tuple("he will not resign", "Those"));
    }

    @Test
    void aParticipleAfterWithHasItsOwnSubjectAndAnotherPersonsActEndsTheReport() {
        List<Quote> q = runQuotes("Court\nThe court appeared divided, with several conservative justices questioning whether "
                + "the law gave him the power. Chief Justice Mark Rowan noted that tariffs \"have always been the power of "
                + "Congress,\" while Justice Ellen Pryor pressed the lawyer on the limits.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("whether the law gave him the power", "several conservative justices"),
                tuple("tariffs \"have always been the power of Congress,\"", "Mark Rowan"));
    }

    @Test
    void aProgrammeNamedLikeATimeIsPartOfTheAddressee() {
        List<Quote> q = runQuotes("Budget\n\"I have not,\" Reeves told the BBC's Today programme. Mr. Hale told NBC's Today "
                + "show that he was running.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> x.addressee().flatMap(a -> a.mention()).map(m -> m.text()).orElse(null))
                .containsExactly(tuple("I have not,", "the BBC's Today programme"), tuple("he was running", "NBC's Today show"));
    }

    @Test
    void aTimeAfterTheObjectOfAStanceIsNotPartOfIt() {
        List<Quote> q = runQuotes("Budget\nRachel Reeves defended her budget on Thursday against her critics. Tom Hale supported "
                + "Trump in 2016 and opposed him Tuesday. Ana Ruiz backed the January 6 committee. John Smith praised the "
                + "deal last week as a breakthrough.\n", 5);
        assertThat(q).extracting(x -> x.text()).containsExactly("her budget", "Trump", "him", "the January 6 committee",
                "the deal last week as a breakthrough");
    }

    @Test
    void theOneAnAgencyQuotedAsSayingIsTheSpeakerAndHisCabinetIsTold() {
        List<Quote> q = runQuotes("Strikes\nXinhua quoted Foreign Ministry spokeswoman Mao Ning as saying that Beijing opposes "
                + "any escalation. Prime Minister Benjamin Netanyahu told his cabinet: \"We will act.\"\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x),
                x -> x.addressee().flatMap(a -> a.mention()).map(m -> m.text()).orElse(null)).containsExactly(
                tuple("Beijing opposes any escalation", "Mao Ning", null),
                tuple("We will act.", "Benjamin Netanyahu", "his cabinet"));
    }

    @Test
    void aDemandAfterAReportIsItsOwnQuoteAndItsSubjunctiveIsNoStance() {
        List<Quote> q = runQuotes("Airport\nThe opposition party disagreed. In a statement, it said the deal had been negotiated "
                + "in secret and demanded that parliament review it. The Law Society of Kenya said the deal was unlawful. "
                + "The committee's recommendation that the federation endorse Ana Ruiz ended the debate.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null), x -> speaker(x) != null ? speaker(x) : speakerText(x),
                x -> x.sourceType().orElse(null)).containsExactly(
                tuple("the deal had been negotiated in secret", "say", "The opposition party", SourceType.ORGANIZATION),
                tuple("parliament review it", "demand", "The opposition party", SourceType.ORGANIZATION),
                tuple("the deal was unlawful", "say", "The Law Society of Kenya", SourceType.ORGANIZATION));
    }

    @Test
    void onePartOfAGroupSpeaksAndAClaimWithItsOwnClauseIsNoCueOfTheQuoteBefore() {
        List<Quote> q = runQuotes("Inquiry\nPresident Tom Hale said he had ordered an inquiry, calling them \"traitors.\" He has "
                + "repeatedly claimed, without evidence, that the election was rigged. Two prosecutors refused. One of them, "
                + "who asked not to be identified, said the evidence was thin.\n", 4);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null), x -> speakerText(x)).containsExactly(
                tuple("he had ordered an inquiry", "say", "Tom Hale"),
                tuple("them \"traitors.\"", "call", "Tom Hale"),
                tuple("the election was rigged", "claim", "He"),
                tuple("the evidence was thin", "say", "One of them"));
    }

    @Test
    void aSpeakerCreditedInTheSentenceAfterTheQuote() {
        List<Quote> q = runQuotes("Aid\n\"We will not be blackmailed. Not by anyone.\n\n\"Germany stands with Ukraine.\"\n\nWith those "
                + "words, Chancellor Karl Brandt closed the debate. The far-right party, which opposes the aid, walked "
                + "out.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("We will not be blackmailed. Not by anyone. Germany stands with Ukraine.", "Karl Brandt"),
                tuple("the aid", "The far-right party"));
    }

    @Test
    void aDecisionOthersDescribedIsTheWritersAside() {
        List<Quote> q = runQuotes("Summit\nPresident Ana Ruiz said on Tuesday she would not attend the summit, a decision aides "
                + "described as a protest against the tariffs.\n", 1);
        assertThat(q).extracting(x -> x.text()).containsExactly("she would not attend the summit");
    }

    @Test
    void anEpithetAfterASentenceNamingOnePersonIsThatPerson() {
        List<Quote> q = runQuotes("Talks\nPresident Andriy Koval said he had discussed the plan with envoy Tom Hale. \"Land is "
                + "not a chip,\" the 47-year-old former comedian said. Karl Brandt met Ivan Petrov on Friday. The Russian "
                + "envoy said the talks were useful. The official said they would go on.\n", 4);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("he had discussed the plan with envoy Tom Hale", "Andriy Koval"),
                tuple("Land is not a chip,", "Andriy Koval"),
                tuple("the talks were useful", null),
                tuple("they would go on", null));
    }

    @Test
    void sheAfterASpeakerWithAFirstNameTheListDoesNotKnowIsThatSpeaker() {
        List<Quote> q = runQuotes("Hostages\nSpokeswoman Maria Lenz said the talks went on. \"We have been waiting for two "
                + "years,\" said Avital Dror, whose brother is still missing. She urged the government to act.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("the talks went on", "Maria Lenz"),
                tuple("We have been waiting for two years,", "Avital Dror"),
                tuple("the government to act", "Avital Dror"));
    }

    @Test
    void anAccusationFollowedByTheWritersAsideOfADenialIsKept() {
        List<Quote> q = runQuotes("Votes\nPresident Ana Ruiz has accused Moscow of spending millions of euros to buy votes, a "
                + "charge the Kremlin denies.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null), x -> speaker(x)).containsExactly(
                tuple("Moscow of spending millions of euros to buy votes", "accuse", "Ana Ruiz"),
                tuple("a charge", "deny", "Kremlin"));
    }

    @Test
    void anOpEdBeforeThatAndASpokesmanNamedLikeAPronoun() {
        List<Quote> q = runQuotes("Tariffs\nCommerce Secretary Howard Lutnick wrote in an op-ed for The Wall Street Journal that "
                + "tariffs had raised $200 billion. \"We are not afraid of a trade war,\" the ministry's spokesman, He "
                + "Yadong, said at a news conference in Beijing.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("tariffs had raised $200 billion", "Howard Lutnick"),
                tuple("We are not afraid of a trade war,", "He Yadong"));
    }

    @Test
    void anOrganizationsNameWithAndIsOneName() {
        List<Quote> q = runQuotes("Aid\nA spokesperson for the U.S. Department of Health and Human Services said the programs "
                + "were under review. She did not say when the review would end.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x) != null ? speaker(x) : speakerText(x)).containsExactly(
                tuple("the programs were under review", "A spokesperson for the U.S. Department of Health and Human Services"),
                tuple("when the review would end", "A spokesperson for the U.S. Department of Health and Human Services"));
    }

    @Test
    void aDemonstrativeObjectIsNoClauseAndACallForAfterAReportIsItsOwnQuote() {
        List<Quote> q = runQuotes("Vote\nThe government has disputed that figure but has not released its own. The rights "
                + "office said it had received reports of killings and called for an independent investigation.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("that figure", "dispute"),
                tuple("it had received reports of killings", "say"),
                tuple("an independent investigation", "call for"));
    }

    @Test
    void anOutletWithAHyphenToldEndsBeforeTheNameToo() {
        List<Quote> q = runQuotes("Deal\nSenator Tom Hale told C-SPAN Trump was right to walk away.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> x.addressee().flatMap(a -> a.mention()).map(m -> m.text()).orElse(null))
                .containsExactly(tuple("Trump was right to walk away", "C-SPAN"));
    }

    @Test
    void aDocumentByAnAuthorSpeaksAsTheDocument() {
        List<Quote> q = runQuotes("Climate\nA new report by the Climate Action Tracker estimated that pledges put the world on "
                + "course for 2.6 degrees of warming. An analysis by Reuters showed that exports fell. A study published in "
                + "The Lancet found that the cuts could cost 14 million lives.\n", 3);
        assertThat(q).extracting(x -> speakerText(x), x -> x.sourceType().orElseThrow()).containsExactly(
                tuple("A new report by the Climate Action Tracker", SourceType.DOCUMENT),
                tuple("An analysis by Reuters", SourceType.DOCUMENT),
                tuple("A study published in The Lancet", SourceType.DOCUMENT));
    }

    @Test
    void onePartOfAGroupSpeaksAfterTheQuoteAndBeforeTheCue() {
        List<Quote> q = runQuotes("Budget\nLabour backbenchers are furious, according to two MPs. \"We were lied to,\" one of "
                + "the MPs said. Most of the senators said they would back the bill. Many of the industries oppose the rule.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("Labour backbenchers are furious", "two MPs"),
                tuple("We were lied to,", "one of the MPs"),
                tuple("they would back the bill", "Most of the senators"));
    }

    @Test
    void countedMembersOfAPartyAreItsPeopleNotTheParty() {
        List<Quote> q = runQuotes("Shutdown\nEight Democrats broke with their leaders to back the deal. Several Republicans said "
                + "they did not trust the promise. Democrats said the bill was flawed.\n", 3);
        assertThat(q).extracting(x -> speakerText(x), x -> x.sourceType().orElseThrow()).containsExactly(
                tuple("Eight Democrats", SourceType.ANONYMOUS),
                tuple("Several Republicans", SourceType.ANONYMOUS),
                tuple("Democrats", SourceType.ORGANIZATION));
    }

    @Test
    void whereAStanceWasSaidIsNotItsObject() {
        List<Quote> q = runQuotes("Shutdown\nThe president praised the outcome on Truth Social. Sanders slammed the deal during a "
                + "rally in Ohio. She praised the police in a statement for their restraint. He criticized the ban on "
                + "social media.\n", 4);
        assertThat(q).extracting(x -> x.text()).containsExactly("the outcome", "the deal",
                "the police in a statement for their restraint", "the ban on social media");
    }

    @Test
    void aNameGivenAsAFirstNameIsAPersonsAndImagesAreDocuments() {
        List<Quote> q = runQuotes("Sudan\nA mother of four, who gave only her first name, Amal, said fighters had gone from house "
                + "to house. \"Then they shot them,\" she said. Satellite images analysed by a Yale lab showed clusters of "
                + "bodies near the wall.\n", 3);
        assertThat(q).extracting(x -> speaker(x) != null ? speaker(x) : speakerText(x), x -> x.sourceType().orElseThrow())
                .containsExactly(tuple("Amal", SourceType.NAMED), tuple("Amal", SourceType.NAMED),
                        tuple("Satellite images analysed by a Yale lab", SourceType.DOCUMENT));
    }

    @Test
    void aStanceOnARelativePronounIsOnItsNounAndEndsTheObjectBefore() {
        List<Quote> q = runQuotes("Sudan\nThe United States and Egypt have proposed a three-month ceasefire, which the army-led "
                + "government in Port Sudan has so far rejected. He called the vote a sham, a charge that party leaders "
                + "strongly denied.\n", 4);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null), x -> speakerText(x)).containsExactly(
                tuple("a three-month ceasefire", "propose", "The United States and Egypt"),
                tuple("a three-month ceasefire", "reject", "the army-led government in Port Sudan"),
                tuple("the vote a sham", "call", "He"), tuple("a charge", "deny", "party leaders"));
        assertThat(runQuotes("Vote\nHe said the vote was rigged, a charge that party leaders strongly denied.\n", 2))
                .extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                        tuple("the vote was rigged", "He"), tuple("a charge", "party leaders"));
    }

    @Test
    void aReducedRelativeStanceIsHeldOnItsNoun() {
        List<Quote> q = runQuotes("Moldova\nSandu accused Moscow of meddling, a claim the Kremlin denies. He called the vote a sham, "
                + "a claim party leaders denied.\n", 4);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null), x -> speakerText(x)).containsExactly(
                tuple("Moscow of meddling", "accuse", "Sandu"), tuple("a claim", "deny", "Kremlin"),
                tuple("the vote a sham", "call", "He"), tuple("a claim", "deny", "party leaders"));
    }

    @Test
    void anotherReportAfterARequestOrAnotherPersonsActAfterWhileEndsTheContent() {
        List<Quote> q = runQuotes("Japan\nChina escalated the dispute on Monday, urging its citizens to avoid travel to the country "
                + "after Prime Minister Sanae Takaichi suggested that Tokyo could respond militarily. Ambassador George Glass "
                + "said Washington stood by Japan, while Taiwan's president, Lai Ching-te, thanked Takaichi for her support. "
                + "The poll gives Biden the chance to help defend Pennsylvania.\n", 5);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x) != null ? speaker(x) : speakerText(x)).containsExactly(
                tuple("its citizens to avoid travel to the country", "China"),
                tuple("Tokyo could respond militarily", "Sanae Takaichi"),
                tuple("Washington stood by Japan", "George Glass"),
                tuple("Takaichi for her support", "Lai Ching-te"),
                tuple("Biden the chance to help defend Pennsylvania", "The poll")); // (no "defend" by "Biden the chance")
    }

    @Test
    void aCommentaryInANewspaperSpeaksBeforeTheNewspapersAppositionAndLanguageIsTheWritersAside() {
        List<Quote> q = runQuotes("Japan\nA commentary in the People's Daily, the Communist Party's flagship newspaper, accused "
                + "her of reviving militarism. Takaichi told parliament that a blockade of Taiwan could constitute a crisis for "
                + "Japan, language that under Japanese law can justify the use of force.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x), x -> x.sourceType().orElseThrow()).containsExactly(
                tuple("her of reviving militarism", "A commentary in the People's Daily", SourceType.DOCUMENT),
                tuple("a blockade of Taiwan could constitute a crisis for Japan", "Takaichi", SourceType.NAMED));
    }

    @Test
    void aClauseMayOpenWithANegatedSubjectAndAPronounInAnOpeningPhraseIsTheSubjectAfterIt() {
        List<Quote> q = runQuotes("Venezuela\nHegseth did not provide evidence. Two officials said options had been drawn up. One of "
                + "them said no decision had been made. Asked whether he would order strikes, President Trump said: \"I don't "
                + "rule out anything.\" He added that nothing had changed. She said nothing about the plan.\n", 5);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x) != null ? speaker(x) : speakerText(x)).containsExactly(
                tuple("options had been drawn up", "Two officials"),
                tuple("no decision had been made", "One of them"),
                tuple("whether he would order strikes", null), // (the asker is not named)
                tuple("I don't rule out anything.", "Trump"),
                tuple("nothing had changed", "Trump"));
    }

    @Test
    void anAttributionBetweenCommasKeepsItsClauseFromASourceThatEndsTheSentence() {
        List<Quote> q = runQuotes("Strikes\nThe U.S. military struck another boat on Tuesday, killing four people, Defense Secretary "
                + "Pete Hegseth wrote on X, bringing the death toll to at least 80, according to a tally by The Associated "
                + "Press.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x), x -> x.sourceType().orElseThrow()).containsExactly(
                tuple("The U.S. military struck another boat on Tuesday, killing four people", "Pete Hegseth", SourceType.NAMED),
                tuple("bringing the death toll to at least 80", "a tally by The Associated Press", SourceType.DOCUMENT));
    }

    @Test
    void aTitleWithOfBeforeANameIsThePersonsAndAParticipleAfterAQuotedEndIsTheWriters() {
        List<Quote> q = runQuotes("Ukraine\nSecretary of State Marco Rubio, who is leading the delegation, told reporters the "
                + "plan was alive. Trump said Zelensky would have to accept the deal \"sooner or later,\" setting a Thursday "
                + "deadline.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x), x -> x.sourceType().orElseThrow()).containsExactly(
                tuple("the plan was alive", "Marco Rubio", SourceType.NAMED),
                tuple("Zelensky would have to accept the deal \"sooner or later,\"", "Trump", SourceType.NAMED));
    }

    @Test
    void aFindingAfterTheCueIsInTheClauseAndAnAdverbAfterAStanceIsNotItsObject() {
        List<Quote> q = runQuotes("Verdict\nLe Pen said the ruling showed that judges had too much power. Sarkozy, 70, has denied "
                + "wrongdoing throughout. His lawyer denied the allegations again.\n", 3);
        assertThat(q).extracting(x -> x.text()).containsExactly("the ruling showed that judges had too much power",
                "wrongdoing", "the allegations");
    }

    @Test
    void aGroupOfPeopleIsAnonymousAndPluralInstitutionsAreOrganizations() {
        List<Quote> q = runQuotes("Letter\nA bipartisan group of senators wrote to Rubio that the plan rewards aggression. Aid agencies "
                + "said the law was unjust. Several ministries said the talks were over.\n", 3);
        assertThat(q).extracting(x -> speakerText(x), x -> x.sourceType().orElseThrow()).containsExactly(
                tuple("A bipartisan group of senators", SourceType.ANONYMOUS),
                tuple("Aid agencies", SourceType.ORGANIZATION),
                tuple("Several ministries", SourceType.ORGANIZATION));
    }

    @Test
    void anEstimateWithItsValueAfterAtIsItsMakersClaim() {
        List<Quote> q = runQuotes("Budget\nEconomists at the Institute for Fiscal Studies have estimated the gap in the public "
                + "finances at £20 billion. Analysts put the cost at $5 billion. He put the book at the end of the shelf.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null), x -> speakerText(x)).containsExactly(
                tuple("the gap in the public finances at £20 billion", "estimate", "Economists at the Institute for Fiscal Studies"),
                tuple("the cost at $5 billion", "put", "Analysts"));
    }

    @Test
    void theSubjectAfterAnAskedOpenerIsNotThePersonNamedInIt() {
        List<Quote> q = runQuotes("Outcome\nPresident Trump dismissed the outcome. \"We did very well,\" he said. Asked whether he "
                + "would work with Mr. Jeffries, he replied: \"We'll see. He's been very nasty.\"\n", 4);
        assertThat(q.get(3).text()).isEqualTo("We'll see. He's been very nasty.");
        assertThat(speaker(q.get(3))).isEqualTo("Trump");
        assertThat(q.get(2).addressee().flatMap(Speaker::name)).contains("Trump");
    }

    @Test
    void aFamilyNameSpelledHeOpensASentenceAndAPastSpelledAsTheBaseFormReportsAClause() {
        List<Quote> q = runQuotes("Midterms\nSenator John Thune told Fox News that the Senate would not take up the bills.\n\n"
                + "He Yongqing, a political scientist at Georgetown University, said the result fit a long pattern. "
                + "\"The president's party almost always loses seats,\" he said.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("the Senate would not take up the bills", "John Thune"),
                tuple("the result fit a long pattern", "He Yongqing"),
                tuple("The president's party almost always loses seats,", "He Yongqing"));
    }

    @Test
    void aStanceAfterButEndsTheClauseBeforeItAndAClaimedChamberIsAWin() {
        List<Quote> q = runQuotes("Democrats claim House as recount drags on\nSpeaker Mike Johnson conceded that Republicans had "
                + "fallen short, but he blamed the economy. He claimed the Senate had lied.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("Republicans had fallen short", "concede"), tuple("the economy", "blame"),
                tuple("the Senate had lied", "claim"));
    }

    @Test
    void aQuotedFragmentInAFrontedWhenClauseIsTheReportersAndAGerundObjectTakesAs() {
        List<Quote> q = runQuotes("Convention\nWhen Trump said he would \"protect our citizens,\" the crowd cheered loudly. In "
                + "the release announcing his role, Manafort described winning the nod \"as an intricate series of steps.\"\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x), x -> x.cue().orElse(null)).containsExactly(
                tuple("he would \"protect our citizens,\"", "Trump", "say"),
                tuple("winning the nod \"as an intricate series of steps.\"", "Manafort", "describe"));
    }

    @Test
    void aGivenNameBeforeAParticleJoinsThePersonsName() {
        List<Quote> q = runQuotes("Case\nMat dos Santos, legal director for the ACLU of Oregon, said the group would watch the "
                + "case. The ACLU plans to watch his case closely, dos Santos says.\n", 2);
        assertThat(q).extracting(x -> speaker(x), x -> x.sourceType().orElseThrow()).containsExactly(
                tuple("Mat dos Santos", SourceType.NAMED), tuple("Mat dos Santos", SourceType.NAMED));
    }

    @Test
    void aLongDatelineIsNotPartOfTheContentBeforeAccordingTo() {
        List<Quote> q = runQuotes("Talks\nANTALYA, Turkey (Nov. 21) — Negotiators agreed early Saturday to triple funding for "
                + "adaptation, according to two delegates involved in the talks.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("Negotiators agreed early Saturday to triple funding for adaptation");
        assertThat(speakerText(q.get(0))).isEqualTo("two delegates involved in the talks");
    }

    @Test
    void aGroupNamedForACauseIsAnOrganization() {
        List<Quote> q = runQuotes("Levy\nAirlines for America, an industry group, welcomed the decision to exclude aviation. "
                + "Americans for Prosperity said the tax was a mistake.\n", 2);
        assertThat(q).extracting(x -> speakerText(x), x -> x.sourceType().orElseThrow()).containsExactly(
                tuple("Airlines for America", SourceType.ORGANIZATION),
                tuple("Americans for Prosperity", SourceType.ORGANIZATION));
    }

    @Test
    void aNamingRunsThroughATimeItsNounIsOf() {
        List<Quote> q = runQuotes("Honduras\nThe council on Wednesday declared Nasry Asfura the winner of last month's "
                + "presidential election, ending a long count.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("Nasry Asfura the winner of last month's presidential election");
        assertThat(q.get(0).cue()).contains("declare");
    }

    @Test
    void whomOneTellsIsNotTheSpeakerOfACommaBeforeTheQuote() {
        List<Quote> q = runQuotes("Vote\nThe ruling party was defeated. Htay Oo, its acting chairman, told Reuters simply, "
                + "\"We lost.\"\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Htay Oo");
        assertThat(q.get(0).addressee().flatMap(Speaker::mention).map(m -> m.text())).contains("Reuters");
    }

    @Test
    void aReplyWithItsOwnClauseAfterAnExclamationIsNotTheQuotesCue() {
        List<Quote> q = runQuotes("Emails\nIn June 2009, David Axelrod emailed Hillary Clinton her condolences, telling her, \"you are an "
                + "all-star player!\" She replied to him that it was kind. \"Why are you still endorsing him?\" Obama "
                + "asked Republican politicians. He wrote to congressional leaders that the plan had failed.\n", 4);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("you are an all-star player!", "David Axelrod"), tuple("it was kind", "Hillary Clinton"),
                tuple("Why are you still endorsing him?", "Obama"), tuple("the plan had failed", "Obama"));
    }

    @Test
    void aParentheticalCueTakesTheWholeSentenceWithTheStanceInsideIt() {
        List<Quote> q = runQuotes("Khan\nSenator Lindsey Graham said Mr. Trump had crossed a line. Like his comments about Judge "
                + "Curiel, Mr. Graham said, Mr. Trump's jabs at the Khans were unacceptable.\n", 2);
        assertThat(q.get(1).text()).isEqualTo("Like his comments about Judge Curiel Mr. Trump's jabs at the Khans were unacceptable");
        assertThat(speaker(q.get(1))).isEqualTo("Lindsey Graham");
    }

    @Test
    void aParticipleBetweenANumberAndANounIsNoCueAndAClauseAfterTheSourceIsNotIt() {
        List<Quote> q = runQuotes("Guns\nOnly one person was killed by a gun last year in Japan, according to the National Police "
                + "Agency, and there were only eight reported incidents of a gun being fired.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("Only one person was killed by a gun last year in Japan");
        assertThat(q.get(0).cue()).contains("according to");
    }

    @Test
    void aParticipleAfterAQuotedFragmentIsNotItsCueAndAGeneralStaffIsAnOrganization() {
        List<Quote> q = runQuotes("Tariffs\nThe White House spokesman, Kush Desai, said it \"ignores the billions in new investment\" "
                + "announced this year. Ukraine's general staff said the attack had been repelled.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x), x -> x.sourceType().orElseThrow()).containsExactly(
                tuple("it \"ignores the billions in new investment\" announced this year", "Kush Desai", SourceType.NAMED),
                tuple("the attack had been repelled", null, SourceType.ORGANIZATION));
    }

    @Test
    void anAideToThePresidentIsTheSpeakerAndAFirstNameTakenForAnOrganizationJoinsTheName() {
        List<Quote> q = runQuotes("Paris\nA senior aide to the president, speaking on the condition that he not be named, said "
                + "Mr. Macron had ruled out dissolving parliament. The far-right National Rally leader, Marine Le Pen, "
                + "said the vote was historic.\n", 2);
        assertThat(q).extracting(x -> speakerText(x), x -> speaker(x), x -> x.sourceType().orElseThrow()).containsExactly(
                tuple("A senior aide to the president", null, SourceType.ANONYMOUS),
                tuple("Marine Le Pen", "Marine Le Pen", SourceType.NAMED));
    }

    @Test
    void theWritersAppositionWithATimeClauseAfterAnAccordingToSourceIsNotTheSources() {
        List<Quote> q = runQuotes("Gaza\nIsraeli airstrikes killed at least 25 people across the Gaza Strip on Saturday, according to "
                + "the territory's Health Ministry, the deadliest day since a ceasefire took effect in October.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("Israeli airstrikes killed at least 25 people across the Gaza Strip on Saturday");
        assertThat(speakerText(q.get(0))).isEqualTo("Health Ministry");
    }

    @Test
    void aSubjectPronounIsNotThePersonNamedInAnAppositionOnTheSubject() {
        List<Quote> q = runQuotes("Korea\nIn the past, Kim Yo Jong, the powerful sister of leader Kim Jong Un, has dismissed Seoul's "
                + "overtures as \"a pipe dream,\" and she warned in September that the North had \"no interest\" in talks.\n", 2);
        assertThat(q).extracting(x -> speaker(x)).containsExactly("Kim Yo Jong", "Kim Yo Jong");
    }

    @Test
    void aQuotedAddresseeOfARequestIsPartOfTheRequest() {
        List<Quote> q = runQuotes("Missile\nChina's foreign ministry spokeswoman, Mao Ning, urged \"all parties\" to exercise "
                + "restraint.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("\"all parties\" to exercise restraint");
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(speaker(q.get(0))).isEqualTo("Mao Ning");
    }

    @Test
    void anAccordingToSourceAtTheEndVouchesForTheReportedClauseNotForWhoReportsIt() {
        List<Quote> q = runQuotes("Welfare\nScope, the disability equality charity, said in a statement that the cuts would push 250,000 "
                + "people into poverty, according to the government's own impact assessment.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x), x -> x.cue().orElseThrow()).containsExactly(
                tuple("the cuts would push 250,000 people into poverty", "Scope", "say"));
    }

    @Test
    void aQuestionAfterWhomItWasAskedAndAnAppositionOnThemIsTheContent() {
        List<Quote> q = runQuotes("Fed\nChief Justice John Roberts asked the solicitor general, D. John Sauer, whether there was "
                + "\"any limiting principle\" to the argument.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("whether there was \"any limiting principle\" to the argument");
        assertThat(speaker(q.get(0))).isEqualTo("John Roberts");
    }

    @Test
    void aNameInsideAFullerOneIsThatPersonAndAPastAfterAQuotedEndIsTheSpeakersAct() {
        List<Quote> q = runQuotes("Lula says he will run again\nPresident Luiz Inácio Lula da Silva confirmed on Thursday that he "
                + "would seek a fourth term. His son Flávio told reporters that the family would back \"whoever can beat "
                + "Lula,\" but stopped short of endorsing anyone.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("he will run again", "Luiz Inácio Lula da Silva"),
                tuple("he would seek a fourth term", "Luiz Inácio Lula da Silva"),
                tuple("the family would back \"whoever can beat Lula,\"", "Flávio"));
    }

    @Test
    void aContrastWithANamedGroupInAppositionEndsTheNamingAndTheNameSpeaks() {
        List<Quote> q = runQuotes("Deal\nAmnesty International called the deal \"a cynical trade in human beings,\" while Pro Asyl, "
                + "a German refugee advocacy group, said it would challenge it in court.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("the deal \"a cynical trade in human beings,\"", "Amnesty International"),
                tuple("it would challenge it in court", "Pro Asyl"));
    }

    @Test
    void twoApostrophesBeforeAWordOpenAShowsTitle() {
        List<Quote> q = runQuotes("Budget\nSenator Elena Ruiz said on CBS's ''Face the Nation'' on Sunday that the budget deal was dead.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("the budget deal was dead", "Elena Ruiz"));
    }

    @Test
    void aTrailingCueBeforeASemicolonReportsTheClauseBeforeIt() {
        List<Quote> q = runQuotes("Archive\nMs. Okafor testified on Tuesday. The ministry never received the letter, she said; her staff "
                + "searched the archives twice.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("The ministry never received the letter", "Okafor"));
    }

    @Test
    void aSubjectPronounIsNotThePersonItsOwnClauseNamesAfterIt() {
        List<Quote> q = runQuotes("Audit\nMr. Haddad said Mr. Castro had misled voters, and he accused Mr. Castro of hiding the audit.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("Mr. Castro had misled voters", "Haddad"), tuple("Mr. Castro of hiding the audit", "Haddad"));
    }

    @Test
    void aVerbInsideTheReportedClauseDoesNotLendItsSubjectToTheCueCoordinatedAfterIt() {
        List<Quote> q = runQuotes("Coalition\nAnna Varga said the vote was proof that the prime minister had lost his majority, and "
                + "accused Peter Nagy of sabotaging the coalition.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("the vote was proof that the prime minister had lost his majority", "Anna Varga"),
                tuple("Peter Nagy of sabotaging the coalition", "Anna Varga"));
    }

    @Test
    void aQuotedPredicateAfterASubjectInAppositionIsOneMixedQuoteWithIt() {
        List<Quote> q = runQuotes("Banks\nMs. Lindqvist added that the central bank, the country's largest creditor, has also \"been far "
                + "too slow to act, about as slow as anyone feared, but we still see some hope.\"\n", 1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(q.get(0).text()).startsWith("the central bank, the country's largest creditor, has also \"been far")
                .endsWith("but we still see some hope.\"");
        assertThat(speaker(q.get(0))).isEqualTo("Lindqvist");
    }

    @Test
    void aCueAtTheEndOfAListOfVerbsJoinedByAndHasTheFirstVerbsSubject() {
        List<Quote> q = runQuotes("Market\nMayor Dana Whitfield shook hands and posed for photos and asked vendors if they planned to "
                + "reopen before the holiday.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x), x -> x.cue().orElseThrow()).containsExactly(
                tuple("if they planned to reopen before the holiday", "Dana Whitfield", "ask"));
    }

    @Test
    void aParticipleAfterAClauseOfTimeIsThatClausesPersonsWhenTheMainSubjectIsAnAbstractNoun() {
        List<Quote> q = runQuotes("Campaign\nThe criticism of the senator's voting record comes as Governor Maria Okonkwo is increasingly "
                + "campaigning with him, mentioning him in almost every speech.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x), x -> x.cue().orElseThrow()).containsExactly(
                tuple("him in almost every speech", "Maria Okonkwo", "mention"));
    }

    @Test
    void aStanceOnSuggestionsOfNoOneIsTheSpeakersStanceOnTheSuggestions() {
        List<Quote> q = runQuotes("Berlin\nChancellor Friedrich Merz dismissed suggestions that he was copying the far right. He "
                + "rejected Moscow's claim that the talks had failed.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x), x -> x.cue().orElseThrow()).containsExactly(
                tuple("suggestions that he was copying the far right", "Friedrich Merz", "dismiss"),
                tuple("the talks had failed", "Moscow", "claim"));
    }

    @Test
    void whatIsOutlinedDisclosedOrRevealedIsTheObjectMadeKnown() {
        List<Quote> q = runQuotes("Deficit\nFinance Minister Rachel Osei outlined a strategy to halve the deficit by 2030. The leaked memo "
                + "revealed a rift inside the cabinet.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x), x -> x.cue().orElseThrow()).containsExactly(
                tuple("a strategy to halve the deficit by 2030", "Rachel Osei", "outline"),
                tuple("a rift inside the cabinet", "The leaked memo", "reveal"));
    }

    @Test
    void aContrastAfterATrailingCueIsNotPartOfWhatItReports() {
        List<Quote> q = runQuotes("Rates\nMost members judged that a further cut would be appropriate, the minutes said, while a few "
                + "argued that the board should wait.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x), x -> x.sourceType().orElseThrow()).containsExactly(
                tuple("Most members judged that a further cut would be appropriate", "the minutes", SourceType.DOCUMENT),
                tuple("the board should wait", "a few", SourceType.ANONYMOUS));
    }

    @Test
    void aQuotedWordBeforeItsOwnCueIsItsSubjectNotAFragmentOfTheCueBefore() {
        List<Quote> q = runQuotes("Rates\n\"Many participants\" judged that a further cut would be appropriate, the minutes said, while "
                + "\"several\" argued that the board should wait.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("\"Many participants\" judged that a further cut would be appropriate", "the minutes"),
                tuple("the board should wait", "\"several\""));
    }

    @Test
    void anUnnamedSourceWithAParticipleOnItSpeaksAndIsWhomHeStandsForNext() {
        List<Quote> q = runQuotes("Talks\nSpeaking in Washington, Vice President JD Vance played down the clashes. \"The truce is "
                + "holding,\" he said.\nA senior Egyptian official involved in the mediation, who spoke on condition of "
                + "anonymity, said Cairo had urged both sides to show restraint. He said that Qatar was pressing Hamas.\n", 4);
        assertThat(q).extracting(x -> speaker(x)).containsExactly("JD Vance", "JD Vance", null,
                "A senior Egyptian official involved in the mediation");
        assertThat(speakerText(q.get(2))).isEqualTo("A senior Egyptian official");
    }

    @Test
    void aNounInAppositionTellsTheGenderThatAFamilyNameSpelledLikeAFirstNameDoesNot() {
        List<Quote> q = runQuotes("Tokyo\n\"Japan has crossed a red line,\" Lin Jian, a spokesman for China's foreign ministry, said "
                + "on Friday. He demanded that Tokyo \"correct its mistakes.\"\n", 2);
        assertThat(q).extracting(x -> speaker(x)).containsExactly("Lin Jian", "Lin Jian");
    }

    @Test
    void aQuotedWordAfterTheInfinitiveOfAnOrderIsTheWordOfWhoOrders() {
        List<Quote> q = runQuotes("Rafah\nDefense Minister Israel Katz ordered the army to respond \"forcefully\" to the attack.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x), x -> x.cue().orElseThrow()).containsExactly(
                tuple("the army to respond \"forcefully\" to the attack", "Israel Katz", "order"));
    }

    @Test
    void aPronounOpeningAClauseReportedByTheSentencesSubjectIsThatSubject() {
        List<Quote> q = runQuotes("Deadline\nPresident Trump spoke aboard Air Force One. He added that Mr. Zelensky \"will have to "
                + "like it,\" and said he had told him, \"If you don't, you can keep fighting.\"\n", 2);
        assertThat(q).extracting(x -> speaker(x)).containsExactly("Trump", "Trump");
        assertThat(q.get(1).text()).isEqualTo("If you don't, you can keep fighting.");
    }

    @Test
    void aQuestionInAppositionOnTheSubjectIsPutToIt() {
        List<Quote> q = runQuotes("Deadline\nPresident Trump, asked by reporters aboard Air Force One whether Thursday was a hard "
                + "deadline, said: \"I'd like to have a deadline.\"\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x), x -> x.cue().orElseThrow()).containsExactly(
                tuple("whether Thursday was a hard deadline", "reporters", "ask"),
                tuple("I'd like to have a deadline.", "Trump", "say"));
        assertThat(q.get(0).addressee().flatMap(Speaker::name)).contains("Trump");
    }

    @Test
    void aConfederationOrAFundIsAnOrganization() {
        List<Quote> q = runQuotes("Budget\nThe Confederation of British Industry said firms would be disappointed. The International "
                + "Monetary Fund said growth would slow.\n", 2);
        assertThat(q).extracting(x -> x.sourceType().orElseThrow()).containsExactly(SourceType.ORGANIZATION,
                SourceType.ORGANIZATION);
    }

    @Test
    void aConcessionAfterAnAccordingToSourceClosesTheSource() {
        List<Quote> q = runQuotes("Polls\nIn Ohio, Brown is narrowly ahead, according to the latest polling average, although Moreno "
                + "keeps it close.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("In Ohio, Brown is narrowly ahead", "the latest polling average"));
    }

    @Test
    void aParticipleRightAfterAPersonsNamingInARelativeClauseIsThatPersons() {
        List<Quote> q = runQuotes("Budget\nThe council approved the budget, which Mayor Ruth Okafor called \"reckless,\" "
                + "warning that taxes would rise.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x), x -> x.cue().orElseThrow()).containsExactly(
                tuple("reckless,", "Ruth Okafor", "call"), tuple("taxes would rise", "Ruth Okafor", "warn"));
    }

    @Test
    void aShortAnswerToAQuestionBeforeItIsWhatTheTrailingCueReports() {
        List<Quote> q = runQuotes("Recount\nIs the fight over? Probably not, analysts say. The count resumes on "
                + "Monday, with no result expected before Friday.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(tuple("Probably not", "analysts"));
    }

    @Test
    void aDescriptionByOthersAfterAReportedClauseEndsIt() {
        List<Quote> q = runQuotes("Darfur\nThe United Nations says more than 1,500 people were killed when the militia took "
                + "the city, and aid groups have described mass executions.\n", -1);
        assertThat(q.get(0).text()).isEqualTo("more than 1,500 people were killed when the militia took the city");
        assertThat(speaker(q.get(0))).isEqualTo("United Nations");
    }

    @Test
    void aQuotedSubjectThatOpensTheArticleIsStillItsCuesSubject() {
        List<Quote> q = runQuotes("\"Several\" argued that the plan would fail\nThe council met on Monday.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("the plan would fail", "\"Several\""));
    }

    @Test
    void aQuestionAboutSomethingInAnOpeningClauseLeavesTheMainClauseItsOwnReport() {
        List<Quote> q = runQuotes("Campaign\nWhen the AP asked Bennett about Carson's comments, the campaign manager said he "
                + "needed to speak to the candidate first.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("he needed to speak to the candidate first", "the campaign manager"));
    }

    @Test
    void anAccordingToSourceAfterAnAsideVouchesForTheAsideOnly() {
        List<Quote> q = runQuotes("Tariffs\nIts foreign minister, Antonio Tajani, wrote on X that Europe should \"keep talking, "
                + "not shouting,\" a position several smaller states privately share, according to two diplomats.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("Europe should \"keep talking, not shouting,\"", "Antonio Tajani"),
                tuple("a position several smaller states privately share", "two diplomats"));
    }

    @Test
    void twoSubjectsWithParticiplesAfterWithEachHaveTheirOwn() {
        List<Quote> q = runQuotes("Tariffs\nThe ministers failed to agree, with France pressing for swift countermeasures and "
                + "Germany warning that a trade war would hurt its carmakers.\n", -1);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).contains(
                tuple("swift countermeasures", "France"),
                tuple("a trade war would hurt its carmakers", "Germany"));
    }

    @Test
    void aRequestEndsWhereAnotherSpeakersClauseBegins() {
        List<Quote> q = runQuotes("Travel\nBeijing has advised Chinese citizens to avoid travel to Japan, and state media "
                + "reported that several film releases had been postponed.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("Chinese citizens to avoid travel to Japan", "Beijing"),
                tuple("several film releases had been postponed", "state media"));
    }

    @Test
    void aPastVerbWithAnObjectAfterTheCueIsTheReportedClausesVerb() {
        List<Quote> q = runQuotes("Ruling\nJudge Ilana Rovner, writing for the majority, said the president's own statements "
                + "undercut his claim that local police could not keep order.\n", -1);
        assertThat(q.get(0).text()).isEqualTo(
                "the president's own statements undercut his claim that local police could not keep order");
        assertThat(speaker(q.get(0))).isEqualTo("Ilana Rovner");
    }

    @Test
    void whatTheWordsSetOffIsTheWritersAccountAndInterjectReports() {
        List<Quote> q = runQuotes("Meeting\nBefore he could answer, Mr. Trump interjected that he could \"just say yes,\" drawing "
                + "laughter from reporters. Later Mr. Trump said the press was dishonest, prompting boos.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElseThrow()).containsExactly(
                tuple("he could \"just say yes,\"", "interject"), tuple("the press was dishonest", "say"));
    }

    @Test
    void aParticipleUsedAsAnAdjectiveBeforeThatKeepsTheClause() {
        List<Quote> q = runQuotes("Sudan\nGeneral Burhan said in a televised speech that any deal must include the withdrawal "
                + "of the militia from the cities it had seized.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("any deal must include the withdrawal of the militia from the cities it had seized");
    }

    @Test
    void aQuotedNamingThatEndsTheClauseKeepsItsClosingMark() {
        List<Quote> q = runQuotes("Sudan\nGen. Abdel Fattah al-Burhan rejected on Sunday a ceasefire plan put forward by the "
                + "United States, calling it \"the worst yet\" and vowing to fight on.\n", -1);
        assertThat(q.get(0).text()).isEqualTo("it \"the worst yet\"");
    }

    @Test
    void askingForAnonymityIsNoQuote() {
        List<Quote> q = runQuotes("Talks\nA person close to the secretary, who requested anonymity to discuss private "
                + "conversations, said the talks had stalled. An aide, who asked for anonymity because he was not authorized "
                + "to speak, said the envoy would return.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElseThrow()).containsExactly(
                tuple("the talks had stalled", "say"), tuple("the envoy would return", "say"));
    }

    @Test
    void theSpeechSomethingWasSaidInEndsTheClauseAndIsNoReportOfItsOwn() {
        List<Quote> q = runQuotes("Vance\nVance told donors on Saturday that the party could not \"coast on the president's "
                + "name,\" in remarks that several attendees interpreted as the clearest sign yet that he is preparing a "
                + "run.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the party could not \"coast on the president's name,\"");
    }

    @Test
    void anAbbreviatedTitleGivesTheRoleThatADescriptionNamesLater() {
        List<Quote> q = runQuotes("Newsom\nGov. Gavin Newsom of California spoke at a church on Tuesday. The governor, who has "
                + "made a habit of trolling President Trump on social media, was more restrained in person. He said the "
                + "country needed a border that works. Sen. Lisa Murkowski spoke next. The senator said she agreed.\n", 2);
        assertThat(q).extracting(x -> speaker(x)).containsExactly("Gavin Newsom", "Lisa Murkowski");
    }

    @Test
    void aPronounAfterAPossessorsSpokesmanIsTheSpokesmanNamedInApposition() {
        List<Quote> q = runQuotes("Trip\nMr. Newsom's spokesman, Izzy Gardon, said in an email that the governor was traveling "
                + "at the invitation of state lawmakers. He said the trip was paid for by his committee.\n", 2);
        assertThat(q).extracting(x -> speaker(x)).containsExactly("Izzy Gardon", "Izzy Gardon");
    }

    @Test
    void aSpeechNounAfterTheCueIsWhatWasSaidNotTheSpeaker() {
        List<Quote> q = runQuotes("Filibuster\nOn the other side, Sen. Ted Cruz, a candidate who has made religious liberty a "
                + "centerpiece of his campaign, tweeted a warning. \"Missouri: Remember in November the Democrats who "
                + "filibustered.\"\n", -1);
        assertThat(q).extracting(x -> speaker(x)).containsOnly("Ted Cruz");
    }

    @Test
    void aPronounAfterALongTitleBeforeTheNameIsThatPerson() {
        List<Quote> q = runQuotes("Geneva\nSecretary of State Marco Rubio, who led the American team, called the meeting "
                + "\"the most productive\" session so far. But he acknowledged that \"a lot of work\" remained.\n", 2);
        assertThat(q).extracting(x -> speaker(x)).containsExactly("Marco Rubio", "Marco Rubio");
    }

    @Test
    void aPossessiveTakenForAnotherDoesNotOutrankTheNameAfterIt() {
        List<Quote> q = runQuotes("Front\nIn Brussels, Mark Rutte said allies supported the effort. \"Nothing about Ukraine "
                + "without Ukraine,\" he said. Soldiers near Pokrovsk were skeptical. One, a 34-year-old sergeant who gave "
                + "only his first name, Oleh, said he did not believe Russia would stop. \"They'll take a break and come "
                + "back,\" he said.\n", 4);
        assertThat(q).extracting(x -> speaker(x)).containsExactly("Mark Rutte", "Mark Rutte", "Oleh", "Oleh");
    }

    @Test
    void aTimeAfterTheReportedClauseIsTheWriters() {
        List<Quote> q = runQuotes("Kyiv\nPresident Volodymyr Zelensky said on Monday that Ukraine was ready to work on a "
                + "revised framework, a day after negotiators in Geneva narrowed the gaps.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("Ukraine was ready to work on a revised framework");
    }

    @Test
    void aJudgementOrARulingOnAClauseStatesIt() {
        List<Quote> q = runQuotes("Rates\nOthers judged that a further cut could be warranted. The board, which ruled that he met "
                + "the criteria, met again on Monday. Mr. Newsom ruled out a run. The tribunal is expected to rule on the case "
                + "next month.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElseThrow()).containsExactly(
                tuple("a further cut could be warranted", "judge"), tuple("he met the criteria", "rule"),
                tuple("The tribunal to rule on the case next month", "expect"));
    }

    @Test
    void aRelativeClauseOnLittleOrNothingStaysInTheReportedClause() {
        List<Quote> q = runQuotes("Welfare\nCritics said the letter offered little that was new.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("the letter offered little that was new", "Critics"));
    }

    @Test
    void aParticipleRightAfterAPhraseOfTimeIsTheMainSubjects() {
        List<Quote> q = runQuotes("Welfare\nThe Work and Pensions Secretary, Liz Kendall, wrote to lawmakers over the weekend "
                + "promising a review of the assessment process. The Liberal Democrats said they would oppose the bill.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speaker(x)).containsExactly(
                tuple("a review of the assessment process", "Liz Kendall"),
                tuple("they would oppose the bill", "Liberal Democrats"));
    }

    @Test
    void aQuotedNamingInsideAnothersReportKeepsItsOwnSpeaker() {
        List<Quote> q = runQuotes("Greene\nRepresentative Marjorie Taylor Greene broke with him. She told CNN that she had "
                + "received threats after Mr. Trump called her a \"traitor\" on social media.\n", 2);
        assertThat(q).extracting(x -> speaker(x), x -> x.cue().orElseThrow()).containsExactly(
                tuple("Marjorie Taylor Greene", "tell"), tuple("Trump", "call"));
        assertThat(q.get(1).text()).startsWith("her a \"traitor\"");
    }

    @Test
    void aWordOrTermAfterANamingIsTheWritersAside() {
        List<Quote> q = runQuotes("Files\nHe called the matter a \"hoax,\" a word he has used repeatedly, and insisted that he "
                + "had cut ties with Epstein decades ago.\n", 2);
        assertThat(q.get(0).text()).isEqualTo("the matter a \"hoax,\"");
    }

    @Test
    void aTextThatEndsWithACommaAfterAReportedClauseIsStillRead() {
        List<Quote> q = runQuotes("Vote\nHe said the vote was over,", 1);
        assertThat(q.get(0).text()).isEqualTo("the vote was over");
    }

    @Test
    void aTextThatEndsInsideAnAccordingToSourceIsStillRead() {
        List<Quote> q = runQuotes("Gaza\nIsraeli airstrikes killed at least 25 people across the Gaza Strip on Saturday, "
                + "according to the ter", 1);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("Israeli airstrikes killed at least 25 people across the Gaza Strip on Saturday", "the ter"));
    }

    @Test
    void aNamedPersonWithAnAppositionBeforeSaidIsTheSpeakerNotPartOfTheClause() {
        List<Quote> q = runQuotes("Strikes\nSenator Jack Reed of Rhode Island, the top Democrat on the Armed Services Committee, "
                + "said the reports, if accurate, described \"a clear violation of the laws of war.\"\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Jack Reed");
        assertThat(q.get(0).text()).doesNotContain("Senator");
    }

    @Test
    void aTopicBeforeAHeadlinesColonIsNoSpeaker() {
        List<Quote> q = runQuotes("Venezuela strikes: lawmakers demand answers after second boat attack\nThe Senate met on "
                + "Thursday.\n", -1);
        assertThat(q).extracting(x -> speakerText(x)).doesNotContain("Venezuela strikes");
    }

    @Test
    void aTopicMayOpenWithAParticipleBeforeItsNoun() {
        List<Quote> q = runQuotes("Rules\nThe commissioner commented on revised fishing quotas during the hearing.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("revised fishing quotas", "comment on"));
    }

    @Test
    void speakingOutAboutSomethingNamesItsTopic() {
        List<Quote> q = runQuotes("Strike\nThe bishop has spoken out about the treatment of detained miners.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("the treatment of detained miners", "speak out about"));
    }

    @Test
    void aTimeThatModifiesTheNounAfterItStaysInTheTopic() {
        List<Quote> q = runQuotes("Show\nThe host talked about the sudden end of her late night program.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the sudden end of her late night program");
    }

    @Test
    void alludingToSomethingNamesItsTopic() {
        List<Quote> q = runQuotes("Race\nThe governor was alluding to her rival's failed pension reform.\n", 1);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("her rival's failed pension reform", "allude to"));
    }

    @Test
    void clarifyingCalculatingAndForecastingReportAClause() {
        List<Quote> q = runQuotes("Jobs\nThe minister clarified that the subsidy would end in March. The statistics office "
                + "calculates that 300,000 households will lose the benefit. Economists forecast that prices will rise.\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> x.cue().orElse(null)).containsExactly(
                tuple("the subsidy would end in March", "clarify"),
                tuple("300,000 households will lose the benefit", "calculate"), tuple("prices will rise", "forecast"));
    }

    @Test
    void aSpeakerAfterAQuotedNamingWithATimeClauseReportsTheWholeSentence() {
        List<Quote> q = runQuotes("Rally\nHer neighbors have ridiculed the mayor's plan, calling it “a parking lot with "
                + "flags,” Ines Alvarado said as she folded her banner.\n\n“But it is our parking lot, and we will fill "
                + "it!”\n", 3);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("Her neighbors have ridiculed the mayor's plan, calling it “a parking lot with flags,”", "Ines Alvarado"),
                tuple("it “a parking lot with flags,”", "Her neighbors"),
                tuple("But it is our parking lot, and we will fill it!", "Ines Alvarado"));
    }

    @Test
    void aNounWithARelativeClauseWithoutAPronounIsTheSpeaker() {
        List<Quote> q = runQuotes("Mine\nAn inspector she spoke to on the phone said that the shaft had flooded twice. The "
                + "engineer they hired in Lyon said the repairs would take a year.\n", 2);
        assertThat(q).extracting(x -> speakerText(x)).containsExactly("An inspector", "The engineer");
    }

    @Test
    void aListOfVerbsSetOffBySemicolonsKeepsItsSubject() {
        List<Quote> q = runQuotes("Week\nIt was a rough week for the mayor, who was heckled at a town hall; praised the "
                + "striking drivers as the city's backbone; and declared that the budget was balanced.\n", -1);
        assertThat(q).extracting(x -> x.cue().orElse(null), x -> x.text()).contains(
                tuple("praise", "the striking drivers as the city's backbone"), tuple("declare", "the budget was balanced"));
        assertThat(q).filteredOn(x -> x.cue().orElse("").equals("declare")).extracting(x -> speakerText(x))
                .containsExactly("the mayor");
    }

    @Test
    void heDoesNotStandForACrowdInTheSentenceBefore() {
        List<Quote> q = runQuotes("Rally\nThe crowd cheered when the senator took the stage.\nHe thinks the pension deal "
                + "will pass before the recess.\n", 1);
        assertThat(speakerText(q.get(0))).isEqualTo("He");
    }

    @Test
    void aDareAfterAReportedClauseIsItsOwnRequest() {
        List<Quote> q = runQuotes("Budget\nThe speaker said on Monday that the House would vote on the bill by Thursday, "
                + "daring the opposition to block it before the recess.\n", 2);
        assertThat(q).extracting(x -> x.cue().orElse(null), x -> x.text()).containsExactly(
                tuple("say", "the House would vote on the bill by Thursday"),
                tuple("dare", "the opposition to block it before the recess"));
    }

    @Test
    void askingNotToBeNamedIsNoQuote() {
        List<Quote> q = runQuotes("Talks\nTwo negotiators, who asked not to be named because the talks were continuing, "
                + "said a deal was close.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("a deal was close");
    }

    @Test
    void aPronounSpeakerDoesNotStandForSomeoneNamedInItsReport() {
        List<Quote> q = runQuotes("Budget\nAnna Lindqvist, the opposition leader, called the budget \"a raid on savers.\" "
                + "Ms. Berg, she said, had broken her promise to cut taxes.\n", 2);
        assertThat(q).extracting(x -> speaker(x)).containsExactly("Anna Lindqvist", "Anna Lindqvist");
    }

    @Test
    void aMediumPostedOrPublishedInAnOpenerIsNoSpeaker() {
        List<Quote> q = runQuotes("Bridge\nIn a video posted on X on Sunday, the mayor said the bridge would reopen in May. "
                + "In a statement published by her office, the governor said she would not resign.\n", 2);
        assertThat(q).extracting(x -> speakerText(x), x -> x.text()).containsExactly(
                tuple("the mayor", "the bridge would reopen in May"), tuple("the governor", "she would not resign"));
    }

    @Test
    void theSpeakersWayWithOthersQuestionsEndsTheReport() {
        List<Quote> q = runQuotes("Tour\nThe minister said the tender was fair, sidestepping questions about its cost. The "
                + "senator brushed off questions about his health.\n", 2);
        assertThat(q).extracting(x -> x.cue().orElse(null), x -> x.text()).containsExactly(
                tuple("say", "the tender was fair"), tuple("brush off", "questions about his health"));
    }

    @Test
    void aRelativeOnAListAfterASecondVerbCopulaIsTheSubjects() {
        List<Quote> q = runQuotes("Profile\nMarta Ruiz often clashes with her party and is a reformer, a maverick and a "
                + "fundraiser who has pledged to cut the port levy.\n", 1);
        assertThat(speaker(q.get(0))).isEqualTo("Marta Ruiz");
    }

    @Test
    void aFrontedClauseAfterAnAdverbEndsAtTheMainClause() {
        List<Quote> q = runQuotes("Bridge\nInterestingly, after the mayor said the bridge was safe, engineers closed it for "
                + "repairs.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("the bridge was safe");
    }

    @Test
    void aConcessionWithItsOwnCueEndsTheReportBeforeIt() {
        List<Quote> q = runQuotes("Talks\nThe envoy said the talks had made “real progress,” though she conceded that “hard "
                + "questions remain.” The minister said exports were growing, although he acknowledged that prices were "
                + "high.\n", 4);
        assertThat(q).extracting(x -> x.cue().orElse(null), x -> x.text()).containsExactly(
                tuple("say", "the talks had made “real progress,”"), tuple("concede", "hard questions remain."),
                tuple("say", "exports were growing"), tuple("acknowledge", "prices were high"));
    }

    @Test
    void heAfterAnUnnamedSubjectInItsSentenceIsThatPerson() {
        List<Quote> q = runQuotes("Economy\nPrime Minister Anton Vale opened the session. The finance minister said "
                + "exports were growing, although he acknowledged that prices were high.\n", 2);
        assertThat(q).extracting(x -> speakerText(x), x -> speaker(x)).containsExactly(
                tuple("The finance minister", null), tuple("he", "The finance minister"));
    }

    @Test
    void aTimeBetweenARequestsObjectAndItsInfinitiveKeepsTheInfinitive() {
        List<Quote> q = runQuotes("Calm\nThe opposition leader urged her supporters on Saturday to stay off the streets "
                + "after strikes on boats that the navy says were carrying weapons.\n", 2);
        assertThat(q).extracting(x -> x.text()).containsExactly("her supporters on Saturday to stay off the streets",
                "were carrying weapons");
    }

    @Test
    void aRequestToAListOfNamesEndsBeforeTheMainClause() {
        List<Quote> q = runQuotes("Records\nAfter the ministry asked Novak, Horvat and Kranjc to search their inboxes, "
                + "Petra Zupan said that one message had changed the inquiry.\n", 2);
        assertThat(q).extracting(x -> x.text(), x -> speakerText(x)).containsExactly(
                tuple("Novak, Horvat and Kranjc to search their inboxes", "the ministry"),
                tuple("one message had changed the inquiry", "Petra Zupan"));
    }

    @Test
    void aStancesObjectEndsBeforeAClauseOfTime() {
        List<Quote> q = runQuotes("Sudan's army rejects truce plan as famine spreads in Darfur\nThe talks resume on "
                + "Monday.\n", 1);
        assertThat(q.get(0).text()).isEqualTo("truce plan");
    }

    @Test
    void aPassiveJudgementWithItsAgentFirstKeepsWhatItJudges() {
        List<Quote> q = runQuotes("Darfur\nIts commander has been accused by the United Nations of ethnic cleansing. "
                + "The minister was criticized by the opposition for the delay.\n", 2);
        assertThat(q).extracting(x -> x.text()).containsExactly("Its commander ethnic cleansing",
                "The minister the delay");
        assertThat(speaker(q.get(0))).isEqualTo("United Nations");
        assertThat(speakerText(q.get(1))).isEqualTo("the opposition");
    }
}
