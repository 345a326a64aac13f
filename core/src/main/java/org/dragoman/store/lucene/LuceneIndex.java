package org.dragoman.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dragoman.store.QuerySyntaxException;
import org.dragoman.store.SearchHit;
import org.dragoman.store.SearchPage;
import org.dragoman.store.SearchQuery;

/**
 * The full-text side of the store: one Lucene document per stored article (text, title, every quote's text,
 * published day for range filters). Each commit records the highest article sequence number it holds, so after a
 * crash the owner re-indexes what the database has beyond it ({@link #committedSeq()}) and deletes what the
 * database does not have ({@link #deleteAbove(long)}). Thread-safe (Lucene's writer and searcher manager are).
 */
public final class LuceneIndex implements AutoCloseable {

    /** What one article contributes to the index. */
    public record Doc(long seq, String id, String text, Optional<String> title, Optional<String> outlet,
                      Optional<LocalDate> published, List<String> quotes) {
    }

    static final String ID = "id";
    static final String SEQ = "seq";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String QUOTE = "quote";
    static final String PUBLISHED = "published";
    static final String OUTLET = "outlet";
    private static final String SEQ_KEY = "dragoman.seq";

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        // offsets in the postings let the unified highlighter make snippets without re-analysing the text
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long committedSeq;
    private volatile boolean dirty;

    /** Opens (creating if needed) the index in {@code dir}; throws if the directory is unusable or locked. */
    public LuceneIndex(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.committedSeq = readCommittedSeq();
        this.searchers = new SearcherManager(writer, null);
    }

    private long readCommittedSeq() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return 0;
        }
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        String seq = data.get(SEQ_KEY);
        return seq == null ? 0 : Long.parseLong(seq);
    }

    /** The highest article sequence number the last commit holds (0 for a new index). */
    public long committedSeq() {
        return committedSeq;
    }

    /**
     * Adds or replaces (by id) the given articles: searchable at once (near-real-time), durable after
     * {@link #commit(long)}.
     */
    public void index(Collection<Doc> docs) throws IOException {
        for (Doc doc : docs) {
            writer.updateDocument(new Term(ID, doc.id()), document(doc));
        }
        dirty = true;
    }

    private void refresh() throws IOException {
        if (dirty) {
            dirty = false;
            searchers.maybeRefreshBlocking();
        }
    }

    /** Deletes every document with a sequence number above {@code seq}: text the database never committed. */
    public void deleteAbove(long seq) throws IOException {
        writer.deleteDocuments(LongPoint.newRangeQuery(SEQ, seq + 1, Long.MAX_VALUE));
    }

    /** Makes everything indexed so far durable, recording {@code seq} as the highest sequence held. */
    public void commit(long seq) throws IOException {
        writer.setLiveCommitData(Map.of(SEQ_KEY, Long.toString(seq)).entrySet());
        writer.commit();
        committedSeq = seq;
    }

    /** How many documents the index holds (after the last refresh). */
    public int count() throws IOException {
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    private static Document document(Doc doc) {
        Document d = new Document();
        d.add(new StringField(ID, doc.id(), Field.Store.YES));
        d.add(new LongPoint(SEQ, doc.seq()));
        d.add(new StoredField(SEQ, doc.seq()));
        d.add(new Field(TEXT, doc.text(), TEXT_WITH_OFFSETS));
        doc.title().ifPresent(t -> d.add(new TextField(TITLE, t, Field.Store.YES)));
        doc.outlet().ifPresent(o -> d.add(new StoredField(OUTLET, o)));
        doc.published().ifPresent(p -> {
            d.add(new LongPoint(PUBLISHED, p.toEpochDay()));
            d.add(new StoredField(PUBLISHED, p.toEpochDay()));
        });
        for (String quote : doc.quotes()) {
            d.add(new TextField(QUOTE, quote, Field.Store.NO));
        }
        return d;
    }

    /**
     * Runs a Lucene-syntax query over text, title (boosted) and quotes, filtered to the published-date range;
     * a snippet of the text with the matches in {@code <b>} (HTML-escaped) per hit. Throws on bad syntax.
     */
    public SearchPage search(SearchQuery query) throws QuerySyntaxException, IOException {
        if (query.text().isBlank()) {
            throw new QuerySyntaxException("empty query");
        }
        if (query.offset() < 0 || query.limit() < 1) {
            throw new IllegalArgumentException("bad page: offset " + query.offset() + ", limit " + query.limit());
        }
        Query parsed;
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TEXT, TITLE, QUOTE}, analyzer,
                    Map.of(TEXT, 1f, TITLE, 2f, QUOTE, 1f));
            parser.setDefaultOperator(QueryParser.Operator.AND);
            parsed = parser.parse(query.text());
        } catch (ParseException | IllegalArgumentException e) {
            String message = e.getMessage() == null ? "cannot parse" : e.getMessage();
            int cut = message.indexOf('\n');
            throw new QuerySyntaxException("bad query '" + query.text() + "': "
                    + (cut > 0 ? message.substring(0, cut) : message).strip());
        } catch (BooleanQuery.TooManyClauses e) {
            throw new QuerySyntaxException("query expands to too many terms: " + query.text());
        }
        Query full = parsed;
        if (query.from().isPresent() || query.to().isPresent()) {
            long from = query.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
            long to = query.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            full = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                    .add(LongPoint.newRangeQuery(PUBLISHED, from, to), BooleanClause.Occur.FILTER).build();
        }
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            int n = query.offset() + query.limit();
            // one pass that ranks the page and counts every hit exactly, rather than a second counting pass
            TopDocs top = searcher.search(full,
                    new org.apache.lucene.search.TopScoreDocCollectorManager(n, Integer.MAX_VALUE));
            long total = top.totalHits.value;
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(query.offset(), top.scoreDocs.length),
                    top.scoreDocs.length);
            TopDocs pageDocs = new TopDocs(top.totalHits, page);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                    .withMaxLength(200_000)
                    .build();
            String[] snippets = page.length == 0 ? new String[0] : highlighter.highlight(TEXT, parsed, pageDocs, 1);
            List<SearchHit> hits = new ArrayList<>(page.length);
            for (int i = 0; i < page.length; i++) {
                Document d = searcher.storedFields().document(page[i].doc);
                String snippet = snippets[i] != null ? snippets[i] : lead(d.get(TEXT));
                Number published = d.getField(PUBLISHED) == null ? null : d.getField(PUBLISHED).numericValue();
                hits.add(new SearchHit(d.get(ID), Optional.ofNullable(d.get(TITLE)), Optional.ofNullable(d.get(OUTLET)),
                        Optional.ofNullable(published).map(p -> LocalDate.ofEpochDay(p.longValue())), snippet,
                        page[i].score));
            }
            return new SearchPage(total, hits);
        } finally {
            searchers.release(searcher);
        }
    }

    private static String lead(String text) {
        String t = text == null ? "" : text.strip();
        t = t.length() > 200 ? t.substring(0, 200) + " …" : t;
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                // uncommitted documents are dropped: the database, not Lucene, decides what is stored
                writer.rollback();
            } finally {
                directory.close();
            }
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
