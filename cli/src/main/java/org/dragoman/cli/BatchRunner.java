package org.dragoman.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.dragoman.ingest.BadInputException;
import org.dragoman.json.AnalysisJson;
import org.dragoman.model.Analysis;

/**
 * Analyses a list of inputs on N threads and emits one JSON line per input, in input order:
 * {@code {"input": ..., "article": ...}} or {@code {"input": ..., "error": "<one-line reason>"}}.
 * A bad input, an analysis that fails and an analysis that runs past the time budget each become an error line
 * and the batch goes on. Results wait in a reordering window of bounded size, so memory does not grow with the
 * number of inputs. A timed-out analysis is interrupted and its thread given up on: every task runs on a fresh
 * or idle thread of a cached pool, and a semaphore of N (released on timeout) bounds how many run at once, so a
 * stuck task never starves the rest.
 */
final class BatchRunner {

    /** Analyses the input named {@code name}; may throw anything, which becomes an error line. */
    @FunctionalInterface
    interface Task {
        Analysis analyze(String name) throws Exception;
    }

    /** How a batch went: inputs analysed, inputs that became error lines (of which internal errors), time taken. */
    record Summary(int analysed, int errors, int internalErrors, double seconds, boolean outputClosed) {
        /** The one-line summary printed on stderr at the end. */
        String line() {
            return String.format(Locale.ROOT, "dragoman: analysed %d, errors %d, %.1f s (%.2f articles/s)%s",
                    analysed, errors, seconds, seconds > 0 ? (analysed + errors) / seconds : 0.0,
                    outputClosed ? "; stopped early: output closed" : "");
        }
    }

    private enum Kind { ANALYSED, BAD_INPUT, INTERNAL }

    private record Outcome(String line, Kind kind) {
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();
    // Long enough that no test waits for it, short enough that the progress bar and timeouts stay current.
    private static final long MAX_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final int threads;
    private final long timeoutNanos;
    private final int window;

    /**
     * A runner with {@code threads} concurrent analyses and a per-input {@code timeout}; at most
     * {@code 4 * threads} results (and never fewer than 8) wait to be printed. Rejects non-positive values.
     */
    BatchRunner(int threads, Duration timeout) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.threads = threads;
        this.timeoutNanos = timeout.toNanos();
        this.window = Math.max(8, 4 * threads);
    }

    /**
     * Runs {@code task} on every name and hands each line, in input order, to {@code sink}; stops early when
     * {@code sink} returns false (its output is gone). Returns when every line is out or the sink gave up.
     */
    Summary run(List<String> names, Task task, Predicate<String> sink, Progress progress) {
        Objects.requireNonNull(task, "task");
        long start = System.nanoTime();
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "dragoman-analyze-" + threadNumber.incrementAndGet());
            // a timed-out analysis that ignores interruption must not keep the JVM alive
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService executor = Executors.newCachedThreadPool(factory);
        Semaphore permits = new Semaphore(threads);
        BlockingQueue<Job> finished = new LinkedBlockingQueue<>();
        Deque<Job> pending = new ArrayDeque<>();
        List<Job> running = new ArrayList<>();
        int next = 0;
        int analysed = 0;
        int errors = 0;
        int internal = 0;
        boolean closed = false;
        try {
            while (true) {
                while (next < names.size() && pending.size() < window && permits.tryAcquire()) {
                    Job job = new Job(names.get(next++), permits);
                    pending.addLast(job);
                    running.add(job);
                    job.future = executor.submit(() -> job.run(task, finished));
                }
                boolean moved = false;
                while (!pending.isEmpty() && pending.peekFirst().outcome.isDone()) {
                    Outcome outcome = pending.removeFirst().outcome.join();
                    moved = true;
                    switch (outcome.kind()) {
                        case ANALYSED -> analysed++;
                        case BAD_INPUT -> errors++;
                        case INTERNAL -> {
                            errors++;
                            internal++;
                        }
                    }
                    if (!sink.test(outcome.line())) {
                        closed = true;
                        break;
                    }
                }
                progress.update(analysed + errors, errors);
                if (closed || (pending.isEmpty() && next >= names.size())) {
                    break;
                }
                long now = System.nanoTime();
                long wait = MAX_WAIT_NANOS;
                for (Iterator<Job> it = running.iterator(); it.hasNext(); ) {
                    Job job = it.next();
                    if (job.outcome.isDone()) {
                        it.remove();
                        continue;
                    }
                    long left = job.startNanos + timeoutNanos - now;
                    if (left <= 0) {
                        job.expire(timeoutNanos);
                        it.remove();
                        moved = true;
                    } else {
                        wait = Math.min(wait, left);
                    }
                }
                if (!moved) {
                    finished.poll(wait, TimeUnit.NANOSECONDS);
                }
                finished.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for analyses", e);
        } finally {
            executor.shutdownNow();
            progress.clear();
        }
        return new Summary(analysed, errors, internal, (System.nanoTime() - start) / 1e9, closed);
    }

    /** The line for a successful analysis: {@code "input"} first, then the analysis's members. */
    static String analysisLine(String name, Analysis analysis) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("input", name);
            AnalysisJson.write(analysis, g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The line for an input that could not be analysed, with a one-line reason. */
    static String errorLine(String name, String reason) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("input", name);
            g.writeStringField("error", Main.oneLine(reason));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** How a timeout reads: whole seconds without decimals. */
    static String timeoutReason(long timeoutNanos) {
        double seconds = timeoutNanos / 1e9;
        return seconds == Math.rint(seconds)
                ? String.format(Locale.ROOT, "timed out after %d s", (long) seconds)
                : String.format(Locale.ROOT, "timed out after %s s", trim(seconds));
    }

    private static String trim(double seconds) {
        String s = String.format(Locale.ROOT, "%.3f", seconds);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** One input in flight: its outcome is set once, by whichever comes first, the analysis or its timeout. */
    private static final class Job {
        final String name;
        final Semaphore permits;
        final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        final AtomicBoolean holdsPermit = new AtomicBoolean(true);
        final long startNanos = System.nanoTime();
        volatile Future<?> future;

        Job(String name, Semaphore permits) {
            this.name = name;
            this.permits = permits;
        }

        void run(Task task, BlockingQueue<Job> finished) {
            try {
                Analysis analysis = task.analyze(name);
                outcome.complete(new Outcome(analysisLine(name, analysis), Kind.ANALYSED));
            } catch (BadInputException e) {
                outcome.complete(new Outcome(errorLine(name, e.reason()), Kind.BAD_INPUT));
            } catch (FileSystemException e) {
                outcome.complete(new Outcome(errorLine(name, Main.reason(e)), Kind.BAD_INPUT));
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                // one article that breaks the analysis must not end the batch; the next one may be fine
                outcome.complete(new Outcome(errorLine(name, "internal error: " + Main.describe(e)), Kind.INTERNAL));
            } finally {
                releasePermit();
                finished.offer(this);
            }
        }

        void expire(long timeoutNanos) {
            if (outcome.complete(new Outcome(errorLine(name, timeoutReason(timeoutNanos)), Kind.BAD_INPUT))) {
                Future<?> f = future;
                if (f != null) {
                    f.cancel(true);
                }
                releasePermit();
            }
        }

        private void releasePermit() {
            if (holdsPermit.compareAndSet(true, false)) {
                permits.release();
            }
        }
    }
}
