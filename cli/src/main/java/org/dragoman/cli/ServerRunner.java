package org.dragoman.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.dragoman.server.DragomanServer;
import org.dragoman.server.ServerConfig;
import org.dragoman.store.Store;
import org.dragoman.store.StoreStats;

/**
 * Runs a server over an open store until the process is stopped (Ctrl-C, SIGTERM) or {@link #stop()} is called,
 * then stops listening and closes the store. Says where it listens and whether it accepts articles.
 */
final class ServerRunner {

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Javalin app;

    /**
     * Starts {@code store} behind {@code config} and blocks until stopped; {@code onStarted} gets the running app
     * (tests use it to learn the port and stop it). Port in use and similar start failures are a CliException.
     */
    int run(Store store, Services services, ServerConfig config, PrintWriter err, Consumer<ServerRunner> onStarted) {
        DragomanServer server = new DragomanServer(store, () -> services.analyzer().get()::analyze, config,
                e -> {
                    err.println("dragoman: internal error in a request: " + Main.describe(e));
                    if (services.debug()) {
                        e.printStackTrace(err);
                    }
                    err.flush();
                });
        Thread hook = new Thread(this::stop, "dragoman-server-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            app = server.start();
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            store.close();
            throw CliException.badInput("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + Main.oneLine(rootMessage(e)));
        }
        StoreStats stats = store.stats();
        int port = app.port();
        err.println("Dragoman: " + stats.distinctTexts() + " articles, " + stats.quotes() + " quotes, "
                + stats.events() + " events");
        err.println("Serving the web UI and API on http://" + displayHost(config.host()) + ":" + port + "/"
                + "  (API description: /openapi.json; Ctrl-C stops)");
        if (config.writable()) {
            err.println("Accepting articles: POST /api/articles with 'Authorization: Bearer <token>'.");
        } else {
            err.println("Read-only: no token given (--token or DRAGOMAN_TOKEN), so POST /api/articles is refused.");
        }
        if (!config.host().equals("127.0.0.1") && !config.host().equals("localhost") && !config.host().equals("::1")) {
            err.println("Warning: listening on " + config.host() + ", not only loopback: anyone who can reach it can read "
                    + "the archive.");
        }
        err.flush();
        onStarted.accept(this);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
            store.close();
        }
        return Main.EXIT_OK;
    }

    /** The port the server listens on, once started. */
    int port() {
        return Optional.ofNullable(app).map(Javalin::port).orElse(-1);
    }

    /** Stops listening; {@link #run} then closes the store and returns. */
    void stop() {
        Javalin running = app;
        if (running != null) {
            running.stop();
        }
        stopped.countDown();
    }

    private static String displayHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
