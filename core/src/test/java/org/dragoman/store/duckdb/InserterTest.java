package org.dragoman.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InserterTest {

    @TempDir
    Path dir;

    /** The store's atomicity rests on appended rows belonging to the open transaction. */
    @Test
    void appendedAndInsertedRowsRollBackWithTheTransaction() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("t.duckdb"))) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bulk (a VARCHAR, b INTEGER)");
                s.execute("CREATE TABLE keyed (k VARCHAR PRIMARY KEY)");
            }
            Inserter bulk = new Inserter("bulk", false, "a", "b");
            Inserter keyed = new Inserter("keyed", true, "k");
            c.setAutoCommit(false);
            keyed.add("x");
            keyed.flush(c);
            for (int i = 0; i < 1000; i++) {
                bulk.add("row", i);
            }
            bulk.flush(c);
            c.rollback();
            c.setAutoCommit(true);
            assertThat(count(c, "bulk")).isZero();
            assertThat(count(c, "keyed")).isZero();

            c.setAutoCommit(false);
            keyed.add("x");
            keyed.add("y");
            keyed.flush(c);
            bulk.add(null, 1);
            bulk.flush(c);
            c.commit();
            c.setAutoCommit(true);
            // a key that exists is skipped, not an error
            keyed.add("x");
            keyed.flush(c);
            assertThat(count(c, "bulk")).isEqualTo(1);
            assertThat(count(c, "keyed")).isEqualTo(2);
        }
    }

    private static long count(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
