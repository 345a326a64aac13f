package org.dragoman.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dragoman.ingest.ArticleFiles;

/**
 * The inputs of a batch, in the order they are analysed and reported: the arguments as given, each directory
 * replaced by the regular files under it in sorted path order (hidden files and directories skipped), each file
 * once. An argument that cannot be used (missing, unreadable directory) stays in the list with its problem, so
 * it becomes an error line instead of stopping the batch.
 */
final class InputFiles {

    /** One input: its name as reported (the path as given, or under a directory as given) and any known problem. */
    record Input(String name, Optional<String> problem) {
    }

    private InputFiles() {
    }

    /** Expands {@code args} ({@code -} is standard input, kept once). Never throws for a bad path. */
    static List<Input> expand(List<String> args) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        Set<Path> seen = new HashSet<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                inputs.putIfAbsent(ArticleFiles.STDIN_NAME, new Input(ArticleFiles.STDIN_NAME, Optional.empty()));
                continue;
            }
            Path path;
            try {
                path = Path.of(arg);
            } catch (InvalidPathException e) {
                inputs.putIfAbsent(arg, new Input(arg, Optional.of("not a valid path")));
                continue;
            }
            if (Files.isDirectory(path)) {
                for (Input input : walk(path)) {
                    if (input.problem().isPresent() || seen.add(key(Path.of(input.name())))) {
                        inputs.putIfAbsent(input.name(), input);
                    }
                }
            } else if (!Files.exists(path)) {
                inputs.putIfAbsent(arg, new Input(arg, Optional.of("no such file")));
            } else if (seen.add(key(path))) {
                inputs.putIfAbsent(arg, new Input(arg, Optional.empty()));
            }
        }
        return List.copyOf(inputs.values());
    }

    private static List<Input> walk(Path root) {
        List<Path> files = new ArrayList<>();
        List<Input> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // attrs describe the link itself; follow it so linked articles count, linked directories not
                    if (!isHidden(file) && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new Input(file.toString(), Optional.of(Main.reason(e))));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Input(root.toString(), Optional.of(Main.reason(e))));
        }
        files.sort(null);
        List<Input> inputs = new ArrayList<>(files.size() + problems.size());
        for (Path file : files) {
            inputs.add(new Input(file.toString(), Optional.empty()));
        }
        inputs.addAll(problems);
        return inputs;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Path key(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
