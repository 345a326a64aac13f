package org.dragoman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.dragoman.ingest.ArticleFiles;
import org.dragoman.ingest.BadInputException;
import org.dragoman.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman bench}: times Dragoman against plain CoreNLP and CoreNLP's quote attribution on the same
 * texts in one run, at each thread count, and prints articles/s, tokens/s, load time, heap and RSS side by side
 * with the Dragoman/baseline ratios. To be fair to every system, all are loaded and warmed up before any is
 * timed, then timed in rounds over the same articles in which the systems take turns of a few articles (a
 * different one first each turn), and each system's median round is reported, so JIT warm-up and changes in machine load do not
 * favour one system. A system that fails to load is reported and the others still run; the exit
 * code is 1 only when Dragoman itself could not be measured.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = Main.Version.class,
        description = {"Measures Dragoman's speed against CoreNLP baselines on the *.txt files under DIR "
                + "(recursively, sorted by path).",
                "Speed is reported as a ratio to the baselines in the same run; give the JVM enough heap for "
                        + "coref (e.g. DRAGOMAN_JAVA_OPTS=-Xmx6g)."})
final class BenchCommand implements Callable<Integer> {

    private static final long MB = 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Directory of plain-text articles (*.txt).")
    Path dir;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Use the first N texts (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--threads", paramLabel = "LIST", split = ",", defaultValue = "1,2",
            description = "Thread counts to measure, comma-separated (default ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
            description = "Articles each system processes, after every system is loaded and before any is timed "
                    + "(default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Timed rounds per thread count; in each round every system runs over all the articles, "
                    + "the systems in turn (a different one first each round), and the median round is reported "
                    + "(default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--turn", paramLabel = "N", defaultValue = "10",
            description = "Articles a system processes in one turn before the next system takes over, within a "
                    + "round (default ${DEFAULT-VALUE}); short turns let a change in machine load hit every system "
                    + "alike.")
    int turn;

    @Option(names = "--skip-quote-baseline",
            description = "Do not run CoreNLP's quote attribution (it needs several GB of heap and is slow).")
    boolean skipQuoteBaseline;

    private final Services services;

    BenchCommand(Services services) {
        this.services = services;
    }

    /**
     * One system's measurements; empty fields when it failed to load. {@code seconds} is the median round per
     * thread count, {@code rounds} every round's time in the order run.
     */
    record Result(BenchSystem system, Optional<String> failure, double loadSeconds, Map<Integer, Double> seconds,
                  Map<Integer, List<Double>> rounds, Map<Integer, Double> cpuSeconds, int errors, Optional<String> firstError, long heapAfterLoad,
                  long peakHeap, OptionalLong peakRss) {
    }

    /** A loaded system between the load phase and the timed rounds. */
    private static final class Loaded {
        final BenchSystem system;
        final BenchSystem.Runner runner;
        final double loadSeconds;
        final long heapAfterLoad;
        long peakHeap;
        final OptionalLong peakRss;
        final AtomicInteger errors = new AtomicInteger();
        final AtomicReference<String> firstError = new AtomicReference<>();
        final Map<Integer, List<Double>> rounds = new LinkedHashMap<>();
        final Map<Integer, List<Double>> cpuRounds = new LinkedHashMap<>();

        Loaded(BenchSystem system, BenchSystem.Runner runner, double loadSeconds, long heapAfterLoad, long peakHeap,
               OptionalLong peakRss) {
            this.system = system;
            this.runner = runner;
            this.loadSeconds = loadSeconds;
            this.heapAfterLoad = heapAfterLoad;
            this.peakHeap = peakHeap;
            this.peakRss = peakRss;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw usage("--limit must be at least 1, got " + limit);
        }
        if (warmup < 0) {
            throw usage("--warmup must not be negative, got " + warmup);
        }
        if (rounds < 1) {
            throw usage("--rounds must be at least 1, got " + rounds);
        }
        if (turn < 1) {
            throw usage("--turn must be at least 1, got " + turn);
        }
        for (int t : threads) {
            if (t < 1) {
                throw usage("--threads values must be at least 1, got " + t);
            }
        }
        List<Integer> threadCounts = threads.stream().distinct().toList();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        List<Article> articles = loadTexts(err);
        long tokens = articles.stream().mapToLong(a -> whitespaceTokens(a.text())).sum();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        out.printf(Locale.ROOT, "dragoman bench: %s from %s (%s), %,d tokens%n", plural(articles.size(), "article"),
                dir, articles.size() < limit ? "every usable *.txt file" : "the first " + limit + " *.txt files by path",
                tokens);
        out.println("  tokens = whitespace-separated tokens of the article texts; the same count for every system");
        out.printf(Locale.ROOT, "  every system is loaded and warmed up (%s each, not timed) before any is timed; "
                + "then %s per thread count, each running every system over all the articles, the systems taking "
                + "turns of %s (a different one first each turn); times are the median round%n",
                plural(Math.min(warmup, articles.size()), "article"), plural(rounds, "round"),
                plural(Math.min(turn, articles.size()), "article"));
        out.printf(Locale.ROOT, "  JVM max heap %,d MB, %d processors%n", memory.getHeapMemoryUsage().getMax() / MB,
                Runtime.getRuntime().availableProcessors());
        out.flush();

