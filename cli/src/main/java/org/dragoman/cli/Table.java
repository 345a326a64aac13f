package org.dragoman.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of named columns printed as an aligned text table, CSV (RFC 4180) or a JSON array of objects. Values are
 * Strings, numbers, booleans or null; JSON keeps their types, table and CSV print them as text.
 */
final class Table {

    /** Output formats of query results. */
    enum Format { table, json, csv }

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final int MAX_CELL = 100;

    private final String[] columns;
    private final List<Object[]> rows = new ArrayList<>();

    Table(String... columns) {
        this.columns = columns.clone();
    }

    /** Adds a row, one value per column. */
    Table row(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(values.length + " values for " + columns.length + " columns");
        }
        rows.add(values.clone());
        return this;
    }

    int size() {
        return rows.size();
    }

    void print(PrintWriter out, Format format) {
        switch (format) {
            case json -> out.println(json());
            case csv -> printCsv(out);
            case table -> printTable(out);
        }
        out.flush();
    }

    private String json() {
        java.io.StringWriter w = new java.io.StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartArray();
            for (Object[] row : rows) {
                g.writeStartObject();
                for (int i = 0; i < columns.length; i++) {
                    g.writeFieldName(columns[i]);
                    writeValue(g, row[i]);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Long || value instanceof Integer) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(value.toString());
        }
    }

    private void printCsv(PrintWriter out) {
        out.print(String.join(",", Arrays.stream(columns).map(Table::csv).toList()));
        out.print("\r\n");
        for (Object[] row : rows) {
            out.print(String.join(",", Arrays.stream(row).map(v -> csv(v == null ? "" : v.toString())).toList()));
            out.print("\r\n");
        }
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private void printTable(PrintWriter out) {
        String[][] cells = new String[rows.size()][columns.length];
        int[] widths = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = columns[i].length();
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < columns.length; i++) {
                Object v = rows.get(r)[i];
                String s = v == null ? "" : v.toString().replaceAll("\\s+", " ").strip();
                if (s.length() > MAX_CELL) {
                    s = s.substring(0, MAX_CELL - 1) + "…";
                }
                cells[r][i] = s;
                widths[i] = Math.max(widths[i], s.length());
            }
        }
        out.println(line(columns, widths));
        for (String[] row : cells) {
            out.println(line(row, widths));
        }
        if (rows.isEmpty()) {
            out.println("(no rows)");
        }
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                s.append("  ");
            }
            s.append(cells[i]);
            if (i < cells.length - 1) {
                s.append(" ".repeat(widths[i] - cells[i].length()));
            }
        }
        return s.toString();
    }
}
