package org.dragoman.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.dragoman.model.Article;

/**
 * Reads article files from disk or a stream: checks the bytes (not empty, not binary, valid UTF-8, not too
 * large), strips a UTF-8 byte-order mark and hands the text to {@link HtmlArticleReader} for {@code .html} /
 * {@code .htm} files and to {@link TextArticleReader} for anything else. Every rejection is a
 * {@link BadInputException} with a one-line reason; I/O failures are {@link IOException}s.
 * Immutable and thread-safe when its parsers are.
 */
public final class ArticleFiles {

    /** The default size limit in bytes; larger inputs are rejected before they are read. */
    public static final long DEFAULT_MAX_BYTES = 5_000_000;

    /** The name used for standard input in messages and as the input name given to the readers. */
    public static final String STDIN_NAME = "<stdin>";

    /** Turns decoded text into an article; the shape of {@link TextArticleReader#read} and {@link HtmlArticleReader#read}. */
    @FunctionalInterface
    public interface Parser {
        /** The article in {@code content}, or a {@link BadInputException} naming {@code inputName}. */
        Article read(String content, String inputName) throws BadInputException;
    }

    // More than one control byte in 50 is not text anyone wrote; a stray one or two in a long article are.
    private static final int CONTROL_SHARE_DIVISOR = 50;

    private static final ArticleFiles DEFAULT = new ArticleFiles(DEFAULT_MAX_BYTES);

    private final long maxBytes;
    private final Parser text;
    private final Parser html;

    /** Files of at most {@code maxBytes} bytes read with Dragoman's own readers; rejects a non-positive limit. */
    public ArticleFiles(long maxBytes) {
        this(maxBytes, new TextArticleReader()::read, new HtmlArticleReader()::read);
    }

    /** Files of at most {@code maxBytes} bytes read with the given parsers; rejects a non-positive limit. */
    public ArticleFiles(long maxBytes, Parser text, Parser html) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.text = Objects.requireNonNull(text, "text");
        this.html = Objects.requireNonNull(html, "html");
    }

    /** Reads {@code file} with the default limit and Dragoman's readers; see {@link #readFile(Path)}. */
    public static Article read(Path file) throws BadInputException, IOException {
        return DEFAULT.readFile(file);
    }

    /** Reads an article from standard input with the default limit; see {@link #readStream(InputStream, String)}. */
    public static Article readStdin() throws BadInputException, IOException {
        return DEFAULT.readStream(System.in, STDIN_NAME);
    }

    /** The size limit in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The same reader with another size limit; rejects a non-positive limit. */
    public ArticleFiles withMaxBytes(long maxBytes) {
        return new ArticleFiles(maxBytes, text, html);
    }

    /**
     * Reads one file; the input name in errors and in the article is {@code file} as given. Files over the limit
     * are rejected without being read. Throws {@link BadInputException} for rejected content and
     * {@link IOException} when the file cannot be read (missing, a directory, no permission).
     */
    public Article readFile(Path file) throws BadInputException, IOException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new BadInputException(name, "is a directory");
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge(name, size);
        }
        byte[] bytes = Files.readAllBytes(file);
        // the file may have grown between the two calls
        if (bytes.length > maxBytes) {
            throw tooLarge(name, bytes.length);
        }
        String content = decode(bytes, name);
        return isHtmlName(file) ? html.read(content, name) : text.read(content, name);
    }

    /**
     * Reads one article from {@code in} (not closed) named {@code inputName}: HTML when its first non-blank
     * character is {@code <}, plain text otherwise. A stream over the limit is drained (to report its size)
     * without being kept in memory.
     */
    public Article readStream(InputStream in, String inputName) throws BadInputException, IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            long total = bytes.length;
            byte[] sink = new byte[1 << 16];
            for (int n; (n = in.read(sink)) > 0; ) {
                total += n;
            }
            throw tooLarge(inputName, total);
        }
        String content = decode(bytes, inputName);
        return content.stripLeading().startsWith("<") ? html.read(content, inputName) : text.read(content, inputName);
    }

    /**
     * The text of {@code bytes} as UTF-8 without a byte-order mark. Rejects, naming {@code inputName}: no bytes or
     * only whitespace ({@code empty file}), UTF-16 or NUL bytes or many control bytes ({@code binary file}) and
     * malformed UTF-8 ({@code invalid UTF-8 at byte N}). Does not check the size.
     */
    public static String decode(byte[] bytes, String inputName) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException(inputName, "empty file");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new BadInputException(inputName, 0, "binary file (UTF-16 text; convert it to UTF-8)");
        }
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new BadInputException(inputName, i, "binary file");
            }
            if (isControl(b)) {
                controls++;
            }
        }
        if (controls > 0 && (long) controls * CONTROL_SHARE_DIVISOR > bytes.length) {
            throw new BadInputException(inputName, "binary file");
        }

        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never needs more chars than bytes
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new BadInputException(inputName, at, "invalid UTF-8 at byte " + at);
        }
        out.flip();
        String content = out.toString();
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        if (content.isBlank()) {
            throw new BadInputException(inputName, "empty file");
        }
        return content;
    }

    /** True when the file name ends in {@code .html} or {@code .htm}, in any case. */
    public static boolean isHtmlName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    private static boolean isControl(int b) {
        // tab, line feed, vertical tab, form feed and carriage return occur in real text files
        return (b < 0x20 && !(b >= 0x09 && b <= 0x0D)) || b == 0x7F;
    }

    private BadInputException tooLarge(String name, long size) {
        return new BadInputException(name, "too large: " + size + " bytes (limit " + maxBytes + ")");
    }

    @Override
    public String toString() {
        return "ArticleFiles[maxBytes=" + maxBytes + "]";
    }
}
