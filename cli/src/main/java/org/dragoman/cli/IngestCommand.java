package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dragoman.ingest.SourceOptions;
import org.dragoman.ingest.SourceRecord;
import org.dragoman.ingest.Sources;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.store.IngestError;
import org.dragoman.store.duckdb.DuckDbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman ingest}: reads articles from files, directories, JSON Lines, feeds and WARC files, analyses
 * each new text once on N threads, and stores the analyses, their provenance and story clusters in the store.
 * Records already ingested (same source and locator) are skipped; texts already stored only gain provenance;
 * bad records go to the store's error table and the run goes on. Rerunning the same command after a crash
 * stores each article exactly once. {@code --errors} lists the recorded errors instead.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = Main.Version.class,
        description = {"Analyses articles into the store: text and HTML files, directories, JSON Lines, RSS/Atom "
                + "feeds and WARC files, plain or gzip-compressed.",
                "Each text is analysed once; copies only add provenance; near-duplicates join a story cluster."},
        footer = {"", "Examples:",
                "  dragoman ingest corpus/ articles.jsonl.gz",
                "  dragoman ingest --store archive --threads 2 --text-field body dump.jsonl",
                "  dragoman ingest --errors",
                "", "Exit code 0 when every record was stored or recorded (bad records are recorded errors), 1 when an "
                        + "analysis failed with an internal error, 2 for bad usage or an unusable store."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", arity = "0..*",
            description = "Files or directories (read recursively) of articles, JSON Lines, feeds or WARC files.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "dragoman-data",
            description = "Store directory (default ./${DEFAULT-VALUE}); created when missing.")
    Path store;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles analysed at once (default: available processors).")
    Integer threads;

    @Option(names = "--text-field", paramLabel = "F",
            description = "JSON Lines field holding the article text (default: text, content, content_original, body, html).")
    String textField;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time budget per article (default ${DEFAULT-VALUE}); a slower one is recorded as an error.")
    double timeoutSeconds;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5000000",
            description = "Reject articles larger than N bytes (default ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--progress", negatable = true,
            description = "Progress bar on stderr (default: only when stderr is a terminal).")
    Boolean progress;

    @Option(names = "--errors", description = "List the errors recorded in the store (source, record, reason) and exit.")
    boolean listErrors;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "With --errors: at most N errors (default ${DEFAULT-VALUE}).")
    int limit;

    private final Services services;

    IngestCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        if (listErrors) {
            if (!sources.isEmpty()) {
                throw usage("--errors lists recorded errors and takes no SOURCE");
            }
            if (!Files.isDirectory(store)) {
                throw CliException.badInput("--store " + store + ": no such store (run 'dragoman ingest' first)");
            }
            try (DuckDbStore db = StoreOptions.open(store)) {
                return listErrors(db);
            }
        }
        if (sources.isEmpty()) {
            throw usage("no SOURCE given (files or directories to ingest)");
        }
        if (threads != null && threads < 1) {
            throw usage("--threads must be at least 1: " + threads);
        }
        if (!(timeoutSeconds > 0)) {
            throw usage("--timeout must be positive: " + timeoutSeconds);
        }
        SourceOptions options;
        try {
            options = new SourceOptions(maxBytes, Optional.ofNullable(textField));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        List<Path> paths = paths();
        try (DuckDbStore db = StoreOptions.open(store)) {
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            PrintWriter err = spec.commandLine().getErr();
            long countStart = System.nanoTime();
            long total;
            try (Stream<SourceRecord> records = Sources.read(paths, options)) {
                total = records.count();
            }
            double countSeconds = (System.nanoTime() - countStart) / 1e9;
            Progress bar = new Progress(err, progress != null ? progress : services.interactive(),
                    (int) Math.min(Integer.MAX_VALUE, total));
            IngestRunner runner = new IngestRunner(db, () -> services.analyzer().get(), n,
                    Math.round(timeoutSeconds * 1e9));
            IngestRunner.Summary summary;
            try (Stream<SourceRecord> records = Sources.read(paths, options)) {
                summary = runner.run(records.iterator(), bar);
            }
            db.flush();
            err.println(summary.line(countSeconds));
            err.flush();
            return summary.internalErrors() > 0 ? Main.EXIT_INTERNAL : Main.EXIT_OK;
        }
    }

    private List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String source : sources) {
            try {
                Path path = Path.of(source);
                if (!Files.exists(path)) {
                    missing.add(source);
                }
                // absolute, so the same file ingested from another directory is recognised as already ingested
                paths.add(path.toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                throw CliException.badInput(source + ": not a valid path");
            }
        }
        if (missing.size() == sources.size()) {
            // nothing to read at all: a usage error, not a recorded one
            throw CliException.badInput(missing.get(0) + ": no such file");
        }
        return paths;
    }

    private int listErrors(DuckDbStore db) {
        PrintWriter out = spec.commandLine().getOut();
        List<IngestError> errors = db.errors(limit);
        Table table = new Table("source", "record", "reason", "at");
        for (IngestError e : errors) {
            table.row(e.source(), e.locator(), e.reason(), e.at().toString());
        }
        table.print(out, Table.Format.table);
        out.flush();
        return Main.EXIT_OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * The ingest loop: reads records on the calling thread, skips records already stored, records errors and
     * pending links, adds provenance to copies of stored texts, and analyses new texts on a pool of threads with a
     * per-article time budget, storing each result as it completes.
     */
    static final class IngestRunner {

        /** Counts and timings of one run. */
        record Summary(long records, long analysed, long duplicates, long skipped, long errors, long pending,
                       long internalErrors, double seconds, double loadSeconds, double readSeconds,
                       double analysisSeconds,
                       double storeSeconds) {
            /** The summary line printed on stderr at the end. */
            String line(double countSeconds) {
                double busy = readSeconds + countSeconds + analysisSeconds + storeSeconds;
                double working = seconds - loadSeconds;
                return String.format(Locale.ROOT, "dragoman: ingested %d records in %.1f s (%.2f articles/s; "
                                + "%.2f articles/s after %.1f s of model loading): "
                                + "analysed %d, duplicates %d, already stored %d, errors %d, pending links %d%n"
                                + "dragoman: time: reading and extraction %.1f s (%.0f%%), analysis %.1f s (%.0f%%), "
                                + "store %.1f s (%.0f%%)",
                        records, seconds, seconds > 0 ? (analysed + duplicates) / seconds : 0.0,
                        working > 0 ? (analysed + duplicates) / working : 0.0, loadSeconds, analysed, duplicates,
                        skipped, errors, pending, readSeconds + countSeconds, pct(readSeconds + countSeconds, busy),
                        analysisSeconds, pct(analysisSeconds, busy), storeSeconds, pct(storeSeconds, busy));
            }

            private static double pct(double part, double whole) {
                return whole > 0 ? 100 * part / whole : 0;
            }
        }

        private final DuckDbStore store;
        private final java.util.function.Supplier<Analyzer> analyzer;
        private final int threads;
        private final long timeoutNanos;

        IngestRunner(DuckDbStore store, java.util.function.Supplier<Analyzer> analyzer, int threads, long timeoutNanos) {
            this.store = store;
            this.analyzer = analyzer;
            this.threads = threads;
            this.timeoutNanos = timeoutNanos;
        }

        Summary run(Iterator<SourceRecord> records, Progress progress) {
            long start = System.nanoTime();
            long writeStart = store.writeNanos();
            Counters c = new Counters();
            java.util.concurrent.atomic.AtomicInteger threadNumber = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "dragoman-ingest-" + threadNumber.incrementAndGet());
                // a timed-out analysis that ignores interruption must not keep the JVM alive
                t.setDaemon(true);
                return t;
            });
            java.util.concurrent.Semaphore permits = new java.util.concurrent.Semaphore(threads);
            List<Job> running = new ArrayList<>();
            Analyzer loaded = null;
            long readNanos = 0;
            long loadNanos = 0;
            try {
                while (true) {
                    long t0 = System.nanoTime();
                    if (!records.hasNext()) {
                        readNanos += System.nanoTime() - t0;
                        break;
                    }
                    SourceRecord record = records.next();
                    readNanos += System.nanoTime() - t0;
                    c.records.incrementAndGet();
                    long s0 = System.nanoTime();
                    boolean seen = store.seen(record.from());
                    c.storeNanos.addAndGet(System.nanoTime() - s0);
                    if (seen) {
                        c.skipped.incrementAndGet();
                    } else if (record.error().isPresent()) {
                        store.recordError(new IngestError(record.from().source(), record.from().locator(),
                                record.error().get(), Instant.now()));
                        c.errors.incrementAndGet();
                    } else if (record.pending()) {
                        store.recordPending(record.from());
                        c.pending.incrementAndGet();
                    } else {
                        Article article = record.article().orElseThrow();
                        if (store.storedCopy(article.text()).isPresent()) {
                            s0 = System.nanoTime();
                            store.put(new Analysis(article, List.of(), List.of(), List.of(), List.of(), List.of()),
                                    record.from());
                            c.storeNanos.addAndGet(System.nanoTime() - s0);
                            c.duplicates.incrementAndGet();
                        } else {
                            if (loaded == null) {
                                // loaded on first need, so a rerun with nothing new never loads the models
                                long l0 = System.nanoTime();
                                loaded = analyzer.get();
                                loadNanos = System.nanoTime() - l0;
                            }
                            while (!permits.tryAcquire(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                                reap(running, c);
                                progress.update((int) c.done(), (int) c.errors.get());
                            }
                            Job job = new Job(record, permits);
                            running.add(job);
                            Analyzer a = loaded;
                            job.future = executor.submit(() -> job.run(a, store, c));
                        }
                    }
                    reap(running, c);
                    progress.update((int) c.done(), (int) c.errors.get());
                }
                while (!running.isEmpty()) {
                    reap(running, c);
                    progress.update((int) c.done(), (int) c.errors.get());
                    if (!running.isEmpty()) {
                        Thread.sleep(50);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while ingesting", e);
            } finally {
                executor.shutdownNow();
                progress.clear();
            }
            store.flush();
            // database and index writes (on the store's writer thread, and the final flush) plus the time analysis
            // and reading threads spent in store calls
            double storeSeconds = (store.writeNanos() - writeStart + c.storeNanos.get()) / 1e9;
            return new Summary(c.records.get(), c.analysed.get(), c.duplicates.get(), c.skipped.get(), c.errors.get(),
                    c.pending.get(), c.internal.get(), (System.nanoTime() - start) / 1e9, loadNanos / 1e9, readNanos / 1e9,
                    c.analysisNanos.get() / 1e9, storeSeconds);
        }

        /** Drops finished jobs and expires jobs past their time budget. */
        private void reap(List<Job> running, Counters c) {
            long now = System.nanoTime();
            for (Iterator<Job> it = running.iterator(); it.hasNext(); ) {
                Job job = it.next();
                if (job.done.get()) {
                    it.remove();
                } else if (now - job.startNanos > timeoutNanos) {
                    if (job.claim()) {
                        job.future.cancel(true);
                        job.releasePermit();
                        store.recordError(new IngestError(job.record.from().source(), job.record.from().locator(),
                                BatchRunner.timeoutReason(timeoutNanos), Instant.now()));
                        c.errors.incrementAndGet();
                    }
                    it.remove();
                }
            }
        }

        private static final class Counters {
            final java.util.concurrent.atomic.AtomicLong records = new java.util.concurrent.atomic.AtomicLong();
            final java.util.concurrent.atomic.AtomicLong analysed = new java.util.concurrent.atomic.AtomicLong();
            final java.util.concurrent.atomic.AtomicLong duplicates = new java.util.concurrent.atomic.AtomicLong();
            final java.util.concurrent.atomic.AtomicLong skipped = new java.util.concurrent.atomic.AtomicLong();
            final java.util.concurrent.atomic.AtomicLong errors = new java.util.concurrent.atomic.AtomicLong();
            final java.util.concurrent.atomic.AtomicLong pending = new java.util.concurrent.atomic.AtomicLong();
            final java.util.concurrent.atomic.AtomicLong internal = new java.util.concurrent.atomic.AtomicLong();
            final java.util.concurrent.atomic.AtomicLong analysisNanos = new java.util.concurrent.atomic.AtomicLong();
            final java.util.concurrent.atomic.AtomicLong storeNanos = new java.util.concurrent.atomic.AtomicLong();

            long done() {
                return analysed.get() + duplicates.get() + skipped.get() + errors.get() + pending.get();
            }
        }

        /** One article in analysis: finished once, by the analysis or by its timeout, whichever claims it first. */
        private static final class Job {
            final SourceRecord record;
            final java.util.concurrent.Semaphore permits;
            final long startNanos = System.nanoTime();
            final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
            final java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            final java.util.concurrent.atomic.AtomicBoolean holdsPermit = new java.util.concurrent.atomic.AtomicBoolean(true);
            volatile java.util.concurrent.Future<?> future;

            Job(SourceRecord record, java.util.concurrent.Semaphore permits) {
                this.record = record;
                this.permits = permits;
            }

            boolean claim() {
                return claimed.compareAndSet(false, true);
            }

            void releasePermit() {
                if (holdsPermit.compareAndSet(true, false)) {
                    permits.release();
                }
            }

            void run(Analyzer analyzer, DuckDbStore store, Counters c) {
                try {
                    Article article = record.article().orElseThrow();
                    long t0 = System.nanoTime();
                    Analysis analysis;
                    try {
                        analysis = analyzer.analyze(article);
                    } finally {
                        c.analysisNanos.addAndGet(System.nanoTime() - t0);
                    }
                    if (!claim()) {
                        return;
                    }
                    long s0 = System.nanoTime();
                    boolean added = store.put(analysis, record.from()).added();
                    c.storeNanos.addAndGet(System.nanoTime() - s0);
                    (added ? c.analysed : c.duplicates).incrementAndGet();
                } catch (org.dragoman.ingest.BadInputException e) {
                    if (claim()) {
                        store.recordError(new IngestError(record.from().source(), record.from().locator(), e.reason(),
                                Instant.now()));
                        c.errors.incrementAndGet();
                    }
                } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                    // one article that breaks the analysis must not end the batch
                    if (claim()) {
                        store.recordError(new IngestError(record.from().source(), record.from().locator(),
                                "internal error: " + Main.describe(e), Instant.now()));
                        c.errors.incrementAndGet();
                        c.internal.incrementAndGet();
                    }
                } finally {
                    releasePermit();
                    done.set(true);
                }
            }
        }
    }
}
