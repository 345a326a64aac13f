package org.dragoman.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The store's tables and how a store of an older version is brought up to date: migration {@code n} takes a
 * store from version {@code n - 1} to {@code n}, in one transaction, and records itself in {@code schema_version}.
 * A store written by a newer Dragoman (a version this code does not know) is refused, never changed.
 */
final class Schema {

    /** One step: the version it produces and its DDL. */
    record Migration(int version, String description, List<String> statements) {
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "articles, provenance, annotations, errors", List.of(
                    """
                    CREATE TABLE articles (
                      seq BIGINT PRIMARY KEY, id VARCHAR NOT NULL UNIQUE, norm_hash VARCHAR NOT NULL,
                      cluster_id VARCHAR NOT NULL, cluster_similarity DOUBLE, text VARCHAR NOT NULL,
                      title VARCHAR, published DATE, source VARCHAR, url VARCHAR, author VARCHAR,
                      minhash VARCHAR, ingested_at TIMESTAMP NOT NULL)""",
                    // texts whose normalized form equals a stored one: their own id points at the stored article
                    "CREATE TABLE aliases (id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL)",
                    """
                    CREATE TABLE clusters (cluster_id VARCHAR PRIMARY KEY, founded_by VARCHAR NOT NULL,
                      created_at TIMESTAMP NOT NULL)""",
                    """
                    CREATE TABLE provenance (article_id VARCHAR NOT NULL, source VARCHAR NOT NULL,
                      locator VARCHAR NOT NULL, url VARCHAR, outlet VARCHAR, ingested_at TIMESTAMP NOT NULL,
                      PRIMARY KEY (source, locator))""",
                    """
                    CREATE TABLE blocks (article_id VARCHAR NOT NULL, ord INTEGER NOT NULL, kind VARCHAR NOT NULL,
                      start_off INTEGER NOT NULL, end_off INTEGER NOT NULL)""",
                    """
                    CREATE TABLE removals (article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
                      start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, reason VARCHAR NOT NULL)""",
                    """
                    CREATE TABLE entities (article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
                      entity_id VARCHAR NOT NULL, name VARCHAR NOT NULL, type VARCHAR NOT NULL, actor VARCHAR)""",
                    """
                    CREATE TABLE mentions (article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL,
                      ord INTEGER NOT NULL, start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text VARCHAR NOT NULL)""",
                    """
                    CREATE TABLE roles (article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
                      title VARCHAR NOT NULL, start_off INTEGER NOT NULL, end_off INTEGER NOT NULL,
                      published DATE)""",
                    """
                    CREATE TABLE quotes (article_id VARCHAR NOT NULL, ord INTEGER NOT NULL, quote_id VARCHAR NOT NULL,
                      kind VARCHAR NOT NULL, start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text VARCHAR NOT NULL,
                      cue VARCHAR, cue_start INTEGER, cue_end INTEGER,
                      has_speaker BOOLEAN NOT NULL, speaker_entity VARCHAR, speaker_name VARCHAR,
                      speaker_text VARCHAR, speaker_start INTEGER, speaker_end INTEGER, speaker_actor VARCHAR,
                      has_addressee BOOLEAN NOT NULL, addressee_entity VARCHAR, addressee_name VARCHAR,
                      addressee_text VARCHAR, addressee_start INTEGER, addressee_end INTEGER,
                      source_type VARCHAR, published DATE)""",
                    """
                    CREATE TABLE events (article_id VARCHAR NOT NULL, ord INTEGER NOT NULL, event_id VARCHAR NOT NULL,
                      code VARCHAR NOT NULL, plover_event VARCHAR, plover_mode VARCHAR,
                      source_entity VARCHAR, source_name VARCHAR NOT NULL, source_actor VARCHAR,
                      has_target BOOLEAN NOT NULL, target_entity VARCHAR, target_name VARCHAR, target_actor VARCHAR,
                      event_date DATE, has_location BOOLEAN NOT NULL, location_entity VARCHAR, location_name VARCHAR,
                      location_actor VARCHAR, quoted BOOLEAN NOT NULL, quote_id VARCHAR, negated BOOLEAN NOT NULL,
                      hypothetical BOOLEAN NOT NULL, start_off INTEGER NOT NULL, end_off INTEGER NOT NULL,
                      sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
                      cluster_id VARCHAR NOT NULL, day DATE)""",
                    """
                    CREATE TABLE times (article_id VARCHAR NOT NULL, ord INTEGER NOT NULL, start_off INTEGER NOT NULL,
                      end_off INTEGER NOT NULL, text VARCHAR NOT NULL, type VARCHAR NOT NULL, value VARCHAR NOT NULL)""",
                    """
                    CREATE TABLE errors (source VARCHAR NOT NULL, locator VARCHAR NOT NULL, reason VARCHAR NOT NULL,
                      recorded_at TIMESTAMP NOT NULL, PRIMARY KEY (source, locator))""")),
            new Migration(2, "feed items that only link to their article", List.of(
                    """
                    CREATE TABLE pending (source VARCHAR NOT NULL, locator VARCHAR NOT NULL, url VARCHAR NOT NULL,
                      outlet VARCHAR, recorded_at TIMESTAMP NOT NULL, PRIMARY KEY (source, locator))""")),
            // null for a quote in one part, so the quotes of older stores read as they were written
            new Migration(3, "quotes in several parts", List.of(
                    "ALTER TABLE quotes ADD COLUMN parts VARCHAR")));

    /** The version this code writes. */
    static final int CURRENT = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }

    /** The store's version: 0 for an empty database. */
    static int version(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'");
             ResultSet rs = exists.executeQuery()) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
        }
        try (PreparedStatement max = connection.prepareStatement("SELECT coalesce(max(version), 0) FROM schema_version");
             ResultSet rs = max.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Brings the database to {@link #CURRENT}; returns the version it had. Throws {@link IllegalStateException}
     * naming both versions for a store newer than this code.
     */
    static int migrate(Connection connection, String name) throws SQLException {
        int version = version(connection);
        if (version > CURRENT) {
            throw new IllegalStateException(name + ": store schema version " + version
                    + " is newer than this Dragoman reads (" + CURRENT + "); use a newer Dragoman");
        }
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (version == 0) {
                try (Statement s = connection.createStatement()) {
                    s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, description VARCHAR NOT NULL, "
                            + "applied_at TIMESTAMP NOT NULL)");
                }
            }
            for (Migration migration : MIGRATIONS) {
                if (migration.version() <= version) {
                    continue;
                }
                try (Statement s = connection.createStatement()) {
                    for (String ddl : migration.statements()) {
                        s.execute(ddl);
                    }
                }
                try (PreparedStatement record = connection.prepareStatement(
                        "INSERT INTO schema_version VALUES (?, ?, ?)")) {
                    record.setInt(1, migration.version());
                    record.setString(2, migration.description());
                    record.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
                    record.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
        return version;
    }
}
