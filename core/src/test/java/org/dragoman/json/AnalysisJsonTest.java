package org.dragoman.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Block;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Removal;
import org.dragoman.model.Role;
import org.dragoman.model.SourceType;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.dragoman.model.TimeExpr;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

    // An original sentence pair written for this test.
    private static final String TEXT = "Mayor Ana Ruiz said on Monday: \"We will \u00e9lect.\"\nSubscribe now!";

    private static Analysis sample() {
        Article article = Article.of(TEXT)
                .withTitle(Optional.of("Ruiz speaks"))
                .withPublished(Optional.of(LocalDate.of(2025, 6, 24)))
                .withSource(Optional.of("Example Post"));
        Entity ruiz = new Entity("E1", "Ana Ruiz", EntityType.PERSON, Optional.of("XYZGOV"),
                List.of(new Role("Mayor", new Span(0, 5), Optional.of("XYZGOV"))),
                List.of(new Mention(new Span(6, 14), "Ana Ruiz")), Optional.of(Entity.SOURCE_ROLE));
        Entity city = new Entity("E2", "Example City", EntityType.CITY, Optional.of("XYZ"), List.of());
        Quote direct = new Quote("Q1", QuoteKind.DIRECT, new Span(32, 46), "We will \u00e9lect.", Optional.of("say"), Optional.of(new Span(15, 19)),
                Optional.of(new Speaker(Optional.of("E1"), Optional.of("Ana Ruiz"),
                        Optional.of(new Mention(new Span(6, 14), "Ana Ruiz")))),
                Optional.of(new Speaker(Optional.empty(), Optional.empty(), Optional.of(new Mention(new Span(0, 5), "Mayor")))),
                Optional.of(SourceType.NAMED));
        Quote anonymous = new Quote("Q2", QuoteKind.MIXED, new Span(0, 5), "Mayor", Optional.empty(), Optional.empty(), Optional.empty());
        Quote unnamed = new Quote("Q3", QuoteKind.INDIRECT, new Span(0, 5), "Mayor", Optional.empty(), Optional.empty(),
                Optional.of(new Speaker(Optional.empty(), Optional.empty(), Optional.empty())));
        return new Analysis(article, List.of(new Block(new Span(0, 47), Block.Kind.PARAGRAPH)),
                List.of(new Removal(new Span(48, 62), "promotion")),
                List.of(ruiz, city), List.of(direct, anonymous, unnamed),
                List.of(new TimeExpr(new Span(23, 29), "Monday", "DATE", "2025-06-23")));
    }

    @Test
    void compactOutputIsTheContractExactly() {
        String expected = "{\"article\":{\"id\":\"" + Article.idOf(TEXT) + "\",\"title\":\"Ruiz speaks\","
                + "\"published\":\"2025-06-24\",\"source\":\"Example Post\",\"url\":null,\"author\":null,"
                + "\"text\":\"Mayor Ana Ruiz said on Monday: \\\"We will \u00e9lect.\\\"\\nSubscribe now!\"},"
                + "\"removed\":[{\"start\":48,\"end\":62,\"text\":\"Subscribe now!\",\"reason\":\"promotion\"}],"
                + "\"entities\":[{\"id\":\"E1\",\"name\":\"Ana Ruiz\",\"type\":\"PERSON\",\"actor\":\"XYZGOV\","
                + "\"actor_source\":\"role\","
                + "\"roles\":[{\"title\":\"Mayor\",\"actor\":\"XYZGOV\",\"evidence\":{\"start\":0,\"end\":5}}],"
                + "\"mentions\":[{\"start\":6,\"end\":14,\"text\":\"Ana Ruiz\"}]},"
                + "{\"id\":\"E2\",\"name\":\"Example City\",\"type\":\"CITY\",\"actor\":\"XYZ\",\"actor_source\":null,"
                + "\"roles\":[],\"mentions\":[]}],"
                + "\"quotes\":[{\"id\":\"Q1\",\"kind\":\"direct\",\"text\":\"We will \u00e9lect.\",\"start\":32,\"end\":46,"
                + "\"parts\":[{\"start\":32,\"end\":46}],\"cue\":\"say\",\"cue_start\":15,\"cue_end\":19,\"speaker\":{\"entity\":\"E1\",\"name\":\"Ana Ruiz\",\"text\":\"Ana Ruiz\",\"start\":6,\"end\":14},"
                + "\"addressee\":{\"entity\":null,\"name\":null,\"text\":\"Mayor\",\"start\":0,\"end\":5},\"source_type\":\"named\"},"
                + "{\"id\":\"Q2\",\"kind\":\"mixed\",\"text\":\"Mayor\",\"start\":0,\"end\":5,\"parts\":[{\"start\":0,\"end\":5}],\"cue\":null,\"cue_start\":null,\"cue_end\":null,\"speaker\":null,\"addressee\":null,\"source_type\":null},"
                + "{\"id\":\"Q3\",\"kind\":\"indirect\",\"text\":\"Mayor\",\"start\":0,\"end\":5,\"parts\":[{\"start\":0,\"end\":5}],\"cue\":null,\"cue_start\":null,\"cue_end\":null,"
                + "\"speaker\":{\"entity\":null,\"name\":null,\"text\":null,\"start\":null,\"end\":null},\"addressee\":null,\"source_type\":null}],"
                + "\"events\":[],"
                + "\"times\":[{\"text\":\"Monday\",\"start\":23,\"end\":29,\"type\":\"DATE\",\"value\":\"2025-06-23\"}]}";
        assertThat(AnalysisJson.toJson(sample(), false)).isEqualTo(expected);
    }

    @Test
    void offsetsInTheOutputPointAtTheQuotedText() throws Exception {
        JsonNode root = new ObjectMapper().readTree(AnalysisJson.toJson(sample(), false));
        String text = root.at("/article/text").asText();
        for (JsonNode quote : root.get("quotes")) {
            assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt()))
                    .isEqualTo(quote.get("text").asText());
            assertThat(quote.get("parts")).hasSize(1);
        }
        JsonNode removed = root.at("/removed/0");
        assertThat(text.substring(removed.get("start").asInt(), removed.get("end").asInt()))
                .isEqualTo(removed.get("text").asText());
    }

    @Test
    void quoteInTwoPartsListsThemAndJoinsTheirText() throws Exception {
        String text = "“The ferry runs again,” the captain said, “from Monday.”";
        List<Span> parts = List.of(new Span(1, 22), new Span(43, 55));
        Quote quote = new Quote("Q1", QuoteKind.DIRECT, new Span(1, 55), parts, Quote.joined(text, parts),
                Optional.of("say"), Optional.of(new Span(36, 40)), Optional.empty(), Optional.empty(), Optional.empty());
        Analysis analysis = new Analysis(Article.of(text), List.of(), List.of(), List.of(), List.of(quote), List.of());

        JsonNode q = new ObjectMapper().readTree(AnalysisJson.toJson(analysis, false)).at("/quotes/0");
        assertThat(q.get("text").asText()).isEqualTo("The ferry runs again, from Monday.");
        assertThat(q.get("start").asInt()).isEqualTo(1);
        assertThat(q.get("end").asInt()).isEqualTo(55);
        assertThat(q.get("parts").toString()).isEqualTo("[{\"start\":1,\"end\":22},{\"start\":43,\"end\":55}]");
    }

    @Test
    void prettyOutputHasTheSameContentAndKeyOrder() throws Exception {
        String pretty = AnalysisJson.toJson(sample(), true);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(pretty)).isEqualTo(mapper.readTree(AnalysisJson.toJson(sample(), false)));
        assertThat(fieldNames(mapper.readTree(pretty)))
                .containsExactly("article", "removed", "entities", "quotes", "events", "times");
        assertThat(fieldNames(mapper.readTree(pretty).get("article")))
                .containsExactly("id", "title", "published", "source", "url", "author", "text");
        assertThat(pretty).startsWith("{\n  \"article\": {\n    \"id\": \"")
                .contains("\"events\": [],\n")
                .contains("\"mentions\": []")
                .doesNotContain("\r")
                .endsWith("\n}");
    }

    @Test
    void emptyAnalysisHasEveryKeyWithEmptyLists() {
        Analysis empty = new Analysis(Article.of("x"), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(AnalysisJson.toJson(empty, false)).isEqualTo("{\"article\":{\"id\":\"" + Article.idOf("x")
                + "\",\"title\":null,\"published\":null,\"source\":null,\"url\":null,\"author\":null,\"text\":\"x\"},"
                + "\"removed\":[],\"entities\":[],\"quotes\":[],\"events\":[],\"times\":[]}");
    }

    @Test
    void removalOutsideTheTextIsRejected() {
        Analysis bad = new Analysis(Article.of("short"), List.of(), List.of(new Removal(new Span(2, 40), "boilerplate")),
                List.of(), List.of(), List.of());
        assertThatThrownBy(() -> AnalysisJson.toJson(bad, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2, 40)");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
