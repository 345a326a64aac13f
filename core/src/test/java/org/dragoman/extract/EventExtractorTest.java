package org.dragoman.extract;

import org.dragoman.Pipelines;
import org.dragoman.model.Analysis;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The event stage's rules, one phenomenon a test, on short texts written for these tests. */
class EventExtractorTest {

    private static List<Event> events(String text) {
        Analysis a = Pipelines.analyze("Headline of the story\n\n" + text, "2025-03-12");
        return a.events();
    }

    private static String dyad(Event e) {
        return e.source().actor().orElse(e.source().name()) + ">"
                + e.target().flatMap(EventParty::actor).orElse(e.target().map(EventParty::name).orElse("-"))
                + ":" + e.code();
    }

    @Test
    void activeAttackHasSubjectAsSourceAndObjectAsTarget() {
        assertThat(events("Israel attacked Iran on Monday.")).extracting(EventExtractorTest::dyad)
                .containsExactly("ISR>IRN:190");
    }

    @Test
    void passiveAttackTakesTheByPhraseAsSource() {
        List<Event> events = events("Georgia was attacked by Russia in August.");
        assertThat(events).extracting(EventExtractorTest::dyad).containsExactly("RUS>GEO:190");
    }

    @Test
    void compoundActorsGiveOneEventPerPair() {
        assertThat(events("France and Germany condemned Russia and Belarus on Tuesday."))
                .extracting(EventExtractorTest::dyad)
                .containsExactlyInAnyOrder("FRA>RUS:111", "FRA>BLR:111", "DEU>RUS:111", "DEU>BLR:111");
    }

    @Test
    void attackingAPlanIsCriticismNotForce() {
        assertThat(events("Poland attacked Hungary's plan for the summit on Monday."))
                .extracting(EventExtractorTest::dyad).containsExactly("POL>HUN:111");
        assertThat(events("Poland launched an attack on Hungary's budget proposal."))
                .extracting(Event::code).containsExactly("111");
        assertThat(events("Poland hit back at Hungary's claim that the summit failed."))
                .extracting(EventExtractorTest::dyad).containsExactly("POL>HUN:111");
    }

    @Test
    void givingAndCuttingCodeOnlyAidAndTies() {
        assertThat(events("Poland gave Hungary a warm welcome at the summit.")).isEmpty();
        assertThat(events("Poland gave Hungary two hundred tanks last year."))
                .extracting(EventExtractorTest::dyad).containsExactly("POL>HUN:072");
        assertThat(events("Poland cut taxes for Hungary's workers.")).isEmpty();
        assertThat(events("Poland cut diplomatic ties with Hungary.")).extracting(Event::code).containsExactly("161");
    }

    @Test
    void negatedIntentionIsARefusalWithTheNegatedActKept() {
        List<Event> events = events("Japan is not going to impose sanctions on China, officials said.");
        assertThat(events).filteredOn(Event::negated).extracting(EventExtractorTest::dyad)
                .containsExactly("JPN>CHN:163");
        assertThat(events).filteredOn(e -> !e.negated()).extracting(EventExtractorTest::dyad)
                .containsExactly("JPN>CHN:120");
        assertThat(events).filteredOn(e -> !e.negated()).allMatch(e -> !e.hypothetical());
    }

    @Test
    void negatedPastActIsFlaggedNotARefusal() {
        List<Event> events = events("Turkey did not attack Syria last year.");
        assertThat(events).extracting(EventExtractorTest::dyad).containsExactly("TUR>SYR:190");
        assertThat(events).allMatch(Event::negated);
    }

    @Test
    void conditionalActIsHypothetical() {
        List<Event> events = events("Analysts said Pakistan could attack India if talks fail.");
        assertThat(events).extracting(EventExtractorTest::dyad).contains("PAK>IND:190");
        assertThat(events).filteredOn(e -> e.code().equals("190")).allMatch(Event::hypothetical);
    }

