package org.dragoman.store;

import java.util.List;
import java.util.Optional;
import org.dragoman.model.Analysis;
import org.dragoman.model.Provenance;

/**
 * A news archive: analysed articles with every annotation, their provenance, story clusters, ingest errors,
 * and the queries an analyst asks of them. The embedded implementation keeps a DuckDB file and a Lucene
 * index in one directory. Implementations are thread-safe; writes of one article are atomic (all of its
 * rows or none), and storing the same text twice stores it once, adding the new provenance.
 */
public interface Store extends AutoCloseable {

    /** Whether an article with this id (SHA-256 of its text) is stored, so a caller can skip the analysis. */
    boolean contains(String articleId);

    /**
     * Stores an analysed article, or, when its text is already stored, only adds {@code from} to its
     * provenance. Near-duplicates join the story cluster of the article they resemble.
     */
    PutResult put(Analysis analysis, Provenance from);

    /** Adds a provenance to an already stored article; false if no article has this id. */
    boolean addProvenance(String articleId, Provenance from);

    /** Whether this exact source record (source + locator) has already been ingested or recorded as an error. */
    boolean seen(Provenance from);

    /** Records content that could not be ingested; the batch goes on. Recording the same record twice keeps one. */
    void recordError(IngestError error);

    List<IngestError> errors(int limit);

    StoreStats stats();

    /** Full-text search (Lucene syntax) over article text, titles and quote text; throws on bad syntax. */
    SearchPage search(SearchQuery query) throws QuerySyntaxException;

    Optional<StoredArticle> article(String articleId);

    List<EntityRow> entities(EntityQuery query);

    /** Everything known of one actor, by CAMEO code or entity name. */
    Optional<ActorProfile> actor(String codeOrName);

    List<ActorRow> actors(int top);

    List<QuoteRow> quotes(QuoteQuery query);

    List<EventRow> events(EventQuery query);

    /** Events (as source or target) and quotes of one actor, counted by day. */
    List<TimelineDay> timeline(String codeOrName);

    /** Actor-to-actor event counts by CAMEO root code. */
    List<NetworkEdge> network(NetworkQuery query);

    @Override
    void close();
}
