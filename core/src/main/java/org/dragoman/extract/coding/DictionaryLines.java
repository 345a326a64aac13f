package org.dragoman.extract.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The comment conventions shared by the TABARI/PETRARCH dictionary files: {@code <!-- ... -->} (also across
 * lines), a {@code #} at the start of a line, and everything from a {@code #} to the end of a line. Returns the
 * remaining non-blank lines with their 1-based line numbers.
 */
final class DictionaryLines {
    record Line(int number, String text) {
    }

    private DictionaryLines() {
    }

    static List<Line> read(Path file) throws IOException {
        List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Line> out = new ArrayList<>(raw.size());
        boolean inComment = false;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            StringBuilder kept = new StringBuilder();
            int at = 0;
            while (at < line.length()) {
                if (inComment) {
                    int end = line.indexOf("-->", at);
                    if (end < 0) {
                        at = line.length();
                    } else {
                        inComment = false;
                        at = end + 3;
                    }
                } else {
                    int start = line.indexOf("<!--", at);
                    if (start < 0) {
                        kept.append(line, at, line.length());
                        at = line.length();
                    } else {
                        kept.append(line, at, start);
                        inComment = true;
                        at = start + 4;
                    }
                }
            }
            String text = kept.toString();
            int hash = text.indexOf('#');
            if (hash >= 0) {
                text = text.substring(0, hash);
            }
            text = text.strip();
            if (!text.isEmpty()) {
                out.add(new Line(i + 1, text));
            }
        }
        return out;
    }
}
