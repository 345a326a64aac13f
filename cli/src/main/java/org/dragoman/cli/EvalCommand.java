package org.dragoman.cli;

import org.dragoman.eval.ExtractionEval;
import org.dragoman.eval.MeantimeEval;
import org.dragoman.eval.MetadataEval;
import org.dragoman.actors.DictionaryProblem;
import org.dragoman.eval.PetrarchEval;
import org.dragoman.eval.PetrarchRecords;
import org.dragoman.extract.coding.DependencyCoder;
import org.dragoman.eval.PolnearEval;
import org.dragoman.eval.PolnearReport;
import org.dragoman.eval.TimemlEval;
import org.dragoman.ingest.BadInputException;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.nlp.CoreNlpBaseline;
import org.dragoman.nlp.CoreNlpQuoteBaseline;
import org.dragoman.nlp.SuTimeBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code dragoman eval NAME DIR}: scores Dragoman on a real data set read from {@code DIR} and prints the
 * figures, with a baseline run on the same files in the same command where one is named.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Dragoman on a real data set.",
        subcommands = {EvalCommand.Timeml.class, EvalCommand.Meantime.class, EvalCommand.Extraction.class,
                EvalCommand.Metadata.class, EvalCommand.Polnear.class, EvalCommand.Petrarch.class})
