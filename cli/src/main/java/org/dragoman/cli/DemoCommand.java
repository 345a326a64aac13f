package org.dragoman.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dragoman.ingest.BadInputException;
import org.dragoman.model.Article;
import org.dragoman.model.Provenance;
import org.dragoman.server.ServerConfig;
import org.dragoman.store.IngestError;
import org.dragoman.store.Store;
import org.dragoman.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman demo}: analyses the project's sample articles into a fresh store (a temporary directory, removed
 * at exit, unless {@code --store} names a new one) and serves it, accepting posted articles with a token it makes
 * up and prints. A sample that cannot be analysed is recorded as an ingest error and the demo goes on.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = Main.Version.class,
        description = {"Analyses the sample articles into a fresh store and serves it: open the printed address "
                + "in a browser."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Articles to load (default: the samples/ folder of this Dragoman checkout).")
    Path samples;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the store in DIR (must not exist or be empty) instead of a temporary directory.")
    Path store;

    @Mixin
    ServeCommand.ServerOptions server;

    private final Services services;
    private final Consumer<ServerRunner> onStarted;

    DemoCommand(Services services) {
        this(services, runner -> { });
    }

    DemoCommand(Services services, Consumer<ServerRunner> onStarted) {
        this.services = services;
        this.onStarted = onStarted;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config = server.config(System.getenv("DRAGOMAN_TOKEN"));
        boolean madeToken = config.token().isEmpty();
        if (madeToken) {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            config = config.withToken(Optional.of(HexFormat.of().formatHex(bytes)));
        }
        Path dir = samplesDir();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(DemoCommand::isArticle).sorted(Comparator.comparing(Path::toString)).toList();
        }
        if (files.isEmpty()) {
            throw CliException.badInput(dir + ": no .txt or .html articles to load");
        }
        boolean temporary = store == null;
        Path storeDir = temporary ? Files.createTempDirectory("dragoman-demo-") : freshDir(store);
        if (temporary) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(storeDir), "dragoman-demo-cleanup"));
        }
        Store opened;
        try {
            opened = DuckDbStore.open(storeDir);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput(Main.oneLine(e.getMessage()));
        }
        err.println("Loading the models and analysing " + files.size() + " sample articles from " + dir + " …");
        err.flush();
        long started = System.nanoTime();
        Map<String, String[]> meta = sampleMeta();
        int stored = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                Article article = services.files().readFile(file);
                String[] m = meta.get(name);
                if (m != null) {
                    if (article.published().isEmpty()) {
                        article = article.withPublished(Optional.of(LocalDate.parse(m[0])));
                    }
                    if (article.source().isEmpty()) {
                        article = article.withSource(Optional.of(m[1]));
                    }
                }
                Provenance from = new Provenance(file.toString(), "", article.url(), article.source());
                opened.put(services.analyzer().get().analyze(article), from);
                stored++;
            } catch (BadInputException e) {
                opened.recordError(new IngestError(file.toString(), "", e.reason(), Instant.now()));
                err.println("dragoman: " + file + ": " + Main.oneLine(e.reason()) + " (recorded; going on)");
            }
        }
        err.printf(Locale.ROOT, "Stored %d of %d articles in %.1f s (store: %s%s)%n", stored, files.size(),
                (System.nanoTime() - started) / 1e9, storeDir, temporary ? ", removed at exit" : "");
        if (madeToken) {
            err.println("Token for POST /api/articles in this demo: " + config.token().get());
        }
        return new ServerRunner().run(opened, services, config, err, onStarted);
    }

    private Path samplesDir() {
        if (samples != null) {
            if (!Files.isDirectory(samples)) {
                throw CliException.badInput(samples + ": not a directory");
            }
            return samples;
        }
        // the launcher runs cli/target/dragoman-cli-*.jar of a checkout: its samples/ is three levels up
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("samples")) && Files.exists(p.resolve("pom.xml"))) {
                    return p.resolve("samples");
                }
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // not run from a file: fall through to the working directory
        }
        Path here = Path.of("samples");
        if (Files.isDirectory(here)) {
            return here;
        }
        throw CliException.badInput("no samples/ folder found next to this Dragoman; name one with --samples DIR");
    }

    private static Path freshDir(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw CliException.badInput(dir + ": not empty; the demo wants a fresh store (or none: "
                            + "leave out --store for a temporary one)");
                }
            }
        }
        return dir;
    }

    private static boolean isArticle(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm"));
    }

    /** File name to {published, outlet}, from the demo's own table. */
    private static Map<String, String[]> sampleMeta() {
        Map<String, String[]> meta = new HashMap<>();
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo-samples.tsv")) {
            if (in == null) {
                return meta;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 3) {
                    meta.put(f[0].strip(), new String[] {f[1].strip(), f[2].strip()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return meta;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort at exit: a temporary directory left behind is harmless
        }
    }
}
