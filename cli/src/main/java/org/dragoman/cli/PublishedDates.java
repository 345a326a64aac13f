package org.dragoman.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published dates for a batch, read from a TSV file of {@code path<TAB>YYYY-MM-DD} lines (blank lines and
 * lines starting with {@code #} ignored, an optional {@code path<TAB>published} header). A path matches an input
 * whose name as given is the same path, or whose file name is that path. A malformed line fails at start,
 * naming the file, line and value.
 */
final class PublishedDates {

    private final Map<String, LocalDate> byPath;

    private PublishedDates(Map<String, LocalDate> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /** No dates at all. */
    static PublishedDates none() {
        return new PublishedDates(Map.of());
    }

    /** Reads {@code tsv}; throws {@link CliException} (exit 2) for a missing file or a malformed line. */
    static PublishedDates load(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (java.nio.file.FileSystemException e) {
            throw CliException.badInput(Main.describe(e));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw CliException.badInput(tsv + ": not UTF-8 text");
        } catch (IOException e) {
            throw CliException.badInput(tsv + ": cannot read: " + Main.describe(e));
        }
        Map<String, LocalDate> byPath = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = tsv + ":" + (i + 1) + ": ";
            String[] fields = line.split("\t");
            if (fields.length != 2 || fields[0].isBlank()) {
                throw CliException.badInput(where + "expected 'path<TAB>YYYY-MM-DD', got '" + Main.oneLine(shorten(line)) + "'");
            }
            String path = fields[0].strip();
            String value = fields[1].strip();
            if (i == 0 && (value.equalsIgnoreCase("published") || value.equalsIgnoreCase("date"))) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw CliException.badInput(where + "bad date '" + shorten(value) + "' (expected YYYY-MM-DD)");
            }
            LocalDate previous = byPath.put(normalize(path), date);
            if (previous != null && !previous.equals(date)) {
                throw CliException.badInput(where + "'" + path + "' is listed twice with different dates");
            }
        }
        return new PublishedDates(byPath);
    }

    /** The date for the input named {@code name}: by its path as given, else by its file name. */
    Optional<LocalDate> lookup(String name) {
        LocalDate exact = byPath.get(normalize(name));
        if (exact != null) {
            return Optional.of(exact);
        }
        try {
            Path fileName = Path.of(name).getFileName();
            return fileName == null ? Optional.empty() : Optional.ofNullable(byPath.get(fileName.toString()));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Number of paths with a date. */
    int size() {
        return byPath.size();
    }

    // "./a/b.txt" and "a//b.txt" name the same input as "a/b.txt"
    private static String normalize(String path) {
        try {
            return Path.of(path).normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return path;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
