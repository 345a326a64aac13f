package org.dragoman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dragoman serve} and {@code dragoman demo}, run in-process on a free port with a fake analyzer. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** What a server run saw: exit code, stderr, and the responses the probe collected while it ran. */
    record Served(int exitCode, String err, List<String> seen) {
    }

    /** Runs {@code command} built around {@code onStarted}; {@code probe} runs against the live port, then it stops. */
    private static Served serve(Function<Consumer<ServerRunner>, Callable<Integer>> command,
                                Function<String, List<String>> probe, String... args) {
        List<String> seen = new ArrayList<>();
        Callable<Integer> cmd = command.apply(runner -> {
            try {
                seen.addAll(probe.apply("http://127.0.0.1:" + runner.port()));
            } catch (RuntimeException | AssertionError e) {
                seen.add("probe failed: " + e);
            } finally {
                runner.stop();
            }
        });
        CommandLine cl = new CommandLine(cmd);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Served(code, err.toString(), seen);
    }

    private static String get(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
        } catch (Exception e) {
            throw new AssertionError(url + ": " + e, e);
        }
    }

    private static String post(String url, String token, String json) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
        } catch (Exception e) {
            throw new AssertionError(url + ": " + e, e);
        }
    }

    @Test
    void badPortHostOrTokenExit2NamingTheValue() {
        Cli.Run port = Cli.run("serve", "--store", tmp.toString(), "--port", "70000");
        assertThat(port.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(port.err()).contains("port outside 0..65535: 70000");
        Cli.Run token = Cli.run("serve", "--store", tmp.toString(), "--token", "abc");
        assertThat(token.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(token.err()).contains("token shorter than 8 characters");
    }

    @Test
    void aStoreThatIsAFileExits2() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "not a store");
        Cli.Run notDir = Cli.run("serve", "--store", file.toString(), "--port", "0");
        assertThat(notDir.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(notDir.err()).contains("not a directory");
    }

    @Test
    void aMissingStoreIsNamed() {
        Cli.Run missing = Cli.run("serve", "--store", tmp.resolve("typo").toString(), "--port", "0");
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(missing.err()).contains("typo: no such store");
    }

    @Test
    void serveWithoutATokenIsReadOnlyAndSaysSo() throws Exception {
        Files.createDirectories(tmp.resolve("store"));
        Served s = serve(onStarted -> new ServeCommand(Cli.services(), onStarted),
                base -> List.of(get(base + "/api/stats"),
                        post(base + "/api/articles", "any-token-123", "{\"text\":\"Hello world.\"}")),
                "--store", tmp.resolve("store").toString(), "--port", "0");
        assertThat(s.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(s.err()).contains("Serving the web UI and API on http://127.0.0.1:").contains("Read-only");
        assertThat(s.seen().get(0)).startsWith("200 ").contains("\"writable\":false");
        assertThat(s.seen().get(1)).startsWith("403 ").contains("read-only");
    }

    @Test
    void demoStoresTheSamplesAndAcceptsArticlesWithThePrintedToken() throws Exception {
        Path samples = Files.createDirectories(tmp.resolve("samples"));
        Files.writeString(samples.resolve("one.txt"), "Alice said the bridge would open on Monday.\nMore text.");
        Files.writeString(samples.resolve("two.txt"), "Bob said the port was closed.\nMore text.");
        Files.writeString(samples.resolve("README.md"), "not an article");
        List<String> token = new ArrayList<>();
        Served s = serve(onStarted -> new DemoCommand(Cli.services(), onStarted),
                base -> List.of(get(base + "/api/stats"), get(base + "/api/search?q=bridge")),
                "--samples", samples.toString(), "--store", tmp.resolve("demo-store").toString(), "--port", "0");
        assertThat(s.exitCode()).as(s.err()).isEqualTo(Main.EXIT_OK);
        assertThat(s.err()).contains("Stored 2 of 2 articles");
        Matcher m = Pattern.compile("Token for POST /api/articles in this demo: ([0-9a-f]{32})").matcher(s.err());
        assertThat(m.find()).as(s.err()).isTrue();
        token.add(m.group(1));
        assertThat(s.seen().get(0)).startsWith("200 ").contains("\"distinct_texts\":2").contains("\"writable\":true");
        assertThat(s.seen().get(1)).startsWith("200 ").contains("\"total\":1");

        // the kept store is the demo's: a second demo refuses it, serve opens it
        Cli.Run again = Cli.run("demo", "--samples", samples.toString(), "--store",
                tmp.resolve("demo-store").toString(), "--port", "0");
        assertThat(again.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(again.err()).contains("not empty");
        Served reopened = serve(onStarted -> new ServeCommand(Cli.services(), onStarted),
                base -> List.of(post(base + "/api/articles", token.get(0), "{\"text\":\"Carol said yes.\"}")),
                "--store", tmp.resolve("demo-store").toString(), "--port", "0", "--token", token.get(0));
        assertThat(reopened.seen().get(0)).startsWith("201 ");
    }
}
