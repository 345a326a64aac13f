package org.dragoman.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.dragoman.model.Analysis;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.Event;
import org.dragoman.model.EventParty;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.Removal;
import org.dragoman.model.Role;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.dragoman.model.TimeExpr;

/**
 * Writes an {@link Analysis} as Dragoman's JSON contract: keys in a fixed order, lists in record order,
 * absent values as {@code null}, offsets as Java {@code String} char offsets into {@code article.text}.
 * The same analysis always gives the same bytes.
 */
public final class AnalysisJson {

    // JsonFactory is thread-safe once configured, and expensive enough to share.
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private AnalysisJson() {
    }

    /**
     * The analysis as one JSON object: compact on one line, or indented by two spaces with {@code "key": value}
     * when {@code pretty}. Throws {@link IllegalArgumentException} if a span lies outside the article text.
     */
    public static String toJson(Analysis analysis, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(prettyPrinter());
            }
            g.writeStartObject();
            write(analysis, g);
            g.writeEndObject();
        } catch (IOException e) {
            // a StringWriter never fails
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the analysis's members ({@code article}, {@code removed}, {@code entities}, {@code quotes},
     * {@code events}, {@code times}) into the object {@code g} is currently inside, so a caller can write its
     * own members (such as {@code "input"}) before them; the caller opens and closes the object.
     */
    public static void write(Analysis analysis, JsonGenerator g) throws IOException {
        Article article = analysis.article();
        String text = article.text();

        g.writeFieldName("article");
        g.writeStartObject();
        g.writeStringField("id", article.id());
        writeOptional(g, "title", article.title());
        writeOptional(g, "published", article.published().map(Object::toString));
        writeOptional(g, "source", article.source());
        writeOptional(g, "url", article.url());
        writeOptional(g, "author", article.author());
        g.writeStringField("text", text);
        g.writeEndObject();

        g.writeArrayFieldStart("removed");
        for (Removal removal : analysis.removed()) {
            g.writeStartObject();
            g.writeNumberField("start", removal.span().start());
            g.writeNumberField("end", removal.span().end());
            g.writeStringField("text", covered(text, removal.span().start(), removal.span().end()));
            g.writeStringField("reason", removal.reason());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("entities");
        for (Entity entity : analysis.entities()) {
            g.writeStartObject();
            g.writeStringField("id", entity.id());
            g.writeStringField("name", entity.name());
            g.writeStringField("type", entity.type().name());
            writeOptional(g, "actor", entity.actor());
            writeOptional(g, "actor_source", entity.actorSource());
            g.writeArrayFieldStart("roles");
            for (Role role : entity.roles()) {
                g.writeStartObject();
                g.writeStringField("title", role.title());
                writeOptional(g, "actor", role.actor());
                g.writeObjectFieldStart("evidence");
                g.writeNumberField("start", role.evidence().start());
                g.writeNumberField("end", role.evidence().end());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("mentions");
            for (Mention mention : entity.mentions()) {
                g.writeStartObject();
                g.writeNumberField("start", mention.span().start());
                g.writeNumberField("end", mention.span().end());
                g.writeStringField("text", mention.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("quotes");
        for (Quote quote : analysis.quotes()) {
            g.writeStartObject();
            g.writeStringField("id", quote.id());
            g.writeStringField("kind", quote.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("text", quote.text());
            g.writeNumberField("start", quote.span().start());
            g.writeNumberField("end", quote.span().end());
            // the content pieces: one for most quotes, several when the attribution interrupts the quotation
            g.writeArrayFieldStart("parts");
            for (Span part : quote.parts()) {
                g.writeStartObject();
                g.writeNumberField("start", part.start());
                g.writeNumberField("end", part.end());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeOptional(g, "cue", quote.cue());
            // the cue as written, so its evidence can be checked like every other item
            writeOptionalInt(g, "cue_start", quote.cueSpan().map(Span::start));
            writeOptionalInt(g, "cue_end", quote.cueSpan().map(Span::end));
            g.writeFieldName("speaker");
            if (quote.speaker().isPresent()) {
                writeSpeaker(g, quote.speaker().get());
            } else {
                g.writeNull();
            }
            g.writeFieldName("addressee");
            if (quote.addressee().isPresent()) {
                writeSpeaker(g, quote.addressee().get());
            } else {
                g.writeNull();
            }
            writeOptional(g, "source_type", quote.sourceType().map(t -> t.name().toLowerCase(Locale.ROOT)));
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("events");
        for (Event event : analysis.events()) {
            writeEvent(g, event, text);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("times");
        for (TimeExpr time : analysis.times()) {
            g.writeStartObject();
            g.writeStringField("text", time.text());
            g.writeNumberField("start", time.span().start());
            g.writeNumberField("end", time.span().end());
            g.writeStringField("type", time.type());
            g.writeStringField("value", time.value());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeEvent(JsonGenerator g, Event event, String text) throws IOException {
        covered(text, event.span().start(), event.span().end());
        covered(text, event.sentence().start(), event.sentence().end());
        g.writeStartObject();
        g.writeStringField("id", event.id());
        g.writeStringField("code", event.code());
        if (event.ploverEvent().isPresent()) {
            g.writeObjectFieldStart("plover");
            g.writeStringField("event", event.ploverEvent().get());
            writeOptional(g, "mode", event.ploverMode());
            g.writeEndObject();
        } else {
            g.writeNullField("plover");
        }
        g.writeFieldName("source");
        writeParty(g, event.source(), true);
        g.writeFieldName("target");
        if (event.target().isPresent()) {
            writeParty(g, event.target().get(), true);
        } else {
            g.writeNull();
        }
        writeOptional(g, "date", event.date().map(Object::toString));
        g.writeFieldName("location");
        if (event.location().isPresent()) {
            writeParty(g, event.location().get(), false);
        } else {
            g.writeNull();
        }
        g.writeBooleanField("quoted", event.quoted());
        writeOptional(g, "quote", event.quote());
        g.writeBooleanField("negated", event.negated());
        g.writeBooleanField("hypothetical", event.hypothetical());
        g.writeNumberField("start", event.span().start());
        g.writeNumberField("end", event.span().end());
        g.writeObjectFieldStart("sentence");
        g.writeNumberField("start", event.sentence().start());
        g.writeNumberField("end", event.sentence().end());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeParty(JsonGenerator g, EventParty party, boolean withActor) throws IOException {
        g.writeStartObject();
        writeOptional(g, "entity", party.entity());
        g.writeStringField("name", party.name());
        if (withActor) {
            writeOptional(g, "actor", party.actor());
        }
        g.writeEndObject();
    }

    private static void writeSpeaker(JsonGenerator g, Speaker speaker) throws IOException {
        g.writeStartObject();
        writeOptional(g, "entity", speaker.entity());
        writeOptional(g, "name", speaker.name());
        Optional<Mention> mention = speaker.mention();
        writeOptional(g, "text", mention.map(Mention::text));
        writeOptionalInt(g, "start", mention.map(m -> m.span().start()));
        writeOptionalInt(g, "end", mention.map(m -> m.span().end()));
        g.writeEndObject();
    }

    private static void writeOptionalInt(JsonGenerator g, String name, Optional<Integer> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static void writeOptional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static String covered(String text, int start, int end) {
        if (end > text.length()) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") lies outside the article text of "
                    + text.length() + " chars");
        }
        return text.substring(start, end);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // '\n' rather than the platform line separator, so the output is the same on every machine
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