        List<Result> results = new ArrayList<>();
        HeapSampler sampler = new HeapSampler(memory);
        Thread samplerThread = new Thread(sampler, "dragoman-bench-heap");
        samplerThread.setDaemon(true);
        samplerThread.start();
        try {
            // load and warm up every system first, so none is timed while the JIT still compiles shared code
            List<Loaded> loaded = new ArrayList<>();
            Map<BenchSystem, Result> failed = new LinkedHashMap<>();
            List<BenchSystem> systems = services.benchSystems().stream()
                    .filter(s -> !(skipQuoteBaseline && s.role() == BenchSystem.Role.QUOTE_BASELINE))
                    .toList();
            for (BenchSystem system : systems) {
                Object outcome = load(system, articles, sampler, err);
                if (outcome instanceof Loaded l) {
                    loaded.add(l);
                } else {
                    failed.put(system, (Result) outcome);
                }
            }
            // then time them interleaved: a change in machine load hits every system alike. A system's peak heap
            // while timed is counted over the models the other systems hold (the live heap once all are loaded,
            // less its own)
            collectGarbage();
            long allHeld = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            for (int t : threadCounts) {
                for (int round = 0; round < rounds; round++) {
                    err.printf(Locale.ROOT, "dragoman bench: %d thread%s, round %d/%d ...%n", t, t == 1 ? "" : "s",
                            round + 1, rounds);
                    err.flush();
                    double[] seconds = new double[loaded.size()];
                    AtomicLong[] cpu = new AtomicLong[loaded.size()];
                    for (int i = 0; i < cpu.length; i++) {
                        cpu[i] = new AtomicLong();
                    }
                    int turns = (articles.size() + turn - 1) / turn;
                    for (int slice = 0; slice < turns; slice++) {
                        List<Article> part = articles.subList(slice * turn, Math.min(articles.size(), (slice + 1) * turn));
                        for (int k = 0; k < loaded.size(); k++) {
                            // a different system first in each turn and round
                            int i = (k + round + slice) % loaded.size();
                            Loaded l = loaded.get(i);
                            sampler.reset();
                            long othersHeld = Math.max(0, allHeld - l.heapAfterLoad);
                            seconds[i] += timedRun(l.runner, part, t, l.errors, l.firstError, cpu[i]);
                            l.peakHeap = Math.max(l.peakHeap, sampler.peak() - othersHeld);
                        }
                    }
                    for (int i = 0; i < loaded.size(); i++) {
                        loaded.get(i).rounds.computeIfAbsent(t, x -> new ArrayList<>()).add(seconds[i]);
                        loaded.get(i).cpuRounds.computeIfAbsent(t, x -> new ArrayList<>()).add(cpu[i].get() / 1e9);
                    }
                }
            }
            for (BenchSystem system : systems) {
                if (failed.containsKey(system)) {
                    results.add(failed.get(system));
                    continue;
                }
                Loaded l = loaded.stream().filter(x -> x.system == system).findFirst().orElseThrow();
                Map<Integer, Double> medians = new LinkedHashMap<>();
                l.rounds.forEach((t, times) -> medians.put(t, median(times)));
                Map<Integer, Double> cpuMedians = new LinkedHashMap<>();
                l.cpuRounds.forEach((t, times) -> cpuMedians.put(t, median(times)));
                results.add(new Result(system, Optional.empty(), l.loadSeconds, medians, l.rounds, cpuMedians,
                        l.errors.get(),
                        Optional.ofNullable(l.firstError.get()), l.heapAfterLoad, l.peakHeap, l.peakRss));
            }
        } finally {
            sampler.stop();
        }
        printTable(out, results, threadCounts, tokens, articles.size());
        out.flush();
        boolean dragomanMeasured = results.stream()
                .anyMatch(r -> r.system().role() == BenchSystem.Role.DRAGOMAN && r.failure().isEmpty());
        return dragomanMeasured ? Main.EXIT_OK : Main.EXIT_INTERNAL;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private List<Article> loadTexts(PrintWriter err) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw CliException.badInput(dir + ": " + (Files.exists(dir) ? "not a directory" : "no such directory"));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        List<Article> articles = new ArrayList<>();
        long maxBytes = services.files().maxBytes();
        for (Path file : files) {
            if (articles.size() >= limit) {
                break;
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length > maxBytes) {
                    throw new BadInputException(file.toString(), "too large: " + bytes.length + " bytes (limit " + maxBytes + ")");
                }
                // every system gets the very same string, with line endings normalized as the text reader does
                String text = ArticleFiles.decode(bytes, file.toString()).replace("\r\n", "\n").replace('\r', '\n');
                articles.add(Article.of(text));
            } catch (BadInputException e) {
                err.println("dragoman: skipping " + e.input() + ": " + e.reason());
            }
        }
        if (articles.isEmpty()) {
            throw CliException.badInput(dir + ": no usable *.txt files");
        }
        return List.copyOf(articles);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Whitespace-separated tokens: crude, but the same for every system, which is what a ratio needs. */
    static long whitespaceTokens(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /**
     * Loads one system and warms it up: a {@link Loaded}, or the failed {@link Result}. Its heap figures are over
     * what the systems loaded before it hold, measured from a collected heap; its RSS high-water mark is reset
     * before it loads where Linux allows, but includes the systems loaded before it.
     */
    private Object load(BenchSystem system, List<Article> articles, HeapSampler sampler, PrintWriter err) {
        collectGarbage();
        long heldBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        boolean rssReset = resetPeakRss();
        sampler.reset();
        err.println("dragoman bench: loading " + system.name() + " ...");
        err.flush();
        long loadStart = System.nanoTime();
        BenchSystem.Runner runner;
        try {
            runner = system.loader().load();
        } catch (Exception | OutOfMemoryError | LinkageError | StackOverflowError e) {
            String why = Main.describe(e);
            err.println("dragoman bench: " + system.name() + " failed to load: " + why);
            err.flush();
            collectGarbage();
            return new Result(system, Optional.of(why), 0, Map.of(), Map.of(), Map.of(), 0, Optional.empty(), 0,
                    Math.max(0, sampler.peak() - heldBefore), rssReset ? peakRss() : OptionalLong.empty());
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        collectGarbage();
        long heapAfterLoad = Math.max(0, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() - heldBefore);
        int warm = Math.min(warmup, articles.size());
        err.printf(Locale.ROOT, "dragoman bench: %s loaded in %.1f s; warming up on %s ...%n",
                system.name(), loadSeconds, plural(warm, "article"));
        err.flush();
        // warm-up failures are not counted: the same articles are timed again below
        timedRun(runner, articles.subList(0, warm), 1, new AtomicInteger(), new AtomicReference<>(), new AtomicLong());
        long peakHeap = Math.max(0, sampler.peak() - heldBefore);
        return new Loaded(system, runner, loadSeconds, heapAfterLoad, peakHeap,
                rssReset ? peakRss() : OptionalLong.empty());
    }

    /** The median of some times (the mean of the middle two for an even count). */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double timedRun(BenchSystem.Runner runner, List<Article> articles, int threads,
                                   AtomicInteger errors, AtomicReference<String> firstError, AtomicLong cpuNanos) {
        ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = cpuClock.isCurrentThreadCpuTimeSupported() && cpuClock.isThreadCpuTimeEnabled();
        if (articles.isEmpty()) {
            return 0;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "dragoman-bench");
            thread.setDaemon(true);
            return thread;
        });
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>(articles.size());
            for (Article article : articles) {
                futures.add(pool.submit(() -> {
                    long cpuStart = cpuTimed ? cpuClock.getCurrentThreadCpuTime() : 0;
                    try {
                        runner.run(article);
                    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, Main.describe(e));
                    } finally {
                        if (cpuTimed) {
                            cpuNanos.addAndGet(cpuClock.getCurrentThreadCpuTime() - cpuStart);
                        }
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the benchmark", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void printTable(PrintWriter out, List<Result> results, List<Integer> threadCounts, long tokens, int n) {
        out.println();
        String header = String.format(Locale.ROOT, "%-15s %7s %11s %10s %6s %8s %11s %10s %10s",
                "system", "threads", "articles/s", "tokens/s", "errors", "load s", "heap MB*", "peak heap", "peak RSS");
        out.println(header);
        out.println("-".repeat(header.length()));
        boolean rssGlobal = false;
        for (Result result : results) {
            if (result.failure().isPresent()) {
                out.printf(Locale.ROOT, "%-15s failed to load: %s%n", result.system().name(), result.failure().get());
                continue;
            }
            boolean first = true;
            for (int t : threadCounts) {
                double s = result.seconds().get(t);
                if (first) {
                    rssGlobal |= result.peakRss().isEmpty();
                    out.printf(Locale.ROOT, "%-15s %7d %11.2f %10.0f %6d %8.1f %11d %10d %10s%n",
                            result.system().name(), t, n / s, tokens / s, result.errors(), result.loadSeconds(),
                            result.heapAfterLoad() / MB, result.peakHeap() / MB,
                            result.peakRss().isPresent() ? Long.toString(result.peakRss().getAsLong() / MB)
                                    : processRss());
                    first = false;
                } else {
                    out.printf(Locale.ROOT, "%-15s %7d %11.2f %10.0f%n", "", t, n / s, tokens / s);
                }
            }
        }
        out.println();
        out.println("* heap MB: live heap after loading and a full GC, over what the systems loaded before it hold "
                + "(the models); peak heap: largest used heap sampled every 10 ms while the system loaded, warmed up "
                + "and ran, over what the other systems hold; peak RSS: VmHWM of the process after the system loaded "
                + "and warmed up, "
                + (rssGlobal ? "NOT reset between systems here (/proc/self/clear_refs not writable), so it includes "
                        + "earlier systems" : "reset before it loaded but including the systems loaded before it")
                + ". Sizes in MB; articles/s and tokens/s from the median round; errors counted over the timed rounds.");
        out.println("  CPU per article: CPU time of the threads that ran the articles (median round; not GC or JIT "
                + "threads), as a cost ratio (above 1x: Dragoman costs more); unlike articles/s it does not move "
                + "with the load other processes put on the machine.");
        out.println();
        out.println("Systems:");
        for (Result result : results) {
            out.printf(Locale.ROOT, "  %-15s %s%n", result.system().name(), result.system().description());
            result.firstError().ifPresent(e -> out.printf(Locale.ROOT, "  %-15s first error: %s%n", "", e));
        }
        Optional<Result> dragoman = find(results, BenchSystem.Role.DRAGOMAN);
        out.println();
        for (BenchSystem.Role role : List.of(BenchSystem.Role.QUOTE_BASELINE, BenchSystem.Role.BASELINE,
                BenchSystem.Role.NO_EVENTS_BASELINE, BenchSystem.Role.NO_QUOTES_BASELINE)) {
            Optional<Result> baseline = find(results, role);
            if (baseline.isEmpty()) {
                continue;
            }
            String name = baseline.get().system().name();
            StringBuilder line = new StringBuilder("Dragoman / " + name + " articles/s:");
            for (int t : threadCounts) {
                line.append(String.format(Locale.ROOT, "  %d thread%s ", t, t == 1 ? "" : "s"));
                if (dragoman.isPresent() && dragoman.get().failure().isEmpty() && baseline.get().failure().isEmpty()) {
                    // same articles, so the ratio of articles/s is the inverse ratio of the times
                    line.append(String.format(Locale.ROOT, "%.2fx",
                            baseline.get().seconds().get(t) / dragoman.get().seconds().get(t)));
                } else {
                    line.append("n/a");
                }
            }
            out.println(line);
            if (rounds > 1 && dragoman.isPresent() && dragoman.get().failure().isEmpty()
                    && baseline.get().failure().isEmpty()) {
                // each round's own ratio: the two systems ran back to back, so these show the noise
                StringBuilder perRound = new StringBuilder("  per round:");
                for (int t : threadCounts) {
                    List<Double> d = dragoman.get().rounds().get(t);
                    List<Double> b = baseline.get().rounds().get(t);
                    perRound.append(String.format(Locale.ROOT, "  %d thread%s", t, t == 1 ? "" : "s"));
                    for (int r = 0; r < Math.min(d.size(), b.size()); r++) {
                        perRound.append(String.format(Locale.ROOT, " %.2fx", b.get(r) / d.get(r)));
                    }
                }
                out.println(perRound);
            }
            if (dragoman.isPresent() && dragoman.get().failure().isEmpty() && baseline.get().failure().isEmpty()
                    && dragoman.get().cpuSeconds().values().stream().allMatch(c -> c > 0)
                    && baseline.get().cpuSeconds().values().stream().allMatch(c -> c > 0)) {
                // CPU time of the threads running the articles: not slowed by other processes on the machine
                StringBuilder cpuLine = new StringBuilder("  CPU per article, Dragoman / " + name + ":");
                for (int t : threadCounts) {
                    cpuLine.append(String.format(Locale.ROOT, "  %d thread%s %.2fx", t, t == 1 ? "" : "s",
                            dragoman.get().cpuSeconds().get(t) / baseline.get().cpuSeconds().get(t)));
                }
                out.println(cpuLine);
            }
        }
        find(results, BenchSystem.Role.NO_EVENTS_BASELINE).ifPresent(noEvents -> printStageCost(out,
                "Event coding", dragoman, noEvents, threadCounts));
        find(results, BenchSystem.Role.NO_QUOTES_BASELINE).ifPresent(noQuotes -> printStageCost(out,
                "Quote extraction", dragoman, noQuotes, threadCounts));
    }

    /**
     * The figures issues 3 and 4 bound: what a stage (event coding, quote extraction) adds to the time per article,
     * as Dragoman's cost over the same pipeline without it (1.15x: the stage adds 15%), in CPU and wall time.
     */
    private static void printStageCost(PrintWriter out, String stage, Optional<Result> dragoman, Result noEvents,
                                       List<Integer> threadCounts) {
        StringBuilder line = new StringBuilder(stage + " cost, Dragoman / " + noEvents.system().name()
                + " per article:");
        boolean measured = dragoman.isPresent() && dragoman.get().failure().isEmpty() && noEvents.failure().isEmpty();
        for (int t : threadCounts) {
            line.append(String.format(Locale.ROOT, "  %d thread%s ", t, t == 1 ? "" : "s"));
            if (!measured) {
                line.append("n/a");
                continue;
            }
            double cpu = dragoman.get().cpuSeconds().getOrDefault(t, 0.0);
            double cpuBase = noEvents.cpuSeconds().getOrDefault(t, 0.0);
            line.append(cpu > 0 && cpuBase > 0 ? String.format(Locale.ROOT, "%.2fx CPU, ", cpu / cpuBase) : "n/a CPU, ");
            line.append(String.format(Locale.ROOT, "%.2fx wall",
                    dragoman.get().seconds().get(t) / noEvents.seconds().get(t)));
        }
        out.println(line);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Optional<Result> find(List<Result> results, BenchSystem.Role role) {
        return results.stream().filter(r -> r.system().role() == role).findFirst();
    }

    private static void collectGarbage() {
        // two rounds: the first may only queue finalizable and softly reachable objects
        System.gc();
        System.gc();
    }

    /** Resets the kernel's RSS high-water mark of this process (Linux); false where that is not allowed. */
    private static boolean resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** VmHWM of this process in bytes, when /proc says. */
    static OptionalLong peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // not Linux: RSS is simply not reported
        }
        return OptionalLong.empty();
    }

    private static String processRss() {
        OptionalLong rss = peakRss();
        return rss.isPresent() ? rss.getAsLong() / MB + " (all)" : "n/a";
    }

    /** Samples the used heap every 10 ms and keeps the maximum since the last reset. */
    private static final class HeapSampler implements Runnable {
        private final MemoryMXBean memory;
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler(MemoryMXBean memory) {
            this.memory = memory;
        }

        @Override
        public void run() {
            while (running) {
                sample();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void sample() {
            long used = memory.getHeapMemoryUsage().getUsed();
            peak.accumulateAndGet(used, Math::max);
        }

        void reset() {
            peak.set(0);
            sample();
        }

        long peak() {
            sample();
            return peak.get();
        }

        void stop() {
            running = false;
        }
    }
}
