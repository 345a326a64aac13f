package org.dragoman.cli;

import org.dragoman.actors.ActorDictionary;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dragoman.Dragoman;
import org.dragoman.extract.EventExtractor;
import org.dragoman.extract.coding.ClauseCoder;
import org.dragoman.extract.coding.VerbLexicon;
import org.dragoman.ingest.ArticleFiles;
import org.dragoman.json.GdeltEventTable;
import org.dragoman.ingest.BadInputException;
import org.dragoman.json.AnalysisJson;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman analyze}: one article to JSON (pretty by default) or a text report, or, with {@code --jsonl},
 * many files and directories to one JSON line each, in input order, on several threads. A bad single input
 * exits 2 with {@code dragoman: <file>: <reason>}; in a batch it becomes an error line and the batch goes on.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = Main.Version.class,
        description = {"Analyses news articles: quotes and speakers, entities, times, with character offsets.",
                "FILE is plain text (any extension) or HTML (.html, .htm); '-' reads standard input "
                        + "(HTML when it starts with '<')."},
        footer = {"", "Examples:",
                "  dragoman analyze story.txt",
                "  dragoman analyze --published 2025-06-24 --format text story.txt",
                "  dragoman analyze --jsonl --threads 2 corpus/ > corpus.jsonl",
                "  dragoman analyze --jsonl --events-tsv events.tsv corpus/ > corpus.jsonl",
                "  dragoman analyze --dictionaries petrarch2/dictionaries story.txt",
                "", "With --jsonl the exit code is 0 when every input got a line (bad inputs and timeouts are error "
                        + "lines), 1 when an analysis failed with an internal error, 2 for bad usage or no inputs."})
final class AnalyzeCommand implements Callable<Integer> {

