package org.dragoman.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Block;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Mention;
import org.dragoman.model.Provenance;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Removal;
import org.dragoman.model.Role;
import org.dragoman.model.SourceType;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.dragoman.model.TimeExpr;
import org.dragoman.store.StoredArticle;

/** Rebuilds model records from the store's rows: a whole article with every annotation, a quote, an event. */
final class ArticleRows {

    private static final Pattern PART = Pattern.compile("\\[(\\d+),(\\d+)\\]");

    private ArticleRows() {
    }

    /** The stored article {@code id} with its full analysis, provenance and cluster; empty if not stored. */
    static Optional<StoredArticle> load(Connection c, String id) throws SQLException {
        Article article;
        String cluster;
        try (PreparedStatement s = c.prepareStatement("SELECT text, title, CAST(published AS VARCHAR), source, url, "
                + "author, cluster_id FROM articles WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                article = new Article(id, rs.getString(1), opt(rs, 2), opt(rs, 3).map(LocalDate::parse), opt(rs, 4),
                        opt(rs, 5), opt(rs, 6));
                cluster = rs.getString(7);
            }
        }
        List<Block> blocks = new Sql("SELECT kind, start_off, end_off FROM blocks WHERE article_id = ? ORDER BY ord", id)
                .list(c, rs -> new Block(new Span(rs.getInt(2), rs.getInt(3)), Block.Kind.valueOf(rs.getString(1))));
        List<Removal> removed = new Sql("SELECT start_off, end_off, reason FROM removals WHERE article_id = ? "
                + "ORDER BY ord", id).list(c, rs -> new Removal(new Span(rs.getInt(1), rs.getInt(2)), rs.getString(3)));
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        new Sql("SELECT entity_id, start_off, end_off, text FROM mentions WHERE article_id = ? ORDER BY entity_id, ord", id)
                .list(c, rs -> mentions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Mention(new Span(rs.getInt(2), rs.getInt(3)), rs.getString(4))));
        Map<String, List<Role>> roles = new LinkedHashMap<>();
        new Sql("SELECT entity_id, title, start_off, end_off FROM roles WHERE article_id = ? ORDER BY entity_id, ord", id)
                .list(c, rs -> roles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Role(rs.getString(2), new Span(rs.getInt(3), rs.getInt(4)))));
        List<Entity> entities = new Sql("SELECT entity_id, name, type, actor FROM entities WHERE article_id = ? "
                + "ORDER BY ord", id).list(c, rs -> new Entity(rs.getString(1), rs.getString(2),
                EntityType.valueOf(rs.getString(3)), opt(rs, 4), roles.getOrDefault(rs.getString(1), List.of()),
                mentions.getOrDefault(rs.getString(1), List.of())));
        List<Quote> quotes = new Sql("SELECT article_id, NULL, NULL, NULL, quote_id, kind, start_off, end_off, text, "
                + "cue, cue_start, cue_end, has_speaker, speaker_entity, speaker_name, speaker_text, speaker_start, "
                + "speaker_end, has_addressee, addressee_entity, addressee_name, addressee_text, addressee_start, "
                + "addressee_end, source_type, parts FROM quotes WHERE article_id = ? ORDER BY ord", id)
                .list(c, rs -> quote(rs, 5));
        List<Event> events = new Sql("SELECT article_id, NULL, NULL, NULL, NULL, event_id, code, plover_event, "
                + "plover_mode, source_entity, source_name, source_actor, has_target, target_entity, target_name, "
                + "target_actor, CAST(event_date AS VARCHAR), has_location, location_entity, location_name, "
                + "location_actor, quoted, quote_id, negated, hypothetical, start_off, end_off, sentence_start, "
                + "sentence_end FROM events WHERE article_id = ? ORDER BY ord", id).list(c, rs -> event(rs, 6));
        List<TimeExpr> times = new Sql("SELECT start_off, end_off, text, type, value FROM times WHERE article_id = ? "
                + "ORDER BY ord", id).list(c, rs -> new TimeExpr(new Span(rs.getInt(1), rs.getInt(2)), rs.getString(3),
                rs.getString(4), rs.getString(5)));
        List<Provenance> provenance = new Sql("SELECT source, locator, url, outlet FROM provenance WHERE article_id = ? "
                + "ORDER BY ingested_at, source, locator", id)
                .list(c, rs -> new Provenance(rs.getString(1), rs.getString(2), opt(rs, 3), opt(rs, 4)));
        Analysis analysis = new Analysis(article, blocks, removed, entities, quotes, events, times);
        return Optional.of(new StoredArticle(analysis, provenance, cluster));
    }

    /**
     * A quote from the columns starting at {@code at}: id, kind, span, text, cue, cue span, speaker, addressee,
     * type, parts.
     */
    static Quote quote(ResultSet rs, int at) throws SQLException {
        Optional<Span> cueSpan = span(rs, at + 6, at + 7);
        Optional<Speaker> speaker = rs.getBoolean(at + 8) ? Optional.of(speaker(rs, at + 9)) : Optional.empty();
        Optional<Speaker> addressee = rs.getBoolean(at + 14) ? Optional.of(speaker(rs, at + 15)) : Optional.empty();
        return new Quote(rs.getString(at), QuoteKind.valueOf(rs.getString(at + 1)),
                new Span(rs.getInt(at + 2), rs.getInt(at + 3)), parts(rs.getString(at + 21)), rs.getString(at + 4),
                opt(rs, at + 5), cueSpan, speaker, addressee, opt(rs, at + 20).map(SourceType::valueOf));
    }

    /**
     * The {@code parts} column of a quote: null for a quote in one part (and in stores from before quotes had
     * parts), else its parts as {@code [[start,end],[start,end],…]}.
     */
    static String partsColumn(List<Span> parts) {
        if (parts.size() < 2) {
            return null;
        }
        StringBuilder b = new StringBuilder("[");
        for (Span p : parts) {
            b.append(b.length() > 1 ? "," : "").append('[').append(p.start()).append(',').append(p.end()).append(']');
        }
        return b.append(']').toString();
    }

    /** The parts written by {@link #partsColumn}; empty (the quote's span is its one part) for null. */
    static List<Span> parts(String column) {
        if (column == null) {
            return List.of();
        }
        List<Span> parts = new ArrayList<>();
        Matcher m = PART.matcher(column);
        while (m.find()) {
            parts.add(new Span(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return parts;
    }

    private static Speaker speaker(ResultSet rs, int at) throws SQLException {
        Optional<Span> span = span(rs, at + 3, at + 4);
        Optional<String> text = opt(rs, at + 2);
        Optional<Mention> mention = span.isPresent() && text.isPresent()
                ? Optional.of(new Mention(span.get(), text.get())) : Optional.empty();
        return new Speaker(opt(rs, at), opt(rs, at + 1), mention);
    }

    /** An event from the columns starting at {@code at} (see the events table, from event_id to sentence_end). */
    static Event event(ResultSet rs, int at) throws SQLException {
        EventParty source = new EventParty(opt(rs, at + 4), rs.getString(at + 5), opt(rs, at + 6));
        Optional<EventParty> target = rs.getBoolean(at + 7)
                ? Optional.of(new EventParty(opt(rs, at + 8), rs.getString(at + 9), opt(rs, at + 10)))
                : Optional.empty();
        Optional<EventParty> location = rs.getBoolean(at + 12)
                ? Optional.of(new EventParty(opt(rs, at + 13), rs.getString(at + 14), opt(rs, at + 15)))
                : Optional.empty();
        return new Event(rs.getString(at), rs.getString(at + 1), opt(rs, at + 2), opt(rs, at + 3), source, target,
                opt(rs, at + 11).map(LocalDate::parse), location, rs.getBoolean(at + 16), opt(rs, at + 17),
                rs.getBoolean(at + 18), rs.getBoolean(at + 19), new Span(rs.getInt(at + 20), rs.getInt(at + 21)),
                new Span(rs.getInt(at + 22), rs.getInt(at + 23)));
    }

    private static Optional<Span> span(ResultSet rs, int start, int end) throws SQLException {
        Object s = rs.getObject(start);
        Object e = rs.getObject(end);
        return s == null || e == null ? Optional.empty()
                : Optional.of(new Span(((Number) s).intValue(), ((Number) e).intValue()));
    }

    static Optional<String> opt(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
