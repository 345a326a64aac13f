package org.dragoman.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Speaker;
import org.dragoman.store.ActorRow;
import org.dragoman.store.EventQuery;
import org.dragoman.store.EventRow;
import org.dragoman.store.QuerySyntaxException;
import org.dragoman.store.QuoteQuery;
import org.dragoman.store.QuoteRow;
import org.dragoman.store.SearchHit;
import org.dragoman.store.SearchPage;
import org.dragoman.store.SearchQuery;
import org.dragoman.store.StoreStats;
import org.dragoman.store.TimelineDay;
import org.dragoman.store.duckdb.DuckDbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman query}: answers an analyst's questions from the store: counts, full-text search, quotes by
 * speaker, events by actor and code (per article or per story cluster), the most present actors, and an actor's
 * timeline, each as a table, JSON or CSV.
 */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = Main.Version.class,
        description = "Queries the store: stats, search, quotes, events, actors, timeline.",
        subcommands = {QueryCommand.Stats.class, QueryCommand.Search.class, QueryCommand.Quotes.class,
                QueryCommand.Events.class, QueryCommand.Actors.class, QueryCommand.Timeline.class,
                QueryCommand.Clusters.class, QueryCommand.Latency.class})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.EXIT_BAD_INPUT;
    }

    /** Options every query takes: the store and the output format. */
    static final class Common {
        @Option(names = "--store", paramLabel = "DIR", defaultValue = "dragoman-data",
                description = "Store directory (default ./${DEFAULT-VALUE}).")
        Path store;

        @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
                description = "Output: an aligned table (default), JSON or CSV.")
        Table.Format format;

        DuckDbStore open() {
            if (!java.nio.file.Files.isDirectory(store)) {
                throw CliException.badInput("--store " + store + ": no such store (run 'dragoman ingest' first)");
            }
            return StoreOptions.open(store);
        }
    }

    /** Options of queries over a date range. */
    static final class Range {
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = AnalyzeCommand.DateConverter.class,
                description = "Only from this date on.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = AnalyzeCommand.DateConverter.class,
                description = "Only up to this date (inclusive).")
        LocalDate to;

        void check(CommandSpec spec) {
            if (from != null && to != null && to.isBefore(from)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
            }
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts: articles (provenance records), "
            + "distinct texts, story clusters, entities, quotes, events (every report), story events (once per story "
            + "cluster), errors, and texts in the search index (equal to distinct texts in a consistent store).")
    static final class Stats implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Common common = new Common();

        @Override
        public Integer call() {
            try (DuckDbStore store = common.open()) {
                StoreStats s = store.stats();
                long storyEvents = store.storyEvents();
                long indexed = store.indexedCount();
                PrintWriter out = spec.commandLine().getOut();
                if (common.format == Table.Format.json) {
                    StringWriter w = new StringWriter();
                    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(w)) {
                        g.writeStartObject();
                        g.writeNumberField("articles", s.articles());
                        g.writeNumberField("distinct_texts", s.distinctTexts());
                        g.writeNumberField("story_clusters", s.storyClusters());
                        g.writeNumberField("entities", s.entities());
                        g.writeNumberField("quotes", s.quotes());
                        g.writeNumberField("events", s.events());
                        g.writeNumberField("story_events", storyEvents);
                        g.writeNumberField("errors", s.errors());
                        g.writeNumberField("indexed", indexed);
                        g.writeEndObject();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    out.println(w);
                } else {
                    new Table("articles", "distinct_texts", "story_clusters", "entities", "quotes", "events",
                            "story_events", "errors", "indexed")
                            .row(s.articles(), s.distinctTexts(), s.storyClusters(), s.entities(), s.quotes(),
                                    s.events(), storyEvents, s.errors(), indexed)
                            .print(out, common.format);
                }
                out.flush();
                return Main.EXIT_OK;
            }
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Full-text search over article text, titles and quotes (Lucene syntax: AND, OR, \"phrases\", "
                    + "title:word, quote:word, wild*).")
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Common common = new Common();
        @Mixin
        Range range = new Range();
        @Parameters(paramLabel = "TEXT", description = "The query.")
        String text;
        @Option(names = "--limit", defaultValue = "20", description = "Hits to show (default ${DEFAULT-VALUE}).")
        int limit;
        @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.")
        int offset;

        @Override
        public Integer call() {
            range.check(spec);
            try (DuckDbStore store = common.open()) {
                SearchPage page;
                try {
                    page = store.search(new SearchQuery(text, Optional.ofNullable(range.from),
                            Optional.ofNullable(range.to), offset, Math.max(1, limit)));
                } catch (QuerySyntaxException e) {
                    throw CliException.badInput(e.getMessage());
                }
                Table table = new Table("score", "published", "outlet", "title", "snippet", "article");
                for (SearchHit h : page.hits()) {
                    table.row(Math.round(h.score() * 1000) / 1000.0, h.published().map(Object::toString).orElse(null),
                            h.outlet().orElse(null), h.title().orElse(null),
                            common.format == Table.Format.table ? plain(h.snippet()) : h.snippet(), h.articleId());
                }
                table.print(spec.commandLine().getOut(), common.format);
                if (common.format == Table.Format.table) {
                    spec.commandLine().getOut().println(page.total() + " hits");
                    spec.commandLine().getOut().flush();
                }
                return Main.EXIT_OK;
            }
        }

        /** The snippet as plain text: the match markers become *, HTML entities are decoded. */
        static String plain(String snippet) {
            return snippet.replace("<b>", "*").replace("</b>", "*").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/")
                    .replace("&amp;", "&");
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Quotes by speaker (name, case-insensitive substring, or actor code), newest first.")
    static final class Quotes implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Common common = new Common();
        @Mixin
        Range range = new Range();
        @Option(names = "--speaker", paramLabel = "NAME", description = "Speaker name or actor code.")
        String speaker;
        @Option(names = "--text", paramLabel = "WORDS", description = "Words the quote contains.")
        String text;
        @Option(names = "--limit", defaultValue = "50", description = "Rows to show (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            range.check(spec);
            try (DuckDbStore store = common.open()) {
                List<QuoteRow> rows = store.quotes(new QuoteQuery(Optional.ofNullable(speaker), Optional.ofNullable(text),
                        Optional.ofNullable(range.from), Optional.ofNullable(range.to), 0, Math.max(1, limit)));
                Table table = new Table("published", "speaker", "kind", "cue", "quote", "outlet", "title", "article",
                        "start", "end");
                for (QuoteRow r : rows) {
                    table.row(r.published().map(Object::toString).orElse(null),
                            r.speakerName().or(() -> r.quote().speaker().flatMap(Speaker::name)).orElse(null),
                            r.quote().kind().name().toLowerCase(java.util.Locale.ROOT), r.quote().cue().orElse(null),
                            r.quote().text(), r.outlet().orElse(null), r.title().orElse(null), r.articleId(),
                            r.quote().span().start(), r.quote().span().end());
                }
                table.print(spec.commandLine().getOut(), common.format);
                return Main.EXIT_OK;
            }
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Events by actor (CAMEO code prefix or name, as source or target), CAMEO code prefix and date; "
                    + "--by-cluster counts a story's event once however many articles report it.")
    static final class Events implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Common common = new Common();
        @Mixin
        Range range = new Range();
        @Option(names = "--actor", paramLabel = "CODE|NAME", description = "Actor code prefix (USA, USAGOV) or name.")
        String actor;
        @Option(names = "--code", paramLabel = "PREFIX", description = "CAMEO code prefix (19, 190, 0211).")
        String code;
        @Option(names = "--by-cluster", description = "One row per story cluster, code and dyad, with its report count.")
        boolean byCluster;
        @Option(names = "--limit", defaultValue = "50", description = "Rows to show (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            range.check(spec);
            try (DuckDbStore store = common.open()) {
                List<EventRow> rows = store.events(new EventQuery(Optional.ofNullable(actor), Optional.ofNullable(code),
                        Optional.ofNullable(range.from), Optional.ofNullable(range.to), byCluster, 0, Math.max(1, limit)));
                Table table = new Table("date", "code", "source", "source_actor", "target", "target_actor", "flags",
                        "reports", "outlet", "title", "article", "cluster");
                for (EventRow r : rows) {
                    Event e = r.event();
                    String flags = (e.negated() ? "negated " : "") + (e.hypothetical() ? "hypothetical " : "")
                            + (e.quoted() ? "quoted" : "");
                    table.row(e.date().or(r::published).map(Object::toString).orElse(null), e.code(), e.source().name(),
                            e.source().actor().orElse(null), e.target().map(EventParty::name).orElse(null),
                            e.target().flatMap(EventParty::actor).orElse(null), flags.strip(), r.reports(),
                            r.outlet().orElse(null), r.title().orElse(null), r.articleId(), r.clusterId());
                }
                table.print(spec.commandLine().getOut(), common.format);
                return Main.EXIT_OK;
            }
        }
    }

    @Command(name = "actors", mixinStandardHelpOptions = true,
            description = "People, organizations and countries by the number of articles naming them.")
    static final class Actors implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Common common = new Common();
        @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many (default ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() {
            try (DuckDbStore store = common.open()) {
                Table table = new Table("name", "actor", "articles", "quotes", "events_as_source", "events_as_target");
                for (ActorRow r : store.actors(Math.max(1, top))) {
                    table.row(r.name(), r.actor().orElse(null), r.articles(), r.quotes(), r.eventsAsSource(),
                            r.eventsAsTarget());
                }
                table.print(spec.commandLine().getOut(), common.format);
                return Main.EXIT_OK;
            }
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true,
            description = "An actor's events (as source, as target) and quotes, counted by day.")
    static final class Timeline implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Common common = new Common();
        @Option(names = "--actor", paramLabel = "CODE|NAME", required = true, description = "Actor code or name.")
        String actor;

        @Override
        public Integer call() {
            if (actor.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--actor is blank");
            }
            try (DuckDbStore store = common.open()) {
                Table table = new Table("day", "events_as_source", "events_as_target", "quotes");
                for (TimelineDay d : store.timeline(actor)) {
                    table.row(d.day().toString(), d.eventsAsSource(), d.eventsAsTarget(), d.quotes());
                }
                table.print(spec.commandLine().getOut(), common.format);
                return Main.EXIT_OK;
            }
        }
    }

    @Command(name = "clusters", mixinStandardHelpOptions = true,
            description = "Story clusters (near-duplicate texts: the same story republished with small edits), "
                    + "largest first.")
    static final class Clusters implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Common common = new Common();
        @Option(names = "--min", defaultValue = "2", description = "Only clusters of at least N texts (default ${DEFAULT-VALUE}).")
        int min;
        @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many (default ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() {
            try (DuckDbStore store = common.open()) {
                Table table = new Table("cluster", "texts", "reports", "first", "last", "outlets", "titles");
                for (DuckDbStore.ClusterRow r : store.clusters(min, top)) {
                    table.row(r.clusterId(), r.texts(), r.reports(), r.first().map(Object::toString).orElse(null),
                            r.last().map(Object::toString).orElse(null), String.join("; ", r.outlets()),
                            String.join(" | ", r.titles()));
                }
                table.print(spec.commandLine().getOut(), common.format);
                return Main.EXIT_OK;
            }
        }
    }

    @Command(name = "latency", mixinStandardHelpOptions = true,
            description = "Runs each query kind N times on the store (after --warmup untimed runs) and prints the median "
                    + "and 99th-percentile latency in milliseconds.")
    static final class Latency implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Common common = new Common();
        @Option(names = "--runs", defaultValue = "100", description = "Runs per query (default ${DEFAULT-VALUE}).")
        int runs;
        @Option(names = "--warmup", defaultValue = "10",
                description = "Untimed runs per query first, for the JIT and caches (default ${DEFAULT-VALUE}).")
        int warmup;
        @Option(names = "--search", defaultValue = "president AND election", description = "Search text.")
        String search;
        @Option(names = "--actor", defaultValue = "Trump", description = "Actor for quotes, events, timeline.")
        String actor;

        @Override
        public Integer call() throws Exception {
            if (runs < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1: " + runs);
            }
            try (DuckDbStore store = common.open()) {
                java.util.Map<String, Callable<Object>> queries = new java.util.LinkedHashMap<>();
                queries.put("stats", store::stats);
                queries.put("search \"" + search + "\"", () -> store.search(new SearchQuery(search, Optional.empty(),
                        Optional.empty(), 0, 20)));
                queries.put("quotes --speaker " + actor, () -> store.quotes(new QuoteQuery(Optional.of(actor),
                        Optional.empty(), Optional.empty(), Optional.empty(), 0, 50)));
                queries.put("events --actor " + actor, () -> store.events(new EventQuery(Optional.of(actor),
                        Optional.empty(), Optional.empty(), Optional.empty(), false, 0, 50)));
                queries.put("events --actor " + actor + " --by-cluster", () -> store.events(new EventQuery(
                        Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty(), true, 0, 50)));
                queries.put("actors --top 20", () -> store.actors(20));
                queries.put("timeline --actor " + actor, () -> store.timeline(actor));
                Table table = new Table("query", "runs", "median_ms", "p99_ms", "max_ms", "rows");
                for (var q : queries.entrySet()) {
                    Object result = q.getValue().call();
                    for (int i = 1; i < warmup; i++) {
                        q.getValue().call();
                    }
                    long[] nanos = new long[runs];
                    for (int i = 0; i < runs; i++) {
                        long t = System.nanoTime();
                        result = q.getValue().call();
                        nanos[i] = System.nanoTime() - t;
                    }
                    java.util.Arrays.sort(nanos);
                    int size = result instanceof List<?> l ? l.size()
                            : result instanceof SearchPage p ? (int) p.total() : 1;
                    table.row(q.getKey(), runs, ms(nanos[(runs - 1) / 2]), ms(nanos[Math.min(runs - 1,
                            (int) Math.ceil(runs * 0.99) - 1)]), ms(nanos[runs - 1]), size);
                }
                table.print(spec.commandLine().getOut(), common.format);
                return Main.EXIT_OK;
            }
        }

        private static double ms(long nanos) {
            return Math.round(nanos / 1e4) / 100.0;
        }
    }
}
