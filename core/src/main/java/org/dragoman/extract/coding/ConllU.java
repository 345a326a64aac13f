package org.dragoman.extract.coding;

import java.util.ArrayList;
import java.util.List;

/** CoNLL-U text (one sentence) to a {@link DepSentence}; multi-word token ranges and empty nodes are skipped. */
public final class ConllU {

    private ConllU() {
    }

    /**
     * Reads the token lines of one sentence; throws {@link IllegalArgumentException} with a one-line reason for a
     * line without the ten tab-separated columns or with a non-numeric id or head.
     */
    public static DepSentence parse(String text) {
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cols = line.strip().split("\t");
            if (cols.length < 8) {
                throw new IllegalArgumentException("CoNLL-U line " + lineNo + " has " + cols.length + " columns, not 10");
            }
            if (cols[0].contains("-") || cols[0].contains(".")) {
                continue;
            }
            rows.add(cols);
        }
        List<DepToken> tokens = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            int id;
            int head;
            try {
                id = Integer.parseInt(c[0]);
                head = Integer.parseInt(c[6]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("CoNLL-U token " + (i + 1) + " has a non-numeric id or head");
            }
            if (id != i + 1) {
                throw new IllegalArgumentException("CoNLL-U token ids are not 1.." + rows.size());
            }
            String pos = c[4].equals("_") ? c[3] : c[4];
            tokens.add(new DepToken(i, c[1], c[2], pos, head - 1, c[7], -1, -1));
        }
        return new DepSentence(tokens);
    }
}
