package org.dragoman.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Speaker;
import org.junit.jupiter.api.Test;

/** CoreNLP's quote attribution turned into Dragoman quotes, on an original paragraph. */
class CoreNlpQuoteBaselineTest {

    static final String TEXT = "Mayor Ana Ruiz of Lakeside spoke on Monday.\n\n"
            + "“We will build the bridge,” Ruiz said.\n\n"
            + "The council member John Park disagreed. “It is a waste of money,” he told reporters.\n";

    @Test
    void quotesWithoutMarksSpeakerMentionsAndTheirEntities() {
        Analysis analysis = SharedBaselines.quoteAttribution().apply(Article.of(TEXT));

        List<Quote> quotes = analysis.quotes();
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("We will build the bridge,", "It is a waste of money,");
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(q.span().of(TEXT)).isEqualTo(q.text());
            assertThat(q.cue()).isEmpty();
            assertThat(q.cueSpan()).isEmpty();
        });
        Speaker ruiz = quotes.get(0).speaker().orElseThrow();
        assertThat(ruiz.mention().map(Mention::text)).contains("Ruiz");
        assertThat(ruiz.mention().orElseThrow().span().of(TEXT)).isEqualTo("Ruiz");
        assertThat(quotes.get(1).speaker().flatMap(Speaker::mention).map(Mention::text)).contains("he");
        Entity entity = analysis.entities().stream()
                .filter(e -> Optional.of(e.id()).equals(ruiz.entity())).findFirst().orElseThrow();
        // the speaker's entity holds the CoreNLP coreference chain of the mention, where the full name is
        assertThat(entity.mentions()).extracting(Mention::text).contains("Ruiz")
                .anySatisfy(m -> assertThat(m).contains("Ana Ruiz"));
        assertThat(entity.mentions()).allSatisfy(m -> assertThat(m.span().of(TEXT)).isEqualTo(m.text()));
    }

    @Test
    void textWithoutQuotationsGivesNoQuotes() {
        Analysis analysis = SharedBaselines.quoteAttribution().apply(Article.of("The council met on Monday.\n"));

        assertThat(analysis.quotes()).isEmpty();
        assertThat(analysis.entities()).isEmpty();
    }
}
