package org.dragoman.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.dragoman.Dragoman;
import org.dragoman.ingest.ArticleFiles;

/**
 * Everything the commands take from their environment, so tests can run them in-process with fakes:
 * the analyzer (loaded on first use, at most once), the file reader, standard input, whether stderr is a
 * terminal, whether internal errors print stack traces by default, and the systems {@code bench} compares.
 */
public record Services(Supplier<Analyzer> analyzer, ArticleFiles files, Supplier<InputStream> stdin,
                       boolean interactive, boolean debug, List<BenchSystem> benchSystems) {

    /** Rejects null services; copies the list of bench systems. */
    public Services {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(stdin, "stdin");
        benchSystems = List.copyOf(benchSystems);
    }

    /** The real environment: Dragoman's models, its readers, {@code System.in}, the process's terminal and env. */
    public static Services standard() {
        return new Services(memoize(() -> Dragoman.load()::analyze), new ArticleFiles(ArticleFiles.DEFAULT_MAX_BYTES),
                () -> System.in, stderrIsTerminal(), "1".equals(System.getenv("DRAGOMAN_DEBUG")),
                BenchSystem.standard());
    }

    /** The same services with another analyzer (wrapped so it is obtained at most once). */
    public Services withAnalyzer(Supplier<Analyzer> analyzer) {
        return new Services(memoize(analyzer), files, stdin, interactive, debug, benchSystems);
    }

    /** The same services with another file reader. */
    public Services withFiles(ArticleFiles files) {
        return new Services(analyzer, files, stdin, interactive, debug, benchSystems);
    }

    /** The same services reading standard input from {@code stdin}. */
    public Services withStdin(Supplier<InputStream> stdin) {
        return new Services(analyzer, files, stdin, interactive, debug, benchSystems);
    }

    /** The same services, treating stderr as a terminal or not. */
    public Services withInteractive(boolean interactive) {
        return new Services(analyzer, files, stdin, interactive, debug, benchSystems);
    }

    /** The same services with stack traces on internal errors by default or not. */
    public Services withDebug(boolean debug) {
        return new Services(analyzer, files, stdin, interactive, debug, benchSystems);
    }

    /** The same services comparing other systems in {@code bench}. */
    public Services withBenchSystems(List<BenchSystem> benchSystems) {
        return new Services(analyzer, files, stdin, interactive, debug, benchSystems);
    }

    /** A supplier that calls {@code loader} once, on first use, and then returns the same value; thread-safe. */
    static <T> Supplier<T> memoize(Supplier<T> loader) {
        Objects.requireNonNull(loader, "loader");
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = Objects.requireNonNull(loader.get(), "loader returned null");
                }
                return value;
            }
        };
    }

    /**
     * True when file descriptor 2 is a terminal. {@code System.console()} only says whether stdin and stdout
     * are, which is wrong for {@code dragoman analyze --jsonl dir > out.jsonl}, where the progress bar matters most.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            // not Linux, or /proc is hidden: fall back to the documented proxy
            return System.console() != null;
        }
    }
}
