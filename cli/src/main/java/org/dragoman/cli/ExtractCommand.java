package org.dragoman.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dragoman.ingest.ArticleFiles;
import org.dragoman.ingest.BadInputException;
import org.dragoman.ingest.SourceFormat;
import org.dragoman.ingest.SourceOptions;
import org.dragoman.ingest.SourceRecord;
import org.dragoman.ingest.Sources;
import org.dragoman.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman extract}: runs only the source readers and main-text extraction (no NLP) and prints each
 * article as JSON: {@code {"input", "locator"?, "article": {id, title, published, source, url, author, text}}}.
 * One file holding one article prints pretty JSON; with {@code --jsonl} every record of every input (files,
 * directories, JSON Lines, feeds, WARC) is one line, bad records and pending feed items included, and the run
 * goes on past them.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = Main.Version.class,
        description = {"Extracts articles (clean text and metadata, no analysis) from files and directories: "
                + "plain text, HTML, JSON Lines, RSS/Atom feeds, WARC, any of them gzip-compressed."},
        footer = {"", "Examples:",
                "  dragoman extract page.html",
                "  dragoman extract --jsonl crawl.warc.gz > articles.jsonl",
                "  dragoman extract --jsonl --text-field story export.jsonl.gz",
                "", "Lines with --jsonl: {\"input\":..,\"locator\":..,\"article\":{..}} for an article, "
                        + "{\"input\":..,\"locator\":..,\"error\":..} for a record that could not be read, "
                        + "{\"input\":..,\"locator\":..,\"pending\":true,\"url\":..} for a feed item that only links "
                        + "to its article. \"locator\" (line number, WARC offset, feed item id) is left out for "
                        + "whole files.",
                "Exit codes: 0 every input read (bad records are error lines), 2 bad usage or a single bad file, "
                        + "1 internal error or output closed."})
final class ExtractCommand implements Callable<Integer> {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Files or directories (read recursively); '-' reads one article from standard input.")
    List<String> inputs;

    @Option(names = "--jsonl", description = "One compact JSON line per record of every input, in input order.")
    boolean jsonl;

