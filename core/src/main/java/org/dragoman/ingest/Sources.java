package org.dragoman.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dragoman.model.Article;
import org.dragoman.model.Provenance;

/**
 * Reads articles from files and directories of every kind Dragoman ingests, as a lazy, ordered stream of
 * {@link SourceRecord}s: plain-text and HTML files (one article each), JSON Lines (one per line), JSON documents
 * (one object, or an array of objects), RSS and Atom
 * feeds (one per item), WARC files (one per HTML response record), any of them gzip-compressed, and directories
 * of them, walked recursively in sorted order with hidden files and directories skipped.
 *
 * <p>The format is recognised by {@link SourceFormat#detect} from the name and the first bytes; gzip by its
 * magic bytes. Bad content never throws: a bad record becomes an error record and reading goes on with the
 * next; a file that cannot be read at all becomes one error record. The same input always gives the same
 * records in the same order, with the same locators, so a re-run can skip what an earlier run stored. Files are
 * read as streams: memory holds one record (at most {@link SourceOptions#maxBytes()}), never a whole JSON Lines
 * or WARC file; feed files, parsed whole, are limited to {@link #MAX_FEED_BYTES}.
 *
 * <p>Locators: {@code ""} for a whole file (and a JSON file of one object), the 1-based line number for JSON
 * Lines, the 1-based position of an object in a JSON array, the item's guid or id (else
 * its link, else {@code item N}) for feeds, the byte offset of the record in the (possibly compressed) file for
 * WARC. The source of a record is the file's path as given, or the path under a directory as given.
 */
public final class Sources {
    /** Feed files above this size are rejected: the feed is parsed whole. */
    public static final long MAX_FEED_BYTES = 64L << 20;

    private static final HtmlArticleReader HTML = new HtmlArticleReader();
    private static final TextArticleReader TEXT = new TextArticleReader();

    private Sources() {
    }

    /**
     * The records of {@code path} (a file or a directory) read with {@code options}. The stream must be closed
     * (try-with-resources) to release an open file when it is not read to its end. Never throws for bad content
     * or an unreadable path; both become error records.
     */
    public static Stream<SourceRecord> read(Path path, SourceOptions options) {
        return read(List.of(path), options);
    }

    /** The records of every path in {@code paths}, one after the other; see {@link #read(Path, SourceOptions)}. */
    public static Stream<SourceRecord> read(List<Path> paths, SourceOptions options) {
        Objects.requireNonNull(options, "options");
        PathsCursor cursor = new PathsCursor(List.copyOf(paths), options);
        Iterator<SourceRecord> it = new Iterator<>() {
            private SourceRecord next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = cursor.next();
                }
                return next != null;
            }

