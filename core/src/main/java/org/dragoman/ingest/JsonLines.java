package org.dragoman.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Article;
import org.dragoman.model.Provenance;

/**
 * Reads JSON Lines: one JSON object per line, each an article. The locator of a record is its 1-based line
 * number; blank lines are skipped. A line that is not UTF-8, not a JSON object, too long or without text becomes
 * an error record and reading goes on; a stream that fails (truncated gzip) ends with one error record.
 *
 * <p>The text is the first non-blank string among {@code text}, {@code content_original} (the untokenized
 * original where a data set also has a processed {@code content}), {@code content}, {@code body},
 * {@code maintext}, {@code article}, {@code html}, or the field named in {@link SourceOptions#textField()}. It is
 * read as HTML when the field is {@code html} or the value is markup. Metadata: {@code title}/{@code headline};
 * {@code published}/{@code date}/{@code publish_date}/{@code published_at}/{@code pubDate}/{@code datePublished}
 * (see {@link Dates#parseRecord}; epoch seconds or milliseconds as numbers); {@code url}/{@code link};
 * {@code source}/{@code outlet}/{@code publisher}/{@code site_name} (a string or an object with a {@code name});
 * {@code author}/{@code authors}/{@code byline} (a string or a list of strings or objects with a {@code name}).
 * A date that cannot be read is left out, the article kept.
 */
final class JsonLines implements RecordCursor {
    static final List<String> TEXT_FIELDS =
            List.of("text", "content_original", "content", "body", "maintext", "article", "html");
    private static final List<String> TITLE_FIELDS = List.of("title", "headline");
    private static final List<String> DATE_FIELDS =
            List.of("published", "date", "publish_date", "published_at", "pubDate", "datePublished", "date_publish");
    private static final List<String> URL_FIELDS = List.of("url", "link");
    private static final List<String> SOURCE_FIELDS = List.of("source", "outlet", "publisher", "site_name");
    private static final List<String> AUTHOR_FIELDS = List.of("author", "authors", "byline");
    private static final int MAX_FIELD = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LineInput lines;
    private final String name;
    private final SourceOptions options;
    private boolean done;

    JsonLines(InputStream in, String name, SourceOptions options) {
        this.lines = new LineInput(in, options.maxBytes());
        this.name = name;
        this.options = options;
    }

    @Override
    public SourceRecord next() {
        while (!done) {
            byte[] line;
            try {
                line = lines.next();
            } catch (IOException e) {
                done = true;
                close();
                return SourceRecord.failed(at(lines.number() + 1), Sources.reason(e));
            }
            if (line == null) {
                done = true;
                close();
                return null;
            }
            long number = lines.number();
            if (lines.tooLong() >= 0) {
                return SourceRecord.failed(at(number), "line too large: " + lines.tooLong() + " bytes (limit "
                        + options.maxBytes() + ")");
            }
            if (isBlank(line)) {
                continue;
            }
            return record(line, number);
        }
        return null;
    }

    private SourceRecord record(byte[] line, long number) {
        Provenance at = at(number);
        String json;
        try {
            json = decode(line);
        } catch (BadInputException e) {
            return SourceRecord.failed(at, e.reason());
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            return SourceRecord.failed(at, "bad JSON" + where + ": " + firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return SourceRecord.failed(at, "not a JSON object");
        }
        try {
            Article article = article(node, name + ":" + number, options);
            return SourceRecord.of(new Provenance(name, at.locator(), article.url(), article.source()), article);
        } catch (BadInputException e) {
            return SourceRecord.failed(at, e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            return SourceRecord.failed(at, "unreadable record (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The article in one JSON object; {@code recordName} names it in errors. */
    static Article article(JsonNode node, String recordName, SourceOptions options) throws BadInputException {
        String field = null;
        String body = null;
        if (options.textField().isPresent()) {
            field = options.textField().get();
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw new BadInputException(recordName, "no '" + field + "' field");
            }
            if (!value.isTextual()) {
                throw new BadInputException(recordName, "field '" + field + "' is not a string");
            }
            body = value.textValue();
        } else {
            for (String candidate : TEXT_FIELDS) {
                JsonNode value = node.get(candidate);
                if (value != null && value.isTextual() && !value.textValue().isBlank()) {
                    field = candidate;
                    body = value.textValue();
                    break;
                }
            }
            if (body == null) {
                throw new BadInputException(recordName, "no text: none of the fields " + String.join(", ", TEXT_FIELDS)
                        + " holds a non-empty string (name the field with --text-field)");
            }
        }
        if (body.isBlank()) {
            throw new BadInputException(recordName, "empty text in field '" + field + "'");
        }
        Optional<String> title = string(node, TITLE_FIELDS);
        boolean html = field.equals("html") || HtmlFragments.looksLikeHtml(body);
        Article article = Bodies.read(body, title, html, recordName);
        Optional<String> url = string(node, URL_FIELDS);
        Optional<String> source = named(node, SOURCE_FIELDS);
        Optional<String> author = names(node, AUTHOR_FIELDS);
        Optional<java.time.LocalDate> published = date(node);
        return article
                .withUrl(url.or(article::url))
                .withSource(source.or(article::source))
                .withAuthor(author.or(article::author))
                .withPublished(published.or(article::published));
    }

    private static Optional<java.time.LocalDate> date(JsonNode node) {
        for (String f : DATE_FIELDS) {
            JsonNode value = node.get(f);
            if (value == null) {
                continue;
            }
            if (value.isIntegralNumber()) {
                return Dates.fromEpoch(value.longValue());
            }
            if (value.isTextual() && !value.textValue().isBlank()) {
                return Dates.parseRecord(value.textValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> string(JsonNode node, List<String> fields) {
        for (String f : fields) {
            JsonNode value = node.get(f);
            if (value != null && value.isTextual()) {
                String s = Texts.collapse(value.textValue());
                if (!s.isEmpty() && s.length() <= MAX_FIELD) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** A string field, or the {@code name} (or {@code title}) of an object field. */
    private static Optional<String> named(JsonNode node, List<String> fields) {
        for (String f : fields) {
            Optional<String> s = nameOf(node.get(f));
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** Names from a string field or a list of strings or objects, joined with ", ". */
    private static Optional<String> names(JsonNode node, List<String> fields) {
        for (String f : fields) {
            JsonNode value = node.get(f);
            if (value != null && value.isArray()) {
                List<String> all = new ArrayList<>();
                for (JsonNode item : value) {
                    nameOf(item).filter(n -> !all.contains(n)).ifPresent(all::add);
                }
                if (!all.isEmpty()) {
                    String joined = String.join(", ", all);
                    return Optional.of(joined.length() <= MAX_FIELD ? joined : joined.substring(0, MAX_FIELD));
                }
            } else {
                Optional<String> s = nameOf(value);
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nameOf(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isObject()) {
            JsonNode inner = value.has("name") ? value.get("name") : value.get("title");
            return inner == null ? Optional.empty() : nameOf(inner);
        }
        if (value.isTextual()) {
            String s = Texts.collapse(value.textValue());
            return s.isEmpty() || s.length() > MAX_FIELD ? Optional.empty() : Optional.of(s);
        }
        return Optional.empty();
    }

    private Provenance at(long line) {
        return new Provenance(name, Long.toString(line), Optional.empty(), Optional.empty());
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] line) throws BadInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(line);
        CharBuffer out = CharBuffer.allocate(line.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new BadInputException("line", in.position(), "invalid UTF-8 at byte " + in.position()
                    + " of the line");
        }
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).strip();
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            // nothing was written; a failed close loses nothing
        }
    }
}
