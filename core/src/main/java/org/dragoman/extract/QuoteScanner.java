package org.dragoman.extract;

import org.dragoman.model.Block;
import org.dragoman.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotation-mark regions in an article's blocks: curly and straight double quotes, guillemets, two
 * apostrophes used as a double mark (''…'', as in the New York Times archive), and
 * single quotes nested inside them (or opened by a curly ‘), telling apostrophes from closing marks. A
 * paragraph that opens a quote without closing it continues in the next paragraph when that one opens with
 * a quotation mark, as news style has it. Unclosed quotes end with their paragraph. Never throws.
 */
final class QuoteScanner {

    /** One quoted region: the content (marks excluded, trimmed), the mark positions, and nesting. */
    record Region(Span content, int open, int close, int depth, int parent) {
        /** The span including the quotation marks (the close mark when there is one). */
        Span withMarks() {
            return new Span(open, close >= 0 ? close + 1 : content.end());
        }
    }

    private QuoteScanner() {
    }

    /** Regions in text order of their opening marks; {@code parent} is an index into the same list or -1. */
    static List<Region> scan(String text, List<Block> blocks) {
        List<Region> out = new ArrayList<>();
        // Open marks: [openIndex, kind(0=double,1=single), regionSlot]
        List<int[]> stack = new ArrayList<>();
        List<int[]> pending = new ArrayList<>(); // regions being built: open, depth, parent, contentStart
        for (int b = 0; b < blocks.size(); b++) {
            Span span = blocks.get(b).span();
            boolean continuation = false;
            if (!stack.isEmpty()) {
                // A quote left open by the previous paragraph continues only if this one opens with a mark.
                int first = firstNonSpace(text, span);
                char c = first < span.end() ? text.charAt(first) : ' ';
                if (stack.size() == 1 && stack.get(0)[1] == 0 && (isDoubleOpen(text, first, c)
                        || stack.get(0)[2] == '\'' && text.startsWith("''", first))) {
                    continuation = true;
                } else {
                    closeAll(text, stack, pending, out, blocks.get(b - 1).span().end());
                }
            }
            for (int i = span.start(); i < span.end(); i++) {
                char c = text.charAt(i);
                if (continuation) {
                    if (i == firstNonSpace(text, span)) {
                        continuation = false;
                        if (c == '\'') {
                            i++; // both apostrophes of a doubled mark
                        }
                        continue; // the repeated opening mark of a continued quote
                    }
                }
                boolean inDouble = stack.stream().anyMatch(s -> s[1] == 0);
                boolean topIsDouble = !stack.isEmpty() && stack.get(stack.size() - 1)[1] == 0;
                boolean topIsSingle = !stack.isEmpty() && stack.get(stack.size() - 1)[1] == 1;
                if (c == '“' || c == '«' || c == '„') {
                    if (topIsDouble && c == '“' && stack.get(stack.size() - 1)[2] == '„') {
                        close(text, stack, pending, out, i); // German style „…“
                    } else if (topIsDouble && c == '“' && stack.get(stack.size() - 1)[2] == '“' && i > 0
                            && ",.?!".indexOf(text.charAt(i - 1)) >= 0
                            && (i + 1 >= span.end() || Character.isWhitespace(text.charAt(i + 1)))) {
                        close(text, stack, pending, out, i); // a closing mark typed the wrong way: “…,“ said Lee
                    } else {
                        open(stack, pending, i, 0, c);
                    }
                } else if (c == '”' || c == '»') {
                    while (!stack.isEmpty() && stack.get(stack.size() - 1)[1] == 1) {
                        // a single mark still open when its double quote closes was an apostrophe
                        stack.remove(stack.size() - 1);
                        pending.remove(pending.size() - 1);
                    }
                    if (!stack.isEmpty() && stack.get(stack.size() - 1)[1] == 0) {
                        close(text, stack, pending, out, i);
                    }
                } else if (c == '"') {
                    if (topIsDouble && stack.get(stack.size() - 1)[2] == '"') {
                        close(text, stack, pending, out, i);
                    } else if (opensHere(text, i, span)) {
                        open(stack, pending, i, 0, c);
                    } else if (!stack.isEmpty() && stack.get(stack.size() - 1)[1] == 0) {
                        close(text, stack, pending, out, i);
                    }
                } else if (c == '‘') {
                    if (!isBetweenLetters(text, i)) {
                        open(stack, pending, i, 1, c);
                    }
                } else if (c == '\'' && i + 1 < span.end() && text.charAt(i + 1) == '\''
                        && !(topIsSingle && i + 2 < span.end() && text.charAt(i + 2) == '\'' && closesHere(text, i, span))) {
                    // Two apostrophes as a double mark (the New York Times archive's ''…''); in ,''' the first
                    // apostrophe closes a nested single quote and the next two close the double one.
                    if (topIsDouble && stack.get(stack.size() - 1)[2] == '\'') {
                        close(text, stack, pending, out, i);
                    } else if (opensHere(text, i, span) && i + 2 < span.end()
                            && !Character.isWhitespace(text.charAt(i + 2))) {
                        open(stack, pending, i, 0, '\'');
                    } else if (topIsDouble) {
                        close(text, stack, pending, out, i);
                    }
                    i++;
                } else if (c == '’' || c == '\'') {
                    if (topIsSingle && closesHere(text, i, span)) {
                        close(text, stack, pending, out, i);
                    } else if (c == '\'' && inDouble && opensHere(text, i, span) && !topIsSingle) {
                        open(stack, pending, i, 1, c);
                    }
                }
            }
        }
        if (!stack.isEmpty() && !blocks.isEmpty()) {
            closeAll(text, stack, pending, out, blocks.get(blocks.size() - 1).span().end());
        }
        out.sort((x, y) -> Integer.compare(x.open(), y.open()));
        // parents were recorded as open offsets; turn them into list indexes
        List<Region> indexed = new ArrayList<>(out.size());
        for (Region r : out) {
            int parent = -1;
            for (int j = 0; j < out.size(); j++) {
                if (out.get(j).open() == r.parent()) {
                    parent = j;
                }
            }
            indexed.add(new Region(r.content(), r.open(), r.close(), r.depth(), parent));
        }
        return indexed;
    }

