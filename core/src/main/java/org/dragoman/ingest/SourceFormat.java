package org.dragoman.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of source file {@link Sources} reads, and how a file's kind is recognised from its name and its
 * first bytes (after gzip decompression when the file is gzip-compressed).
 */
public enum SourceFormat {
    /** A plain-text article: the whole file is one article. */
    TEXT,
    /** An HTML page: the whole file is one article, its main text extracted. */
    HTML,
    /** JSON Lines: one article per line. */
    JSONL,
    /** A JSON document: one object (one article), or an array or sequence of multi-line objects (one each). */
    JSON,
    /** An RSS 0.9x/1.0/2.0 or Atom feed: one record per item. */
    FEED,
    /** A WARC file: one record per HTML {@code response} record. */
    WARC;

    /** How many leading bytes {@link #detect} needs to see. */
    static final int HEAD_BYTES = 4096;

    /**
     * The format of a file named {@code fileName} (without a {@code .gz} suffix) whose first bytes are
     * {@code head}. A WARC signature, then the extensions {@code .warc}, {@code .jsonl}/{@code .ndjson},
     * {@code .json} (JSON Lines or a JSON document, as below), {@code .rss}/{@code .atom},
     * {@code .html}/{@code .htm}/{@code .xhtml}, {@code .txt} decide; any other name is sniffed: an object that
     * closes on its first line is JSON Lines, any other leading {@code &#123;} or {@code [} a JSON document, a
     * leading {@code <} with an {@code rss}, {@code feed} or {@code rdf:RDF} root a feed, other markup HTML,
     * anything else plain text.
     */
    static SourceFormat detect(String fileName, byte[] head, int length) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String start = new String(head, 0, Math.min(length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        if (start.startsWith("WARC/") || name.endsWith(".warc")) {
            return WARC;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonlines")) {
            return JSONL;
        }
        if (name.endsWith(".json")) {
            return json(stripBomAndSpace(start));
        }
        if (name.endsWith(".rss") || name.endsWith(".atom")) {
            return FEED;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return TEXT;
        }
        String s = stripBomAndSpace(start);
        if (s.startsWith("{") || s.startsWith("[")) {
            return json(s);
        }
        if (s.startsWith("<")) {
            return isFeedRoot(s) ? FEED : HTML;
        }
        return TEXT;
    }

    /**
     * JSON Lines when the text starts with an object that ends on its first line (or a first line longer than
     * the head), else a JSON document.
     */
    private static SourceFormat json(String s) {
        if (!s.startsWith("{")) {
            return JSON;
        }
        int nl = s.indexOf('\n');
        if (nl < 0) {
            return JSONL;
        }
        return s.substring(0, nl).strip().endsWith("}") ? JSONL : JSON;
    }

    private static String stripBomAndSpace(String latin1) {
        String s = latin1.startsWith("\u00EF\u00BB\u00BF") ? latin1.substring(3) : latin1;
        return s.stripLeading();
    }

    /** True when the first element after the prolog, comments and doctype is a feed's root element. */
    private static boolean isFeedRoot(String s) {
        int i = 0;
        while (i < s.length()) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 1 >= s.length()) {
                return false;
            }
            char c = s.charAt(lt + 1);
            if (c == '?' || c == '!') {
                // prolog, processing instruction, comment or doctype: skip to its end
                int end = s.startsWith("<!--", lt) ? s.indexOf("-->", lt) : s.indexOf('>', lt);
                if (end < 0) {
                    return false;
                }
                i = end + 1;
                continue;
            }
            String tag = s.substring(lt + 1).toLowerCase(Locale.ROOT);
            return tag.startsWith("rss") && !Character.isLetterOrDigit(charAt(tag, 3))
                    || tag.startsWith("feed") && !Character.isLetterOrDigit(charAt(tag, 4))
                    || tag.startsWith("rdf:rdf");
        }
        return false;
    }

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }
}
