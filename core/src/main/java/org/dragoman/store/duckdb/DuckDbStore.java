package org.dragoman.store.duckdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.dragoman.model.Analysis;
import org.dragoman.model.Block;
import org.dragoman.model.Entity;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Mention;
import org.dragoman.model.Provenance;
import org.dragoman.model.Quote;
import org.dragoman.model.Removal;
import org.dragoman.model.Role;
import org.dragoman.model.Speaker;
import org.dragoman.model.TimeExpr;
import org.dragoman.store.ActorProfile;
import org.dragoman.store.ActorRow;
import org.dragoman.store.EntityQuery;
import org.dragoman.store.EntityRow;
import org.dragoman.store.EventQuery;
import org.dragoman.store.EventRow;
import org.dragoman.store.IngestError;
import org.dragoman.store.NetworkEdge;
import org.dragoman.store.NetworkQuery;
import org.dragoman.store.PutResult;
import org.dragoman.store.QuerySyntaxException;
import org.dragoman.store.QuoteQuery;
import org.dragoman.store.QuoteRow;
import org.dragoman.store.SearchPage;
import org.dragoman.store.SearchQuery;
import org.dragoman.store.Store;
import org.dragoman.store.StoreStats;
import org.dragoman.store.StoredArticle;
import org.dragoman.store.TimelineDay;
import org.dragoman.store.dedup.MinHash;
import org.dragoman.store.dedup.NearDuplicates;
import org.dragoman.store.dedup.TextFingerprint;
import org.dragoman.store.lucene.LuceneIndex;

/**
 * The embedded store: a DuckDB file ({@code dragoman.duckdb}) that is the truth, and a Lucene index
 * ({@code lucene/}) for full-text search, both in one directory.
 *
 * <p>Writes are buffered and written in batches (64 articles, or whatever waited 10 s) by one background writer
 * thread, one database transaction per batch (all rows of an article or none: bulk rows through DuckDB's appender
 * inside the transaction), after which the same articles go into the Lucene index. The index commits at most once
 * a minute, recording the highest article sequence number it holds; on open, articles the index lacks are
 * re-indexed and documents the database lacks are deleted, so a process killed at any point leaves a consistent
 * store, and rerunning its ingest stores the lost batch's articles again, once. Exact duplicates (same normalized text) are stored once; near-duplicates
 * (MinHash on word shingles, LSH bands) join the story cluster of the most similar stored article.
 *
 * <p>Thread-safe. Reads see what was written before them in this process (pending writes are flushed first).
 * One process at a time may open a store directory.
 */
public final class DuckDbStore implements Store {

    /** The database file inside the store directory. */
    public static final String DATABASE = "dragoman.duckdb";
    /** The Lucene index directory inside the store directory. */
    public static final String INDEX = "lucene";

    private static final int DEFAULT_BATCH = 64;
    private static final long MAX_PENDING_NANOS = 10_000_000_000L;
    private static final long INDEX_COMMIT_NANOS = 60_000_000_000L;

    /** Rows accepted and not yet written; swapped out whole when written. */
    private static final class Batch {
        final List<Pending> articles = new ArrayList<>();
        final Map<String, Object[]> provenance = new LinkedHashMap<>();
        final Map<String, Object[]> errors = new LinkedHashMap<>();
        final List<Object[]> aliases = new ArrayList<>();
        final Map<String, Object[]> links = new LinkedHashMap<>();

        boolean isEmpty() {
            return articles.isEmpty() && provenance.isEmpty() && errors.isEmpty() && aliases.isEmpty() && links.isEmpty();
        }

        boolean holds(String key) {
            return provenance.containsKey(key) || errors.containsKey(key) || links.containsKey(key);
        }
    }

    /** What the store knows of an id: the article that holds its text and that article's cluster. */
    private record Known(String articleId, String cluster) {
    }

    /** An article accepted by {@link #put} and not yet written. */
    private record Pending(Analysis analysis, long seq, String cluster, Double similarity, String normHash,
                           int[] signature, boolean foundsCluster) {
    }

    private final Path dir;
    private final Connection connection;
    private final Deque<Connection> readers = new ArrayDeque<>();
    private final LuceneIndex index;
    private final NearDuplicates nearDuplicates = NearDuplicates.standard();
    private final int batchSize;
    private final ReentrantLock lock = new ReentrantLock();

    // all guarded by lock
    private final Map<String, Known> known = new HashMap<>();
    private final Map<String, String> byNormHash = new HashMap<>();
    private Batch batch = new Batch();
    private Batch inFlight = new Batch();
    // writes run on one background thread, so analysis threads never wait for the disk; writeLock orders them
    private final ReentrantLock writeLock = new ReentrantLock();
    private final java.util.concurrent.ScheduledExecutorService writer;
    private final java.util.concurrent.atomic.AtomicBoolean flushQueued = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile RuntimeException failure;
    private volatile int backlog;
    private long seq;
    private long pendingSince;
    private volatile long writeNanos;
    private long indexedSeq;
    private long lastIndexCommit = System.nanoTime();
    private boolean closed;

