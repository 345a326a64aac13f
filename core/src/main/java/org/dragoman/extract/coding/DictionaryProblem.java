package org.dragoman.extract.coding;

import java.nio.file.Path;

/** A dictionary line that was skipped: the file, its 1-based line number and a one-line reason. */
public record DictionaryProblem(Path file, int line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
