package org.dragoman.actors;

/**
 * A dictionary line that could not be read: the file (a path or a resource name), its 1-based line number
 * ({@code 0} when the whole file failed) and a one-line reason. The line was skipped.
 */
public record DictionaryProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