    private static void open(List<int[]> stack, List<int[]> pending, int at, int kind, char mark) {
        int parentOpen = stack.isEmpty() ? -1 : stack.get(stack.size() - 1)[0];
        stack.add(new int[] {at, kind, mark});
        pending.add(new int[] {at, stack.size() - 1, parentOpen});
    }

    private static void close(String text, List<int[]> stack, List<int[]> pending, List<Region> out, int at) {
        int[] top = stack.remove(stack.size() - 1);
        int[] p = pending.remove(pending.size() - 1);
        Span content = Span.trimmed(text, top[0] + markWidth(top), at);
        if (content.length() > 0) {
            out.add(new Region(content, top[0], at, p[1], p[2]));
        }
    }

    private static void closeAll(String text, List<int[]> stack, List<int[]> pending, List<Region> out, int end) {
        while (!stack.isEmpty()) {
            int[] top = stack.remove(stack.size() - 1);
            int[] p = pending.remove(pending.size() - 1);
            Span content = Span.trimmed(text, top[0] + markWidth(top), end);
            // An unclosed single quote was most likely an apostrophe; only keep unclosed double quotes.
            if (content.length() > 0 && top[1] == 0) {
                out.add(new Region(content, top[0], -1, p[1], p[2]));
            }
        }
    }

    /** Chars of an open mark: two for a doubled apostrophe, else one. */
    private static int markWidth(int[] open) {
        return open[1] == 0 && open[2] == '\'' ? 2 : 1;
    }

    /** A straight mark opens when it follows a space, the paragraph start, or an opening bracket/dash. */
    private static boolean opensHere(String text, int i, Span span) {
        boolean before = i == span.start() || Character.isWhitespace(text.charAt(i - 1))
                || "([{—–-/“‘".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < span.end() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    /** A closing single mark is not between two letters (that is an apostrophe: don’t, Russia’s). */
    private static boolean closesHere(String text, int i, Span span) {
        if (isBetweenLetters(text, i)) {
            return false;
        }
        return i > span.start() && !Character.isWhitespace(text.charAt(i - 1));
    }

    private static boolean isBetweenLetters(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean isDoubleOpen(String text, int i, char c) {
        return c == '“' || c == '«' || c == '„' || c == '"';
    }

    private static int firstNonSpace(String text, Span span) {
        int i = span.start();
        while (i < span.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
