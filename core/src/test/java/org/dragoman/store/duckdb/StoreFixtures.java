package org.dragoman.store.duckdb;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Block;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Mention;
import org.dragoman.model.Provenance;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Removal;
import org.dragoman.model.Role;
import org.dragoman.model.SourceType;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.dragoman.model.TimeExpr;

/** Hand-built analyses of original texts, with every kind of annotation, for store tests. */
final class StoreFixtures {

    static final String TEXT = "Harbour talks stall\n\n"
            + "Foreign Minister Lena Varga said on Tuesday that Norland would impose sanctions on Estmark. "
            + "\"We will not be moved,\" Varga told reporters in Kessel. "
            + "Estmark's government said the threat was empty.\n\n"
            + "Subscribe to our newsletter for more.";

    private StoreFixtures() {
    }

    static Span find(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + part);
        }
        return new Span(at, at + part.length());
    }

    /** The full analysis of {@link #TEXT}: blocks, a removal, entities with roles and mentions, quotes, an event, times. */
    static Analysis fullAnalysis() {
        String t = TEXT;
        Article article = Article.of(t).withTitle(Optional.of("Harbour talks stall"))
                .withPublished(Optional.of(LocalDate.of(2025, 3, 4))).withSource(Optional.of("Kessel Courier"))
                .withUrl(Optional.of("https://courier.example/harbour")).withAuthor(Optional.of("J. Doe"));
        Span varga1 = find(t, "Lena Varga");
        Span varga2 = new Span(t.indexOf("Varga told") , t.indexOf("Varga told") + 5);
        Entity varga = new Entity("e1", "Lena Varga", EntityType.PERSON, Optional.empty(),
                List.of(new Role("Foreign Minister", find(t, "Foreign Minister"))),
                List.of(new Mention(varga1, "Lena Varga"), new Mention(varga2, "Varga")));
        Entity norland = new Entity("e2", "Norland", EntityType.COUNTRY, Optional.of("NOR"),
                List.of(new Mention(find(t, "Norland"), "Norland")));
        Entity estmark = new Entity("e3", "Estmark", EntityType.COUNTRY, Optional.of("EST"),
                List.of(new Mention(find(t, "on Estmark").start() + 3 == 0 ? find(t, "Estmark") :
                        new Span(t.indexOf("on Estmark") + 3, t.indexOf("on Estmark") + 10), "Estmark")));
        Quote direct = new Quote("q1", QuoteKind.DIRECT, find(t, "We will not be moved,"), "We will not be moved,",
                Optional.of("tell"), Optional.of(find(t, "told")),
                Optional.of(new Speaker(Optional.of("e1"), Optional.of("Lena Varga"),
                        Optional.of(new Mention(varga2, "Varga")))),
                Optional.of(new Speaker(Optional.empty(), Optional.of("reporters"),
                        Optional.of(new Mention(find(t, "reporters"), "reporters")))),
                Optional.of(SourceType.NAMED));
        Quote indirect = new Quote("q2", QuoteKind.INDIRECT, find(t, "the threat was empty"), "the threat was empty",
                Optional.of("say"), Optional.empty(), Optional.of(new Speaker(Optional.empty(),
                Optional.of("Estmark's government"), Optional.empty())), Optional.empty(),
                Optional.of(SourceType.ORGANIZATION));
        Quote unattributed = new Quote("q3", QuoteKind.INDIRECT, find(t, "Norland would impose sanctions"),
                "Norland would impose sanctions", Optional.empty(), Optional.empty(), Optional.empty());
        Event sanction = new Event("v1", "163", Optional.of("SANCTION"), Optional.empty(),
                new EventParty(Optional.of("e2"), "Norland", Optional.of("NOR")),
                Optional.of(new EventParty(Optional.of("e3"), "Estmark", Optional.of("EST"))),
                Optional.of(LocalDate.of(2025, 3, 4)),
                Optional.of(new EventParty(Optional.empty(), "Kessel", Optional.empty())), false, Optional.empty(),
                false, true, find(t, "would impose sanctions on Estmark"),
                find(t, "Foreign Minister Lena Varga said on Tuesday that Norland would impose sanctions on Estmark."));
        Event refuse = new Event("v2", "128", Optional.empty(), Optional.empty(),
                new EventParty(Optional.empty(), "Estmark's government", Optional.empty()), Optional.empty(),
                Optional.empty(), Optional.empty(), true, Optional.of("q2"), true, false,
                find(t, "the threat was empty"), find(t, "Estmark's government said the threat was empty."));
        List<Block> blocks = List.of(new Block(find(t, "Harbour talks stall"), Block.Kind.TITLE),
                new Block(find(t, "Foreign Minister Lena Varga said on Tuesday that Norland would impose sanctions on "
                        + "Estmark. \"We will not be moved,\" Varga told reporters in Kessel. "
                        + "Estmark's government said the threat was empty."), Block.Kind.PARAGRAPH));
        List<Removal> removed = List.of(new Removal(find(t, "Subscribe to our newsletter for more."), "promotion"));
        List<TimeExpr> times = List.of(new TimeExpr(find(t, "Tuesday"), "Tuesday", "DATE", "2025-03-04"));
        return new Analysis(article, blocks, removed, List.of(varga, norland, estmark),
                List.of(direct, indirect, unattributed), List.of(sanction, refuse), times);
    }

    /** A bare analysis of {@code text} (no annotations) with a title and date. */
    static Analysis bare(String text, String title, LocalDate published) {
        Article article = Article.of(text).withTitle(Optional.of(title)).withPublished(Optional.of(published));
        return new Analysis(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Provenance from(String source, String locator) {
        return new Provenance(source, locator, Optional.empty(), Optional.empty());
    }
}