            @Override
            public SourceRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SourceRecord r = next;
                next = null;
                return r;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(cursor::close);
    }

    /**
     * The format {@code file} is read as (of its content once decompressed, when it is gzip); throws
     * {@link IOException} when the file cannot be opened or is a directory.
     */
    public static SourceFormat format(Path file) throws IOException {
        return Head.of(file).format;
    }

    /** One file's records. */
    static RecordCursor open(Path file, SourceOptions options) {
        String name = file.toString();
        Head head;
        try {
            head = Head.of(file);
        } catch (IOException e) {
            return RecordCursor.of(SourceRecord.failed(whole(name), reason(e)));
        }
        try {
            switch (head.format) {
                case WARC:
                    return new WarcRecords(file, name, options);
                case JSONL:
                    return new JsonLines(stream(file, head.gzip), name, options);
                case JSON:
                    return new JsonDocuments(stream(file, head.gzip), name, options);
                case FEED:
                    return FeedItems.open(file, head.gzip, name, options);
                default:
                    return RecordCursor.of(wholeFile(file, head, name, options));
            }
        } catch (IOException e) {
            return RecordCursor.of(SourceRecord.failed(whole(name), reason(e)));
        }
    }

    private static SourceRecord wholeFile(Path file, Head head, String name, SourceOptions options) {
        try {
            byte[] bytes;
            if (head.gzip) {
                try (InputStream in = stream(file, true)) {
                    bytes = readLimited(in, options.maxBytes(), name);
                }
            } else {
                long size = Files.size(file);
                if (size > options.maxBytes()) {
                    throw tooLarge(name, size, options.maxBytes());
                }
                bytes = Files.readAllBytes(file);
                if (bytes.length > options.maxBytes()) {
                    throw tooLarge(name, bytes.length, options.maxBytes());
                }
            }
            String content = ArticleFiles.decode(bytes, name);
            Article article = head.format == SourceFormat.HTML ? HTML.read(content, name) : TEXT.read(content, name);
            return SourceRecord.of(new Provenance(name, "", article.url(), article.source()), article);
        } catch (BadInputException e) {
            return SourceRecord.failed(whole(name), e.offset() >= 0 && !e.reason().contains("byte")
                    ? e.reason() + " (offset " + e.offset() + ")" : e.reason());
        } catch (IOException e) {
            return SourceRecord.failed(whole(name), reason(e));
        }
    }

    /** The bytes of {@code in}, or a rejection once more than {@code limit} come out of it. */
    static byte[] readLimited(InputStream in, long limit, String name) throws IOException, BadInputException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
        if (bytes.length > limit) {
            throw new BadInputException(name, "too large: over " + limit + " bytes");
        }
        return bytes;
    }

    private static BadInputException tooLarge(String name, long size, long limit) {
        return new BadInputException(name, "too large: " + size + " bytes (limit " + limit + ")");
    }

    /**
     * The file's bytes, decompressed when {@code gzip}. The decompressed side is not buffered again: a buffer
     * filling itself past a truncation would throw away the bytes it had already read.
     */
    static InputStream stream(Path file, boolean gzip) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            return gzip ? new GZIPInputStream(in, 1 << 16) : in;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    static Provenance whole(String name) {
        return new Provenance(name, "", Optional.empty(), Optional.empty());
    }

    /** Why a file or stream could not be read, in one line without the file name. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof EOFException) {
            return "truncated data (unexpected end of file)";
        }
        if (e instanceof ZipException) {
            return "corrupt gzip data (" + Objects.requireNonNullElse(e.getMessage(), "unreadable") + ")";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() == null ? "cannot read" : "cannot read: " + fs.getReason();
        }
        return "cannot read: " + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }

    /** The first bytes of a file (decompressed when it is gzip) and the format they show. */
    private static final class Head {
        final boolean gzip;
        final SourceFormat format;

        private Head(boolean gzip, SourceFormat format) {
            this.gzip = gzip;
            this.format = format;
        }

        static Head of(Path file) throws IOException {
            if (Files.isDirectory(file)) {
                throw new FileSystemException(file.toString(), null, "is a directory");
            }
            byte[] magic;
            try (InputStream in = Files.newInputStream(file)) {
                magic = in.readNBytes(2);
            }
            boolean gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
            byte[] head = new byte[SourceFormat.HEAD_BYTES];
            int n = 0;
            try (InputStream in = stream(file, gzip)) {
                while (n < head.length) {
                    int r = in.read(head, n, head.length - n);
                    if (r < 0) {
                        break;
                    }
                    n += r;
                }
            } catch (EOFException | ZipException e) {
                // a damaged gzip stream is reported when its records are read; the head seen so far decides
            }
            String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
            String inner = gzip ? stripGzipSuffix(fileName) : fileName;
            return new Head(gzip, SourceFormat.detect(inner, head, n));
        }

        private static String stripGzipSuffix(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".gz")) {
                return name.substring(0, name.length() - 3);
            }
            if (lower.endsWith(".gzip")) {
                return name.substring(0, name.length() - 5);
            }
            if (lower.endsWith(".tgz")) {
                return name.substring(0, name.length() - 4) + ".tar";
            }
            return name;
        }
    }

    /** The records of a list of paths: files opened one at a time, directories walked lazily in sorted order. */
    private static final class PathsCursor implements RecordCursor {
        private final Deque<Path> roots;
        private final SourceOptions options;
        // directories being walked: each entry lists the children not yet visited, in order
        private final Deque<Iterator<Path>> walk = new ArrayDeque<>();
        private RecordCursor current;
        private String currentName = "";
        private boolean closed;

        PathsCursor(List<Path> paths, SourceOptions options) {
            this.roots = new ArrayDeque<>(paths);
            this.options = options;
        }

        @Override
        public SourceRecord next() {
            while (!closed) {
                if (current != null) {
                    SourceRecord r;
                    try {
                        r = current.next();
                    } catch (RuntimeException | StackOverflowError e) {
                        // a reader bug on one file must not end the whole batch: report it and go on
                        r = SourceRecord.failed(whole(currentName), "internal error reading the file ("
                                + e.getClass().getSimpleName() + "); rest of the file skipped");
                        current.close();
                        current = null;
                        return r;
                    }
                    if (r != null) {
                        return r;
                    }
                    current.close();
                    current = null;
                }
                Path next = nextPath();
                if (next == null) {
                    return null;
                }
                if (Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS)
                        || (walk.isEmpty() && Files.isDirectory(next))) {
                    Optional<SourceRecord> problem = enter(next);
                    if (problem.isPresent()) {
                        return problem.get();
                    }
                    continue;
                }
                if (!walk.isEmpty() && Files.isDirectory(next)) {
                    // a link to a directory inside a walk: not followed, so a link loop cannot trap the walk
                    continue;
                }
                if (!walk.isEmpty() && !Files.isRegularFile(next)) {
                    continue;
                }
                currentName = next.toString();
                current = open(next, options);
            }
            return null;
        }

        private Path nextPath() {
            while (!walk.isEmpty()) {
                Iterator<Path> top = walk.peek();
                if (top.hasNext()) {
                    return top.next();
                }
                walk.pop();
            }
            return roots.poll();
        }

        private Optional<SourceRecord> enter(Path dir) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path child : entries) {
                    Path fileName = child.getFileName();
                    if (fileName != null && !fileName.toString().startsWith(".")) {
                        children.add(child);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                return Optional.of(SourceRecord.failed(whole(dir.toString()), reason(io)));
            }
            children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            walk.push(children.iterator());
            return Optional.empty();
        }

        @Override
        public void close() {
            closed = true;
            if (current != null) {
                current.close();
                current = null;
            }
            walk.clear();
            roots.clear();
        }
    }
}