    /** Output formats of a single analysis. */
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Article file, '-' for standard input; with --jsonl also directories (read recursively).")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Publication date (overrides the file's; with --jsonl, of every input without a "
                    + "--published-from date); relative dates such as 'Tuesday' resolve against it.")
    LocalDate published;

    @Option(names = "--title", paramLabel = "T", description = "Title (overrides the file's).")
    String title;

    @Option(names = "--source", paramLabel = "NAME", description = "Outlet name (overrides the file's).")
    String source;

    @Option(names = "--url", paramLabel = "U", description = "Article URL (overrides the file's).")
    String url;

    @Option(names = "--author", paramLabel = "NAME", description = "Author (overrides the file's).")
    String author;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "Output of a single article: json (default) or a readable text report.")
    Format format;

    @Option(names = "--pretty", negatable = true,
            description = "Indent the JSON of a single article (default) or print it on one line (--no-pretty).")
    Boolean pretty;

    @Option(names = "--jsonl", description = "One compact JSON line per input, in input order; bad inputs become "
            + "{\"input\":...,\"error\":...} lines and the batch goes on.")
    boolean jsonl;

    @Option(names = "--threads", paramLabel = "N",
            description = "With --jsonl: articles analysed at once (default: available processors).")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "With --jsonl: time budget per article (default ${DEFAULT-VALUE}); a slower one becomes an error line.")
    double timeoutSeconds;

    @Option(names = "--published-from", paramLabel = "FILE.tsv",
            description = "Publication dates, one 'path<TAB>YYYY-MM-DD' per line; path is the input as given or its file name.")
    Path publishedFrom;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5000000",
            description = "Reject inputs larger than N bytes (default ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--progress", negatable = true,
            description = "With --jsonl: progress bar on stderr (default: only when stderr is a terminal).")
    Boolean progress;

    @Option(names = "--events-tsv", paramLabel = "FILE",
            description = "Also write the asserted events (not negated, not hypothetical) as rows of the GDELT 2.0 "
                    + "event table (61 TAB-separated columns, no header; see the README).")
    Path eventsTsv;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Code events with the TABARI/PETRARCH verb dictionary in DIR (Dragoman.verbs.txt, "
                    + "CAMEO.2.0.txt or the one *verbs*.txt file) instead of Dragoman's own, and actors with DIR's "
                    + "*actors*.txt and *agents*.txt files, if any, after Dragoman's own (DIR's entries win).")
    Path dictionaries;

    private Services services;
    private Writer tsv;
    private final AtomicLong eventIds = new AtomicLong(1);
    private final LocalDateTime added = LocalDateTime.now(ZoneOffset.UTC).withNano(0);

    AnalyzeCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        validate();
        if (dictionaries != null) {
            EventExtractor events = new EventExtractor(new ClauseCoder(verbDictionary(dictionaries)));
            // the directory's actors and agents (if any) after Dragoman's own: its entries win, current office
            // holders it does not know keep their codes
            ActorDictionary actors = ActorsCommand.dictionaries(Optional.of(dictionaries), true,
                    spec.commandLine().getErr());
            services = services.withAnalyzer(() -> Dragoman.load(events, Dragoman.DEFAULT_MAX_CHARS, actors)::analyze);
        }
        if (eventsTsv == null) {
            return run();
        }
        try {
            tsv = Files.newBufferedWriter(eventsTsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.badInput(eventsTsv + ": cannot write: " + e.getMessage());
        }
        try (Writer w = tsv) {
            return run();
        }
    }

    private int run() throws Exception {
        ArticleFiles files = services.files().withMaxBytes(maxBytes);
        PublishedDates dates = publishedFrom == null ? PublishedDates.none() : PublishedDates.load(publishedFrom);
        return jsonl ? batch(files, dates) : single(files, dates);
    }

    private void validate() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (jsonl) {
            if (parsed.hasMatchedOption("--format")) {
                throw usage("--format applies to a single article; --jsonl always writes JSON lines");
            }
            if (Boolean.TRUE.equals(pretty)) {
                throw usage("--pretty cannot be used with --jsonl: each result must stay on one line");
            }
        } else {
            for (String option : List.of("--threads", "--timeout")) {
                if (parsed.hasMatchedOption(option)) {
                    throw usage(option + " applies only with --jsonl");
                }
            }
            if (Boolean.TRUE.equals(progress)) {
                throw usage("--progress applies only with --jsonl");
            }
            if (inputs.size() > 1) {
                throw usage(inputs.size() + " inputs given; use --jsonl to analyse several files");
            }
            if (format == Format.text && Boolean.TRUE.equals(pretty)) {
                throw usage("--pretty applies to --format json");
            }
        }
        if (threads != null && threads < 1) {
            throw usage("--threads must be at least 1, got " + threads);
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > Duration.ofDays(365).toSeconds()) {
            throw usage("--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        if (maxBytes < 1) {
            throw usage("--max-bytes must be positive, got " + maxBytes);
        }
    }

    /** The verb dictionary of a user's directory; fails naming the directory or file when it is unusable. */
    private VerbLexicon verbDictionary(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw usage("--dictionaries " + dir + ": not a directory");
        }
        Path file = null;
        for (String name : List.of("Dragoman.verbs.txt", "CAMEO.2.0.txt")) {
            if (Files.isRegularFile(dir.resolve(name))) {
                file = dir.resolve(name);
                break;
            }
        }
        if (file == null) {
            List<Path> found;
            try (var files = Files.list(dir)) {
                found = files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).contains("verbs")
                        && p.getFileName().toString().endsWith(".txt")).sorted().toList();
            } catch (IOException e) {
                throw usage("--dictionaries " + dir + ": cannot list: " + e.getMessage());
            }
            if (found.size() != 1) {
                throw usage("--dictionaries " + dir + ": expected Dragoman.verbs.txt, CAMEO.2.0.txt or one *verbs*.txt file, found "
                        + found.size());
            }
            file = found.get(0);
        }
        try {
            VerbLexicon lexicon = VerbLexicon.read(file);
            if (lexicon.size() == 0) {
                throw usage("--dictionaries: " + file + " has no verbs");
            }
            PrintWriter err = spec.commandLine().getErr();
            List<String> problems = lexicon.problems();
            problems.stream().limit(20).forEach(p -> err.println("dragoman: " + p + " (skipped)"));
            if (problems.size() > 20) {
                err.println("dragoman: " + (problems.size() - 20) + " more malformed lines in " + file + " (skipped)");
            }
            err.flush();
            return lexicon;
        } catch (IOException e) {
            throw usage("--dictionaries: cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Appends the analysis's asserted events to the --events-tsv file, numbering them across the run. */
    private Analysis withEventRows(Analysis analysis, String name) throws IOException {
        if (tsv != null) {
            synchronized (tsv) {
                List<String> rows = GdeltEventTable.rows(analysis, eventIds.get(), added, name);
                eventIds.addAndGet(rows.size());
                for (String row : rows) {
                    tsv.write(row);
                    tsv.write('\n');
                }
                tsv.flush();
            }
        }
        return analysis;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private int single(ArticleFiles files, PublishedDates dates) throws Exception {
        String input = inputs.get(0);
        String name = input.equals("-") ? ArticleFiles.STDIN_NAME : input;
        if (!input.equals("-") && java.nio.file.Files.isDirectory(Path.of(input))) {
            throw CliException.badInput(input + ": is a directory (use --jsonl to analyse the files in it)");
        }
        Article article = withMetadata(read(files, name), name, dates);
        Analysis analysis;
        try {
            analysis = withEventRows(services.analyzer().get().analyze(article), name);
        } catch (BadInputException e) {
            // the pipeline names the article by its id; the user knows it by its file name
            throw new BadInputException(name, e.offset(), e.reason());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.text) {
            out.print(TextReport.render(analysis));
        } else {
            out.println(AnalysisJson.toJson(analysis, pretty == null || pretty));
        }
        out.flush();
        return Main.EXIT_OK;
    }

    private int batch(ArticleFiles files, PublishedDates dates) {
        List<InputFiles.Input> expanded = InputFiles.expand(inputs);
        if (expanded.isEmpty()) {
            throw CliException.badInput(String.join(" ", inputs) + ": no files to analyse");
        }
        Map<String, String> problems = new HashMap<>();
        for (InputFiles.Input input : expanded) {
            input.problem().ifPresent(problem -> problems.put(input.name(), problem));
        }
        // load before the clock starts: seconds of model loading are not the first article's fault
        Analyzer analyzer = services.analyzer().get();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BatchRunner runner = new BatchRunner(n, Duration.ofNanos(Math.round(timeoutSeconds * 1e9)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> names = expanded.stream().map(InputFiles.Input::name).toList();
        Progress bar = new Progress(err, progress != null ? progress : services.interactive(), names.size());
        BatchRunner.Summary summary = runner.run(names, name -> {
            String problem = problems.get(name);
            if (problem != null) {
                throw new BadInputException(name, problem);
            }
            return withEventRows(analyzer.analyze(withMetadata(read(files, name), name, dates)), name);
        }, line -> {
            out.println(line);
            out.flush();
            return !out.checkError();
        }, bar);
        err.println(summary.line());
        err.flush();
        if (summary.outputClosed() || summary.internalErrors() > 0) {
            return Main.EXIT_INTERNAL;
        }
        return Main.EXIT_OK;
    }

    private Article read(ArticleFiles files, String name) throws Exception {
        return name.equals(ArticleFiles.STDIN_NAME)
                ? files.readStream(services.stdin().get(), ArticleFiles.STDIN_NAME)
                : files.readFile(Path.of(name));
    }

    private Article withMetadata(Article article, String name, PublishedDates dates) {
        Article result = article;
        if (title != null) {
            result = result.withTitle(Optional.of(title));
        }
        if (source != null) {
            result = result.withSource(Optional.of(source));
        }
        if (url != null) {
            result = result.withUrl(Optional.of(url));
        }
        if (author != null) {
            result = result.withAuthor(Optional.of(author));
        }
        // the per-file date is more specific than the one given for every input
        Optional<LocalDate> date = dates.lookup(name).or(() -> Optional.ofNullable(published));
        if (date.isPresent()) {
            result = result.withPublished(date);
        }
        return result;
    }

    /** Parses {@code YYYY-MM-DD}, naming the bad value otherwise. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD)");
            }
        }
    }
}
