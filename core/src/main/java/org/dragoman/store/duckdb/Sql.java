package org.dragoman.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A prepared statement under construction: SQL text with {@code ?} placeholders and their values, appended
 * together so a condition and its values cannot drift apart. Values never enter the SQL text.
 */
final class Sql {

    /** Maps the current row of a result set to a value. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final StringBuilder text;
    private final List<Object> params = new ArrayList<>();

    Sql(String text, Object... params) {
        this.text = new StringBuilder(text);
        this.params.addAll(Arrays.asList(params));
    }

    /** {@code (?, ?, ...)} with {@code n} placeholders ({@code (NULL)} for none, which matches nothing). */
    static String placeholders(int n) {
        return n == 0 ? "(NULL)" : "(" + "?, ".repeat(n - 1) + "?)";
    }

    /** Appends {@code AND condition} and its values. */
    Sql and(String condition, Object... values) {
        text.append(" AND ").append(condition);
        params.addAll(Arrays.asList(values));
        return this;
    }

    /** Appends raw SQL and its values. */
    Sql add(String sql, Object... values) {
        text.append(sql);
        params.addAll(Arrays.asList(values));
        return this;
    }

    /** Appends another statement's text and values. */
    Sql append(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    <T> List<T> list(Connection c, Row<T> row) throws SQLException {
        try (PreparedStatement s = prepare(c); ResultSet rs = s.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    /** The first column of the first row as a long (0 when there is no row or it is null). */
    long one(Connection c) throws SQLException {
        try (PreparedStatement s = prepare(c); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement s = c.prepareStatement(text.toString());
        try {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
        } catch (SQLException e) {
            s.close();
            throw e;
        }
        return s;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
