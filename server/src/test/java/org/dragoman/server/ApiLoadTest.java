package org.dragoman.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback, outside the default suite (tag {@code load}): {@value #CLIENTS} clients send
 * {@code GET /api/search} and {@code GET /api/events} for {@value #SECONDS} s after a warm-up, and it reports
 * requests/s, p50/p99 latency and errors, which must be zero. Run it with
 * {@code ./mvnw -q test -pl core,server -Dserver.test.excluded=none -Dtest=ApiLoadTest}.
 */
@Tag("load")
class ApiLoadTest {

    static final int CLIENTS = 16;
    static final int SECONDS = 20;
    private static final List<String> QUERIES = List.of("NATO", "sanctions AND Russia", "\"defence spending\"",
            "ceasefire", "students", "election", "grain", "Merz OR Rutte", "said", "minister");

    @Test
    void concurrentSearchAndEvents() throws Exception {
        DragomanServer server = new DragomanServer(TestArchive.store(), () -> { throw new IllegalStateException(); },
                ServerConfig.defaults().withAddress("127.0.0.1", 0), e -> { });
        Javalin app = server.start();
        String base = "http://127.0.0.1:" + app.port();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        List<String> paths = new ArrayList<>();
        for (String q : QUERIES) {
            paths.add("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        paths.addAll(List.of("/api/events", "/api/events?cluster=true", "/api/events?code=01",
                "/api/events?actor=" + URLEncoder.encode("Friedrich Merz", StandardCharsets.UTF_8),
                "/api/events?from=2026-03-01&to=2026-07-31&size=100"));
        try {
            run(http, base, paths, 3);           // warm-up: JIT, caches
            Result r = run(http, base, paths, SECONDS);
            System.out.printf(Locale.ROOT, "load: %d clients, %d s, %d requests (%d search, %d events), %.0f req/s, "
                            + "p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d%n", CLIENTS, SECONDS, r.count(),
                    r.search(), r.events(), r.count() / (double) SECONDS, r.percentile(50), r.percentile(99),
                    r.percentile(100), r.errors());
            assertThat(r.errors()).isZero();
            assertThat(r.count()).isPositive();
        } finally {
            app.stop();
        }
    }

    private record Result(long[] nanos, long errors, long search, long events) {
        long count() {
            return nanos.length;
        }

        double percentile(int p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    private static Result run(HttpClient http, String base, List<String> paths, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong search = new AtomicLong();
        AtomicLong events = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                int i = client;
                while (System.nanoTime() < end) {
                    String path = paths.get(i++ % paths.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(10)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    times.add(System.nanoTime() - t0);
                    (path.startsWith("/api/search") ? search : events).incrementAndGet();
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return new Result(all.stream().mapToLong(Long::longValue).toArray(), errors.get(), search.get(), events.get());
    }
}
