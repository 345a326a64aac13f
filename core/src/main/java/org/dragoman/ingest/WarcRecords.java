package org.dragoman.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Article;
import org.dragoman.model.Provenance;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages archived in a WARC file ({@code .warc} or per-record gzip {@code .warc.gz}) with jwarc:
 * one record per {@code response} record with HTTP status 200 and an HTML content type ({@code text/html},
 * {@code application/xhtml+xml}). The locator is the record's byte offset in the file as stored (compressed
 * offsets for {@code .warc.gz}, as in CDX indexes); the URL is the record's target URI.
 *
 * <p>Skipped silently, since they are not articles and a crawl holds many of them: request, metadata, warcinfo,
 * revisit and resource records, responses with another status (redirects, errors) and responses that are not
 * HTML. An HTML response whose body cannot be read or holds no article text becomes an error record. The body is
 * decoded with the HTTP charset, else the page's {@code <meta charset>}, else UTF-8, bad bytes replaced the way a
 * browser would. A record that breaks the WARC format ends the file with one error record, since no later record
 * boundary can be trusted.
 */
final class WarcRecords implements RecordCursor {
    private static final HtmlArticleReader HTML = new HtmlArticleReader();
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]+)");

    private final WarcReader reader;
    private final String name;
    private final SourceOptions options;
    private long lastOffset = -1;
    private boolean done;

    WarcRecords(Path file, String name, SourceOptions options) throws IOException {
        this.reader = new WarcReader(file);
        this.name = name;
        this.options = options;
        // warnings concern records we skip or read anyway; library code does not print them
        reader.onWarning(warning -> { });
    }

    @Override
    public SourceRecord next() {
        while (!done) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                done = true;
                close();
                String where = lastOffset < 0 ? "at the start" : "after the record at offset " + lastOffset;
                return SourceRecord.failed(new Provenance(name, "after:" + Math.max(lastOffset, 0), Optional.empty(),
                        Optional.empty()), "broken WARC record " + where + ": " + describe(e)
                        + "; rest of the file skipped");
            }
            if (next.isEmpty()) {
                done = true;
                close();
                return null;
            }
            long offset = reader.position();
            lastOffset = offset;
            if (next.get() instanceof WarcResponse response) {
                SourceRecord record = response(response, offset);
                if (record != null) {
                    return record;
                }
            }
        }
        return null;
    }

    /** The record for one response, or null when it is skipped. */
    private SourceRecord response(WarcResponse response, long offset) {
        String target;
        try {
            target = response.target();
        } catch (RuntimeException e) {
            target = null;
        }
        Optional<String> url = Optional.ofNullable(target).filter(s -> !s.isBlank());
        Provenance from = new Provenance(name, Long.toString(offset), url, Optional.empty());
        String recordName = url.orElse(name + "@" + offset);
        try {
            if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
                    && !response.contentType().raw().toLowerCase(Locale.ROOT).startsWith("application/http")) {
                return null;
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return null;
            }
            MediaType type = http.contentType();
            if (!isHtml(type)) {
                return null;
            }
            byte[] bytes;
            try (InputStream in = http.bodyDecoded().stream()) {
                bytes = Sources.readLimited(in, options.maxBytes(), recordName);
            }
            String html = decode(bytes, type);
            Article article = HTML.read(html, recordName);
            if (article.url().isEmpty()) {
                article = article.withUrl(url);
            }
            return SourceRecord.of(new Provenance(name, Long.toString(offset), url, article.source()), article);
        } catch (BadInputException e) {
            return SourceRecord.failed(from, e.reason());
        } catch (IOException | RuntimeException e) {
            return SourceRecord.failed(from, "unreadable HTTP response: " + describe(e));
        }
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** The page's text in the charset the server named, else the page's meta charset, else UTF-8. */
    static String decode(byte[] bytes, MediaType type) {
        Charset charset = null;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
        }
        if (charset == null && type != null) {
            charset = charset(type.parameters().get("charset"));
        }
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                charset = charset(m.group(1));
            }
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes));
            String s = chars.toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (java.nio.charset.CharacterCodingException e) {
            // REPLACE never reports; kept for the checked signature
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().replace("\"", "").replace("'", "");
        // browsers read latin-1 labels as windows-1252, which is what such pages are really written in
        if (n.equalsIgnoreCase("iso-8859-1") || n.equalsIgnoreCase("latin1") || n.equalsIgnoreCase("us-ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : SourceRecord.oneLine(message);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
