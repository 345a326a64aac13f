package org.dragoman.cli;

import java.nio.file.Path;
import org.dragoman.store.duckdb.DuckDbStore;

/** Opens the store a command names with {@code --store}, turning an unusable directory into a one-line error. */
final class StoreOptions {

    private StoreOptions() {
    }

    /** The store in {@code dir}, created when missing; exits 2 with {@code --store DIR: reason} when unusable. */
    static DuckDbStore open(Path dir) {
        try {
            return DuckDbStore.open(dir);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--store " + e.getMessage());
        }
    }
}
