package org.dragoman.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dragoman.server.ServerConfig;
import org.dragoman.store.Store;
import org.dragoman.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman serve}: the REST API and web UI over a store, on 127.0.0.1:7070 unless told otherwise;
 * read-only without a token. A bad port, host or token, or a store that cannot be opened, exits 2 naming it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = Main.Version.class,
        description = {"Serves a store: the web UI (search, articles with their evidence, actors, network) and the "
                + "REST API (/api/..., described at /openapi.json)."},
        footer = {"", "Examples:",
                "  dragoman serve --store dragoman-data",
                "  DRAGOMAN_TOKEN=$(openssl rand -hex 16) dragoman serve --port 8080"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "dragoman-data",
            description = "Store directory made by 'dragoman ingest' (default: ${DEFAULT-VALUE}).")
    Path store;

    @Mixin
    ServerOptions server;

    private final Services services;
    private final Consumer<ServerRunner> onStarted;

    ServeCommand(Services services) {
        this(services, runner -> { });
    }

    ServeCommand(Services services, Consumer<ServerRunner> onStarted) {
        this.services = services;
        this.onStarted = onStarted;
    }

    @Override
    public Integer call() {
        ServerConfig config = server.config(System.getenv("DRAGOMAN_TOKEN"));
        if (Files.exists(store) && !Files.isDirectory(store)) {
            throw CliException.badInput("--store " + store + ": not a directory");
        }
        if (!Files.isDirectory(store)) {
            // a typo in --store should not serve an empty archive as if all were well
            throw CliException.badInput("--store " + store + ": no such store (run 'dragoman ingest' first, "
                    + "or 'dragoman demo')");
        }
        Store opened;
        try {
            opened = DuckDbStore.open(store);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput(Main.oneLine(e.getMessage()));
        }
        return new ServerRunner().run(opened, services, config, spec.commandLine().getErr(), onStarted);
    }

    /** The options {@code serve} and {@code demo} share: host, port and token. */
    static final class ServerOptions {
        @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerConfig.DEFAULT_HOST,
                description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
        String host;

        @Option(names = "--port", paramLabel = "N", defaultValue = "7070",
                description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;

        @Option(names = "--token", paramLabel = "T",
                description = "Bearer token that allows POST /api/articles (also DRAGOMAN_TOKEN; without one the "
                        + "server is read-only). At least " + ServerConfig.MIN_TOKEN_LENGTH + " characters.")
        String token;

        /** The configuration, with the token from {@code --token} or else {@code envToken}; bad values exit 2. */
        ServerConfig config(String envToken) {
            Optional<String> t = Optional.ofNullable(token).or(() -> Optional.ofNullable(envToken))
                    .filter(s -> !s.isBlank());
            try {
                return new ServerConfig(host, port, t, ServerConfig.DEFAULT_MAX_BODY_BYTES);
            } catch (IllegalArgumentException e) {
                throw CliException.badInput((token == null && t.isPresent() ? "DRAGOMAN_TOKEN: " : "")
                        + Main.oneLine(e.getMessage()));
            }
        }
    }
}
