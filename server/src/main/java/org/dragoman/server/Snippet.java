package org.dragoman.server;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search snippet as plain text with the matched words as offsets, made from the store's HTML-escaped snippet
 * with {@code <b>} around matches. The browser then renders text and marks without ever parsing markup.
 */
record Snippet(String text, List<int[]> highlights) {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);");

    /** Parses {@code html}: {@code <b>}/{@code </b>} mark matches, character references are decoded. */
    static Snippet parse(String html) {
        StringBuilder text = new StringBuilder();
        List<int[]> marks = new ArrayList<>();
        int open = -1;
        int i = 0;
        while (i < html.length()) {
            if (html.startsWith("<b>", i)) {
                open = text.length();
                i += 3;
            } else if (html.startsWith("</b>", i)) {
                if (open >= 0 && text.length() > open) {
                    marks.add(new int[] {open, text.length()});
                }
                open = -1;
                i += 4;
            } else if (html.charAt(i) == '&') {
                Matcher m = ENTITY.matcher(html).region(i, html.length());
                if (m.lookingAt()) {
                    text.append(decode(m.group(1)));
                    i = m.end();
                } else {
                    text.append('&');
                    i++;
                }
            } else {
                text.append(html.charAt(i++));
            }
        }
        return new Snippet(text.toString(), marks);
    }

    private static String decode(String ref) {
        switch (ref) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                int cp = ref.charAt(1) == 'x' || ref.charAt(1) == 'X'
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
        }
    }
}
