package org.dragoman.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Rows for one table, written either through DuckDB's appender (bulk rows, no key conflicts possible; values
 * in table column order) or as multi-row prepared {@code INSERT OR IGNORE}s of up to {@link #CHUNK} rows (small
 * tables whose keys may already exist). Both run inside the caller's open transaction, and neither builds SQL
 * from values. Not thread-safe.
 */
final class Inserter {

    static final int CHUNK = 256;

    private final String table;
    private final String[] columns;
    private final String verb;
    private final boolean append;
    private final List<Object[]> rows = new ArrayList<>();
    private final Map<Integer, String> sql = new HashMap<>();

    /** Rows for {@code table}'s {@code columns}; with {@code ignoreConflicts}, rows whose key exists are skipped. */
    Inserter(String table, boolean ignoreConflicts, String... columns) {
        this.table = table;
        this.columns = columns.clone();
        this.verb = ignoreConflicts ? "INSERT OR IGNORE INTO " : "INSERT INTO ";
        this.append = !ignoreConflicts;
    }

    /** Queues one row; values are Strings, Numbers, Booleans or null, one per column. */
    void add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.length + " columns");
        }
        rows.add(values);
    }

    int size() {
        return rows.size();
    }

    /** Writes every queued row on {@code connection} (inside the caller's transaction) and clears the queue. */
    void flush(Connection connection) throws SQLException {
        if (append) {
            if (!rows.isEmpty()) {
                try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender(
                        DuckDBConnection.DEFAULT_SCHEMA, table)) {
                    for (Object[] row : rows) {
                        appender.beginRow();
                        for (Object value : row) {
                            appendValue(appender, value);
                        }
                        appender.endRow();
                    }
                }
            }
            rows.clear();
            return;
        }
        for (int from = 0; from < rows.size(); from += CHUNK) {
            int n = Math.min(CHUNK, rows.size() - from);
            try (PreparedStatement statement = connection.prepareStatement(sql.computeIfAbsent(n, this::statement))) {
                int p = 1;
                for (int r = from; r < from + n; r++) {
                    for (Object value : rows.get(r)) {
                        statement.setObject(p++, value);
                    }
                }
                statement.executeUpdate();
            }
        }
        rows.clear();
    }

    private void appendValue(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String v) {
            appender.append(v);
        } else if (value instanceof Integer v) {
            appender.append(v.intValue());
        } else if (value instanceof Long v) {
            appender.append(v.longValue());
        } else if (value instanceof Boolean v) {
            appender.append(v.booleanValue());
        } else if (value instanceof Double v) {
            appender.append(v.doubleValue());
        } else if (value instanceof LocalDate v) {
            appender.append(v);
        } else if (value instanceof LocalDateTime v) {
            appender.append(v);
        } else {
            throw new IllegalArgumentException(table + ": cannot append a " + value.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return table;
    }

    void clear() {
        rows.clear();
    }

    private String statement(int n) {
        StringBuilder s = new StringBuilder(verb).append(table).append(" (").append(String.join(", ", columns))
                .append(") VALUES ");
        String row = "(" + "?, ".repeat(columns.length - 1) + "?)";
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ", ").append(row);
        }
        return s.toString();
    }
}