    @Option(names = "--text-field", paramLabel = "NAME",
            description = "JSON Lines field holding the article text (default: the first of text, content_original, "
                    + "content, body, maintext, article, html).")
    String textField;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5000000",
            description = "Reject an article (file, JSON line, WARC payload) larger than N bytes (default ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--pretty", negatable = true,
            description = "Indent the JSON of a single article (default) or print it on one line (--no-pretty).")
    Boolean pretty;

    private final Services services;

    ExtractCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        SourceOptions options = options();
        if (jsonl) {
            if (Boolean.TRUE.equals(pretty)) {
                throw usage("--pretty cannot be used with --jsonl: each record must stay on one line");
            }
            if (inputs.contains("-")) {
                throw usage("'-' (standard input) reads one article; it cannot be used with --jsonl");
            }
            return batch(options);
        }
        if (inputs.size() > 1) {
            throw usage(inputs.size() + " inputs given; use --jsonl to extract several files");
        }
        return single(inputs.get(0), options);
    }

    private SourceOptions options() {
        if (maxBytes < 1) {
            throw usage("--max-bytes must be positive, got " + maxBytes);
        }
        if (textField != null && textField.isBlank()) {
            throw usage("--text-field must name a field");
        }
        SourceOptions options = SourceOptions.defaults().withMaxBytes(maxBytes);
        return textField == null ? options : options.withTextField(textField);
    }

    private int single(String input, SourceOptions options) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean indent = pretty == null || pretty;
        if (input.equals("-")) {
            Article article = services.files().withMaxBytes(maxBytes)
                    .readStream(services.stdin().get(), ArticleFiles.STDIN_NAME);
            out.println(articleJson(ArticleFiles.STDIN_NAME, "", article, indent));
            out.flush();
            return Main.EXIT_OK;
        }
        Path path = path(input);
        if (Files.isDirectory(path)) {
            throw CliException.badInput(input + ": is a directory (use --jsonl to extract the files in it)");
        }
        if (!Files.exists(path)) {
            throw CliException.badInput(input + ": no such file");
        }
        SourceFormat format = Sources.format(path);
        if (format != SourceFormat.TEXT && format != SourceFormat.HTML && format != SourceFormat.JSON) {
            throw usage(input + " is " + describe(format) + "; use --jsonl to print each of its records");
        }
        SourceRecord record;
        try (Stream<SourceRecord> records = Sources.read(path, options)) {
            List<SourceRecord> first = records.limit(2).toList();
            if (first.isEmpty()) {
                throw new IllegalStateException("no record for " + input);
            }
            record = first.get(0);
            if (first.size() > 1 || !record.from().locator().isEmpty()) {
                throw usage(input + " holds several articles; use --jsonl to print each of them");
            }
        }
        if (record.error().isPresent()) {
            throw new BadInputException(input, record.error().get());
        }
        out.println(articleJson(input, record.from().locator(), record.article().orElseThrow(), indent));
        out.flush();
        return Main.EXIT_OK;
    }

    private int batch(SourceOptions options) {
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) {
            paths.add(path(input));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        long articles = 0;
        long pending = 0;
        long errors = 0;
        boolean closed = false;
        try (Stream<SourceRecord> records = Sources.read(paths, options)) {
            Iterator<SourceRecord> it = records.iterator();
            while (it.hasNext()) {
                SourceRecord r = it.next();
                String input = r.from().source();
                String line;
                if (r.article().isPresent()) {
                    articles++;
                    line = articleJson(input, r.from().locator(), r.article().get(), false);
                } else if (r.pending()) {
                    pending++;
                    line = otherJson(r, "pending");
                } else {
                    errors++;
                    line = otherJson(r, "error");
                }
                out.println(line);
                if (out.checkError()) {
                    closed = true;
                    break;
                }
            }
        }
        out.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        err.println(String.format(Locale.ROOT, "dragoman: extracted %d, pending %d, errors %d, %.1f s (%.1f records/s)%s",
                articles, pending, errors, seconds, seconds > 0 ? (articles + pending + errors) / seconds : 0.0,
                closed ? "; stopped early: output closed" : ""));
        err.flush();
        return closed ? Main.EXIT_INTERNAL : Main.EXIT_OK;
    }

    private Path path(String input) {
        try {
            return Path.of(input);
        } catch (InvalidPathException e) {
            throw CliException.badInput(input + ": not a valid path");
        }
    }

    private static String describe(SourceFormat format) {
        return switch (format) {
            case JSONL -> "JSON Lines (one article per line)";
            case JSON -> "a JSON document (one article per object)";
            case FEED -> "a feed (one article per item)";
            case WARC -> "a WARC file (one article per HTML response)";
            default -> format.name();
        };
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** {@code {"input", "locator"?, "article": {...}}}; the locator is left out when empty (a whole file). */
    static String articleJson(String input, String locator, Article article, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            g.writeStringField("input", input);
            if (!locator.isEmpty()) {
                g.writeStringField("locator", locator);
            }
            g.writeObjectFieldStart("article");
            g.writeStringField("id", article.id());
            optional(g, "title", article.title());
            optional(g, "published", article.published().map(Object::toString));
            optional(g, "author", article.author());
            optional(g, "source", article.source());
            optional(g, "url", article.url());
            g.writeStringField("text", article.text());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The line of an error record or a pending feed item. */
    private static String otherJson(SourceRecord r, String kind) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("input", r.from().source());
            if (!r.from().locator().isEmpty()) {
                g.writeStringField("locator", r.from().locator());
            }
            if (kind.equals("pending")) {
                g.writeBooleanField("pending", true);
                optional(g, "url", r.from().url());
                optional(g, "source", r.from().outlet());
            } else {
                g.writeStringField("error", Main.oneLine(r.error().orElse("unreadable")));
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }
}
