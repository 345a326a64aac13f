package org.dragoman;

import org.dragoman.ingest.ArticleFiles;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Speaker;
import org.dragoman.model.TimeExpr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The project's canonical example, ../shared/seeds/000_bcc76a419faa7f3b.txt (not part of the repository),
 * read as a careful human reader would: every quote, speaker, date and the promotional paragraph.
 * Skipped where the shared folder is absent.
 */
class SeedArticleTest {

    private static final Path SEED = Path.of("../../shared/seeds/000_bcc76a419faa7f3b.txt");
    private static Analysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        assumeTrue(Files.exists(SEED), "shared seed article not present");
        Article article = ArticleFiles.read(SEED).withPublished(Optional.of(LocalDate.parse("2025-06-25")));
        analysis = Pipelines.dragoman().analyze(article);
    }

    private static String speaker(Quote q) {
        return q.speaker().flatMap(Speaker::name).orElse("?");
    }

    @Test
    void everyDirectQuoteHasItsSpeaker() {
        List<Quote> direct = analysis.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertThat(direct).extracting(SeedArticleTest::speaker).containsExactly(
                "Marco Rubio", "Marco Rubio", "Marco Rubio", "Marco Rubio", "Donald Trump", "Vladimir Putin", "Donald Trump");
        assertThat(direct.get(0).text()).startsWith("If we did what everybody here wants").endsWith("who’s talking to them?");
        assertThat(direct.get(1).cue()).contains("tell");
        assertThat(direct.get(3).cue()).contains("insist");
        // "He said, can I help you with Iran?" inside Trump's quote is what Putin said
        assertThat(direct.get(5).text()).isEqualTo("can I help you with Iran?");
        assertThat(direct.get(6).text()).isEqualTo("no, I don’t need help with Iran. I need help with you.");
    }

    @Test
    void reportedSpeechHasItsSpeakerAndOnlyItsContent() {
        List<Quote> indirect = analysis.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
        assertThat(indirect).extracting(Quote::text).contains(
                "the United States is not going to throw new sanctions at Russia just because Europe wants it",
                "Trump is working with Congress to make sure he’s got enough flexibility to act",
                "once new sanctions are triggered, the talks are done",
                "Washington disagrees with that assessment",
                "Russia isn’t acting like it wants peace");
        assertThat(indirect).filteredOn(q -> q.text().startsWith("Putin recently called him"))
                .extracting(SeedArticleTest::speaker).containsExactly("Donald Trump");
        assertThat(indirect).filteredOn(q -> q.text().startsWith("Russia isn’t acting"))
                .extracting(SeedArticleTest::speaker).containsExactly("Marco Rubio");
        // "… but he made it clear that he’s still trying to keep diplomacy alive": he is Trump
        assertThat(indirect).filteredOn(q -> q.text().equals("he’s still trying to keep diplomacy alive"))
                .extracting(SeedArticleTest::speaker).containsExactly("Donald Trump");
        assertThat(indirect).noneMatch(q -> q.text().contains("ceasefire between the two"));
    }

    @Test
    void promotionalParagraphIsRemovedAndNotAnalysed() {
        assertThat(analysis.removed()).hasSize(1);
        var promo = analysis.removed().get(0);
        assertThat(promo.reason()).isEqualTo("promotion");
        assertThat(promo.span().of(analysis.article().text())).startsWith("Cryptopolitan Academy");
        assertThat(analysis.entities()).allSatisfy(e -> assertThat(e.mentions())
                .noneMatch(m -> m.span().overlaps(promo.span())));
        assertThat(analysis.times()).noneMatch(t -> t.span().overlaps(promo.span()));
    }

    @Test
    void peopleAreOneEntityEachWithFullNames() {
        List<String> persons = analysis.entities().stream()
                .filter(e -> e.type() == org.dragoman.model.EntityType.PERSON).map(Entity::name).toList();
        assertThat(persons).containsExactlyInAnyOrder("Marco Rubio", "Donald Trump", "Vladimir Putin",
                "Dasha Burns", "Volodymyr Zelenskyy");
        Entity putin = analysis.entities().stream().filter(e -> e.name().equals("Vladimir Putin")).findFirst().orElseThrow();
        assertThat(putin.mentions()).extracting(m -> m.text()).contains("Vlad Putin", "Putin", "Vladimir");
    }

    @Test
    void datesAreNormalizedAgainstPublication() {
        assertThat(analysis.times()).extracting(TimeExpr::text, TimeExpr::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Tuesday", "2025-06-24"),
                        org.assertj.core.groups.Tuple.tuple("last week", "2025-W25"),
                        org.assertj.core.groups.Tuple.tuple("June 13", "2025-06-13"));
    }

    @Test
    void headingsAreNotGluedToTheNextSentence() {
        String text = analysis.article().text();
        assertThat(analysis.blocks()).anyMatch(b -> b.span().of(text).equals("Rubio says battlefield goals are replacing diplomacy"));
    }

    private static String name(Optional<EventParty> p) {
        return p.map(EventParty::name).orElse("-");
    }

    /** Asserted events (neither negated nor hypothetical) with this code prefix, source and target names. */
    private static List<Event> facts(String code, String source, String target) {
        return analysis.events().stream().filter(e -> e.code().startsWith(code) && !e.negated() && !e.hypothetical())
                .filter(e -> e.source().name().equals(source) && name(e.target()).equals(target)).toList();
    }

    @Test
    void russiasOffensiveInUkraine() {
        assertThat(facts("19", "Russia", "Ukraine")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.target().flatMap(EventParty::actor)).contains("UKR"));
    }

    @Test
    void iransMissileStrikesOnIsraelOnJune13() {
        List<Event> strikes = analysis.events().stream().filter(e -> e.code().equals("195")).toList();
        assertThat(strikes).hasSize(1);
        Event e = strikes.get(0);
        assertThat(e.source().actor()).contains("IRN");
        assertThat(e.target().flatMap(EventParty::actor)).contains("ISR");
        assertThat(e.date()).contains(LocalDate.of(2025, 6, 13));
        assertThat(e.location().map(EventParty::name)).contains("Tel Aviv");
        assertThat(e.ploverEvent()).contains("ASSAULT");
    }

    @Test
    void iransDronesForRussiaAndRussiasNuclearHelpForIran() {
        assertThat(facts("072", "Iran", "Moscow")).singleElement()
                .satisfies(e -> assertThat(e.target().flatMap(EventParty::actor)).contains("RUSGOV"));
        assertThat(facts("07", "Russia", "Iran")).hasSize(1);
    }

    @Test
    void appealToTrumpForPressureOnRussiaIsExpectedNotDone() {
        List<Event> appeals = analysis.events().stream().filter(e -> e.code().startsWith("02")).toList();
        assertThat(appeals).extracting(e -> e.source().name())
                .containsExactlyInAnyOrder("Volodymyr Zelenskyy", "European heads of state");
        assertThat(appeals).allSatisfy(e -> {
            assertThat(name(e.target())).isEqualTo("Donald Trump");
            assertThat(e.hypothetical()).isTrue();
        });
    }

    @Test
    void theUsRefusesNewSanctionsAndTheSanctionsAreNegated() {
        List<Event> refusals = facts("12", "United States", "European leaders");
        assertThat(refusals).singleElement().satisfies(e -> {
            assertThat(e.date()).contains(LocalDate.of(2025, 6, 24));
            assertThat(e.quoted()).isTrue();
        });
        List<Event> sanctions = analysis.events().stream().filter(e -> e.code().startsWith("16")).toList();
        assertThat(sanctions).singleElement().satisfies(e -> {
            assertThat(e.negated()).isTrue();
            assertThat(e.source().actor()).contains("USA");
            assertThat(e.target().flatMap(EventParty::actor)).contains("RUS");
        });
    }

    @Test
    void putinCalledTrumpAndTrumpPlansToMeetZelenskyy() {
        assertThat(facts("041", "Vladimir Putin", "Donald Trump")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.source().actor()).contains("RUSGOV");
            assertThat(e.target().flatMap(EventParty::actor)).contains("USAGOV");
        });
        assertThat(facts("036", "Donald Trump", "Volodymyr Zelenskyy")).singleElement().satisfies(e -> {
            assertThat(e.source().actor()).contains("USAGOV");
            assertThat(e.target().flatMap(EventParty::actor)).contains("UKRGOV");
        });
    }

    @Test
    void noEventComesFromThePromotionalParagraph() {
        var promo = analysis.removed().get(0).span();
        assertThat(analysis.events()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.span().overlaps(promo)).isFalse();
            assertThat(e.sentence().overlaps(promo)).isFalse();
        });
    }

    @Test
    void everyEventIsOneACarefulReaderAccepts() {
        // events whose dyad and code were checked by hand; anything else must be looked at before it is added
        List<String> accepted = List.of("010 Marco Rubio>European leaders", "120 United States>European leaders",
                "163 United States>Russia", "020 Volodymyr Zelenskyy>Donald Trump",
                "020 European heads of state>Donald Trump", "190 Russia’s military>Ukraine", "190 Russia>Ukraine",
                "100 Europe>-", "041 Vladimir Putin>Donald Trump", "033 Vladimir Putin>-",
                "036 Donald Trump>Volodymyr Zelenskyy", "072 Iran>Moscow", "071 Russia>Iran", "195 Iran>Tel Aviv",
                "045 Donald Trump>-", "190 Iran>-");
        assertThat(analysis.events()).extracting(e -> e.code() + " " + e.source().name() + ">" + name(e.target()))
                .isSubsetOf(accepted);
    }

    @Test
    void entitiesHaveTheirActorCodesOnThePublishedDate() {
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        analysis.entities().forEach(e -> e.actor().ifPresent(c -> codes.put(e.name(), c)));
        System.out.println("seed actor codes: " + new java.util.TreeMap<>(codes));
        assertThat(codes).containsEntry("Marco Rubio", "USAGOV").containsEntry("Donald Trump", "USAGOV")
                .containsEntry("Vladimir Putin", "RUSGOV").containsEntry("NATO", "IGOWSTNAT")
                .containsEntry("Russia", "RUS").containsEntry("Iran", "IRN").containsEntry("Israel", "ISR");
    }
}
