package org.dragoman.ingest;

import java.util.regex.Pattern;

/** Shape tests on lines of plain text shared by the readers and the segmenter. */
final class Layout {

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String TERMINAL = ".!:;,\"”’'»)]…";
    private static final int MAX_HEADING_WORDS = 16;
    private static final int MAX_HEADING_CHARS = 140;

    private Layout() {
    }

    /**
     * A heading is a short line that starts with a capital, letter or digit and ends without sentence
     * punctuation (a question mark is allowed: headlines ask).
     */
    static boolean looksLikeHeading(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING_CHARS || words(s) > MAX_HEADING_WORDS) {
            return false;
        }
        char first = s.charAt(0);
        if (Character.isLowerCase(first) || "“\"‘'(-–—•*".indexOf(first) >= 0) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return TERMINAL.indexOf(last) < 0 && Character.isLetterOrDigit(s.codePointAt(0)) || last == '?';
    }

    /** True when the line ends as a sentence or a quotation does. */
    static boolean endsSentence(String line) {
        String s = line.strip();
        return !s.isEmpty() && ".!?:\"”’'»)…".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** Number of whitespace-separated words. */
    static int words(String s) {
        return (int) WORD.matcher(s).results().count();
    }
}
