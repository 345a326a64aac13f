package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EventParty;
import org.dragoman.model.Event;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Removal;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.dragoman.model.TimeExpr;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private static final String LONG = "word ".repeat(100).strip();
    private static final String TEXT = "Mayor Ana Ruiz said on Monday that taxes would fall. Ruiz added: \"" + LONG
            + "\"\nSubscribe to our newsletter.";

    private static Analysis analysis() {
        int quoteStart = TEXT.indexOf(LONG);
        int removedStart = TEXT.indexOf("Subscribe");
        Article article = Article.of(TEXT).withTitle(Optional.of("Taxes to fall"))
                .withPublished(Optional.of(LocalDate.of(2025, 6, 24))).withSource(Optional.of("Example Post"));
        Mention first = new Mention(new Span(6, 14), "Ana Ruiz");
        Mention second = new Mention(new Span(53, 57), "Ruiz");
        List<Entity> entities = List.of(
                new Entity("E1", "Example City", EntityType.CITY, Optional.empty(), List.of()),
                new Entity("E2", "Ana Ruiz", EntityType.PERSON, Optional.of("GOV"), List.of(first, second)),
                new Entity("E3", "Taxes Office", EntityType.ORGANIZATION, Optional.empty(), List.of(first)));
        List<Quote> quotes = List.of(
                new Quote("Q1", QuoteKind.INDIRECT, new Span(30, 51), "taxes would fall", Optional.of("say"), Optional.empty(),
                        Optional.of(new Speaker(Optional.of("E2"), Optional.of("Ana Ruiz"), Optional.of(first)))),
                new Quote("Q2", QuoteKind.DIRECT, new Span(quoteStart, quoteStart + LONG.length()), LONG,
                        Optional.empty(), Optional.empty(), Optional.empty()));
        EventParty ruiz = new EventParty(Optional.of("E2"), "Ana Ruiz", Optional.of("GOV"));
        EventParty office = new EventParty(Optional.of("E3"), "Taxes Office", Optional.empty());
        List<Event> events = List.of(new Event("V1", "020", Optional.of("REQUEST"), Optional.empty(), ruiz,
                Optional.of(office), Optional.of(LocalDate.of(2025, 6, 23)), Optional.empty(), true, Optional.of("Q1"),
                false, true, new Span(0, 51), new Span(0, 52)));
        return new Analysis(article, List.of(), List.of(new Removal(new Span(removedStart, TEXT.length()), "promotion")),
                entities, quotes, events, List.of(new TimeExpr(new Span(23, 29), "Monday", "DATE", "2025-06-23")));
    }

    @Test
    void showsMetadataEntitiesByTypeQuotesTimesAndRemovals() {
        String report = TextReport.render(analysis());
        assertThat(report).startsWith("Taxes to fall\n2025-06-24 | Example Post\n");
        // groups follow the entity type order: people before organizations before cities
        assertThat(report.indexOf("  PERSON")).isLessThan(report.indexOf("  ORGANIZATION"));
        assertThat(report.indexOf("  ORGANIZATION")).isLessThan(report.indexOf("  CITY"));
        assertThat(report).contains("    Ana Ruiz (2 mentions) [GOV]  E2\n")
                .contains("    Example City (0 mentions)  E1\n")
                .contains("  Q1  indirect  Ana Ruiz  (say)  @30-51\n      \u201ctaxes would fall\u201d\n")
                .contains("  Q2  direct  unknown  @")
                .contains("  V1  020 REQUEST  Ana Ruiz [GOV] -> Taxes Office  2025-06-23  [quoted Q1, hypothetical]"
                        + "  @0-51\n      \u201cMayor Ana Ruiz said on Monday that taxes would fall\u201d\n")
                .contains("  Monday  ->  2025-06-23  DATE  @23-29\n")
                .contains("  promotion  @" + TEXT.indexOf("Subscribe") + "-" + TEXT.length()
                        + "  \u201cSubscribe to our newsletter.\u201d\n")
                .endsWith("\n");
    }

    @Test
    void longQuotesAreCutAtAbout300Chars() {
        String report = TextReport.render(analysis());
        String line = report.lines().filter(l -> l.startsWith("      \u201cword")).findFirst().orElseThrow();
        assertThat(line.strip()).endsWith("\u2026\u201d");
        assertThat(line.strip().length()).isLessThanOrEqualTo(TextReport.MAX_QUOTE_CHARS + 2);
        assertThat(line.strip().length()).isGreaterThan(TextReport.MAX_QUOTE_CHARS - 10);
    }

    @Test
    void emptyAnalysisSaysNone() {
        Analysis empty = new Analysis(Article.of("x"), List.of(), List.of(), List.of(), List.of(), List.of());
        String report = TextReport.render(empty);
        assertThat(report).startsWith("(no title)\n(no date or source)\n")
                .contains("Entities (0)\n  none\n").contains("Quotes (0)\n  none\n")
                .contains("Times (0)\n  none\n").contains("Removed (0)\n  none\n");
    }

    @Test
    void shortenNeverSplitsASurrogatePair() {
        String emoji = "ab\uD83D\uDE00cd";
        assertThat(TextReport.shorten(emoji, 4)).isEqualTo("ab\u2026");
        assertThat(TextReport.shorten(emoji, 10)).isEqualTo(emoji);
    }
}