    @Test
    void whatADemandAsksForIsHypothetical() {
        List<Event> events = events("Poland demanded that Hungary withdraw its troops before Austria invades Slovenia.");
        assertThat(events).extracting(EventExtractorTest::dyad).contains("HUN>-:087", "AUT>SVN:190");
        assertThat(events).filteredOn(e -> !e.code().equals("100")).allMatch(Event::hypothetical);
        assertThat(events("Poland said that Austria attacked Slovenia.")).filteredOn(e -> e.code().equals("190"))
                .noneMatch(Event::hypothetical);
    }

    @Test
    void plannedMeetingIsAnIntentToMeet() {
        List<Event> events = events("Canada is expected to meet Mexico at the summit next week.");
        assertThat(events).extracting(EventExtractorTest::dyad).containsExactly("CAN>MEX:036");
        assertThat(events.get(0).hypothetical()).isFalse();
    }

    @Test
    void threatOfForceIsCameo138() {
        List<Event> events = events("North Korea threatened to attack South Korea on Friday.");
        assertThat(events).extracting(EventExtractorTest::dyad).containsExactly("PRK>KOR:138");
        assertThat(events.get(0).ploverEvent()).isEqualTo(Optional.of("THREATEN"));
    }

    @Test
    void dateComesFromTheTimeExpressionOfTheClause() {
        List<Event> events = events("On March 3, Iran launched missile strikes on Haifa.");
        assertThat(events).extracting(EventExtractorTest::dyad).containsExactly("IRN>ISR:195");
        assertThat(events.get(0).date()).contains(LocalDate.of(2025, 3, 3));
        assertThat(events.get(0).location().map(EventParty::name)).contains("Haifa");
    }

    @Test
    void withoutATimeExpressionTheDateIsThePublishedDate() {
        assertThat(events("Egypt criticized Israel over the raid.")).extracting(Event::date)
                .containsExactly(Optional.of(LocalDate.of(2025, 3, 12)));
    }

    @Test
    void capitalActingIsItsGovernment() {
        assertThat(events("Moscow accused Kyiv of sabotage.")).extracting(EventExtractorTest::dyad)
                .containsExactly("RUSGOV>UKRGOV:112");
    }

    @Test
    void groupOfAStateActsForIt() {
        assertThat(events("European leaders urged Washington to send more weapons."))
                .extracting(EventExtractorTest::dyad).first().asString().startsWith("EURGOV>USAGOV:02");
    }

    @Test
    void eventInAQuoteIsMarkedQuotedAndFirstPersonIsTheSpeaker() {
        List<Event> events = events("“We condemned Iran for the attack,” Germany’s foreign minister Hans Weber said.");
        assertThat(events).extracting(Event::code).contains("111");
        Event e = events.stream().filter(x -> x.code().equals("111")).findFirst().orElseThrow();
        assertThat(e.quoted()).isTrue();
        assertThat(e.quote()).isPresent();
        assertThat(e.source().name()).isEqualTo("Hans Weber");
        assertThat(e.target().flatMap(EventParty::actor)).contains("IRN");
    }

    @Test
    void aVerbCoordinatedWithReportedSpeechIsQuotedToo() {
        List<Event> events = events("Macron told reporters that Scholz recently called him and offered help to Poland.");
        assertThat(events).filteredOn(e -> !e.code().startsWith("01")).isNotEmpty()
                .allMatch(Event::quoted).allMatch(e -> e.quote().isPresent());
    }

    @Test
    void plainFactsAreNeitherQuotedNorNegatedNorHypothetical() {
        List<Event> events = events("Russia sent Belarus new tanks in May.");
        assertThat(events).extracting(EventExtractorTest::dyad).containsExactly("RUS>BLR:072");
        assertThat(events).allMatch(e -> !e.quoted() && !e.negated() && !e.hypothetical());
    }

    @Test
    void sentencesWithoutActorsGiveNoEvents() {
        assertThat(events("The talks were attacked as useless. Someone condemned the weather.")).isEmpty();
    }

    @Test
    void intentTableMapsPlansToCameoIntents() {
        assertThat(EventExtractor.intent("040")).contains("036");
        assertThat(EventExtractor.intent("072")).contains("0332");
        assertThat(EventExtractor.intent("190")).isEmpty();
        assertThat(EventExtractor.refusal("163")).isEqualTo("120");
        assertThat(EventExtractor.refusal("036")).isEqualTo("125");
    }
}
