package org.dragoman.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dragoman.json.AnalysisJson;
import org.dragoman.json.GdeltEventTable;
import org.dragoman.model.EventParty;
import org.dragoman.model.Provenance;
import org.dragoman.store.StoredArticle;
import org.dragoman.store.duckdb.DuckDbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dragoman export}: the store's articles in a published-date range as JSON Lines (each article's full
 * analysis with its provenance and story cluster), as Parquet (one row per article with nested entities,
 * quotes, events and provenance, written by DuckDB), or its events as GDELT 2.0 event-table rows, one per story
 * cluster, code and dyad, with the cluster's report count in NumArticles.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = Main.Version.class,
        description = "Exports the store: jsonl (full analyses), parquet (articles with nested annotations) or "
                + "gdelt-tsv (events, GDELT 2.0 event table, one row per story-cluster event).",
        footer = {"", "Examples:",
                "  dragoman export --format jsonl archive.jsonl",
                "  dragoman export --format parquet --from 2020-01-01 --to 2020-12-31 2020.parquet",
                "  dragoman export --format gdelt-tsv events.tsv"})
final class ExportCommand implements Callable<Integer> {

    /** Export formats. */
    enum Format { jsonl, parquet, gdelt_tsv }

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "dragoman-data",
            description = "Store directory (default ./${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--format", paramLabel = "jsonl|parquet|gdelt-tsv", required = true,
            converter = FormatConverter.class, description = "What to write.")
    Format format;

    @Mixin
    QueryCommand.Range range = new QueryCommand.Range();

    @Parameters(paramLabel = "FILE", description = "Output file ('-' for standard output, not for parquet).")
    String file;

    @Override
    public Integer call() throws Exception {
        range.check(spec);
        if (file.equals("-") && format == Format.parquet) {
            throw new CommandLine.ParameterException(spec.commandLine(), "parquet needs a FILE, not standard output");
        }
        if (!Files.isDirectory(store)) {
            throw CliException.badInput("--store " + store + ": no such store (run 'dragoman ingest' first)");
        }
        Path out = file.equals("-") ? null : Path.of(file);
        if (out != null && out.toAbsolutePath().getParent() != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
            throw CliException.badInput(file + ": no such directory");
        }
        try (DuckDbStore db = StoreOptions.open(store)) {
            long n = switch (format) {
                case jsonl -> jsonl(db, out);
                case parquet -> parquet(db, out);
                case gdelt_tsv -> gdelt(db, out);
            };
            spec.commandLine().getErr().println("dragoman: exported " + n
                    + (format == Format.gdelt_tsv ? " events" : " articles") + " to " + (out == null ? "stdout" : out));
            spec.commandLine().getErr().flush();
        }
        return Main.EXIT_OK;
    }

    /** The article ids in the range, in the order they were stored. */
    private List<String> ids(DuckDbStore db) {
        return db.withConnection(c -> {
            StringBuilder sql = new StringBuilder("SELECT id FROM articles WHERE true");
            List<Object> params = new ArrayList<>();
            rangeCondition(sql, params, "published");
            sql.append(" ORDER BY seq");
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                bind(s, params);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    private void rangeCondition(StringBuilder sql, List<Object> params, String column) {
        if (range.from != null) {
            sql.append(" AND ").append(column).append(" >= CAST(? AS DATE)");
            params.add(range.from.toString());
        }
        if (range.to != null) {
            sql.append(" AND ").append(column).append(" <= CAST(? AS DATE)");
            params.add(range.to.toString());
        }
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    private Writer writer(Path out) throws IOException {
        OutputStream stream = out == null ? System.out : Files.newOutputStream(out);
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    private long jsonl(DuckDbStore db, Path out) throws IOException {
        long n = 0;
        JsonFactory factory = JsonFactory.builder().build();
        Writer w = writer(out);
        try {
            for (String id : ids(db)) {
                StoredArticle article = db.article(id).orElseThrow();
                try (JsonGenerator g = factory.createGenerator(w)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.writeStartObject();
                    g.writeStringField("cluster", article.clusterId());
                    g.writeArrayFieldStart("provenance");
                    for (Provenance p : article.provenance()) {
                        g.writeStartObject();
                        g.writeStringField("source", p.source());
                        g.writeStringField("locator", p.locator());
                        if (p.url().isPresent()) {
                            g.writeStringField("url", p.url().get());
                        }
                        if (p.outlet().isPresent()) {
                            g.writeStringField("outlet", p.outlet().get());
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    AnalysisJson.write(article.analysis(), g);
                    g.writeEndObject();
                }
                w.write('\n');
                n++;
            }
        } finally {
            if (out == null) {
                w.flush();
            } else {
                w.close();
            }
        }
        return n;
    }

    /**
     * Parquet through DuckDB's COPY. COPY takes no parameters, so the range goes into a temporary table through a
     * prepared statement first, and the file name, the one literal, is quoted with its quotes doubled.
     */
    private long parquet(DuckDbStore db, Path out) {
        return db.withConnection(c -> {
            StringBuilder select = new StringBuilder("CREATE OR REPLACE TEMP TABLE export_ids AS SELECT id FROM articles WHERE true");
            List<Object> params = new ArrayList<>();
            rangeCondition(select, params, "published");
            try (PreparedStatement s = c.prepareStatement(select.toString())) {
                bind(s, params);
                s.execute();
            }
            String target = out.toAbsolutePath().toString().replace("'", "''");
            String query = "SELECT a.id, a.cluster_id AS cluster, a.title, a.published, a.source AS outlet, a.url, "
                    + "a.author, a.text, "
                    + "(SELECT list(struct_pack(source := p.source, locator := p.locator, url := p.url, "
                    + "outlet := p.outlet)) FROM provenance p WHERE p.article_id = a.id) AS provenance, "
                    + "(SELECT list(struct_pack(id := e.entity_id, name := e.name, type := e.type, actor := e.actor) "
                    + "ORDER BY e.ord) FROM entities e WHERE e.article_id = a.id) AS entities, "
                    + "(SELECT list(struct_pack(id := q.quote_id, kind := q.kind, \"start\" := q.start_off, "
                    + "\"end\" := q.end_off, parts := CASE WHEN q.parts IS NULL "
                    + "THEN [struct_pack(\"start\" := q.start_off, \"end\" := q.end_off)] "
                    + "ELSE list_transform(CAST(q.parts AS INTEGER[][]), x -> struct_pack(\"start\" := x[1], "
                    + "\"end\" := x[2])) END, text := q.text, cue := q.cue, speaker := q.speaker_name, "
                    + "speaker_entity := q.speaker_entity, speaker_actor := q.speaker_actor, "
                    + "source_type := q.source_type) ORDER BY q.ord) FROM quotes q WHERE q.article_id = a.id) AS quotes, "
                    + "(SELECT list(struct_pack(id := v.event_id, code := v.code, plover_event := v.plover_event, "
                    + "source := v.source_name, source_actor := v.source_actor, target := v.target_name, "
                    + "target_actor := v.target_actor, date := v.event_date, location := v.location_name, "
                    + "quoted := v.quoted, negated := v.negated, hypothetical := v.hypothetical, "
                    + "\"start\" := v.start_off, \"end\" := v.end_off) ORDER BY v.ord) FROM events v "
                    + "WHERE v.article_id = a.id) AS events, "
                    + "(SELECT list(struct_pack(\"start\" := t.start_off, \"end\" := t.end_off, text := t.text, "
                    + "type := t.type, value := t.value) ORDER BY t.ord) FROM times t WHERE t.article_id = a.id) AS times "
                    + "FROM articles a JOIN export_ids x ON x.id = a.id ORDER BY a.seq";
            long n;
            try (Statement s = c.createStatement()) {
                s.execute("COPY (" + query + ") TO '" + target + "' (FORMAT parquet, COMPRESSION zstd)");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM export_ids")) {
                    rs.next();
                    n = rs.getLong(1);
                }
                s.execute("DROP TABLE export_ids");
            }
            return n;
        });
    }

    /**
     * One GDELT row per story cluster, CAMEO code and dyad (asserted events only: negated and hypothetical ones
     * are left out), from the cluster's first report; NumArticles and NumMentions are the cluster's reports,
     * NumSources its distinct outlets. No header: GDELT files have none. Columns Dragoman has no value for
     * (GoldsteinScale, tone, coordinates, ethnic and religious codes) are empty.
     */
    private long gdelt(DuckDbStore db, Path out) throws IOException {
        StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT e.code, e.source_name, e.source_actor, "
                + "e.target_name, e.target_actor, CAST(e.day AS VARCHAR), e.location_name, a.url, "
                + "strftime(a.ingested_at, '%Y%m%d%H%M%S'), count(*) OVER w AS reports, "
                + "count(DISTINCT coalesce(a.source, a.url, a.id)) OVER w AS sources, "
                + "row_number() OVER (w ORDER BY a.seq, e.ord) AS rn, a.seq, e.ord, "
                + "e.sentence_start < coalesce((SELECT min(b.end_off) FROM blocks b WHERE b.article_id = a.id "
                + "AND b.kind = 'PARAGRAPH'), 2147483647) AS lead "
                + "FROM events e JOIN articles a ON a.id = e.article_id WHERE NOT e.negated AND NOT e.hypothetical");
        List<Object> params = new ArrayList<>();
        rangeCondition(sql, params, "e.day");
        sql.append(" WINDOW w AS (PARTITION BY e.cluster_id, e.code, coalesce(e.source_actor, lower(e.source_name)), "
                + "coalesce(e.target_actor, lower(e.target_name), ''))) WHERE rn = 1 ORDER BY seq, ord");
        Writer w = writer(out);
        try {
            return db.withConnection(c -> {
                long id = 0;
                try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                    bind(s, params);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            String day = rs.getString(6);
                            Optional<LocalDate> date = day == null ? Optional.empty() : Optional.of(LocalDate.parse(day));
                            Optional<EventParty> target = rs.getString(4) == null && rs.getString(5) == null
                                    ? Optional.empty() : Optional.of(party(rs.getString(5), rs.getString(4)));
                            String added = rs.getString(9);
                            String row = GdeltEventTable.row(new GdeltEventTable.Row(++id, date,
                                    party(rs.getString(3), rs.getString(2)), target, rs.getString(1),
                                    rs.getBoolean(15), Optional.ofNullable(rs.getString(7)), rs.getLong(10),
                                    rs.getLong(11), rs.getLong(10),
                                    added == null ? LocalDateTime.now() : LocalDateTime.parse(added, ADDED),
                                    Optional.ofNullable(rs.getString(8)).orElse("")));
                            try {
                                w.write(row);
                                w.write('\n');
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                    }
                }
                return id;
            });
        } finally {
            if (out == null) {
                w.flush();
            } else {
                w.close();
            }
        }
    }

    private static final java.time.format.DateTimeFormatter ADDED =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private static EventParty party(String code, String name) {
        return new EventParty(Optional.empty(), name == null ? "" : name, Optional.ofNullable(code));
    }

    /** Accepts jsonl, parquet and gdelt-tsv. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "jsonl" -> Format.jsonl;
                case "parquet" -> Format.parquet;
                case "gdelt-tsv", "gdelt_tsv", "tsv" -> Format.gdelt_tsv;
                default -> throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not an export format (jsonl, parquet, gdelt-tsv)");
            };
        }
    }
}