public final class EvalCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    EvalCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.EXIT_BAD_INPUT;
    }

    /** The analysis as a plain function for the scorers; rejected articles count as empty output. */
    private Function<Article, Analysis> dragoman() {
        Analyzer analyzer = services.analyzer().get();
        return article -> {
            try {
                return analyzer.analyze(article);
            } catch (BadInputException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        };
    }

    private static Path directory(Path dir) throws CliException {
        if (!Files.isDirectory(dir)) {
            throw CliException.badInput(dir + ": not a directory");
        }
        return dir;
    }

    /** TIMEX3 extent and value scores on TimeML files, with raw SUTime beside. */
    @Command(name = "timeml", mixinStandardHelpOptions = true,
            description = "TIMEX3 extent F1 (strict, relaxed) and value accuracy on TimeML files "
                    + "(e.g. ../shared/data/tempeval3/Training/TBAQ-cleaned); the document creation time is the published date.")
    static final class Timeml implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Folder of .tml files (searched recursively).")
        Path dir;

        @Option(names = "--baseline", defaultValue = "sutime", description = "sutime (CoreNLP SUTime as it comes) or none.")
        String baseline;

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.ParentCommand
        EvalCommand parent;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            if (!baseline.equals("sutime") && !baseline.equals("none")) {
                throw CliException.badInput("unknown baseline '" + baseline + "' (sutime or none)");
            }
            Path d = directory(dir);
            Function<Article, Analysis> dragoman = parent.dragoman();
            out.println("== Dragoman");
            TimemlEval.run(d, a -> dragoman.apply(a).times()).format().forEach(out::println);
            if (baseline.equals("sutime")) {
                out.println();
                out.println("== CoreNLP SUTime (tokenize,ssplit,pos,lemma,ner with default settings)");
                TimemlEval.run(d, new SuTimeBaseline()).format().forEach(out::println);
            }
            return Main.EXIT_OK;
        }
    }

    /** Named-entity mention scores on MEANTIME. */
    @Command(name = "meantime", mixinStandardHelpOptions = true,
            description = "Entity mention precision/recall/F1 for PERSON, ORGANIZATION, LOCATION on MEANTIME "
                    + "(e.g. ../shared/data/meantime).")
    static final class Meantime implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The MEANTIME folder (searched recursively for its XML files).")
        Path dir;

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.ParentCommand
        EvalCommand parent;

        @Override
        public Integer call() throws Exception {
            Function<Article, Analysis> dragoman = parent.dragoman();
            List<String> lines = MeantimeEval.run(directory(dir), a -> dragoman.apply(a).entities()).format();
            lines.forEach(spec.commandLine().getOut()::println);
            return Main.EXIT_OK;
        }
    }

    /** Main-text extraction scores on the article-extraction benchmark (no NLP). */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Word 4-gram precision/recall/F1 of the extracted article body against the gold "
                    + "articleBody of each page (e.g. ../shared/data/article-extraction-benchmark).")
    static final class Extraction implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The benchmark folder (ground-truth.json and html/*.html.gz).")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            spec.commandLine().getOut().print(ExtractionEval.run(directory(dir)).format());
            return Main.EXIT_OK;
        }
    }

    /** Title, byline and published-date accuracy of the HTML reader's page metadata (no NLP). */
    @Command(name = "metadata", mixinStandardHelpOptions = true,
            description = "Title, byline and published-date accuracy of the HTML reader against the expected "
                    + "metadata of Readability's test pages (e.g. ../shared/data/readability-testpages).")
    static final class Metadata implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The test-pages folder (pages/NAME/source.html.gz and "
                + "expected-metadata.json).")
        Path dir;

        @Option(names = "--misses", description = "Also list every page with a wrong title, byline or date.")
        boolean misses;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            MetadataEval.Report report;
            try {
                report = MetadataEval.run(directory(dir));
            } catch (IllegalArgumentException e) {
                throw CliException.badInput(e.getMessage());
            }
            spec.commandLine().getOut().print(report.format(misses));
            return Main.EXIT_OK;
        }
    }

    /** Quote extraction and attribution scores on PolNeAR, with CoreNLP's own quote attribution beside. */
    @Command(name = "polnear", mixinStandardHelpOptions = true,
            description = "Quote content P/R/F1 (exact, overlap), source and cue accuracy, overall and by direct/"
                    + "mixed/indirect, on PolNeAR attributions (e.g. ../shared/data/polnear).")
    static final class Polnear implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The PolNeAR folder (then --split chooses data/SPLIT) or a split "
                + "folder holding text/ and attributions/.")
        Path dir;

        @Option(names = "--split", defaultValue = "dev,test", description = "Splits to score, in order, when DIR is the "
                + "PolNeAR folder: a comma list of train, dev, test (default dev,test: dev, then test when the folder has "
                + "it; a listed split that is absent is noted, and it is an error when none is present).")
        String split;

        @Option(names = "--articles", description = "Also print one line per article: the annotator whose file was "
                + "scored (and those not used), gold, system and matched counts.")
        boolean perArticle;

        @Option(names = "--errors", paramLabel = "FILE", description = "Write Dragoman's errors to FILE, tab-separated "
                + "with a header: each gold attribution it missed (kind, cue, source, content) and each quote of its own "
                + "that matched none (kind, cue, speaker, text).")
        Path errorsFile;

        @Option(names = "--baseline", defaultValue = "corenlp",
                description = "corenlp (CoreNLP's quote annotator with attribution, default settings) or none.")
        String baseline;

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.ParentCommand
        EvalCommand parent;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!baseline.equals("corenlp") && !baseline.equals("none")) {
                throw CliException.badInput("unknown baseline '" + baseline + "' (corenlp or none)");
            }
            Path root = directory(dir);
            List<Path> splits = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            if (isSplit(root)) {
                splits.add(root);
            } else {
                for (String name : split.split(",")) {
                    if (!List.of("train", "dev", "test").contains(name.strip())) {
                        throw CliException.badInput("unknown split '" + name.strip() + "' (train, dev or test)");
                    }
                    Optional<Path> d = findSplit(root, name.strip());
                    if (d.isPresent()) {
                        splits.add(d.get());
                    } else {
                        absent.add(name.strip());
                    }
                }
                if (splits.isEmpty()) {
                    throw CliException.badInput(dir + ": not a PolNeAR folder (no text/ and attributions/ in it, in data/"
                            + String.join(", data/", absent) + " or in " + String.join(", ", absent) + ")");
                }
            }
            Function<Article, Analysis> dragoman = null;
            Function<Article, Analysis> corenlp = null;
            for (Path d : splits) {
                int total = articles(d);
                out.println("== Dragoman");
                out.flush();
                if (dragoman == null) {
                    dragoman = parent.dragoman();
                }
                PolnearReport report;
                if (errorsFile == null) {
                    report = PolnearEval.run(d, counting(dragoman, "dragoman", total, err));
                } else {
                    boolean first = splits.indexOf(d) == 0;
                    try (BufferedWriter w = Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, first ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND)) {
                        if (first) {
                            w.write(PolnearEval.ERRORS_HEADER + "\n");
                        }
                        report = PolnearEval.run(d, counting(dragoman, "dragoman", total, err), line -> {
                            try {
                                w.write(line + "\n");
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                    } catch (IOException | UncheckedIOException e) {
                        throw CliException.badInput(errorsFile + ": cannot write (" + e.getMessage() + ")");
                    }
                }
                report.format().forEach(out::println);
                if (perArticle) {
                    report.formatArticles().forEach(out::println);
                }
                if (baseline.equals("corenlp")) {
                    out.println();
                    out.println("== CoreNLP quote attribution (" + CoreNlpBaseline.QUOTE_ANNOTATORS
                            + " with default settings; top-level quotes, speaker = its chosen mention, entity = that"
                            + " mention's coref chain; no cues)");
                    out.flush();
                    if (corenlp == null) {
                        corenlp = new CoreNlpQuoteBaseline();
                    }
                    PolnearEval.run(d, counting(corenlp, "corenlp", total, err)).format().forEach(out::println);
                }
                out.println();
            }
            for (String name : absent) {
                out.println("split " + name + ": not present in " + dir + " (no data/" + name + " with text/ and"
                        + " attributions/), not scored");
            }
            return Main.EXIT_OK;
        }

        /** DIR/data/SPLIT or DIR/SPLIT when it holds text/ and attributions/. */
        static Optional<Path> findSplit(Path dir, String split) {
            for (Path candidate : List.of(dir.resolve("data").resolve(split), dir.resolve(split))) {
                if (isSplit(candidate)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }

        private static boolean isSplit(Path dir) {
            return Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"));
        }

        private static int articles(Path split) throws IOException {
            try (Stream<Path> files = Files.list(split.resolve("text"))) {
                return (int) files.filter(p -> p.getFileName().toString().endsWith(".txt")).count();
            }
        }

        /** {@code system}, reporting on {@code err} after every tenth article and the last one. */
        private static Function<Article, Analysis> counting(Function<Article, Analysis> system, String name,
                                                            int total, PrintWriter err) {
            AtomicInteger done = new AtomicInteger();
            long start = System.nanoTime();
            return article -> {
                try {
                    return system.apply(article);
                } finally {
                    int n = done.incrementAndGet();
                    if (n % 10 == 0 || n == total) {
                        double seconds = (System.nanoTime() - start) / 1e9;
                        err.println(String.format(Locale.ROOT, "%s: %d/%d articles, %.1f s/article", name, n, total,
                                seconds / n));
                        err.flush();
                    }
                }
            };
        }
    }

    /** The PETRARCH event-coding validation suites (Penn Treebank or CoNLL-U parses), no NLP pipeline needed. */
    @Command(name = "petrarch", mixinStandardHelpOptions = true,
            description = "Event coder on a PETRARCH validation file (e.g. ../shared/data/petrarch2/text/"
                    + "PETR.UnitTest.records.xml, or UniversalPetrarch's PETR_Validate_records_2_02.xml): per category "
                    + "and overall, records fully correct, expected events found, extra events.")
    static final class Petrarch implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The validation records file.")
        Path file;

        @Option(names = "--dictionaries", required = true, paramLabel = "DIR",
                description = "Folder with the verb, actor, agent and discard dictionaries the file's <Environment> "
                        + "names (e.g. ../shared/data/petrarch2/dictionaries).")
        Path dictionaries;

        @Option(names = "--verbose", description = "Also list every record not fully correct.")
        boolean verbose;

        @Option(names = "--record", paramLabel = "ID", description = "Only show how the record with this id is "
                + "coded: its dependency parse, actors and events (repeatable).")
        List<String> explain = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isRegularFile(file)) {
                throw CliException.badInput(file + ": no such file");
            }
            Path d = directory(dictionaries);
            if (!explain.isEmpty()) {
                return explain(out, d);
            }
            PetrarchEval.Run run;
            try {
                run = PetrarchEval.run(file, d);
            } catch (IOException e) {
                throw CliException.badInput(e.getMessage());
            }
            out.println("== Dragoman event coder on " + file.getFileName() + " (dictionaries: " + d + ")");
            PetrarchEval.format(run.outcomes()).forEach(out::println);
            out.println(String.format(Locale.ROOT,
                    "Dictionaries read in %.2f s (%d lines skipped); %d records coded and scored in %.2f s (%.0f records/s)",
                    run.loadNanos() / 1e9, run.problems().size(), run.outcomes().size(), run.codeNanos() / 1e9,
                    run.outcomes().size() / Math.max(run.codeNanos() / 1e9, 1e-9)));
            out.println(String.format(Locale.ROOT,
                    "  of which: parse conversion %.2f s, actor lookup %.3f s, event coding %.3f s (%.0f records/s)",
                    run.phaseNanos()[0] / 1e9, run.phaseNanos()[1] / 1e9, run.phaseNanos()[2] / 1e9,
                    run.outcomes().size() / Math.max(run.phaseNanos()[2] / 1e9, 1e-9)));
            run.problems().stream().limit(5).forEach(p -> out.println("  skipped " + p));
            if (verbose) {
                for (PetrarchEval.Outcome o : run.outcomes()) {
                    if (!o.correct() && !o.note().startsWith("skipped")) {
                        out.println(o.record().id() + " [" + o.record().category() + "] expected "
                                + (o.record().noEvents() ? "no events" : o.record().error().map(e -> "error " + e)
                                .orElse(o.record().expected().stream().map(x -> x.code() + " " + x.source() + " "
                                        + x.target()).toList().toString()))
                                + " coded " + o.coded() + (o.note().isEmpty() ? "" : " (" + o.note() + ")"));
                    }
                }
            }
            return Main.EXIT_OK;
        }

        private int explain(PrintWriter out, Path d) {
            try {
                PetrarchRecords records = PetrarchRecords.read(file);
                List<DictionaryProblem> problems = new ArrayList<>();
                DependencyCoder coder = PetrarchEval.coder(d, records, problems);
                PetrarchEval.ActorFinder finder = PetrarchEval.actorFinder(d, records, problems);
                for (String id : explain) {
                    var record = records.records().stream().filter(r -> r.id().equals(id)).findFirst()
                            .orElseThrow(() -> CliException.badInput(file + ": no record with id " + id));
                    PetrarchEval.explain(record, coder, finder).forEach(out::println);
                }
            } catch (IOException e) {
                throw CliException.badInput(e.getMessage());
            }
            return Main.EXIT_OK;
        }
    }
}
