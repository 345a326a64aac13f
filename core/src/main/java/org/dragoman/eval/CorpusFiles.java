package org.dragoman.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists a corpus's files for the scorers. */
final class CorpusFiles {

    private CorpusFiles() {
    }

    /**
     * The regular files under {@code dir} (recursively) whose names end in {@code suffix}, in path order.
     * Throws {@link IllegalArgumentException} when {@code dir} is not a directory.
     */
    static List<Path> list(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Not a directory: " + dir);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }
}
