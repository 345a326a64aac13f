package org.dragoman.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dragoman.ingest.BadInputException;
import org.dragoman.store.QuerySyntaxException;
import org.dragoman.store.Store;

/**
 * One process serving a store: the REST API under {@code /api}, its OpenAPI 3 description at
 * {@code /openapi.json}, and the web UI (static files from the classpath, JavaScript libraries from WebJars).
 * Every error is an RFC 9457 problem document ({@code type}, {@code title}, {@code status}, {@code detail});
 * internal errors are handed to {@code errorLog} and answered with a 500 that names no internals.
 */
public final class DragomanServer {

    /** Media type of error responses. */
    public static final String PROBLEM_JSON = "application/problem+json";

    // Everything from the store is rendered with textContent; this policy is the second line of defence:
    // no inline script, no script from elsewhere, no plugins, no framing.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private final Store store;
    private final ServerConfig config;
    private final Consumer<Throwable> errorLog;
    private final Api api;

    /**
     * A server over {@code store} with {@code config}; {@code analyzer} is asked for the pipeline on the first
     * {@code POST} only (loading it takes seconds), and never when the config has no token.
     */
    public DragomanServer(Store store, Supplier<ArticleAnalyzer> analyzer, ServerConfig config,
                          Consumer<Throwable> errorLog) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.errorLog = Objects.requireNonNull(errorLog, "errorLog");
        this.api = new Api(store, Objects.requireNonNull(analyzer, "analyzer"), config);
    }

    /** The configured application, not yet started: for {@code JavalinTest} and for {@link #start()}. */
    public Javalin app() {
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.useVirtualThreads = false;
            // Javalin's own cap, above ours, so that our bounded read gives the 413 with a problem document
            c.http.maxRequestSize = config.maxBodyBytes() + 1;
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/org/dragoman/server/web";
                sf.location = Location.CLASSPATH;
                sf.headers = SECURITY_HEADERS;
            });
            c.staticFiles.enableWebjars();
        });
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));

        app.get("/openapi.json", ctx -> {
            try (InputStream in = DragomanServer.class.getResourceAsStream("openapi.json")) {
                ctx.contentType("application/json").result(Objects.requireNonNull(in, "openapi.json").readAllBytes());
            }
        });
        app.get("/api/stats", api::stats);
        app.get("/api/search", api::search);
        app.get("/api/articles/{id}", api::article);
        app.post("/api/articles", api::post);
        app.get("/api/entities", api::entities);
        app.get("/api/actors", api::actors);
        app.get("/api/actors/{id}", api::actor);
        app.get("/api/quotes", api::quotes);
        app.get("/api/events", api::events);
        app.get("/api/timeline", api::timeline);
        app.get("/api/network", api::network);
        app.get("/api/errors", api::errors);
        app.get("/api/cameo", api::cameo);

        app.exception(ApiException.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.detail()));
        app.exception(QuerySyntaxException.class,
                (e, ctx) -> problem(ctx, 400, "Bad search syntax", Params.clip(String.valueOf(e.getMessage()))));
        app.exception(BadInputException.class,
                (e, ctx) -> problem(ctx, 422, "Article cannot be analysed", Params.clip(e.reason())));
        app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(),
                titleOf(e.getStatus()), Params.clip(String.valueOf(e.getMessage()))));
        app.exception(Exception.class, (e, ctx) -> {
            errorLog.accept(e);
            problem(ctx, 500, "Internal error", "the server failed on this request; its log has the cause");
        });
        app.error(404, ctx -> {
            if (!PROBLEM_JSON.equals(ctx.res().getContentType())) {
                problem(ctx, 404, "Not found", "no such resource: " + Params.clip(ctx.path()));
            }
        });
        return app;
    }

    /** Starts listening on the configured host and port (port 0: any free port); returns the running app. */
    public Javalin start() {
        return app().start(config.host(), config.port());
    }

    public ServerConfig config() {
        return config;
    }

    public Store store() {
        return store;
    }

    static void problem(Context ctx, int status, String title, String detail) {
        ObjectNode o = Json.object();
        o.put("type", "about:blank");
        o.put("title", title);
        o.put("status", status);
        o.put("detail", detail);
        o.put("instance", ctx.path());
        ctx.status(status).contentType(PROBLEM_JSON).result(Json.write(o));
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Request body too large";
            case 415 -> "Unsupported media type";
            case 503 -> "Service unavailable";
            default -> "HTTP " + status;
        };
    }
}
