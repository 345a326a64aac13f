package org.dragoman.ingest;

import java.util.Locale;

/** Whitespace and comparison helpers for text taken out of HTML. */
final class Texts {
    private Texts() {
    }

    /** {@code s} with every run of whitespace (including no-break and zero-width spaces) made one space, trimmed. */
    static String collapse(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** True for any kind of space or line break. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0';
    }

    // Zero-width characters and soft hyphens would otherwise split or glue words invisibly.
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** A key for loose comparison: lower case, letters and digits only. */
    static String key(String s) {
        StringBuilder out = new StringBuilder();
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