    private DuckDbStore(Path dir, int batchSize) throws SQLException, IOException {
        this.dir = dir;
        this.batchSize = batchSize;
        this.connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DATABASE).toAbsolutePath());
        try {
            Schema.migrate(connection, dir.toString());
            load();
            this.index = new LuceneIndex(dir.resolve(INDEX));
        } catch (SQLException | IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
        try {
            reconcileIndex();
        } catch (SQLException | IOException | RuntimeException e) {
            index.close();
            connection.close();
            throw e;
        }
        this.writer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dragoman-store-writer");
            t.setDaemon(true);
            return t;
        });
        writer.scheduleWithFixedDelay(this::flushInBackgroundIfDue, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * Opens the store in {@code dir}, creating the directory and an empty store when missing. Throws
     * {@link IllegalArgumentException} naming the directory when it is not a usable directory, is in use by
     * another process, or was written by a newer Dragoman.
     */
    public static DuckDbStore open(Path dir) {
        return open(dir, DEFAULT_BATCH);
    }

    /** {@link #open(Path)} writing in batches of {@code batchSize} articles (1 writes each article at once). */
    public static DuckDbStore open(Path dir, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException(dir + ": cannot create the store directory ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException(dir + ": store directory is not writable");
        }
        try {
            return new DuckDbStore(dir, batchSize);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IllegalArgumentException(dir + ": store is in use by another process");
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("lock") || message.contains("Conflicting")) {
                throw new IllegalArgumentException(dir + ": store is in use by another process");
            }
            throw new IllegalArgumentException(dir + ": cannot open the store database: " + firstLine(message));
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException(dir + ": cannot open the search index: " + firstLine(e.toString()));
        }
    }

    /** The store directory. */
    public Path directory() {
        return dir;
    }

    /** Wall-clock nanoseconds spent writing to the database and the index so far (for ingest timing). */
    public long writeNanos() {
        return writeNanos;
    }

    private void load() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT seq, id, cluster_id, norm_hash, minhash FROM articles ORDER BY seq");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                seq = Math.max(seq, rs.getLong(1));
                String id = rs.getString(2);
                String cluster = rs.getString(3);
                known.put(id, new Known(id, cluster));
                byNormHash.put(rs.getString(4), id);
                String minhash = rs.getString(5);
                if (minhash != null) {
                    nearDuplicates.add(id, cluster, decode(minhash));
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT id, article_id FROM aliases");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Known target = known.get(rs.getString(2));
                if (target != null) {
                    known.put(rs.getString(1), target);
                }
            }
        }
    }

    /** Makes the index hold exactly the database's articles after a crash between the two commits. */
    private void reconcileIndex() throws SQLException, IOException {
        long indexed = index.committedSeq();
        if (indexed > seq) {
            index.deleteAbove(seq);
            index.commit(seq);
            indexedSeq = seq;
            return;
        }
        if (indexed == seq) {
            indexedSeq = seq;
            return;
        }
        List<LuceneIndex.Doc> docs = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT a.seq, a.id, a.text, a.title, a.source, CAST(a.published AS VARCHAR), "
                        + "(SELECT list(q.text ORDER BY q.ord) FROM quotes q WHERE q.article_id = a.id) "
                        + "FROM articles a WHERE a.seq > ? ORDER BY a.seq")) {
            s.setLong(1, indexed);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<String> quotes = new ArrayList<>();
                    java.sql.Array array = rs.getArray(7);
                    if (array != null) {
                        for (Object o : (Object[]) array.getArray()) {
                            quotes.add(String.valueOf(o));
                        }
                    }
                    docs.add(new LuceneIndex.Doc(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                            Optional.ofNullable(rs.getString(6)).map(LocalDate::parse), quotes));
                    if (docs.size() >= 512) {
                        index.index(docs);
                        docs.clear();
                    }
                }
            }
        }
        index.index(docs);
        index.commit(seq);
        indexedSeq = seq;
    }

    // ---------------------------------------------------------------- writes

    @Override
    public boolean contains(String articleId) {
        lock.lock();
        try {
            return known.containsKey(articleId);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The id of the stored article whose text is {@code text} or equal to it once normalized (whitespace, case),
     * so a caller can skip analysing a copy; empty when no such text is stored.
     */
    public Optional<String> storedCopy(String text) {
        String id = org.dragoman.model.Article.idOf(text);
        lock.lock();
        try {
            Known k = known.get(id);
            if (k != null) {
                return Optional.of(k.articleId());
            }
            return Optional.ofNullable(byNormHash.get(TextFingerprint.of(text)));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public PutResult put(Analysis analysis, Provenance from) {
        if (backlog >= 4 * batchSize) {
            // the writer is far behind: write on this thread (holding no lock) rather than let memory grow
            flush();
        }
        lock.lock();
        try {
            ensureOpen();
            String id = analysis.article().id();
            Known k = known.get(id);
            if (k != null) {
                queueProvenance(k.articleId(), from);
                flushIfDue();
                return new PutResult(k.articleId(), false, k.cluster());
            }
            String text = analysis.article().text();
            String normHash = TextFingerprint.of(text);
            String same = byNormHash.get(normHash);
            if (same != null) {
                Known target = known.get(same);
                known.put(id, target);
                batch.aliases.add(new Object[] {id, target.articleId()});
                queueProvenance(target.articleId(), from);
                flushIfDue();
                return new PutResult(target.articleId(), false, target.cluster());
            }
            MinHash minHash = nearDuplicates.minHash();
            int[] signature = minHash.signature(text);
            boolean eligible = nearDuplicates.eligible(minHash.shingleCount(text));
            Optional<NearDuplicates.Match> match = eligible ? nearDuplicates.best(signature) : Optional.empty();
            String cluster = match.map(NearDuplicates.Match::cluster).orElse(id);
            if (eligible) {
                nearDuplicates.add(id, cluster, signature);
            }
            known.put(id, new Known(id, cluster));
            byNormHash.put(normHash, id);
            markPending();
            batch.articles.add(new Pending(analysis, ++seq, cluster, match.map(NearDuplicates.Match::similarity).orElse(null),
                    normHash, eligible ? signature : null, match.isEmpty()));
            queueProvenance(id, from);
            flushIfDue();
            return new PutResult(id, true, cluster);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean addProvenance(String articleId, Provenance from) {
        lock.lock();
        try {
            ensureOpen();
            Known k = known.get(articleId);
            if (k == null) {
                return false;
            }
            queueProvenance(k.articleId(), from);
            flushIfDue();
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void queueProvenance(String articleId, Provenance from) {
        batch.provenance.putIfAbsent(key(from.source(), from.locator()), new Object[] {articleId, from.source(),
                from.locator(), from.url().orElse(null), from.outlet().orElse(null), now()});
        markPending();
    }

    @Override
    public boolean seen(Provenance from) {
        lock.lock();
        try {
            String key = key(from.source(), from.locator());
            if (batch.holds(key) || inFlight.holds(key)) {
                return true;
            }
        } finally {
            lock.unlock();
        }
        // no flush: what is not written yet is in the batches checked above, and a batch leaves them only once
        // committed, so each record is found in memory or in the database
        return readCommitted(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT (SELECT count(*) FROM provenance WHERE source = ? AND locator = ?) "
                            + "+ (SELECT count(*) FROM errors WHERE source = ? AND locator = ?) "
                            + "+ (SELECT count(*) FROM pending WHERE source = ? AND locator = ?)")) {
                s.setString(1, from.source());
                s.setString(2, from.locator());
                s.setString(3, from.source());
                s.setString(4, from.locator());
                s.setString(5, from.source());
                s.setString(6, from.locator());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
    }

    @Override
    public void recordError(IngestError error) {
        lock.lock();
        try {
            ensureOpen();
            batch.errors.putIfAbsent(key(error.source(), error.locator()), new Object[] {error.source(),
                    error.locator(), oneLine(error.reason()), LocalDateTime.ofInstant(error.at(), ZoneOffset.UTC).toString()});
            markPending();
            flushIfDue();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records a feed item that only links to its article (its URL in {@code from.url()}), so a later run can
     * fetch it; recording the same item twice keeps one. Rejects a provenance without a URL.
     */
    public void recordPending(Provenance from) {
        String url = from.url().orElseThrow(() -> new IllegalArgumentException("pending link without a URL: " + from));
        lock.lock();
        try {
            ensureOpen();
            batch.links.putIfAbsent(key(from.source(), from.locator()), new Object[] {from.source(), from.locator(),
                    url, from.outlet().orElse(null), now()});
            markPending();
            flushIfDue();
        } finally {
            lock.unlock();
        }
    }

    /** Feed items recorded as pending links, oldest first, at most {@code limit}. */
    public List<Provenance> pendingLinks(int limit) {
        return read(c -> new Sql("SELECT source, locator, url, outlet FROM pending ORDER BY recorded_at, source, locator "
                + "LIMIT ?", limit).list(c, rs -> new Provenance(rs.getString(1), rs.getString(2),
                Optional.of(rs.getString(3)), Optional.ofNullable(rs.getString(4)))));
    }

    private void markPending() {
        if (pendingSince == 0) {
            pendingSince = System.nanoTime();
        }
    }

    private boolean due() {
        return batch.articles.size() >= batchSize || batch.provenance.size() >= 8 * batchSize
                || batch.errors.size() + batch.links.size() >= 8 * batchSize
                || (pendingSince != 0 && System.nanoTime() - pendingSince > MAX_PENDING_NANOS);
    }

    /** Called with {@code lock} held: hands a full or old batch to the writer thread. */
    private void flushIfDue() {
        backlog = batch.articles.size();
        if (due() && flushQueued.compareAndSet(false, true)) {
            writer.execute(this::flushInBackground);
        }
    }

    private void flushInBackgroundIfDue() {
        boolean isDue;
        lock.lock();
        try {
            isDue = !closed && due();
        } finally {
            lock.unlock();
        }
        if (isDue) {
            flushInBackground();
        }
    }

    private void flushInBackground() {
        flushQueued.set(false);
        try {
            flush();
        } catch (RuntimeException e) {
            // kept and thrown to the next caller: a failed write must not pass unnoticed
            failure = e;
        }
    }

    /**
     * Writes everything accepted so far in one database transaction, then adds it to the search index; returns
     * when it is durable. A no-op when nothing is pending.
     */
    public void flush() {
        writeLock.lock();
        try {
            Batch b;
            lock.lock();
            try {
                if (batch.isEmpty()) {
                    return;
                }
                ensureOpen();
                b = batch;
                batch = new Batch();
                backlog = 0;
                inFlight = b;
                pendingSince = 0;
            } finally {
                lock.unlock();
            }
            long start = System.nanoTime();
            try {
                writeBatch(b);
            } catch (SQLException e) {
                failure = new IllegalStateException(dir + ": cannot write to the store: " + firstLine(e.getMessage()), e);
                throw failure;
            } catch (IOException e) {
                failure = new UncheckedIOException(e);
                throw failure;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } finally {
                lock.lock();
                try {
                    inFlight = new Batch();
                } finally {
                    lock.unlock();
                }
            }
            writeNanos += System.nanoTime() - start;
        } finally {
            writeLock.unlock();
        }
    }

    private void writeBatch(Batch b) throws SQLException, IOException {
        String now = now();
        LocalDateTime nowTime = LocalDateTime.now(ZoneOffset.UTC);
        Inserter articles = new Inserter("articles", false, "seq", "id", "norm_hash", "cluster_id",
                "cluster_similarity", "text", "title", "published", "source", "url", "author", "minhash", "ingested_at");
        Inserter clusters = new Inserter("clusters", true, "cluster_id", "founded_by", "created_at");
        Inserter aliases = new Inserter("aliases", true, "id", "article_id");
        Inserter provenance = new Inserter("provenance", true, "article_id", "source", "locator", "url", "outlet",
                "ingested_at");
        Inserter errors = new Inserter("errors", true, "source", "locator", "reason", "recorded_at");
        Inserter links = new Inserter("pending", true, "source", "locator", "url", "outlet", "recorded_at");
        Inserter blocks = new Inserter("blocks", false, "article_id", "ord", "kind", "start_off", "end_off");
        Inserter removals = new Inserter("removals", false, "article_id", "ord", "start_off", "end_off", "reason");
        Inserter entities = new Inserter("entities", false, "article_id", "ord", "entity_id", "name", "type", "actor");
        Inserter mentions = new Inserter("mentions", false, "article_id", "entity_id", "ord", "start_off", "end_off",
                "text");
        Inserter roles = new Inserter("roles", false, "article_id", "entity_id", "ord", "title", "start_off",
                "end_off", "published");
        Inserter quotes = new Inserter("quotes", false, "article_id", "ord", "quote_id", "kind", "start_off", "end_off",
                "text", "cue", "cue_start", "cue_end", "has_speaker", "speaker_entity", "speaker_name", "speaker_text",
                "speaker_start", "speaker_end", "speaker_actor", "has_addressee", "addressee_entity", "addressee_name",
                "addressee_text", "addressee_start", "addressee_end", "source_type", "published", "parts");
        Inserter events = new Inserter("events", false, "article_id", "ord", "event_id", "code", "plover_event",
                "plover_mode", "source_entity", "source_name", "source_actor", "has_target", "target_entity",
                "target_name", "target_actor", "event_date", "has_location", "location_entity", "location_name",
                "location_actor", "quoted", "quote_id", "negated", "hypothetical", "start_off", "end_off",
                "sentence_start", "sentence_end", "cluster_id", "day");
        Inserter times = new Inserter("times", false, "article_id", "ord", "start_off", "end_off", "text", "type",
                "value");
        List<LuceneIndex.Doc> docs = new ArrayList<>(b.articles.size());
        long maxSeq = index.committedSeq();
        for (Pending p : b.articles) {
            Analysis a = p.analysis();
            var article = a.article();
            String id = article.id();
            LocalDate published = article.published().orElse(null);
            articles.add(p.seq(), id, p.normHash(), p.cluster(), p.similarity(), article.text(),
                    article.title().orElse(null), published, article.source().orElse(null),
                    article.url().orElse(null), article.author().orElse(null),
                    p.signature() == null ? null : encode(p.signature()), nowTime);
            if (p.foundsCluster()) {
                clusters.add(p.cluster(), id, now);
            }
            int ord = 0;
            for (Block block : a.blocks()) {
                blocks.add(id, ord++, block.kind().name(), block.span().start(), block.span().end());
            }
            ord = 0;
            for (Removal r : a.removed()) {
                removals.add(id, ord++, r.span().start(), r.span().end(), r.reason());
            }
            ord = 0;
            Map<String, Entity> byId = new HashMap<>();
            for (Entity e : a.entities()) {
                byId.put(e.id(), e);
                entities.add(id, ord++, e.id(), e.name(), e.type().name(), e.actor().orElse(null));
                int m = 0;
                for (Mention mention : e.mentions()) {
                    mentions.add(id, e.id(), m++, mention.span().start(), mention.span().end(), mention.text());
                }
                int r = 0;
                for (Role role : e.roles()) {
                    roles.add(id, e.id(), r++, role.title(), role.evidence().start(), role.evidence().end(), published);
                }
            }
            ord = 0;
            List<String> quoteTexts = new ArrayList<>();
            for (Quote q : a.quotes()) {
                quoteTexts.add(q.text());
                Optional<Speaker> sp = q.speaker();
                Optional<Speaker> ad = q.addressee();
                String speakerActor = sp.flatMap(Speaker::entity).map(byId::get).flatMap(Entity::actor).orElse(null);
                quotes.add(id, ord++, q.id(), q.kind().name(), q.span().start(), q.span().end(), q.text(),
                        q.cue().orElse(null), q.cueSpan().map(s -> s.start()).orElse(null),
                        q.cueSpan().map(s -> s.end()).orElse(null),
                        sp.isPresent(), sp.flatMap(Speaker::entity).orElse(null), sp.flatMap(Speaker::name).orElse(null),
                        sp.flatMap(Speaker::mention).map(Mention::text).orElse(null),
                        sp.flatMap(Speaker::mention).map(m -> m.span().start()).orElse(null),
                        sp.flatMap(Speaker::mention).map(m -> m.span().end()).orElse(null), speakerActor,
                        ad.isPresent(), ad.flatMap(Speaker::entity).orElse(null), ad.flatMap(Speaker::name).orElse(null),
                        ad.flatMap(Speaker::mention).map(Mention::text).orElse(null),
                        ad.flatMap(Speaker::mention).map(m -> m.span().start()).orElse(null),
                        ad.flatMap(Speaker::mention).map(m -> m.span().end()).orElse(null),
                        q.sourceType().map(Enum::name).orElse(null), published, ArticleRows.partsColumn(q.parts()));
            }
            ord = 0;
            for (Event e : a.events()) {
                LocalDate date = e.date().orElse(null);
                events.add(id, ord++, e.id(), e.code(), e.ploverEvent().orElse(null), e.ploverMode().orElse(null),
                        e.source().entity().orElse(null), e.source().name(), e.source().actor().orElse(null),
                        e.target().isPresent(), e.target().flatMap(EventParty::entity).orElse(null),
                        e.target().map(EventParty::name).orElse(null), e.target().flatMap(EventParty::actor).orElse(null),
                        date, e.location().isPresent(), e.location().flatMap(EventParty::entity).orElse(null),
                        e.location().map(EventParty::name).orElse(null),
                        e.location().flatMap(EventParty::actor).orElse(null), e.quoted(), e.quote().orElse(null),
                        e.negated(), e.hypothetical(), e.span().start(), e.span().end(), e.sentence().start(),
                        e.sentence().end(), p.cluster(), date != null ? date : published);
            }
            ord = 0;
            for (TimeExpr t : a.times()) {
                times.add(id, ord++, t.span().start(), t.span().end(), t.text(), t.type(), t.value());
            }
            docs.add(new LuceneIndex.Doc(p.seq(), id, article.text(), article.title(), article.source(),
                    article.published(), quoteTexts));
            maxSeq = Math.max(maxSeq, p.seq());
        }
        for (Object[] alias : b.aliases) {
            aliases.add(alias);
        }
        for (Object[] row : b.provenance.values()) {
            provenance.add(row);
        }
        for (Object[] row : b.errors.values()) {
            errors.add(row);
        }
        for (Object[] row : b.links.values()) {
            links.add(row);
        }
        connection.setAutoCommit(false);
        try {
            for (Inserter inserter : List.of(articles, clusters, aliases, provenance, errors, links, blocks, removals,
                    entities, mentions, roles, quotes, events, times)) {
                inserter.flush(connection);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        if (!docs.isEmpty()) {
            index.index(docs);
            indexedSeq = maxSeq;
            // the index need not commit with the database: on open it re-indexes what its last commit lacks.
            // Committing less often keeps segment flushes and fsyncs off the ingest path.
            if (System.nanoTime() - lastIndexCommit > INDEX_COMMIT_NANOS) {
                commitIndex();
            }
        }
    }

    private void commitIndex() throws IOException {
        if (indexedSeq > index.committedSeq()) {
            index.commit(indexedSeq);
        }
        lastIndexCommit = System.nanoTime();
    }

    // ---------------------------------------------------------------- reads

    /** A read on a connection of its own, after pending writes are flushed. */
    @FunctionalInterface
    private interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Read<T> read) {
        flush();
        return readCommitted(read);
    }

    /** A read of what is committed, without flushing first. */
    private <T> T readCommitted(Read<T> read) {
        Connection c;
        synchronized (readers) {
            c = readers.pollFirst();
        }
        try {
            if (c == null) {
                // the writer thread uses the main connection under writeLock; never touch it concurrently
                writeLock.lock();
                try {
                    if (closed) {
                        throw new IllegalStateException(dir + ": store is closed");
                    }
                    c = ((org.duckdb.DuckDBConnection) connection).duplicate();
                } finally {
                    writeLock.unlock();
                }
            }
            T result = read.run(c);
            synchronized (readers) {
                readers.addFirst(c);
            }
            return result;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException(dir + ": cannot read the store: " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public List<IngestError> errors(int limit) {
        return read(c -> {
            List<IngestError> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT source, locator, reason, CAST(recorded_at AS VARCHAR) FROM errors ORDER BY recorded_at, source, locator LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new IngestError(rs.getString(1), rs.getString(2), rs.getString(3),
                                LocalDateTime.parse(rs.getString(4).replace(' ', 'T')).toInstant(ZoneOffset.UTC)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public StoreStats stats() {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT (SELECT count(*) FROM provenance), "
                    + "(SELECT count(*) FROM articles), (SELECT count(DISTINCT cluster_id) FROM articles), "
                    + "(SELECT count(*) FROM (SELECT DISTINCT name, type FROM entities)), "
                    + "(SELECT count(*) FROM quotes), (SELECT count(*) FROM events), (SELECT count(*) FROM errors)");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return new StoreStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7));
            }
        });
    }

    /**
     * How many distinct events the store holds when an event (CAMEO code, source and target) reported by several
     * articles of one story cluster counts once; {@code stats().events()} counts every report.
     */
    public long storyEvents() {
        return read(c -> new Sql("SELECT count(*) FROM (SELECT DISTINCT cluster_id, code, "
                + "coalesce(source_actor, lower(source_name)), coalesce(target_actor, lower(target_name), '') "
                + "FROM events)").one(c));
    }

    /** How many documents the search index holds (equal to {@code distinctTexts} in a consistent store). */
    public long indexedCount() {
        flush();
        try {
            return index.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchPage search(SearchQuery query) throws QuerySyntaxException {
        flush();
        try {
            return index.search(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<StoredArticle> article(String articleId) {
        String id;
        lock.lock();
        try {
            Known k = known.get(articleId);
            if (k == null) {
                return Optional.empty();
            }
            id = k.articleId();
        } finally {
            lock.unlock();
        }
        return read(c -> ArticleRows.load(c, id));
    }

    @Override
    public List<EntityRow> entities(EntityQuery query) {
        Sql sql = new Sql("SELECT e.name, e.type, any_value(e.actor), count(DISTINCT e.article_id), "
                + "coalesce(sum(m.n), 0) FROM entities e LEFT JOIN (SELECT article_id, entity_id, count(*) AS n "
                + "FROM mentions GROUP BY article_id, entity_id) m "
                + "ON m.article_id = e.article_id AND m.entity_id = e.entity_id WHERE true");
        query.type().ifPresent(t -> sql.and("e.type = ?", t.name()));
        query.name().filter(n -> !n.isBlank()).ifPresent(n -> sql.and("contains(lower(e.name), lower(?))", n.strip()));
        sql.add(" GROUP BY e.name, e.type ORDER BY 4 DESC, e.name LIMIT ? OFFSET ?", query.limit(), query.offset());
        return read(c -> sql.list(c, rs -> new EntityRow(rs.getString(1),
                org.dragoman.model.EntityType.valueOf(rs.getString(2)), Optional.ofNullable(rs.getString(3)),
                rs.getLong(4), rs.getLong(5))));
    }

    @Override
    public List<ActorRow> actors(int top) {
        Sql sql = new Sql("WITH e AS (SELECT name, any_value(actor) AS actor, count(DISTINCT article_id) AS articles "
                + "FROM entities WHERE type IN ('PERSON', 'ORGANIZATION', 'COUNTRY') GROUP BY name), "
                + "q AS (SELECT speaker_name AS name, count(*) AS n FROM quotes WHERE speaker_name IS NOT NULL GROUP BY 1), "
                + "s AS (SELECT source_name AS name, count(*) AS n FROM events GROUP BY 1), "
                + "t AS (SELECT target_name AS name, count(*) AS n FROM events WHERE target_name IS NOT NULL GROUP BY 1) "
                + "SELECT e.name, e.actor, e.articles, coalesce(q.n, 0), coalesce(s.n, 0), coalesce(t.n, 0) FROM e "
                + "LEFT JOIN q ON q.name = e.name LEFT JOIN s ON s.name = e.name LEFT JOIN t ON t.name = e.name "
                + "ORDER BY e.articles DESC, coalesce(q.n, 0) DESC, e.name LIMIT ?", Math.max(0, top));
        return read(c -> sql.list(c, rs -> new ActorRow(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))));
    }

    @Override
    public Optional<ActorProfile> actor(String codeOrName) {
        String who = codeOrName.strip();
        if (who.isEmpty()) {
            return Optional.empty();
        }
        return read(c -> {
            // the entity names that match: an actor code exactly, else the name case-insensitively
            Sql names = new Sql("SELECT name, any_value(actor), count(DISTINCT article_id) AS n FROM entities "
                    + "WHERE actor = ? OR lower(name) = lower(?) GROUP BY name ORDER BY n DESC, name", who, who);
            List<Object[]> matched = names.list(c, rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
            if (matched.isEmpty()) {
                return Optional.empty();
            }
            String name = (String) matched.get(0)[0];
            Optional<String> actor = matched.stream().map(m -> (String) m[1]).filter(java.util.Objects::nonNull).findFirst();
            List<String> nameList = matched.stream().map(m -> (String) m[0]).toList();
            String in = Sql.placeholders(nameList.size());
            Object[] namesArg = nameList.toArray();
            List<String> aliases = new Sql("SELECT DISTINCT m.text FROM mentions m JOIN entities e "
                    + "ON e.article_id = m.article_id AND e.entity_id = m.entity_id WHERE e.name IN " + in
                    + " ORDER BY 1 LIMIT 50", namesArg).list(c, rs -> rs.getString(1));
            List<String> allNames = new ArrayList<>(nameList);
            for (String a : aliases) {
                if (!allNames.contains(a)) {
                    allNames.add(a);
                }
            }
            List<ActorProfile.RoleSpan> roles = new Sql("SELECT r.title, CAST(min(r.published) AS VARCHAR), "
                    + "CAST(max(r.published) AS VARCHAR), count(DISTINCT r.article_id) FROM roles r JOIN entities e "
                    + "ON e.article_id = r.article_id AND e.entity_id = r.entity_id WHERE e.name IN " + in
                    + " GROUP BY r.title ORDER BY 4 DESC, 1", namesArg)
                    .list(c, rs -> new ActorProfile.RoleSpan(rs.getString(1),
                            Optional.ofNullable(rs.getString(2)).map(LocalDate::parse),
                            Optional.ofNullable(rs.getString(3)).map(LocalDate::parse), rs.getLong(4)));
            long articles = new Sql("SELECT count(DISTINCT article_id) FROM entities WHERE name IN " + in, namesArg).one(c);
            long quotes = new Sql("SELECT count(*) FROM quotes WHERE speaker_name IN " + in, namesArg).one(c);
            Object[] withActor = java.util.stream.Stream.concat(nameList.stream(), java.util.stream.Stream.of(actor.orElse("")))
                    .toArray();
            long asSource = new Sql("SELECT count(*) FROM events WHERE source_name IN " + in + " OR source_actor = ?",
                    withActor).one(c);
            long asTarget = new Sql("SELECT count(*) FROM events WHERE target_name IN " + in + " OR target_actor = ?",
                    withActor).one(c);
            return Optional.of(new ActorProfile(name, actor, allNames, roles, articles, quotes, asSource, asTarget));
        });
    }

    @Override
    public List<QuoteRow> quotes(QuoteQuery query) {
        Sql sql = new Sql("SELECT q.article_id, a.title, a.source, CAST(a.published AS VARCHAR), q.quote_id, q.kind, "
                + "q.start_off, q.end_off, q.text, q.cue, q.cue_start, q.cue_end, q.has_speaker, q.speaker_entity, "
                + "q.speaker_name, q.speaker_text, q.speaker_start, q.speaker_end, q.has_addressee, "
                + "q.addressee_entity, q.addressee_name, q.addressee_text, q.addressee_start, q.addressee_end, "
                + "q.source_type, q.parts, q.speaker_actor FROM quotes q JOIN articles a ON a.id = q.article_id "
                + "WHERE true");
        query.speaker().filter(s -> !s.isBlank()).ifPresent(s -> sql.and(
                "(contains(lower(q.speaker_name), lower(?)) OR q.speaker_actor = ?)", s.strip(), s.strip()));
        query.text().filter(s -> !s.isBlank()).ifPresent(s -> sql.and("contains(lower(q.text), lower(?))", s.strip()));
        query.from().ifPresent(d -> sql.and("q.published >= CAST(? AS DATE)", d.toString()));
        query.to().ifPresent(d -> sql.and("q.published <= CAST(? AS DATE)", d.toString()));
        sql.add(" ORDER BY q.published DESC NULLS LAST, q.article_id, q.ord LIMIT ? OFFSET ?", query.limit(),
                query.offset());
        return read(c -> sql.list(c, rs -> new QuoteRow(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)).map(LocalDate::parse),
                ArticleRows.quote(rs, 5), Optional.ofNullable(rs.getString(15)), Optional.ofNullable(rs.getString(27)))));
    }

    @Override
    public List<EventRow> events(EventQuery query) {
        Sql where = new Sql("");
        query.actor().filter(s -> !s.isBlank()).map(String::strip).ifPresent(s -> where.and(
                "(starts_with(e.source_actor, ?) OR starts_with(e.target_actor, ?) "
                        + "OR contains(lower(e.source_name), lower(?)) OR contains(lower(e.target_name), lower(?)))",
                s, s, s, s));
        query.codePrefix().filter(s -> !s.isBlank()).ifPresent(s -> where.and("starts_with(e.code, ?)", s.strip()));
        query.from().ifPresent(d -> where.and("e.day >= CAST(? AS DATE)", d.toString()));
        query.to().ifPresent(d -> where.and("e.day <= CAST(? AS DATE)", d.toString()));
        String columns = "e.article_id, e.cluster_id, a.title, a.source, CAST(a.published AS VARCHAR), e.event_id, "
                + "e.code, e.plover_event, e.plover_mode, e.source_entity, e.source_name, e.source_actor, e.has_target, "
                + "e.target_entity, e.target_name, e.target_actor, CAST(e.event_date AS VARCHAR), e.has_location, "
                + "e.location_entity, e.location_name, e.location_actor, e.quoted, e.quote_id, e.negated, "
                + "e.hypothetical, e.start_off, e.end_off, e.sentence_start, e.sentence_end";
        Sql sql;
        if (query.byCluster()) {
            // one row per (cluster, code, source, target): the earliest stored report, with how many reports it has
            sql = new Sql("SELECT * FROM (SELECT " + columns + ", count(*) OVER w AS reports, "
                    + "row_number() OVER (w ORDER BY a.seq, e.ord) AS rn, e.day AS day FROM events e "
                    + "JOIN articles a ON a.id = e.article_id WHERE true");
            sql.append(where);
            sql.add(" WINDOW w AS (PARTITION BY e.cluster_id, e.code, coalesce(e.source_actor, lower(e.source_name)), "
                    + "coalesce(e.target_actor, lower(e.target_name), ''))) WHERE rn = 1 "
                    + "ORDER BY day DESC NULLS LAST, reports DESC, article_id LIMIT ? OFFSET ?", query.limit(), query.offset());
        } else {
            sql = new Sql("SELECT " + columns + ", 1 AS reports FROM events e JOIN articles a ON a.id = e.article_id "
                    + "WHERE true");
            sql.append(where);
            sql.add(" ORDER BY e.day DESC NULLS LAST, a.seq, e.ord LIMIT ? OFFSET ?", query.limit(), query.offset());
        }
        return read(c -> sql.list(c, rs -> new EventRow(rs.getString(1), rs.getString(2),
                Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
                Optional.ofNullable(rs.getString(5)).map(LocalDate::parse), ArticleRows.event(rs, 6), rs.getLong(30))));
    }

    @Override
    public List<TimelineDay> timeline(String codeOrName) {
        String who = codeOrName.strip();
        Sql sql = new Sql("SELECT CAST(day AS VARCHAR), sum(src), sum(tgt), sum(q) FROM ("
                + "SELECT day, 1 AS src, 0 AS tgt, 0 AS q FROM events WHERE day IS NOT NULL "
                + "AND (source_actor = ? OR contains(lower(source_name), lower(?))) "
                + "UNION ALL SELECT day, 0, 1, 0 FROM events WHERE day IS NOT NULL "
                + "AND (target_actor = ? OR contains(lower(target_name), lower(?))) "
                + "UNION ALL SELECT published, 0, 0, 1 FROM quotes WHERE published IS NOT NULL "
                + "AND (speaker_actor = ? OR contains(lower(speaker_name), lower(?)))) GROUP BY day ORDER BY day",
                who, who, who, who, who, who);
        return read(c -> sql.list(c, rs -> new TimelineDay(LocalDate.parse(rs.getString(1)), rs.getLong(2),
                rs.getLong(3), rs.getLong(4))));
    }

    @Override
    public List<NetworkEdge> network(NetworkQuery query) {
        Sql sql = new Sql("SELECT coalesce(source_actor, source_name), coalesce(target_actor, target_name), "
                + "substr(code, 1, 2), count(*) FROM events WHERE has_target AND NOT negated");
        query.from().ifPresent(d -> sql.and("day >= CAST(? AS DATE)", d.toString()));
        query.to().ifPresent(d -> sql.and("day <= CAST(? AS DATE)", d.toString()));
        query.root().filter(r -> !r.isBlank()).ifPresent(r -> sql.and("substr(code, 1, 2) = ?", r.strip()));
        sql.add(" GROUP BY 1, 2, 3 HAVING count(*) >= ? ORDER BY 4 DESC, 1, 2, 3 LIMIT 1000", Math.max(1, query.min()));
        return read(c -> sql.list(c, rs -> new NetworkEdge(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getLong(4))));
    }

    /** A story cluster: its id, how many stored texts and provenance records it has, and its members' titles. */
    public record ClusterRow(String clusterId, long texts, long reports, Optional<LocalDate> first,
                             Optional<LocalDate> last, List<String> titles, List<String> outlets) {
        public ClusterRow {
            titles = List.copyOf(titles);
            outlets = List.copyOf(outlets);
        }
    }

    /** The story clusters with the most texts (at least {@code minTexts}), largest first, at most {@code top}. */
    public List<ClusterRow> clusters(int minTexts, int top) {
        Sql sql = new Sql("SELECT a.cluster_id, count(*), (SELECT count(*) FROM provenance p JOIN articles b "
                + "ON b.id = p.article_id WHERE b.cluster_id = a.cluster_id), CAST(min(a.published) AS VARCHAR), "
                + "CAST(max(a.published) AS VARCHAR), list(coalesce(a.title, '') ORDER BY a.seq), "
                + "list(DISTINCT a.source) FILTER (WHERE a.source IS NOT NULL) "
                + "FROM articles a GROUP BY a.cluster_id HAVING count(*) >= ? ORDER BY 2 DESC, 1 LIMIT ?",
                Math.max(1, minTexts), Math.max(1, top));
        return read(c -> sql.list(c, rs -> new ClusterRow(rs.getString(1), rs.getLong(2), rs.getLong(3),
                Optional.ofNullable(rs.getString(4)).map(LocalDate::parse),
                Optional.ofNullable(rs.getString(5)).map(LocalDate::parse), strings(rs.getArray(6)),
                strings(rs.getArray(7)))));
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                if (o != null) {
                    out.add(o.toString());
                }
            }
        }
        return out;
    }

    /**
     * Runs {@code consumer} on a read connection of this store (pending writes flushed first), for exports that
     * stream whole tables; the connection must not be closed or kept.
     */
    public <T> T withConnection(ReadFunction<T> consumer) {
        return read(consumer::apply);
    }

    /** A function of a read connection. */
    @FunctionalInterface
    public interface ReadFunction<T> {
        T apply(Connection connection) throws SQLException;
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeLock.lock();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            try {
                flush();
                commitIndex();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                closed = true;
                synchronized (readers) {
                    readers.forEach(DuckDbStore::closeQuietly);
                    readers.clear();
                }
                try {
                    index.close();
                } catch (IOException e) {
                    // committed state is already durable; nothing more to save
                }
                closeQuietly(connection);
            }
        } finally {
            lock.unlock();
            writeLock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(dir + ": store is closed");
        }
        RuntimeException f = failure;
        if (f != null) {
            throw new IllegalStateException(dir + ": an earlier write failed: " + firstLine(f.getMessage()), f);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing is best effort
        }
    }

    private static String key(String source, String locator) {
        return source + '\u0000' + locator;
    }

    private static String now() {
        return LocalDateTime.now(ZoneOffset.UTC).toString();
    }

    static String oneLine(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return line.length() <= 500 ? line : line.substring(0, 497) + "...";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }

    private static String encode(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * 4);
        for (int v : signature) {
            buffer.putInt(v);
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    private static int[] decode(String text) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(text));
        int[] signature = new int[buffer.remaining() / 4];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = buffer.getInt();
        }
        return signature;
    }

    static Instant instant(String timestamp) {
        return LocalDateTime.parse(timestamp.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }
}
