package org.dragoman.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.dragoman.json.AnalysisJson;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Provenance;
import org.dragoman.model.Quote;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.dragoman.store.ActorProfile;
import org.dragoman.store.ActorRow;
import org.dragoman.store.EntityRow;
import org.dragoman.store.EventRow;
import org.dragoman.store.IngestError;
import org.dragoman.store.NetworkEdge;
import org.dragoman.store.PutResult;
import org.dragoman.store.QuoteRow;
import org.dragoman.store.SearchHit;
import org.dragoman.store.StoreStats;
import org.dragoman.store.StoredArticle;
import org.dragoman.store.TimelineDay;

/**
 * The API's JSON: store rows as objects with snake_case keys, absent values as {@code null}, and quotes and
 * events in the same shape as in {@link AnalysisJson} (offsets into the article's text), so a client reads one
 * contract everywhere.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored article: the analysis contract's members, then {@code provenance} and {@code cluster}. */
    static String article(StoredArticle stored) {
        return withAnalysis(stored, null);
    }

    /** What {@code POST /api/articles} returns: {@code stored} (id, added, cluster), then the analysis. */
    static String posted(StoredArticle stored, PutResult result) {
        return withAnalysis(stored, result);
    }

    private static String withAnalysis(StoredArticle stored, PutResult result) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            if (result != null) {
                g.writeObjectFieldStart("stored");
                g.writeStringField("id", result.articleId());
                g.writeBooleanField("added", result.added());
                g.writeStringField("cluster", result.clusterId());
                g.writeEndObject();
            }
            AnalysisJson.write(stored.analysis(), g);
            g.writeArrayFieldStart("provenance");
            for (Provenance p : stored.provenance()) {
                g.writeStartObject();
                g.writeStringField("source", p.source());
                g.writeStringField("locator", p.locator());
                g.writeStringField("url", p.url().orElse(null));
                g.writeStringField("outlet", p.outlet().orElse(null));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("cluster", stored.clusterId());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static ObjectNode hit(SearchHit hit) {
        ObjectNode o = object();
        o.put("id", hit.articleId());
        o.put("title", hit.title().orElse(null));
        o.put("outlet", hit.outlet().orElse(null));
        o.put("published", date(hit.published()));
        Snippet snippet = Snippet.parse(hit.snippet());
        o.put("snippet", snippet.text());
        ArrayNode marks = o.putArray("highlights");
        snippet.highlights().forEach(m -> marks.addArray().add(m[0]).add(m[1]));
        o.put("score", hit.score());
        return o;
    }

    static ObjectNode entity(EntityRow row) {
        ObjectNode o = object();
        o.put("name", row.name());
        o.put("type", row.type().name());
        o.put("actor", row.actor().orElse(null));
        o.put("articles", row.articles());
        o.put("mentions", row.mentions());
        return o;
    }

    static ObjectNode actorRow(ActorRow row) {
        ObjectNode o = object();
        o.put("name", row.name());
        o.put("actor", row.actor().orElse(null));
        o.put("articles", row.articles());
        o.put("quotes", row.quotes());
        o.put("events_as_source", row.eventsAsSource());
        o.put("events_as_target", row.eventsAsTarget());
        return o;
    }

    static ObjectNode profile(ActorProfile p) {
        ObjectNode o = object();
        o.put("name", p.name());
        o.put("actor", p.actor().orElse(null));
        ArrayNode names = o.putArray("names");
        p.names().forEach(names::add);
        ArrayNode roles = o.putArray("roles");
        for (ActorProfile.RoleSpan r : p.roles()) {
            ObjectNode role = roles.addObject();
            role.put("title", r.title());
            role.put("first_seen", date(r.firstSeen()));
            role.put("last_seen", date(r.lastSeen()));
            role.put("articles", r.articles());
        }
        o.put("articles", p.articles());
        o.put("quotes", p.quotes());
        o.put("events_as_source", p.eventsAsSource());
        o.put("events_as_target", p.eventsAsTarget());
        return o;
    }

    static ObjectNode quoteRow(QuoteRow row) {
        ObjectNode o = object();
        o.set("article", articleRef(row.articleId(), row.title(), row.outlet(), row.published()));
        o.put("speaker_name", row.speakerName().orElse(null));
        o.put("speaker_actor", row.speakerActor().orElse(null));
        o.set("quote", quote(row.quote()));
        return o;
    }

    static ObjectNode eventRow(EventRow row) {
        ObjectNode o = object();
        o.set("article", articleRef(row.articleId(), row.title(), row.outlet(), row.published()));
        o.put("cluster", row.clusterId());
        o.put("reports", row.reports());
        o.set("event", event(row.event()));
        return o;
    }

    static ObjectNode day(TimelineDay d) {
        ObjectNode o = object();
        o.put("day", d.day().toString());
        o.put("events_as_source", d.eventsAsSource());
        o.put("events_as_target", d.eventsAsTarget());
        o.put("quotes", d.quotes());
        return o;
    }

    static ObjectNode edge(NetworkEdge e) {
        ObjectNode o = object();
        o.put("source", e.source());
        o.put("target", e.target());
        o.put("root", e.root());
        o.put("root_name", Cameo.rootName(e.root()).orElse(null));
        o.put("events", e.events());
        return o;
    }

    static ObjectNode stats(StoreStats s) {
        ObjectNode o = object();
        o.put("articles", s.articles());
        o.put("distinct_texts", s.distinctTexts());
        o.put("story_clusters", s.storyClusters());
        o.put("entities", s.entities());
        o.put("quotes", s.quotes());
        o.put("events", s.events());
        o.put("errors", s.errors());
        return o;
    }

    static ObjectNode error(IngestError e) {
        ObjectNode o = object();
        o.put("source", e.source());
        o.put("locator", e.locator());
        o.put("reason", e.reason());
        o.put("at", e.at().toString());
        return o;
    }

    /** A quote as in the analysis contract. */
    static ObjectNode quote(Quote q) {
        ObjectNode o = object();
        o.put("id", q.id());
        o.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
        o.put("text", q.text());
        o.put("start", q.span().start());
        o.put("end", q.span().end());
        ArrayNode parts = o.putArray("parts");
        for (Span part : q.parts()) {
            ObjectNode p = parts.addObject();
            p.put("start", part.start());
            p.put("end", part.end());
        }
        o.put("cue", q.cue().orElse(null));
        o.put("cue_start", q.cueSpan().map(Span::start).orElse(null));
        o.put("cue_end", q.cueSpan().map(Span::end).orElse(null));
        o.set("speaker", q.speaker().map(Json::speaker).orElse(null));
        o.set("addressee", q.addressee().map(Json::speaker).orElse(null));
        o.put("source_type", q.sourceType().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse(null));
        return o;
    }

    /** An event as in the analysis contract. */
    static ObjectNode event(Event e) {
        ObjectNode o = object();
        o.put("id", e.id());
        o.put("code", e.code());
        o.put("root_name", Cameo.rootName(e.code()).orElse(null));
        if (e.ploverEvent().isPresent()) {
            ObjectNode plover = o.putObject("plover");
            plover.put("event", e.ploverEvent().get());
            plover.put("mode", e.ploverMode().orElse(null));
        } else {
            o.putNull("plover");
        }
        o.set("source", party(e.source(), true));
        o.set("target", e.target().map(t -> party(t, true)).orElse(null));
        o.put("date", date(e.date()));
        o.set("location", e.location().map(l -> party(l, false)).orElse(null));
        o.put("quoted", e.quoted());
        o.put("quote", e.quote().orElse(null));
        o.put("negated", e.negated());
        o.put("hypothetical", e.hypothetical());
        o.put("start", e.span().start());
        o.put("end", e.span().end());
        ObjectNode sentence = o.putObject("sentence");
        sentence.put("start", e.sentence().start());
        sentence.put("end", e.sentence().end());
        return o;
    }

    private static ObjectNode party(EventParty p, boolean withActor) {
        ObjectNode o = object();
        o.put("entity", p.entity().orElse(null));
        o.put("name", p.name());
        if (withActor) {
            o.put("actor", p.actor().orElse(null));
        }
        return o;
    }

    private static ObjectNode speaker(Speaker s) {
        ObjectNode o = object();
        o.put("entity", s.entity().orElse(null));
        o.put("name", s.name().orElse(null));
        o.put("text", s.mention().map(m -> m.text()).orElse(null));
        o.put("start", s.mention().map(m -> m.span().start()).orElse(null));
        o.put("end", s.mention().map(m -> m.span().end()).orElse(null));
        return o;
    }

    private static ObjectNode articleRef(String id, Optional<String> title, Optional<String> outlet,
                                         Optional<LocalDate> published) {
        ObjectNode o = object();
        o.put("id", id);
        o.put("title", title.orElse(null));
        o.put("outlet", outlet.orElse(null));
        o.put("published", date(published));
        return o;
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
