package org.dragoman.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dragoman.ingest.BadInputException;
import org.dragoman.ingest.HtmlArticleReader;
import org.dragoman.ingest.TextArticleReader;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Provenance;
import org.dragoman.store.ActorRow;
import org.dragoman.store.EntityQuery;
import org.dragoman.store.EventQuery;
import org.dragoman.store.NetworkEdge;
import org.dragoman.store.NetworkQuery;
import org.dragoman.store.PutResult;
import org.dragoman.store.QuerySyntaxException;
import org.dragoman.store.QuoteQuery;
import org.dragoman.store.SearchHit;
import org.dragoman.store.SearchPage;
import org.dragoman.store.SearchQuery;
import org.dragoman.store.Store;
import org.dragoman.store.StoredArticle;

/** The API's handlers: parse and check parameters, ask the store, write JSON. Thread-safe. */
final class Api {

    /** Hits the search facets are counted over: the best ones, not the whole archive. */
    static final int FACET_HITS = 200;
    /** Hits whose articles' actors are counted for the actor facet. */
    static final int ACTOR_FACET_HITS = 50;
    /** Candidates fetched when results are filtered by outlet or actor after the search. */
    static final int FILTER_CANDIDATES = 1000;
    private static final int FACET_VALUES = 10;
    private static final int ENTITY_CACHE = 20_000;
    private static final int FACET_CACHE = 512;
    private static final Set<EntityType> ACTOR_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.COUNTRY, EntityType.NATIONALITY);

    private final Store store;
    private final Supplier<ArticleAnalyzer> analyzer;
    private final ServerConfig config;
    // analyses are CPU-bound and take up to a second each: at most one per core at a time
    private final Semaphore analyses = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    // articles are content-addressed and never change, so the actors named in one can be cached forever
    private final Map<String, List<String>> actorsByArticle = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> facetCache = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ObjectNode> eldest) {
                    return size() > FACET_CACHE;
                }
            });

    Api(Store store, Supplier<ArticleAnalyzer> analyzer, ServerConfig config) {
        this.store = store;
        this.analyzer = analyzer;
        this.config = config;
    }

    void stats(Context ctx) {
        ObjectNode o = Json.stats(store.stats());
        o.put("writable", config.writable());
        json(ctx, o);
    }

    void search(Context ctx) throws QuerySyntaxException {
        Params p = new Params(ctx);
        String q = p.required("q");
        Params.DateRange range = p.dateRange();
        Params.Page page = p.page(20);
        Optional<String> outlet = p.text("outlet");
        Optional<String> actor = p.text("actor");
        boolean filtered = outlet.isPresent() || actor.isPresent();

        List<SearchHit> hits;
        long total;
        ObjectNode facets;
        if (filtered) {
            List<SearchHit> candidates = store.search(new SearchQuery(q, range.from(), range.to(), 0,
                    FILTER_CANDIDATES)).hits().stream()
                    .filter(h -> outlet.isEmpty() || outlet.get().equals(h.outlet().orElse(null)))
                    .filter(h -> actor.isEmpty() || actorsOf(h.articleId()).contains(actor.get()))
                    .toList();
            total = candidates.size();
            hits = candidates.subList(Math.min(page.offset(), candidates.size()),
                    Math.min(page.offset() + page.size(), candidates.size()));
            facets = facets(candidates.subList(0, Math.min(FACET_HITS, candidates.size())));
        } else {
            SearchPage result = store.search(new SearchQuery(q, range.from(), range.to(), page.offset(), page.size()));
            hits = result.hits();
            total = result.total();
            facets = cachedFacets(q, range);
        }
        ObjectNode o = Json.object();
        o.put("query", q);
        o.put("total", total);
        o.put("page", page.number());
        o.put("size", page.size());
        ArrayNode list = o.putArray("hits");
        hits.forEach(h -> list.add(Json.hit(h)));
        o.set("facets", facets);
        json(ctx, o);
    }

    /**
     * Facets of a query over its best hits, computed once per query and date range: the store changes only through
     * this process (one process opens a store), and {@link #post} clears the cache when it stores an article.
     */
    private ObjectNode cachedFacets(String q, Params.DateRange range) throws QuerySyntaxException {
        String key = q + "\u0000" + range.from().map(Object::toString).orElse("") + "\u0000"
                + range.to().map(Object::toString).orElse("");
        ObjectNode cached = facetCache.get(key);
        if (cached != null) {
            return cached;
        }
        ObjectNode computed = facets(store.search(new SearchQuery(q, range.from(), range.to(), 0, FACET_HITS)).hits());
        facetCache.put(key, computed);
        return computed;
    }

    private ObjectNode facets(List<SearchHit> hits) {
        ObjectNode facets = Json.object();
        facets.put("over", hits.size());
        facets.set("outlet", counts(hits, h -> h.outlet().map(List::of).orElse(List.of())));
        facets.set("month", counts(hits, h -> h.published()
                .map(d -> List.of(d.toString().substring(0, 7))).orElse(List.of())));
        List<SearchHit> top = hits.subList(0, Math.min(ACTOR_FACET_HITS, hits.size()));
        facets.set("actor", counts(top, h -> actorsOf(h.articleId())));
        return facets;
    }

    private static ArrayNode counts(List<SearchHit> hits, Function<SearchHit, List<String>> values) {
        Map<String, Integer> counts = new HashMap<>();
        for (SearchHit hit : hits) {
            for (String value : new LinkedHashSet<>(values.apply(hit))) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        ArrayNode out = Json.array();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(FACET_VALUES)
                .forEach(e -> out.addObject().put("value", e.getKey()).put("count", e.getValue()));
        return out;
    }

    /** Canonical names of the people, organizations and countries an article names. */
    private List<String> actorsOf(String articleId) {
        List<String> cached = actorsByArticle.get(articleId);
        if (cached != null) {
            return cached;
        }
        List<String> names = store.article(articleId)
                .map(a -> a.analysis().entities().stream()
                        .filter(e -> ACTOR_TYPES.contains(e.type()))
                        .map(Entity::name).distinct().toList())
                .orElse(List.of());
        if (actorsByArticle.size() >= ENTITY_CACHE) {
            actorsByArticle.clear();
        }
        actorsByArticle.put(articleId, names);
        return names;
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id").toLowerCase(Locale.ROOT);
        if (!id.matches("[0-9a-f]{64}")) {
            throw ApiException.badRequest("id: not an article id (64 hex digits): " + Params.clip(id));
        }
        StoredArticle stored = store.article(id).orElseThrow(() -> ApiException.notFound("no article " + id));
        ctx.contentType("application/json").result(Json.article(stored));
    }

    void entities(Context ctx) {
        Params p = new Params(ctx);
        Optional<EntityType> type = p.entityType("type");
        Optional<String> q = p.text("q");
        Params.Page page = p.page(50);
        ObjectNode o = pageNode(page);
        ArrayNode list = o.putArray("entities");
        store.entities(new EntityQuery(type, q, page.offset(), page.size())).forEach(r -> list.add(Json.entity(r)));
        json(ctx, o);
    }

    void actors(Context ctx) {
        int top = new Params(ctx).integer("top", 20, 1, Params.MAX_PAGE_SIZE);
        ArrayNode list = Json.array();
        for (ActorRow row : store.actors(top)) {
            list.add(Json.actorRow(row));
        }
        ObjectNode o = Json.object();
        o.set("actors", list);
        json(ctx, o);
    }

    void actor(Context ctx) {
        String id = ctx.pathParam("id").strip();
        if (id.isEmpty() || id.length() > 200) {
            throw ApiException.badRequest("id: an actor code or name of 1..200 characters");
        }
        json(ctx, Json.profile(store.actor(id)
                .orElseThrow(() -> ApiException.notFound("no actor " + Params.clip(id)))));
    }

    void quotes(Context ctx) {
        Params p = new Params(ctx);
        Optional<String> speaker = p.text("speaker");
        Optional<String> q = p.text("q");
        Params.DateRange range = p.dateRange();
        Params.Page page = p.page(50);
        ObjectNode o = pageNode(page);
        ArrayNode list = o.putArray("quotes");
        store.quotes(new QuoteQuery(speaker, q, range.from(), range.to(), page.offset(), page.size()))
                .forEach(r -> list.add(Json.quoteRow(r)));
        json(ctx, o);
    }

    void events(Context ctx) {
        Params p = new Params(ctx);
        Optional<String> actor = p.text("actor");
        Optional<String> code = p.cameoCode("code");
        Params.DateRange range = p.dateRange();
        boolean cluster = p.bool("cluster", false);
        Params.Page page = p.page(50);
        ObjectNode o = pageNode(page);
        o.put("cluster", cluster);
        ArrayNode list = o.putArray("events");
        store.events(new EventQuery(actor, code, range.from(), range.to(), cluster, page.offset(), page.size()))
                .forEach(r -> list.add(Json.eventRow(r)));
        json(ctx, o);
    }

    void timeline(Context ctx) {
        String actor = new Params(ctx).required("actor");
        ObjectNode o = Json.object();
        o.put("actor", actor);
        ArrayNode days = o.putArray("days");
        store.timeline(actor).forEach(d -> days.add(Json.day(d)));
        json(ctx, o);
    }

    void network(Context ctx) {
        Params p = new Params(ctx);
        Params.DateRange range = p.dateRange();
        Optional<String> root = p.cameoCode("root").map(code -> {
            if (code.length() != 2) {
                throw ApiException.badRequest("root: a CAMEO root is two digits: " + code);
            }
            return code;
        });
        int min = p.integer("min", 1, 1, 1_000_000);
        List<NetworkEdge> edges = store.network(new NetworkQuery(range.from(), range.to(), root, min));
        Map<String, long[]> nodes = new LinkedHashMap<>();
        ObjectNode o = Json.object();
        ArrayNode edgeList = o.putArray("edges");
        for (NetworkEdge e : edges) {
            edgeList.add(Json.edge(e));
            nodes.computeIfAbsent(e.source(), k -> new long[2])[0] += e.events();
            nodes.computeIfAbsent(e.target(), k -> new long[2])[1] += e.events();
        }
        ArrayNode nodeList = o.putArray("nodes");
        nodes.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> nodeList.addObject().put("id", e.getKey())
                        .put("events_as_source", e.getValue()[0]).put("events_as_target", e.getValue()[1]));
        json(ctx, o);
    }

    void errors(Context ctx) {
        int limit = new Params(ctx).integer("limit", 50, 1, Params.MAX_PAGE_SIZE);
        ArrayNode list = Json.array();
        store.errors(limit).forEach(e -> list.add(Json.error(e)));
        ObjectNode o = Json.object();
        o.set("errors", list);
        json(ctx, o);
    }

    void cameo(Context ctx) {
        ObjectNode o = Json.object();
        ArrayNode roots = o.putArray("roots");
        Cameo.roots().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> roots.addObject().put("code", e.getKey()).put("name", e.getValue()));
        json(ctx, o);
    }

    /**
     * Analyses and stores one article: JSON {@code {text, title, published, url, source, author}}, an HTML page
     * ({@code text/html}) or plain text. 201 with the analysis when stored, 200 when the text was already stored.
     */
    void post(Context ctx) throws BadInputException {
        authorize(ctx);
        byte[] body = boundedBody(ctx);
        String contentType = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        Article article;
        Provenance from;
        String text = decode(body);
        if (contentType.startsWith("application/json")) {
            article = fromJson(text);
        } else if (contentType.startsWith("text/html") || contentType.startsWith("application/xhtml")) {
            article = new HtmlArticleReader().read(text, "request body");
        } else if (contentType.startsWith("text/plain")) {
            article = new TextArticleReader().read(text, "request body");
        } else {
            throw new ApiException(415, "Unsupported media type",
                    "Content-Type must be application/json, text/html or text/plain, not: "
                            + Params.clip(contentType.isEmpty() ? "(none)" : contentType));
        }
        // query parameters fill in what an HTML page or plain text does not say
        Params p = new Params(ctx);
        if (article.url().isEmpty()) {
            article = article.withUrl(p.text("url"));
        }
        if (article.source().isEmpty()) {
            article = article.withSource(p.text("source"));
        }
        if (article.published().isEmpty()) {
            article = article.withPublished(p.date("published"));
        }
        from = new Provenance("api", article.url().orElse("sha256:" + article.id()), article.url(), article.source());

        if (store.contains(article.id())) {
            store.addProvenance(article.id(), from);
            StoredArticle stored = store.article(article.id())
                    .orElseThrow(() -> new IllegalStateException("stored article vanished: " + Params.clip(ctx.path())));
            ctx.status(200).contentType("application/json")
                    .result(Json.posted(stored, new PutResult(article.id(), false, stored.clusterId())));
            return;
        }
        Analysis analysis = analyse(article);
        PutResult result = store.put(analysis, from);
        facetCache.clear();
        StoredArticle stored = store.article(result.articleId())
                .orElseThrow(() -> new IllegalStateException("article not found right after it was stored"));
        ctx.status(result.added() ? 201 : 200).header("Location", "/api/articles/" + result.articleId())
                .contentType("application/json").result(Json.posted(stored, result));
    }

    private Analysis analyse(Article article) throws BadInputException {
        boolean acquired;
        try {
            acquired = analyses.tryAcquire(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "Service unavailable", "interrupted while waiting to analyse");
        }
        if (!acquired) {
            throw new ApiException(503, "Service unavailable", "every analysis slot has been busy for 60 s; retry later");
        }
        try {
            return analyzer.get().analyze(article);
        } finally {
            analyses.release();
        }
    }

    private void authorize(Context ctx) {
        if (config.token().isEmpty()) {
            throw new ApiException(403, "Forbidden",
                    "this server is read-only: start it with --token or DRAGOMAN_TOKEN to accept articles");
        }
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        String expected = "Bearer " + config.token().get();
        // constant-time, so the comparison does not tell how much of a guess was right
        if (!MessageDigest.isEqual(header.strip().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "Unauthorized",
                    header.isEmpty() ? "an Authorization: Bearer token is required" : "wrong bearer token");
        }
    }

    private byte[] boundedBody(Context ctx) {
        long limit = config.maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            if (body.length == 0) {
                throw ApiException.badRequest("empty request body");
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("could not read the request body: " + Params.clip(String.valueOf(e.getMessage())));
        }
    }

    private static ApiException tooLarge(long limit) {
        return new ApiException(413, "Request body too large", "request body over the limit of " + limit + " bytes");
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("request body is not valid UTF-8");
        }
    }

    private static Article fromJson(String body) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("body is not valid JSON: "
                    + Params.clip(String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("body must be a JSON object with at least \"text\"");
        }
        String text = string(node, "text").orElseThrow(() -> ApiException.badRequest("text: required"));
        // the same normalization as text files, so one story posted and ingested from a file has one id
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        Optional<LocalDate> published = string(node, "published").map(value -> {
            try {
                return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
            } catch (java.time.format.DateTimeParseException e) {
                throw ApiException.badRequest("published: not a date (YYYY-MM-DD): " + Params.clip(value));
            }
        });
        return new Article(Article.idOf(text), text, string(node, "title"), published,
                string(node, "source").or(() -> string(node, "outlet")), string(node, "url"), string(node, "author"));
    }

    private static Optional<String> string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest(field + ": must be a string");
        }
        String s = value.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static ObjectNode pageNode(Params.Page page) {
        ObjectNode o = Json.object();
        o.put("page", page.number());
        o.put("size", page.size());
        return o;
    }

    private static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json").result(Json.write(node));
    }
}
