package org.dragoman.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@link Sources} on small fixtures written for Dragoman (see {@code src/test/resources/sources/README.md}). */
class SourcesTest {
    private static final SourceOptions DEFAULTS = SourceOptions.defaults();

    @TempDir
    Path tmp;

    private static Path fixture(String name) {
        try {
            return Path.of(SourcesTest.class.getResource("/sources/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    private static List<SourceRecord> read(Path path) {
        return read(path, DEFAULTS);
    }

    private static List<SourceRecord> read(Path path, SourceOptions options) {
        try (Stream<SourceRecord> records = Sources.read(path, options)) {
            return records.toList();
        }
    }

    private Path gzip(Path source, String name) throws IOException {
        Path out = tmp.resolve(name);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
            Files.copy(source, o);
        }
        return out;
    }

    // ---- whole files ----

    @Test
    void plainTextFileIsOneArticleWithItsHeadline() {
        Path file = fixture("council.txt");
        List<SourceRecord> records = read(file);
        assertThat(records).hasSize(1);
        SourceRecord r = records.get(0);
        assertThat(r.from().source()).isEqualTo(file.toString());
        assertThat(r.from().locator()).isEmpty();
        Article a = r.article().orElseThrow();
        assertThat(a.title()).contains("Lakeview council approves new bus depot");
        assertThat(a.text()).startsWith("Lakeview council approves new bus depot\n\nLAKEVIEW");
    }

    @Test
    void htmlFileIsMainTextWithPageMetadata() {
        List<SourceRecord> records = read(fixture("harbour.html"));
        assertThat(records).hasSize(1);
        Article a = records.get(0).article().orElseThrow();
        assertThat(a.title()).contains("Varna port to run grain loading through the night");
        assertThat(a.author()).contains("Elena Petrova");
        assertThat(a.published()).contains(LocalDate.of(2025, 9, 15));
        assertThat(a.source()).contains("The Black Sea Courier");
        assertThat(a.text()).contains("Nikolai\nDraganov".replace('\n', ' ')).doesNotContain("Related stories")
                .doesNotContain("All rights reserved");
        assertThat(records.get(0).from().url()).isEqualTo(a.url());
        assertThat(records.get(0).from().outlet()).contains("The Black Sea Courier");
    }

    @Test
    void gzipHtmlFileReadsLikeThePlainFile() throws IOException {
        Path gz = gzip(fixture("harbour.html"), "harbour.html.gz");
        Article plain = read(fixture("harbour.html")).get(0).article().orElseThrow();
        Article packed = read(gz).get(0).article().orElseThrow();
        assertThat(packed).isEqualTo(plain);
    }

    @Test
    void truncatedGzipFileIsOneErrorRecord() throws IOException {
        byte[] whole = Files.readAllBytes(gzip(fixture("harbour.html"), "full.html.gz"));
        Path cut = tmp.resolve("cut.html.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        List<SourceRecord> records = read(cut);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("truncated"));
        assertThat(records.get(0).from().locator()).isEmpty();
    }

    @Test
    void missingFileIsOneErrorRecord() {
        List<SourceRecord> records = read(tmp.resolve("nowhere.txt"));
        assertThat(records).singleElement().satisfies(r -> assertThat(r.error()).contains("no such file"));
    }

    @Test
    void binaryAndEmptyFilesAreErrorRecords() throws IOException {
        Path png = tmp.resolve("photo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1});
        Path empty = tmp.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        assertThat(read(png)).singleElement().satisfies(r -> assertThat(r.error().orElseThrow()).startsWith("binary file"));
        assertThat(read(empty)).singleElement().satisfies(r -> assertThat(r.error()).contains("empty file"));
    }

    @Test
    void fileOverTheLimitIsRejectedUnread() {
        List<SourceRecord> records = read(fixture("harbour.html"), DEFAULTS.withMaxBytes(100));
        assertThat(records).singleElement().satisfies(r -> assertThat(r.error().orElseThrow()).startsWith("too large"));
    }

    // ---- JSON Lines ----

    @Test
    void jsonLinesGiveOneRecordPerNonBlankLineLocatedByLineNumber() {
        List<SourceRecord> records = read(fixture("records.jsonl"));
        assertThat(records).extracting(r -> r.from().locator())
                .containsExactly("1", "2", "3", "5", "6", "7", "8", "9", "10");
        assertThat(records).extracting(SourceRecord::ok)
                .containsExactly(true, true, true, false, false, false, false, true, false);
        assertThat(records.get(3).error().orElseThrow()).startsWith("bad JSON at column");
        assertThat(records.get(4).error()).contains("not a JSON object");
        assertThat(records.get(5).error().orElseThrow()).startsWith("no text");
        assertThat(records.get(6).error().orElseThrow()).startsWith("no text");
        assertThat(records.get(8).error().orElseThrow()).contains("--text-field");
    }

    @Test
    void jsonLinesMetadataInCommonShapes() {
        List<SourceRecord> records = read(fixture("records.jsonl"));
        Article first = records.get(0).article().orElseThrow();
        assertThat(first.title()).contains("Mayor of Riverton resigns over contract inquiry");
        assertThat(first.published()).contains(LocalDate.of(2016, 10, 12));
        assertThat(first.url()).contains("https://riverton-post.example/2016/10/12/mayor-resigns");
        assertThat(first.source()).contains("Riverton Post");
        assertThat(first.author()).contains("Dana Whitfield");
        // plain text is kept as written, so offsets point into the record's own field
        assertThat(first.text()).startsWith("The mayor of Riverton, Gregory Hale, resigned");

        Article second = records.get(1).article().orElseThrow();
        assertThat(second.published()).contains(LocalDate.of(2016, 10, 12));
        assertThat(second.source()).contains("Delta Times");
        assertThat(second.author()).contains("Samuel Obi, Rita Kowalski");

        Article third = records.get(2).article().orElseThrow();
        assertThat(third.published()).as("the day as written, not shifted to UTC").contains(LocalDate.of(2025, 6, 24));
        assertThat(third.author()).contains("Ines Duarte");

        Article customs = records.get(7).article().orElseThrow();
        assertThat(customs.published()).contains(LocalDate.of(2016, 10, 12));
        assertThat(customs.source()).contains("Port Herald");
        assertThat(records.get(7).from().outlet()).contains("Port Herald");
    }

    @Test
    void jsonLinesPreferTheOriginalTextOverATokenizedCopy() {
        Article second = read(fixture("records.jsonl")).get(1).article().orElseThrow();
        assertThat(second.text()).startsWith("The state legislature voted 61 to 38");
    }

    @Test
    void jsonLinesHtmlFieldBecomesParagraphsUnderTheTitle() {
        Article third = read(fixture("records.jsonl")).get(2).article().orElseThrow();
        assertThat(third.text()).startsWith("Rail union calls off weekend strike\n\nThe rail workers' union called off")
                .contains("late on Tuesday.\n\n\"We have enough").doesNotContain("<p>");
    }

    @Test
    void textFieldOptionNamesTheField() {
        List<SourceRecord> records = read(fixture("records.jsonl"), DEFAULTS.withTextField("story"));
        assertThat(records.get(records.size() - 1).article().orElseThrow().text())
                .startsWith("The university said on Friday");
        assertThat(records.get(0).error()).contains("no 'story' field");
    }

    @Test
    void gzipJsonLinesReadLikeThePlainFile() throws IOException {
        Path gz = gzip(fixture("records.jsonl"), "records.jsonl.gz");
        List<SourceRecord> plain = read(fixture("records.jsonl"));
        List<SourceRecord> packed = read(gz);
        assertThat(packed).extracting(SourceRecord::article).isEqualTo(plain.stream().map(SourceRecord::article).toList());
        assertThat(packed).extracting(SourceRecord::error).isEqualTo(plain.stream().map(SourceRecord::error).toList());
        assertThat(packed).allSatisfy(r -> assertThat(r.from().source()).isEqualTo(gz.toString()));
    }

    @Test
    void jsonLineWithBadUtf8IsAnErrorAndReadingGoesOn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(line("{\"text\": \"" + sentence("Before") + "\"}"));
        bytes.write("{\"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.write(line("\"}"));
        bytes.write(line("{\"text\": \"" + sentence("After") + "\"}"));
        Path file = tmp.resolve("mixed.jsonl");
        Files.write(file, bytes.toByteArray());
        List<SourceRecord> records = read(file);
        assertThat(records).extracting(SourceRecord::ok).containsExactly(true, false, true);
        assertThat(records.get(1).error().orElseThrow()).startsWith("invalid UTF-8 at byte 13");
        assertThat(records.get(2).article().orElseThrow().text()).startsWith("After");
    }

    @Test
    void truncatedGzipJsonLinesKeepEarlierRecordsThenOneError() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            jsonl.append("{\"title\": \"Item ").append(i).append("\", \"text\": \"").append(sentence("Item " + i))
                    .append("\"}\n");
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            o.write(jsonl.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = gz.toByteArray();
        Path cut = tmp.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(all, all.length * 2 / 3));
        List<SourceRecord> records = read(cut);
        SourceRecord last = records.get(records.size() - 1);
        assertThat(last.error()).hasValueSatisfying(e -> assertThat(e).contains("truncated"));
        List<SourceRecord> good = records.subList(0, records.size() - 1);
        assertThat(good).isNotEmpty().allMatch(SourceRecord::ok);
        assertThat(good.size()).isBetween(100, 399);
        for (int i = 0; i < good.size(); i++) {
            assertThat(good.get(i).from().locator()).isEqualTo(Integer.toString(i + 1));
        }
        assertThat(last.from().locator()).isEqualTo(Integer.toString(good.size() + 1));
    }

    @Test
    void overLongJsonLineIsAnErrorAndTheNextIsRead() throws IOException {
        Path file = tmp.resolve("long.jsonl");
        Files.writeString(file, "{\"text\": \"" + "word ".repeat(400) + "\"}\n{\"text\": \"" + sentence("Short")
                + "\"}\n");
        List<SourceRecord> records = read(file, DEFAULTS.withMaxBytes(1000));
        assertThat(records).extracting(SourceRecord::ok).containsExactly(false, true);
        assertThat(records.get(0).error().orElseThrow()).startsWith("line too large");
    }

    @Test
    void jsonArrayGivesOneRecordPerElementLocatedByPosition() throws IOException {
        Path file = tmp.resolve("export.json");
        Files.writeString(file, "[\n  {\"title\": \"First\",\n   \"text\": \"" + sentence("First") + "\"},\n"
                + "  \"a string\",\n  {\"title\": \"No text\"},\n  {\"text\": \"" + sentence("Fourth")
                + "\", \"date\": \"2025-06-24\"}\n]\n");
        assertThat(Sources.format(file)).isEqualTo(SourceFormat.JSON);
        List<SourceRecord> records = read(file);
        assertThat(records).extracting(r -> r.from().locator()).containsExactly("1", "2", "3", "4");
        assertThat(records).extracting(SourceRecord::ok).containsExactly(true, false, false, true);
        assertThat(records.get(1).error()).contains("not a JSON object");
        assertThat(records.get(3).article().orElseThrow().published()).contains(LocalDate.of(2025, 6, 24));
    }

    @Test
    void prettyPrintedSingleObjectIsOneWholeFileArticle() throws IOException {
        Path file = tmp.resolve("story");
        Files.writeString(file, "{\n  \"title\": \"Ferry strike ends\",\n  \"body\": \"" + sentence("Crews")
                + "\"\n}\n");
        assertThat(Sources.format(file)).isEqualTo(SourceFormat.JSON);
        assertThat(read(file)).singleElement().satisfies(r -> {
            assertThat(r.from().locator()).isEmpty();
            assertThat(r.article().orElseThrow().title()).contains("Ferry strike ends");
        });
    }

    @Test
    void malformedJsonArrayKeepsEarlierElementsThenOneError() throws IOException {
        Path file = tmp.resolve("cut.json");
        Files.writeString(file, "[{\"text\": \"" + sentence("One") + "\"}, {\"text\": \"" + sentence("Two")
                + "\"}, {\"text\": \"cut her");
        List<SourceRecord> records = read(file);
        assertThat(records).extracting(SourceRecord::ok).containsExactly(true, true, false);
        assertThat(records.get(2).from().locator()).isEqualTo("3");
        assertThat(records.get(2).error().orElseThrow()).contains("rest of the file skipped");
    }

    // ---- feeds ----

    @Test
    void rssFullTextItemsAreArticlesAndTeasersArePending() {
        Path file = fixture("wire.rss");
        List<SourceRecord> records = read(file);
        assertThat(records).extracting(r -> r.from().locator()).containsExactly("nw-2025-0412",
                "https://northernwire.example/news/budget-rural-clinics", "nw-2025-0414");

        Article ferry = records.get(0).article().orElseThrow();
        assertThat(ferry.title()).contains("Ferry strike ends after pay deal");
        assertThat(ferry.text()).startsWith("Ferry strike ends after pay deal\n\nFerry crews on the island routes")
                .contains("nine days.\n\n\"This is not everything");
        assertThat(ferry.published()).as("the day the outlet wrote").contains(LocalDate.of(2025, 6, 24));
        assertThat(ferry.author()).contains("Jonas Lind");
        assertThat(ferry.source()).contains("Northern Wire");
        assertThat(ferry.url()).contains("https://northernwire.example/news/ferry-strike-ends");

        Article budget = records.get(1).article().orElseThrow();
        assertThat(budget.text()).contains("40 million crowns").contains("\n\nThe health commissioner");
        assertThat(budget.published()).contains(LocalDate.of(2025, 6, 23));

        SourceRecord storm = records.get(2);
        assertThat(storm.pending()).isTrue();
        assertThat(storm.article()).isEmpty();
        assertThat(storm.from().url()).contains("https://northernwire.example/news/storm-warning-thursday");
        assertThat(storm.from().outlet()).contains("Northern Wire");
    }

    @Test
    void atomContentIsAnArticleAndSummaryOnlyEntryIsPending() {
        List<SourceRecord> records = read(fixture("regional.atom"));
        assertThat(records).hasSize(2);
        Article dam = records.get(0).article().orElseThrow();
        assertThat(records.get(0).from().locator()).isEqualTo("tag:valleygazette.example,2025:dam-cracks");
        assertThat(dam.published()).as("published, not updated, and not shifted to UTC")
                .contains(LocalDate.of(2025, 6, 26));
        assertThat(dam.author()).contains("Tomas Varga");
        assertThat(dam.source()).contains("Valley Gazette");
        assertThat(dam.text()).contains("Zsofia Molnar");
        assertThat(records.get(1).pending()).isTrue();
        assertThat(records.get(1).from().url()).contains("https://valleygazette.example/2025/06/festival-market");
    }

    @Test
    void feedIsRecognisedByContentWhateverItsName() throws IOException {
        Path xml = tmp.resolve("download.xml");
        Files.copy(fixture("wire.rss"), xml);
        Path noName = tmp.resolve("feed");
        Files.copy(fixture("regional.atom"), noName);
        assertThat(Sources.format(xml)).isEqualTo(SourceFormat.FEED);
        assertThat(Sources.format(noName)).isEqualTo(SourceFormat.FEED);
        assertThat(read(xml)).hasSize(3);
    }

    @Test
    void malformedFeedIsOneErrorRecord() throws IOException {
        Path file = tmp.resolve("broken.rss");
        String rss = Files.readString(fixture("wire.rss"));
        Files.writeString(file, rss.substring(0, rss.indexOf("</item>") + 3));
        assertThat(read(file)).singleElement().satisfies(r -> {
            assertThat(r.error().orElseThrow()).startsWith("not a readable feed");
            assertThat(r.from().locator()).isEmpty();
        });
    }

    @Test
    void feedWithDoctypeEntityIsRefusedNotExpanded() throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        Path file = tmp.resolve("xxe.rss");
        Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><rss version=\"2.0\"><channel><title>T</title><item><title>&x;</title>"
                + "<link>https://a.example/x</link></item></channel></rss>");
        List<SourceRecord> records = read(file);
        assertThat(records).singleElement().satisfies(r -> assertThat(r.error()).isPresent());
        assertThat(records.toString()).doesNotContain("top secret");
    }

    // ---- WARC ----

    private static final String PAGE_1252 = "<html><head><title>Caf\u00e9 owners protest new terrace fees</title>"
            + "<meta name=\"author\" content=\"Ren\u00e9 Dubois\"></head><body><article>"
            + "<h1>Caf\u00e9 owners protest new terrace fees</h1>"
            + "<p>Owners of caf\u00e9s in the old town marched to the city hall on Saturday to protest a plan that "
            + "would double the fee for tables on the pavement, which the council says is needed to pay for "
            + "repaving the square.</p><p>\u00ab We already pay enough \u00bb, said one owner, Am\u00e9lie Roux, who has "
            + "run a caf\u00e9 on the square for twenty years. The council will vote on the plan next month.</p>"
            + "</article></body></html>";

    private record Written(Path file, List<Long> offsets) {
    }

    private Written warc(String name, WarcCompression compression) throws IOException {
        Path file = tmp.resolve(name);
        List<Long> offsets = new ArrayList<>();
        byte[] harbour = Files.readAllBytes(fixture("harbour.html"));
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            Instant date = Instant.parse("2025-09-15T10:00:00Z");
            URI harbourUri = URI.create("https://courier.example/2025/09/15/varna-grain-night-shift");
            offsets.add(writer.position());
            writer.write(new WarcRequest.Builder(harbourUri).date(date)
                    .body(new HttpRequest.Builder("GET", "/2025/09/15/varna-grain-night-shift").build()).build());
            offsets.add(writer.position());
            writer.write(response(harbourUri, 200, "text/html; charset=utf-8", harbour, date));
            offsets.add(writer.position());
            writer.write(response(URI.create("https://courier.example/gone"), 404, "text/html",
                    "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8), date));
            offsets.add(writer.position());
            writer.write(response(URI.create("https://courier.example/logo.png"), 200, "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G'}, date));
            offsets.add(writer.position());
            writer.write(response(URI.create("https://gazette.example/cafes"), 200,
                    "text/html; charset=windows-1252", PAGE_1252.getBytes(Charset.forName("windows-1252")), date));
            offsets.add(writer.position());
            writer.write(response(URI.create("https://gazette.example/menu"), 200, "text/html",
                    "<html><body><nav><a href=/>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8),
                    date));
            offsets.add(writer.position());
        }
        return new Written(file, offsets);
    }

    private static WarcResponse response(URI uri, int status, String type, byte[] body, Instant date)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(uri).date(date).body(http).build();
    }

    @Test
    void warcHtmlResponsesAreArticlesLocatedByRecordOffset() throws IOException {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Written w = warc(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", compression);
            List<SourceRecord> records = read(w.file());
            assertThat(records).as(compression.toString()).hasSize(3);

            SourceRecord harbour = records.get(0);
            assertThat(harbour.from().locator()).isEqualTo(Long.toString(w.offsets().get(1)));
            assertThat(harbour.from().url()).contains("https://courier.example/2025/09/15/varna-grain-night-shift");
            assertThat(harbour.article().orElseThrow().title())
                    .contains("Varna port to run grain loading through the night");
            assertThat(harbour.article().orElseThrow().published()).contains(LocalDate.of(2025, 9, 15));

            SourceRecord cafes = records.get(1);
            assertThat(cafes.from().locator()).isEqualTo(Long.toString(w.offsets().get(4)));
            Article a = cafes.article().orElseThrow();
            assertThat(a.text()).as("the HTTP charset is honoured").contains("Am\u00e9lie Roux")
                    .contains("\u00ab We already pay enough \u00bb");
            assertThat(a.url()).contains("https://gazette.example/cafes");

            SourceRecord menu = records.get(2);
            assertThat(menu.from().locator()).isEqualTo(Long.toString(w.offsets().get(5)));
            assertThat(menu.error()).contains("no article text found");
        }
    }

    @Test
    void metaCharsetIsUsedWhenTheServerNamesNone() {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Z\u00fcrich</p></body></html>";
        String decoded = WarcRecords.decode(page.getBytes(Charset.forName("windows-1252")), MediaType.HTML);
        assertThat(decoded).contains("Z\u00fcrich");
    }

    @Test
    void brokenWarcRecordEndsTheFileWithOneError() throws IOException {
        Written w = warc("whole.warc", WarcCompression.NONE);
        byte[] all = Files.readAllBytes(w.file());
        // cut inside the windows-1252 response: the records before it are read, then one error
        int cutAt = (int) (w.offsets().get(4) + (w.offsets().get(5) - w.offsets().get(4)) / 2);
        Path cut = tmp.resolve("cut.warc");
        Files.write(cut, Arrays.copyOf(all, cutAt));
        List<SourceRecord> records = read(cut);
        assertThat(records.get(0).ok()).isTrue();
        SourceRecord last = records.get(records.size() - 1);
        assertThat(last.error()).isPresent();
        assertThat(records).filteredOn(r -> r.error().isPresent()).hasSize(1);
        assertThat(last.from().locator()).as("the broken record's own offset").isEqualTo(Long.toString(w.offsets().get(4)));
    }

    // ---- directories, order, robustness ----

    @Test
    void directoryIsWalkedRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
        Path root = tmp.resolve("corpus");
        Files.createDirectories(root.resolve("b-sub/deeper"));
        Files.createDirectories(root.resolve(".hidden"));
        Files.copy(fixture("council.txt"), root.resolve("c.txt"));
        Files.copy(fixture("harbour.html"), root.resolve("a.html"));
        Files.copy(fixture("wire.rss"), root.resolve("b-sub/feed.rss"));
        Files.copy(fixture("records.jsonl"), root.resolve("b-sub/deeper/records.jsonl"));
        Files.copy(fixture("council.txt"), root.resolve(".hidden/skip.txt"));
        Files.copy(fixture("council.txt"), root.resolve(".skip.txt"));

        List<SourceRecord> records = read(root);
        List<String> sources = records.stream().map(r -> root.relativize(Path.of(r.from().source())).toString())
                .distinct().toList();
        assertThat(sources).containsExactly("a.html", "b-sub/deeper/records.jsonl", "b-sub/feed.rss", "c.txt");
        assertThat(records).hasSize(1 + 9 + 3 + 1);
        assertThat(read(root)).as("same input, same records, same order").isEqualTo(records);
    }

    @Test
    void severalPathsAreReadInTheOrderGiven() {
        try (Stream<SourceRecord> s = Sources.read(List.of(fixture("council.txt"), fixture("harbour.html")),
                DEFAULTS)) {
            assertThat(s.map(r -> Path.of(r.from().source()).getFileName().toString()).toList())
                    .containsExactly("council.txt", "harbour.html");
        }
    }

    @Test
    void formatIsRecognisedByContentWhenTheNameSaysNothing() throws IOException {
        Path jsonl = tmp.resolve("export");
        Files.copy(fixture("records.jsonl"), jsonl);
        Path html = tmp.resolve("page");
        Files.copy(fixture("harbour.html"), html);
        Path text = tmp.resolve("note");
        Files.copy(fixture("council.txt"), text);
        Written w = warc("crawl.dat", WarcCompression.GZIP);
        assertThat(Sources.format(jsonl)).isEqualTo(SourceFormat.JSONL);
        assertThat(Sources.format(html)).isEqualTo(SourceFormat.HTML);
        assertThat(Sources.format(text)).isEqualTo(SourceFormat.TEXT);
        assertThat(Sources.format(w.file())).isEqualTo(SourceFormat.WARC);
        assertThat(read(w.file())).hasSize(3);
    }

    @Test
    void streamIsLazyAndClosingItMidwayReleasesTheFile() throws IOException {
        Path gz = gzip(fixture("records.jsonl"), "lazy.jsonl.gz");
        try (Stream<SourceRecord> s = Sources.read(gz, DEFAULTS)) {
            assertThat(s.limit(2).toList()).hasSize(2);
        }
        Files.delete(gz);
        assertThat(gz).doesNotExist();
    }

    @Test
    void truncatedInputsNeverThrow() throws IOException {
        String array = "[" + String.join(",", java.util.Collections.nCopies(5, "{\"text\": \"" + sentence("Item")
                + "\"}")) + "]";
        List<byte[]> inputs = List.of(
                array.getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(gzip(fixture("records.jsonl"), "t.jsonl.gz")),
                Files.readAllBytes(fixture("wire.rss")),
                Files.readAllBytes(warc("t.warc.gz", WarcCompression.GZIP).file()),
                Files.readAllBytes(warc("t.warc", WarcCompression.NONE).file()));
        List<String> names = List.of("cut.json", "cut.jsonl.gz", "cut.rss", "cut.warc.gz", "cut.warc");
        for (int k = 0; k < inputs.size(); k++) {
            byte[] all = inputs.get(k);
            int step = Math.max(1, all.length / 60);
            for (int n = 0; n < all.length; n += step) {
                Path cut = tmp.resolve(names.get(k));
                Files.write(cut, Arrays.copyOf(all, n));
                List<SourceRecord> records = read(cut);
                assertThat(records).as(names.get(k) + " cut at " + n).isNotNull();
            }
        }
    }

    @Test
    void mutatedInputsNeverThrowAndEveryFileGivesARecord() throws IOException {
        java.util.Random random = new java.util.Random(20251126);
        List<Path> originals = List.of(fixture("records.jsonl"), fixture("wire.rss"), fixture("regional.atom"),
                fixture("harbour.html"), warc("m.warc.gz", WarcCompression.GZIP).file(),
                warc("m.warc", WarcCompression.NONE).file(), gzip(fixture("records.jsonl"), "m.jsonl.gz"));
        for (Path original : originals) {
            byte[] bytes = Files.readAllBytes(original);
            for (int round = 0; round < 25; round++) {
                byte[] mutated = bytes.clone();
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                }
                Path file = tmp.resolve("mutated-" + original.getFileName());
                Files.write(file, mutated);
                assertThat(read(file)).as(original.getFileName() + " round " + round).isNotEmpty();
            }
        }
    }

    private static byte[] line(String s) {
        return (s + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String sentence(String start) {
        return start + " the committee met for the third time this month and agreed to publish its findings "
                + "before the end of the year, its chair said.";
    }
}
