package org.dragoman.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the browser tests ({@code src/test/browser/ui.test.mjs}, Node's test runner with playwright-core) against
 * a server on the shared test archive, in Debian's Chromium. Skips, saying why, only when {@code node} or
 * Chromium is not installed; installs the locked npm packages ({@code npm ci}) when they are missing. Screenshots
 * go to {@code target/screenshots/}.
 */
class BrowserTest {

    private static final String TOKEN = "browser-test-token-42";

    @Test
    void theWebUiInARealBrowser() throws Exception {
        Optional<Path> node = onPath("node");
        Optional<Path> chromium = Optional.ofNullable(System.getenv("CHROMIUM")).map(Path::of)
                .or(() -> onPath("chromium")).or(() -> onPath("chromium-browser"));
        Assumptions.assumeTrue(node.isPresent(), "browser tests skipped: node is not installed "
                + "(apt-get install -y nodejs npm; .ci/run does)");
        Assumptions.assumeTrue(chromium.isPresent(), "browser tests skipped: chromium is not installed "
                + "(apt-get install -y chromium; .ci/run does)");
        Path module = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(module.resolve("node_modules/playwright-core"))) {
            Path npm = onPath("npm").orElseThrow(() -> new AssertionError(
                    "node is installed but npm is not, and server/node_modules is missing: install npm"));
            int code = run(List.of(npm.toString(), "ci", "--no-audit", "--no-fund"), module, Map.of(),
                    module.resolve("target/npm-ci.log"), 300);
            assertThat(code).as("npm ci in server/ (see target/npm-ci.log)").isZero();
        }

        DragomanServer server = new DragomanServer(TestArchive.store(), () -> TestArchive.dragoman()::analyze,
                ServerConfig.defaults().withAddress("127.0.0.1", 0).withToken(Optional.of(TOKEN)),
                e -> { throw new AssertionError("internal error in the server", e); });
        Javalin app = server.start();
        try {
            Path log = module.resolve("target/browser-test.log");
            Map<String, String> env = Map.of(
                    "BASE_URL", "http://127.0.0.1:" + app.port(),
                    "TOKEN", TOKEN,
                    "CHROMIUM", chromium.get().toString(),
                    "SCREENSHOTS", module.resolve("target/screenshots").toString(),
                    "XSS_FILE", module.resolve("src/test/resources/articles/xss-embassy-statement.txt").toString(),
                    "ACTOR", "Friedrich Merz");
            int code = run(List.of(node.get().toString(), "--test", "--test-reporter=spec",
                    "src/test/browser/ui.test.mjs"), module, env, log, 240);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println(output);
            assertThat(code).as("node --test src/test/browser/ui.test.mjs:\n" + output).isZero();
        } finally {
            app.stop();
        }
    }

    private static int run(List<String> command, Path dir, Map<String, String> env, Path log, int seconds)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in " + seconds + " s; see " + log);
        }
        return p.exitValue();
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
