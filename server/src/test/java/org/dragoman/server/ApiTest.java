package org.dragoman.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.dragoman.model.Analysis;
import org.junit.jupiter.api.Test;

/** The REST API against the shared test archive (the project's samples, analysed by the real pipeline). */
class ApiTest {

    private static final String TOKEN = "test-token-0123456789";

    private static Javalin app(ServerConfig config) {
        return new DragomanServer(TestArchive.store(), () -> TestArchive.dragoman()::analyze, config,
                e -> { throw new AssertionError("internal error in the server", e); }).app();
    }

    private static Javalin readOnly() {
        return app(ServerConfig.defaults());
    }

    private static Javalin writable() {
        return app(ServerConfig.defaults().withToken(Optional.of(TOKEN)));
    }

    private static JsonNode json(Response response) throws IOException {
        return Json.MAPPER.readTree(response.body().string());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Asserts a problem document with {@code status} and returns it. */
    private static JsonNode problem(Response response, int status) throws IOException {
        assertThat(response.code()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith(DragomanServer.PROBLEM_JSON);
        JsonNode p = json(response);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).isNotEmpty();
        assertThat(p.get("title").asText()).isNotEmpty();
        assertThat(p.get("detail").asText()).isNotEmpty().doesNotContain("\n");
        return p;
    }

    private static Response post(HttpClient client, String path, String contentType, byte[] body,
                                 Consumer<Request.Builder> more) {
        return client.request(path, b -> {
            b.post(RequestBody.create(body, MediaType.get(contentType)));
            more.accept(b);
        });
    }

    private static Consumer<Request.Builder> bearer(String token) {
        return b -> b.header("Authorization", "Bearer " + token);
    }

    @Test
    void searchFindsTheSampleAndCountsFacets() {
        TestArchive.Stored nato = TestArchive.sample("nato-summit-defence-spending.txt");
        JavalinTest.test(readOnly(), (server, client) -> {
            JsonNode r = json(client.get("/api/search?q=" + enc("Merz")));
            assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(1);
            List<String> ids = new ArrayList<>();
            r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
            assertThat(ids).contains(nato.id());
            JsonNode hit = r.get("hits").get(ids.indexOf(nato.id()));
            assertThat(hit.get("outlet").asText()).isEqualTo("Harbour Wire");
            assertThat(hit.get("published").asText()).isEqualTo("2026-07-07");
            List<String> outlets = new ArrayList<>();
            r.get("facets").get("outlet").forEach(f -> outlets.add(f.get("value").asText()));
            assertThat(outlets).contains("Harbour Wire");
            List<String> actors = new ArrayList<>();
            r.get("facets").get("actor").forEach(f -> actors.add(f.get("value").asText()));
            assertThat(actors).contains("Friedrich Merz");
        });
    }

    @Test
    void searchFiltersByOutletAndDate() {
        JavalinTest.test(readOnly(), (server, client) -> {
            JsonNode all = json(client.get("/api/search?q=" + enc("said")));
            JsonNode ledger = json(client.get("/api/search?q=said&outlet=" + enc("Brussels Ledger")));
            assertThat(ledger.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
            ledger.get("hits").forEach(h -> assertThat(h.get("outlet").asText()).isEqualTo("Brussels Ledger"));
            JsonNode march = json(client.get("/api/search?q=said&from=2026-03-01&to=2026-03-31"));
            assertThat(march.get("hits")).isNotEmpty();
            march.get("hits").forEach(h -> assertThat(h.get("published").asText()).startsWith("2026-03"));
        });
    }

    @Test
    void searchSyntaxErrorIs400() {
        JavalinTest.test(readOnly(), (server, client) -> {
            JsonNode p = problem(client.get("/api/search?q=" + enc("\"unclosed phrase")), 400);
            assertThat(p.get("title").asText()).isEqualTo("Bad search syntax");
        });
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        JavalinTest.test(readOnly(), (server, client) -> {
            assertThat(problem(client.get("/api/search?q=nato&from=2026-13-01"), 400).get("detail").asText())
                    .startsWith("from:");
            assertThat(problem(client.get("/api/search?q=nato&from=2026-05-01&to=2026-04-01"), 400)
                    .get("detail").asText()).contains("before");
            assertThat(problem(client.get("/api/search"), 400).get("detail").asText()).isEqualTo("q: required");
            assertThat(problem(client.get("/api/search?q=nato&size=101"), 400).get("detail").asText())
                    .startsWith("size:");
            assertThat(problem(client.get("/api/search?q=nato&page=0"), 400).get("detail").asText())
                    .startsWith("page:");
            assertThat(problem(client.get("/api/quotes?size=abc"), 400).get("detail").asText()).startsWith("size:");
            assertThat(problem(client.get("/api/events?code=99"), 400).get("detail").asText())
                    .contains("unknown CAMEO code");
            assertThat(problem(client.get("/api/events?code=19x"), 400).get("detail").asText())
                    .contains("unknown CAMEO code");
            assertThat(problem(client.get("/api/events?cluster=maybe"), 400).get("detail").asText())
                    .startsWith("cluster:");
            assertThat(problem(client.get("/api/entities?type=WIZARD"), 400).get("detail").asText())
                    .contains("unknown entity type");
            assertThat(problem(client.get("/api/network?root=190"), 400).get("detail").asText()).startsWith("root:");
            assertThat(problem(client.get("/api/network?min=0"), 400).get("detail").asText()).startsWith("min:");
            assertThat(problem(client.get("/api/timeline"), 400).get("detail").asText()).startsWith("actor:");
            assertThat(problem(client.get("/api/articles/not-an-id"), 400).get("detail").asText()).startsWith("id:");
        });
    }

    @Test
    void unknownThingsAre404Problems() {
        JavalinTest.test(readOnly(), (server, client) -> {
            problem(client.get("/api/articles/" + "0".repeat(64)), 404);
            problem(client.get("/api/actors/Nobody%20Ever%20Mentioned"), 404);
            problem(client.get("/api/no-such-endpoint"), 404);
        });
    }

    @Test
    void articleCarriesTextAndEveryAnnotationWithOffsets() {
        TestArchive.Stored nato = TestArchive.sample("nato-summit-defence-spending.txt");
        Analysis expected = nato.analysis();
        JavalinTest.test(readOnly(), (server, client) -> {
            JsonNode a = json(client.get("/api/articles/" + nato.id()));
            String text = a.get("article").get("text").asText();
            assertThat(text).isEqualTo(expected.article().text());
            assertThat(a.get("article").get("title").asText()).isEqualTo(expected.article().title().orElseThrow());
            assertThat(a.get("entities")).hasSize(expected.entities().size());
            assertThat(a.get("quotes")).hasSize(expected.quotes().size()).isNotEmpty();
            assertThat(a.get("events")).hasSize(expected.events().size());
            assertThat(a.get("times")).hasSize(expected.times().size());
            for (JsonNode e : a.get("entities")) {
                for (JsonNode m : e.get("mentions")) {
                    assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
                            .isEqualTo(m.get("text").asText());
                }
            }
            for (JsonNode t : a.get("times")) {
                assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
            }
            JsonNode merzQuote = null;
            for (JsonNode q : a.get("quotes")) {
                assertThat(q.get("start").asInt()).isLessThan(q.get("end").asInt());
                // the parts run from the quote's start to its end
                JsonNode parts = q.get("parts");
                assertThat(parts).isNotEmpty();
                assertThat(parts.get(0).get("start").asInt()).isEqualTo(q.get("start").asInt());
                assertThat(parts.get(parts.size() - 1).get("end").asInt()).isEqualTo(q.get("end").asInt());
                if (!q.get("speaker").isNull() && "Friedrich Merz".equals(q.get("speaker").get("name").asText())) {
                    merzQuote = q;
                }
            }
            assertThat(merzQuote).as("a quote attributed to Friedrich Merz").isNotNull();
            assertThat(a.get("provenance").get(0).get("outlet").asText()).isEqualTo("Harbour Wire");
            assertThat(a.get("cluster").asText()).isNotEmpty();
        });
    }

    @Test
    void entitiesByTypeAndName() {
        JavalinTest.test(readOnly(), (server, client) -> {
            JsonNode r = json(client.get("/api/entities?type=person&q=Merz"));
            assertThat(r.get("entities")).isNotEmpty();
            r.get("entities").forEach(e -> {
                assertThat(e.get("type").asText()).isEqualTo("PERSON");
                assertThat(e.get("name").asText()).contains("Merz");
            });
        });
    }

    @Test
    void actorProfileQuotesAndTimeline() {
        JavalinTest.test(readOnly(), (server, client) -> {
            Response profile = client.get("/api/actors/" + enc("Friedrich Merz").replace("+", "%20"));
            String body = profile.body().string();
            assertThat(profile.code()).as(body).isEqualTo(200);
            JsonNode p = Json.MAPPER.readTree(body);
            assertThat(p.get("name").asText()).isEqualTo("Friedrich Merz");
            assertThat(p.get("quotes").asLong()).isPositive();
            assertThat(p.get("articles").asLong()).isPositive();

            JsonNode q = json(client.get("/api/quotes?speaker=" + enc("Friedrich Merz")));
            assertThat(q.get("quotes")).isNotEmpty();
            q.get("quotes").forEach(row -> assertThat(row.get("speaker_name").asText()).isEqualTo("Friedrich Merz"));

            JsonNode t = json(client.get("/api/timeline?actor=" + enc("Friedrich Merz")));
            assertThat(t.get("days")).isNotEmpty();
            long quotes = 0;
            for (JsonNode d : t.get("days")) {
                quotes += d.get("quotes").asLong();
            }
            assertThat(quotes).isEqualTo(p.get("quotes").asLong());
        });
    }

    @Test
    void eventsByActorAndCodeAndTheNetwork() {
        // the fixture's events (or the pipeline's, once event coding lands)
        List<org.dragoman.model.Event> all = TestArchive.stored().stream()
                .flatMap(s -> s.analysis().events().stream()).toList();
        assertThat(all).as("events in the test archive").isNotEmpty();
        org.dragoman.model.Event first = all.get(0);
        String actor = first.source().name();
        JavalinTest.test(readOnly(), (server, client) -> {
            JsonNode r = json(client.get("/api/events?actor=" + enc(actor) + "&code=" + first.code().substring(0, 2)));
            assertThat(r.get("events")).isNotEmpty();
            r.get("events").forEach(row -> {
                JsonNode e = row.get("event");
                assertThat(e.get("code").asText()).startsWith(first.code().substring(0, 2));
                assertThat(List.of(e.get("source").get("name").asText(),
                        e.get("target").isNull() ? "" : e.get("target").get("name").asText())).contains(actor);
                assertThat(e.get("start").asInt()).isLessThan(e.get("end").asInt());
            });
            JsonNode net = json(client.get("/api/network"));
            assertThat(net.get("edges")).isNotEmpty();
            assertThat(net.get("nodes")).isNotEmpty();
            for (JsonNode e : net.get("edges")) {
                assertThat(e.get("events").asLong()).isPositive();
                assertThat(e.get("root_name").asText()).isNotEmpty();
            }
            // every node links to an actor page that exists
            for (JsonNode node : net.get("nodes")) {
                String id = node.get("id").asText();
                assertThat(client.get("/api/actors/" + enc(id).replace("+", "%20")).code()).as(id).isEqualTo(200);
            }
            JsonNode none = json(client.get("/api/network?min=1000000"));
            assertThat(none.get("edges")).isEmpty();
        });
    }

    @Test
    void postIsRefusedByAReadOnlyServer() {
        JavalinTest.test(readOnly(), (server, client) -> {
            JsonNode p = problem(post(client, "/api/articles", "application/json",
                    "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8), bearer(TOKEN)), 403);
            assertThat(p.get("detail").asText()).contains("read-only");
        });
    }

    @Test
    void postNeedsTheRightToken() {
        byte[] body = "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        JavalinTest.test(writable(), (server, client) -> {
            Response none = post(client, "/api/articles", "application/json", body, b -> { });
            problem(none, 401);
            assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
            problem(post(client, "/api/articles", "application/json", body, bearer("wrong-token-000")), 401);
        });
    }

    @Test
    void postRefusesBadBodies() {
        JavalinTest.test(app(ServerConfig.defaults().withToken(Optional.of(TOKEN)).withMaxBodyBytes(1000)),
                (server, client) -> {
                    problem(post(client, "/api/articles", "application/json",
                            ("{\"text\":\"" + "a".repeat(2000) + "\"}").getBytes(StandardCharsets.UTF_8),
                            bearer(TOKEN)), 413);
                    problem(post(client, "/api/articles", "application/json",
                            "{not json".getBytes(StandardCharsets.UTF_8), bearer(TOKEN)), 400);
                    assertThat(problem(post(client, "/api/articles", "application/json",
                            "{\"title\":\"no text\"}".getBytes(StandardCharsets.UTF_8), bearer(TOKEN)), 400)
                            .get("detail").asText()).isEqualTo("text: required");
                    problem(post(client, "/api/articles", "application/json",
                            "{\"text\":\"Some words.\",\"published\":\"last week\"}".getBytes(StandardCharsets.UTF_8),
                            bearer(TOKEN)), 400);
                    problem(post(client, "/api/articles", "application/octet-stream", new byte[] {1, 2, 3},
                            bearer(TOKEN)), 415);
                    problem(post(client, "/api/articles", "text/plain", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41},
                            bearer(TOKEN)), 400);
                    problem(post(client, "/api/articles", "application/json",
                            "{\"text\":\"Der Kanzler sagte, dass die Regierung nicht mit der Opposition und den Ländern sprechen wird, weil die Lage für das Land und die Wirtschaft ernst ist.\"}"
                                    .getBytes(StandardCharsets.UTF_8), bearer(TOKEN)), 422);
                });
    }

    @Test
    void postAnalysesStoresAndThenFindsTheArticle() {
        String text = "Lisbon port workers end strike after pay deal\n"
                + "Dock workers in Lisbon ended a nine-day strike on Friday after the port authority agreed to raise "
                + "wages by six percent. \"We got what we asked for, and the ships can move again,\" the union leader "
                + "Marta Sousa told reporters at the gate. The port authority said the deal would cost it about "
                + "four million euros a year.";
        String body = "{\"text\":" + Json.MAPPER.valueToTree(text) + ",\"title\":\"Lisbon port strike ends\","
                + "\"published\":\"2026-08-14\",\"url\":\"https://example.org/tagus/port\",\"source\":\"Tagus Times\"}";
        JavalinTest.test(writable(), (server, client) -> {
            JsonNode before = json(client.get("/api/search?q=" + enc("dock workers")));
            assertThat(before.get("total").asLong()).isZero();
            assertThat(before.get("facets").get("outlet")).isEmpty();
            Response created = post(client, "/api/articles", "application/json",
                    body.getBytes(StandardCharsets.UTF_8), bearer(TOKEN));
            assertThat(created.code()).isEqualTo(201);
            JsonNode r = json(created);
            String id = r.get("stored").get("id").asText();
            assertThat(r.get("stored").get("added").asBoolean()).isTrue();
            assertThat(created.header("Location")).isEqualTo("/api/articles/" + id);
            assertThat(r.get("article").get("text").asText()).isEqualTo(text);
            assertThat(r.get("quotes")).isNotEmpty();
            List<String> quotes = new ArrayList<>();
            r.get("quotes").forEach(q -> quotes.add(q.get("text").asText()));
            assertThat(quotes).anyMatch(q -> q.contains("the ships can move again"));

            Response again = post(client, "/api/articles", "application/json", body.getBytes(StandardCharsets.UTF_8),
                    bearer(TOKEN));
            assertThat(again.code()).isEqualTo(200);
            assertThat(json(again).get("stored").get("added").asBoolean()).isFalse();

            JsonNode hits = json(client.get("/api/search?q=" + enc("dock workers")));
            List<String> ids = new ArrayList<>();
            hits.get("hits").forEach(h -> ids.add(h.get("id").asText()));
            assertThat(ids).contains(id);
            // facets are cached per query; storing an article must not leave them stale
            assertThat(hits.get("facets").get("outlet").get(0).get("value").asText()).isEqualTo("Tagus Times");
            assertThat(json(client.get("/api/articles/" + id)).get("article").get("published").asText())
                    .isEqualTo("2026-08-14");
        });
    }

    @Test
    void postAcceptsAnHtmlPage() {
        String html = "<!DOCTYPE html><html><head><title>Harbour cranes return | Tagus Times</title>"
                + "<meta property=\"article:published_time\" content=\"2026-08-20T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>"
                + "<h1>Harbour cranes return to work in Setúbal</h1>"
                + "<p>Crane operators in Setúbal returned to work on Thursday after a two-week stoppage over safety "
                + "rules, the port authority said in a statement.</p>"
                + "<p>\"The new inspections are what we asked for from the start,\" said Rui Almeida, who leads the "
                + "operators' committee. He added that the backlog of containers would be cleared by the end of "
                + "the month.</p></article><footer>© 2026 Tagus Times</footer></body></html>";
        JavalinTest.test(writable(), (server, client) -> {
            Response created = post(client, "/api/articles?source=" + enc("Tagus Times"), "text/html; charset=utf-8",
                    html.getBytes(StandardCharsets.UTF_8), bearer(TOKEN));
            String body = created.body().string();
            assertThat(created.code()).as(body).isEqualTo(201);
            JsonNode r = Json.MAPPER.readTree(body);
            assertThat(r.get("article").get("title").asText()).contains("Harbour cranes return");
            assertThat(r.get("article").get("text").asText()).contains("Crane operators in Setúbal")
                    .doesNotContain("Home");
            assertThat(r.get("article").get("source").asText()).isEqualTo("Tagus Times");
            assertThat(r.get("quotes")).isNotEmpty();
        });
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        JavalinTest.test(readOnly(), (server, client) -> {
            JsonNode doc = json(client.get("/openapi.json"));
            assertThat(doc.get("openapi").asText()).startsWith("3.");
            for (String path : List.of("/api/search", "/api/articles/{id}", "/api/articles", "/api/entities",
                    "/api/actors/{id}", "/api/quotes", "/api/events", "/api/timeline", "/api/network")) {
                assertThat(doc.get("paths").has(path)).as(path).isTrue();
            }
        });
    }

    @Test
    void pagesAndLibrariesAreServedWithASecurityPolicy() {
        JavalinTest.test(readOnly(), (server, client) -> {
            for (String page : List.of("/", "/article.html", "/actor.html", "/network.html", "/js/common.js",
                    "/css/app.css")) {
                Response r = client.get(page);
                assertThat(r.code()).as(page).isEqualTo(200);
                assertThat(r.header("Content-Security-Policy")).as(page).contains("script-src 'self'");
                assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            }
            assertThat(client.get("/").body().string()).contains("/js/search.js");
            Response lib = client.get("/webjars/echarts/5.3.1/dist/echarts.esm.min.js");
            assertThat(lib.code()).isEqualTo(200);
            assertThat(lib.header("Content-Type")).contains("javascript");
        });
    }

    @Test
    void theUiNeverHandsDataToAnHtmlParser() throws IOException {
        // the browser test runs the XSS article; this guards the source against the APIs that would parse markup
        for (String file : List.of("common.js", "search.js", "article.js", "actor.js", "network.js")) {
            try (var in = DragomanServer.class.getResourceAsStream("web/js/" + file)) {
                String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(js).as(file).doesNotContain(".innerHTML", ".outerHTML", "insertAdjacentHTML",
                        "document.write", "eval(", "new Function");
            }
        }
    }
}
