package org.dragoman.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dragoman.ingest.BadInputException;
import org.dragoman.ingest.HtmlArticleReader;
import org.dragoman.model.Article;

/**
 * Scores the page metadata {@link HtmlArticleReader} finds (title, author, published date) against the expected
 * metadata of Mozilla Readability's test pages ({@code pages/NAME/source.html[.gz]} beside
 * {@code expected-metadata.json}).
 *
 * <p>Each field is scored on the pages whose expected value is not empty. Titles and bylines are compared as
 * keys (lower case, letters and digits only, a leading "by" dropped). A title is exact when the keys are equal
 * and lenient when they are equal once a site name set off by a separator ({@code " | "}, {@code " - "},
 * {@code " — "}, {@code " :: "}...) is removed from either: the last part, or the first part when it is shorter than the rest. A byline is exact when the keys are equal and lenient
 * when one key holds the other (Readability's bylines often carry a date or a job title beside the name). A
 * published date is right when it is the calendar day written at the start of the expected timestamp. A page
 * the reader rejects (no article text) has no metadata and counts as wrong for every field it is scored on.
 * Values given where none is expected are counted apart, not as errors: Readability's expected metadata is
 * often empty where the page does name an author or a date.
 */
public final class MetadataEval {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—:·•»/]{1,2}|::)\\s+");
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern BY = Pattern.compile("(?i)^\\s*(?:written\\s+)?by\\b[:\\s]*");

    private MetadataEval() {
    }

    /** One page's expected and found values, and whether each field is right (empty when not scored). */
    public record Page(String name, boolean rejected,
                       Optional<String> expectedTitle, Optional<String> title,
                       Optional<String> expectedByline, Optional<String> author,
                       Optional<LocalDate> expectedPublished, Optional<LocalDate> published) {

        /** Title right under the exact rule; empty when no title is expected. */
        public Optional<Boolean> titleExact() {
            return expectedTitle.map(e -> title.map(t -> key(t).equals(key(e))).orElse(false));
        }

        /** Title right under the lenient rule; empty when no title is expected. */
        public Optional<Boolean> titleLenient() {
            return expectedTitle.map(e -> title.map(t -> titleMatches(e, t)).orElse(false));
        }

        /** Byline right under the exact rule; empty when no byline is expected. */
        public Optional<Boolean> bylineExact() {
            return expectedByline.map(e -> author.map(a -> nameKey(a).equals(nameKey(e))).orElse(false));
        }

        /** Byline right under the lenient rule; empty when no byline is expected. */
        public Optional<Boolean> bylineLenient() {
            return expectedByline.map(e -> author.map(a -> bylineMatches(e, a)).orElse(false));
        }

        /** Published day right; empty when no date is expected. */
        public Optional<Boolean> publishedRight() {
            return expectedPublished.map(e -> published.map(e::equals).orElse(false));
        }
    }

    /** Counts for one field: right answers out of the pages scored, and values given where none was expected. */
    public record Field(int right, int scored, int extra, int unexpected) {
        /** right / scored, 0 when nothing was scored. */
        public double accuracy() {
            return scored == 0 ? 0 : (double) right / scored;
        }
    }

    /** The result of a run. */
    public record Report(int pages, int rejected, Field titleExact, Field titleLenient, Field bylineExact,
                         Field bylineLenient, Field published, List<Page> perPage) {
        public Report {
            perPage = List.copyOf(perPage);
        }

        /** Printable lines: one per field, then, when {@code misses}, every wrong answer. */
        public String format(boolean misses) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "readability-testpages: %d pages, %d rejected (no article text)%n",
                    pages, rejected));
            out.append(line("title", "exact", titleExact)).append(line("title", "lenient", titleLenient));
            out.append(line("byline", "exact", bylineExact)).append(line("byline", "lenient", bylineLenient));
            out.append(line("published", "day", published));
            if (misses) {
                for (Page p : perPage) {
                    if (p.titleLenient().orElse(true) && p.bylineLenient().orElse(true)
                            && p.publishedRight().orElse(true)) {
                        continue;
                    }
                    out.append("  miss ").append(p.name()).append(p.rejected() ? " (rejected)" : "").append('\n');
                    if (!p.titleLenient().orElse(true)) {
                        out.append("    title:     expected ").append(quote(p.expectedTitle())).append(", got ")
                                .append(quote(p.title())).append('\n');
                    }
                    if (!p.bylineLenient().orElse(true)) {
                        out.append("    byline:    expected ").append(quote(p.expectedByline())).append(", got ")
                                .append(quote(p.author())).append('\n');
                    }
                    if (!p.publishedRight().orElse(true)) {
                        out.append("    published: expected ").append(p.expectedPublished().map(Object::toString)
                                .orElse("-")).append(", got ").append(p.published().map(Object::toString).orElse("-"))
                                .append('\n');
                    }
                }
            }
            return out.toString();
        }

        private static String line(String field, String rule, Field f) {
            return String.format(Locale.ROOT, "%-9s %-7s accuracy=%.4f (%d/%d); given where none expected: %d/%d%n",
                    field, rule, f.accuracy(), f.right(), f.scored(), f.extra(), f.unexpected());
        }

        private static String quote(Optional<String> s) {
            return s.map(v -> "\"" + v.replaceAll("\\s+", " ") + "\"").orElse("-");
        }
    }

    /**
     * Reads every page under {@code dir} ({@code dir/pages/NAME/} or {@code dir/NAME/}, each with
     * {@code source.html} or {@code source.html.gz} and {@code expected-metadata.json}), in name order, and scores
     * it. Throws {@link IllegalArgumentException} when {@code dir} holds no such page and
     * {@link UncheckedIOException} when a file cannot be read.
     */
    public static Report run(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path pages = Files.isDirectory(dir.resolve("pages")) ? dir.resolve("pages") : dir;
        List<Path> pageDirs;
        try (var list = Files.list(pages)) {
            pageDirs = list.filter(p -> Files.isRegularFile(p.resolve("expected-metadata.json"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pages, e);
        }
        if (pageDirs.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no page folders with expected-metadata.json");
        }
        HtmlArticleReader reader = new HtmlArticleReader();
        ObjectMapper json = new ObjectMapper();
        List<Page> results = new ArrayList<>();
        for (Path pageDir : pageDirs) {
            String name = pageDir.getFileName().toString();
            JsonNode expected;
            try {
                expected = json.readTree(pageDir.resolve("expected-metadata.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + pageDir.resolve("expected-metadata.json"), e);
            }
            Optional<Article> article;
            try {
                article = Optional.of(reader.read(readSource(pageDir), name));
            } catch (BadInputException e) {
                article = Optional.empty();
            }
            results.add(new Page(name, article.isEmpty(),
                    text(expected, "title"), article.flatMap(Article::title),
                    text(expected, "byline"), article.flatMap(Article::author),
                    text(expected, "publishedTime").flatMap(MetadataEval::day), article.flatMap(Article::published)));
        }
        return summarize(results);
    }

    /** Counts right answers per field over {@code pages}. */
    static Report summarize(List<Page> pages) {
        int rejected = (int) pages.stream().filter(Page::rejected).count();
        return new Report(pages.size(), rejected,
                field(pages, Page::titleExact, p -> p.title().isPresent() && p.expectedTitle().isEmpty()),
                field(pages, Page::titleLenient, p -> p.title().isPresent() && p.expectedTitle().isEmpty()),
                field(pages, Page::bylineExact, p -> p.author().isPresent() && p.expectedByline().isEmpty()),
                field(pages, Page::bylineLenient, p -> p.author().isPresent() && p.expectedByline().isEmpty()),
                field(pages, Page::publishedRight, p -> p.published().isPresent() && p.expectedPublished().isEmpty()),
                pages);
    }

    private static Field field(List<Page> pages, java.util.function.Function<Page, Optional<Boolean>> right,
                               java.util.function.Predicate<Page> extra) {
        int r = 0;
        int scored = 0;
        int extras = 0;
        int unexpected = 0;
        for (Page p : pages) {
            Optional<Boolean> verdict = right.apply(p);
            if (verdict.isPresent()) {
                scored++;
                if (verdict.get()) {
                    r++;
                }
            } else {
                unexpected++;
                if (extra.test(p)) {
                    extras++;
                }
            }
        }
        return new Field(r, scored, extras, unexpected);
    }

    /** Letters and digits in lower case. */
    static String key(String s) {
        StringBuilder out = new StringBuilder();
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String nameKey(String s) {
        return key(BY.matcher(s).replaceFirst(""));
    }

    static boolean titleMatches(String expected, String found) {
        String f = key(found);
        if (f.isEmpty()) {
            return false;
        }
        if (f.equals(key(expected))) {
            return true;
        }
        for (String e : withoutSiteName(expected)) {
            if (key(e).equals(f)) {
                return true;
            }
        }
        for (String g : withoutSiteName(found)) {
            if (key(g).equals(key(expected))) {
                return true;
            }
        }
        return false;
    }

    /** {@code title} with its first or last separated part removed, when it has a separator. */
    private static List<String> withoutSiteName(String title) {
        List<String> out = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        int first = -1;
        int firstEnd = -1;
        int last = -1;
        while (m.find()) {
            if (first < 0) {
                first = m.start();
                firstEnd = m.end();
            }
            last = m.start();
        }
        if (first >= 0) {
            // a trailing part is where titles put the site's name; a leading part is dropped only when it is the
            // shorter one, so a headline followed by its site never passes for the site's name alone
            out.add(title.substring(0, last));
            String afterFirst = title.substring(firstEnd);
            String firstPart = title.substring(0, first);
            if (key(afterFirst).length() > key(firstPart).length()) {
                out.add(afterFirst);
            }
        }
        return out;
    }

    static boolean bylineMatches(String expected, String found) {
        String e = nameKey(expected);
        String f = nameKey(found);
        return !f.isEmpty() && !e.isEmpty() && (e.contains(f) || f.contains(e));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.textValue().strip());
    }

    private static Optional<LocalDate> day(String timestamp) {
        Matcher m = ISO_DAY.matcher(timestamp);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String readSource(Path pageDir) {
        Path gz = pageDir.resolve("source.html.gz");
        try {
            if (Files.isRegularFile(gz)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(pageDir.resolve("source.html"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the source page in " + pageDir, e);
        }
    }
}
